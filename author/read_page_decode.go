package author

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"nianbao/internal/safefile"
	"nianbao/spec"
)

// metaCharset finds the charset a page declares in its <meta>.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// decodePage turns a page's bytes into UTF-8 text: UTF-8 with or without
// BOM, UTF-16 with BOM, else the charset its <meta> declares when that
// reads the bytes, else GB18030 (which covers GBK and GB2312). What a page
// declares is not trusted: portals often declare one charset and serve
// another. It also returns a note on the encoding for the import header
// ("" for plain UTF-8), and refuses bytes no encoding reads.
func decodePage(name string, data []byte) (string, string, Findings) {
	fail := func(rule *spec.Rule, pos Pos, msg string) (string, string, Findings) {
		return "", "", Findings{newFinding(rule, name, pos, "", msg)}
	}
	if len(data) > MaxFileSize {
		return fail(spec.LimitSize, Pos{}, (&safefile.TooLargeError{Size: int64(len(data)), Limit: MaxFileSize}).Error()+"：请检查是否选错了文件")
	}
	declared := ""
	if m := metaCharset.FindSubmatch(data[:min(len(data), 4096)]); m != nil {
		declared = strings.ToLower(string(m[1]))
	}
	text, marked, ok := byteOrderMark(data)
	note := ""
	switch {
	case marked && !ok:
		return fail(spec.Encoding, Pos{}, "文件以 UTF-16 标记开头，但内容无法按 UTF-16 读取")
	case marked && data[0] != 0xEF:
		note = "UTF-16"
	case marked:
	case utf8.Valid(data):
		if declared != "" && !isUTF8Label(declared) {
			note = fmt.Sprintf("UTF-8（页面声明 %s，按实际内容读取）", declared)
		}
	default:
		text, note = decodeLegacy(data, declared)
		if text == nil {
			off := invalidUTF8(data)
			return fail(spec.Encoding, posAt(data, off), fmt.Sprintf("第 %d 字节起既不是 UTF-8 也不是 GB18030（GBK）编码，也不是页面声明的编码", off+1))
		}
	}
	return cleanControls(string(text)), note, nil
}

// decodeLegacy reads bytes that are not UTF-8: in the declared charset when
// that reads them cleanly, else as GB18030; nil when neither does.
func decodeLegacy(data []byte, declared string) ([]byte, string) {
	if enc, name := charset.Lookup(declared); enc != nil && !isUTF8Label(declared) {
		if t, err := enc.NewDecoder().Bytes(data); err == nil && utf8.Valid(t) && !bytes.ContainsRune(t, utf8.RuneError) {
			return t, strings.ToUpper(name)
		}
	}
	t, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(t, utf8.RuneError) {
		return nil, ""
	}
	if declared == "" || isUTF8Label(declared) {
		return t, fmt.Sprintf("GB18030/GBK（页面声明 %s，按实际内容读取）", or(declared, "无"))
	}
	return t, "GB18030/GBK"
}

func isUTF8Label(s string) bool { return s == "utf-8" || s == "utf8" }

// or returns s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// cleanControls normalises line ends and drops the control characters
// pages carry (form feeds between pages of pdftotext output become line
// breaks).
func cleanControls(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n").Replace(s)
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7F || (r >= 0x80 && r <= 0x9F) {
			return -1
		}
		return r
	}, s)
}
