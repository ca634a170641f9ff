package author

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"gopkg.in/yaml.v3"

	"nianbao/internal/safefile"
	"nianbao/spec"
)

// Limits on what an input may be, so that no input exhausts the tool.
const (
	// MaxFileSize bounds every file the tool reads as a report: a workbook
	// (whose expanded size xlsx.MaxUnzipped bounds as well) or a published
	// page (real ones are well under 1 MB). Nothing larger is read.
	MaxFileSize = 4 << 20
	// maxYAMLSize bounds a report file: all its text (maxTotalRunes, some
	// 900 KB in UTF-8) and its tables fit in half of it; real ones have
	// tens of KB.
	maxYAMLSize  = 2 << 20
	maxTextRunes = 30000 // characters in one prose field
	maxDepth     = 24    // nesting of mappings and lists
	maxAliases   = 50    // uses of *alias in a file
	// maxNodes bounds the YAML nodes of a file, aliases expanded: a real
	// report has about a thousand. It is also checked before parsing, on
	// an upper bound counted from the text (see separators), since the
	// parser's tree costs some 300 bytes a node.
	maxNodes = 100000
	// maxTotalRunes bounds all the text of a file, aliases expanded: a long
	// real report has some 20,000 characters.
	maxTotalRunes = 300000
	// maxAgencyRunes bounds the agency's name: the longest real ones have
	// some 30 characters.
	maxAgencyRunes = 60
)

// decode turns a file's bytes into UTF-8 text: UTF-8 with or without BOM,
// UTF-16 with BOM (Notepad's "Unicode"), or GB18030/GBK with a warning.
// It refuses what none of these decode, and control characters.
func (l *loader) decode(data []byte) ([]byte, bool) {
	if len(data) > maxYAMLSize {
		l.add(spec.LimitSize, Pos{}, "", (&safefile.TooLargeError{Size: int64(len(data)), Limit: maxYAMLSize}).Error()+"：年报数据文件通常只有几十 KB，请检查是否选错了文件")
		return nil, false
	}
	text, enc, err := decodeText(data)
	var bad *badEncoding
	switch {
	case errors.As(err, &bad) && bad.utf16:
		l.add(spec.Encoding, Pos{}, "", err.Error())
		return nil, false
	case errors.As(err, &bad):
		l.add(spec.Encoding, posAt(data, bad.offset), "", err.Error())
		return nil, false
	case enc == encGB18030:
		l.add(spec.EncodingGBK, Pos{Line: 1, Col: 1}, "", "文件是 GB18030（GBK）编码，已自动转换；建议“另存为”UTF-8，以免其他软件读错")
	}
	data = text
	if off := controlChar(data); off >= 0 {
		r, _ := utf8.DecodeRune(data[off:])
		l.add(spec.ControlChar, posAt(data, off), "", fmt.Sprintf("这里有看不见的控制字符 U+%04X（常见于从其他软件复制的文字）：删除它", r))
		return nil, false
	}
	if off := tooManyNodes(data); off >= 0 {
		l.add(spec.LimitSize, posAt(data, off), "", fmt.Sprintf("到这里已有 %d 个分隔符（, : - ? [ {），数据项可能超过 %d 个的上限：年报数据文件只有一千个左右的数据项，请检查是否选错了文件",
			maxNodes/2+1, maxNodes))
		return nil, false
	}
	return data, true
}

// tooManyNodes bounds, before the YAML parser builds its tree, the nodes a
// text can hold: every node but the first few starts after one of the
// separators , : - ? [ { and one separator starts at most two (a mapping
// and its first key, a key and its empty value). It returns the offset of
// the separator past maxNodes/2, or -1.
func tooManyNodes(data []byte) int {
	return pastLimit(data, ",:-?[{", maxNodes/2)
}

// pastLimit counts the bytes of text that are in set and returns the offset
// of the one past limit, or -1: a bound on what a parser will build, taken
// before it runs.
func pastLimit[T string | []byte](text T, set string, limit int) int {
	n := 0
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(set, text[i]) >= 0 {
			if n++; n > limit {
				return i
			}
		}
	}
	return -1
}

// textEncoding is how a file's text was encoded.
type textEncoding int

// Encodings a text file may come in.
const (
	encUTF8 textEncoding = iota
	encUTF16
	encGB18030
)

// badEncoding is text none of the encodings decodes.
type badEncoding struct {
	offset int  // the first byte that is not UTF-8
	utf16  bool // the text claims UTF-16 by its BOM
}

func (e *badEncoding) Error() string {
	if e.utf16 {
		return "文件以 UTF-16 标记开头，但内容无法按 UTF-16 读取：请另存为 UTF-8"
	}
	return fmt.Sprintf("第 %d 字节起既不是 UTF-8 也不是 GB18030（GBK）编码：请用记事本或 WPS “另存为”UTF-8", e.offset+1)
}

