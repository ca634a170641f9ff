package author

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// Limits on what a report file may be, so that no input exhausts the tool.
const (
	MaxFileSize  = 10 << 20 // bytes
	maxTextRunes = 30000    // characters in one prose field
	maxDepth     = 24       // nesting of mappings and lists
	maxAliases   = 50       // uses of *alias in a file
	maxNodes     = 200000   // YAML nodes in a file
)

// decode turns a file's bytes into UTF-8 text: UTF-8 with or without BOM,
// UTF-16 with BOM (Notepad's "Unicode"), or GB18030/GBK with a warning.
// It refuses what none of these decode, and control characters.
func (l *loader) decode(data []byte) ([]byte, bool) {
	if len(data) > MaxFileSize {
		l.add(spec.LimitSize, Pos{}, "", fmt.Sprintf("文件有 %.1f MB，超过 %d MB 的上限：年报数据文件通常只有几十 KB，请检查是否选错了文件", float64(len(data))/(1<<20), MaxFileSize>>20))
		return nil, false
	}
	text, marked, ok := byteOrderMark(data)
	switch {
	case marked && !ok:
		l.add(spec.Encoding, Pos{}, "", "文件以 UTF-16 标记开头，但内容无法按 UTF-16 读取：请另存为 UTF-8")
		return nil, false
	case marked:
		data = text
	case !utf8.Valid(data):
		text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
			off := invalidUTF8(data)
			l.add(spec.Encoding, posAt(data, off), "", fmt.Sprintf("第 %d 字节起既不是 UTF-8 也不是 GB18030（GBK）编码：请用记事本或 WPS “另存为”UTF-8", off+1))
			return nil, false
		}
		l.add(spec.EncodingGBK, Pos{Line: 1, Col: 1}, "", "文件是 GB18030（GBK）编码，已自动转换；建议“另存为”UTF-8，以免其他软件读错")
		data = text
	}
	if off := controlChar(data); off >= 0 {
		r, _ := utf8.DecodeRune(data[off:])
		l.add(spec.ControlChar, posAt(data, off), "", fmt.Sprintf("这里有看不见的控制字符 U+%04X（常见于从其他软件复制的文字）：删除它", r))
		return nil, false
	}
	return data, true
}

// byteOrderMark reads text that starts with a byte-order mark: UTF-8's is
// dropped, UTF-16 is decoded. marked is false for text without one; ok is
// false for UTF-16 that cannot be read.
func byteOrderMark(data []byte) (text []byte, marked, ok bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], true, true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return text, true, err == nil && utf8.Valid(text)
	}
	return data, false, true
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// controlChar returns the offset of the first control character other than
// tab, newline and carriage return, or -1.
func controlChar(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7F || (r >= 0x80 && r <= 0x9F) {
			return i
		}
		i += n
	}
	return -1
}

// posAt converts a byte offset of UTF-8 text to a line and column.
func posAt(data []byte, off int) Pos {
	off = min(off, len(data))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return Pos{Line: line, Col: utf8.RuneCount(before[start:]) + 1}
}

// checkShape refuses documents too deep, too large or with too many aliases
// before anything walks them: a "billion laughs" file is refused at once.
func (l *loader) checkShape(root *yaml.Node) bool {
	nodes, aliases := 0, 0
	var walk func(n *yaml.Node, depth int) bool
	walk = func(n *yaml.Node, depth int) bool {
		nodes++
		switch {
		case depth > maxDepth:
			l.add(spec.LimitDepth, posOf(n), "", fmt.Sprintf("嵌套超过 %d 层：年报数据文件没有这么深的结构", maxDepth))
			return false
		case nodes > maxNodes:
			l.add(spec.LimitSize, posOf(n), "", fmt.Sprintf("超过 %d 个数据项：请检查是否选错了文件", maxNodes))
			return false
		case n.Kind == yaml.AliasNode:
			if aliases++; aliases > maxAliases {
				l.add(spec.LimitAlias, posOf(n), "", fmt.Sprintf("别名（*名称）超过 %d 处：年报数据文件不需要这么多引用", maxAliases))
				return false
			}
			return true // an alias is not walked again: its anchor was
		}
		for _, c := range n.Content {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	return walk(root, 0)
}