// decodeText turns a text file's bytes into UTF-8: UTF-8 with or without
// BOM, UTF-16 with BOM (Notepad's "Unicode"), or GB18030/GBK (what Excel
// and Notepad save on Chinese Windows).
func decodeText(data []byte) ([]byte, textEncoding, error) {
	if text, marked, ok := byteOrderMark(data); marked {
		switch {
		case !ok:
			return nil, encUTF16, &badEncoding{utf16: true}
		case data[0] != 0xEF:
			return text, encUTF16, nil
		}
		return text, encUTF8, nil
	}
	switch {
	case !utf8.Valid(data):
		text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
			return nil, encGB18030, &badEncoding{offset: invalidUTF8(data)}
		}
		return text, encGB18030, nil
	}
	return data, encUTF8, nil
}

// DecodeText reads another text file the tool takes (a roster, a table of
// renamed units) in any of the encodings a report file may have.
func DecodeText(data []byte) (string, error) {
	text, _, err := decodeText(data)
	return string(text), err
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
		if isControl(r) {
			return i
		}
		i += n
	}
	return -1
}

// isControl reports whether r is a control character a report must not
// hold: C0 and C1 controls but tab, newline and carriage return, and the
// bidirectional overrides that reorder text on screen.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7F || (r >= 0x80 && r <= 0x9F) ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// posAt converts a byte offset of UTF-8 text to a line and column.
func posAt(data []byte, off int) Pos {
	off = min(off, len(data))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return Pos{Line: line, Col: utf8.RuneCount(before[start:]) + 1}
}

// shape is the size of a node as the loader will see it, aliases expanded.
type shape struct {
	nodes, depth, runes int
}

// shapeCheck measures a document with its aliases expanded, without
// expanding them: each anchored node is measured once.
type shapeCheck struct {
	l       *loader
	aliases int
	done    map[*yaml.Node]shape
	open    map[*yaml.Node]bool // nodes being measured: an alias to one is a cycle
	failed  bool
}

// checkShape refuses documents too deep, too large or with too many or
// circular aliases, measured as the loader would walk them (aliases
// expanded) but before anything expands them: a "billion laughs" file or an
// anchor that contains its own alias is refused at once.
func (l *loader) checkShape(root *yaml.Node) bool {
	c := &shapeCheck{l: l, done: map[*yaml.Node]shape{}, open: map[*yaml.Node]bool{}}
	c.measure(root)
	return !c.failed
}

// measure returns the expanded shape of n, reporting the first limit it
// crosses at the node that crosses it.
func (c *shapeCheck) measure(n *yaml.Node) shape {
	if c.failed {
		return shape{}
	}
	if s, ok := c.done[n]; ok {
		return s
	}
	var s shape
	switch {
	case n.Kind == yaml.AliasNode:
		if c.aliases++; c.aliases > maxAliases {
			return c.fail(spec.LimitAlias, n, fmt.Sprintf("别名（*名称）超过 %d 处：年报数据文件不需要这么多引用", maxAliases))
		}
		if n.Alias == nil || c.open[n.Alias] {
			return c.fail(spec.LimitAlias, n, fmt.Sprintf("别名 *%s 引用了包含它自己的内容（循环引用）：删去这个别名", n.Value))
		}
		s = c.measure(n.Alias)
	default:
		c.open[n] = true
		s = shape{nodes: 1, runes: utf8.RuneCountInString(n.Value)}
		for _, k := range n.Content {
			sub := c.measure(k)
			s.nodes += sub.nodes
			s.runes += sub.runes
			s.depth = max(s.depth, sub.depth+1)
		}
		delete(c.open, n)
	}
	switch {
	case c.failed:
	case s.depth > maxDepth:
		return c.fail(spec.LimitDepth, n, fmt.Sprintf("嵌套超过 %d 层（别名展开后）：年报数据文件没有这么深的结构", maxDepth))
	case s.nodes > maxNodes:
		return c.fail(spec.LimitSize, n, fmt.Sprintf("超过 %d 个数据项（别名展开后）：请检查是否选错了文件", maxNodes))
	case s.runes > maxTotalRunes:
		return c.fail(spec.LimitText, n, fmt.Sprintf("文字共 %d 字（别名展开后），超过 %d 字的上限：年报篇幅通常在几万字以内", s.runes, maxTotalRunes))
	}
	c.done[n] = s
	return s
}

func (c *shapeCheck) fail(rule *spec.Rule, n *yaml.Node, msg string) shape {
	c.l.add(rule, posOf(n), "", msg)
	c.failed = true
	return shape{}
}
