package author

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// ReplaceFigures writes the figures of r (read from a workbook) into an
// existing report file, in place: every row and fee figure of the file is
// rewritten where it stands, and nothing else changes (prose, comments,
// key order, the way each row is written). It refuses a file of another
// agency, year or format, rows the file writes in a form it cannot edit in
// place, and figures for rows the file leaves out. name is the file's,
// for the messages.
func ReplaceFigures(name string, src []byte, r *Report) ([]byte, error) {
	if !utf8.Valid(src) || bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil, fmt.Errorf("只能写入 UTF-8 编码的数据文件：请先“另存为”UTF-8")
	}
	old, fs := Load(name, src)
	if old == nil {
		return nil, fmt.Errorf("数据文件读不出来，先用 nianbao check 改正：%s", firstMessage(fs))
	}
	if old.Spec != r.Spec || old.Year != r.Year || strings.TrimSpace(old.Agency.S) != strings.TrimSpace(r.Agency.S) {
		return nil, fmt.Errorf("附表是 %s %d 年度（%s），数据文件是 %s %d 年度（%s）：不是同一份报告",
			strings.TrimSpace(r.Agency.S), r.Year, r.Spec.Name(), strings.TrimSpace(old.Agency.S), old.Year, old.Spec.Name())
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	e := &editor{src: src, lines: lineStarts(src)}
	root := doc.Content[0]
	for _, row := range r.Rows {
		if err := e.row(root, row); err != nil {
			return nil, err
		}
	}
	if err := e.fee(root, r); err != nil {
		return nil, err
	}
	out := e.apply()
	if again, fs := Load(name, out); again == nil || !sameFigures(again, r) {
		return nil, fmt.Errorf("写入后核对不一致（%s）：文件未改动", firstMessage(fs))
	}
	return out, nil
}

func firstMessage(fs Findings) string {
	if len(fs) == 0 {
		return "数字不一致"
	}
	return fs[0].String()
}

// sameFigures reports whether two reports have the same figures.
func sameFigures(a, b *Report) bool {
	for i, row := range a.Rows {
		if row.Spec.Derived {
			continue
		}
		for j, v := range row.Values {
			if v.String() != b.Rows[i].Values[j].String() {
				return false
			}
		}
	}
	for _, key := range a.Spec.FeeKeys() {
		x, _ := a.Lookup(key)
		y, _ := b.Lookup(key)
		if y != "" && x != y {
			return false
		}
	}
	return true
}

// edit replaces the bytes [start, end) of the file.
type edit struct {
	start, end int
	text       string
}

// editor collects the edits of a file.
type editor struct {
	src   []byte
	lines []int // byte offset of each line's start
	edits []edit
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offset is the byte offset of a node's start (yaml.v3 counts columns in
// characters).
func (e *editor) offset(n *yaml.Node) int {
	start := e.lines[n.Line-1]
	col := 1
	for i := start; i < len(e.src); {
		if col == n.Column {
			return i
		}
		_, w := utf8.DecodeRune(e.src[i:])
		i += w
		col++
	}
	return len(e.src)
}

// find returns the node at a path of keys below a mapping, or nil.
func find(n *yaml.Node, keys []string) *yaml.Node {
	for _, k := range keys {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
			}
		}
		n = next
	}
	return n
}

// row rewrites one row of the file with the workbook's figures.
func (e *editor) row(root *yaml.Node, row *Row) error {
	s := row.Spec
	values := row.Values
	n := find(root, strings.Split(s.Key, "."))
	if n == nil {
		if allZero(values) || s.Derived {
			return nil
		}
		return fmt.Errorf("数据文件中没有 %s（%s）这一行，附表中有数字：请先在文件中加上这一行（可照 nianbao init 的模板写 0）", s.Key, s.FullName())
	}
	if n.Kind == yaml.AliasNode {
		return fmt.Errorf("第 %d 行：%s 用的是别名，无法原位替换", n.Line, s.Key)
	}
	var reported *Value
	if n.Kind == yaml.SequenceNode && len(n.Content) == len(s.Columns)+1 {
		reported = &Value{Num: row.Total} // the file keeps a total: keep it, as the new sum
	}
	text := rowText(values, reported, n.Kind == yaml.ScalarNode)
	switch {
	case n.Kind == yaml.SequenceNode && n.Style&yaml.FlowStyle != 0:
		start := e.offset(n)
		end, ok := closing(e.src, start, '[', ']')
		if !ok {
			return fmt.Errorf("第 %d 行：%s 的方括号没有配对", n.Line, s.Key)
		}
		e.edits = append(e.edits, edit{start, end, text})
	case n.Kind == yaml.SequenceNode:
		return e.blockList(n, s, figureCells(values, reported))
	case n.Kind == yaml.ScalarNode:
		e.scalar(n, text)
	default:
		return fmt.Errorf("第 %d 行：%s 不是一行数字，无法原位替换：请改写为一行 [%s]", n.Line, s.Key, labels(s.Columns))
	}
	return nil
}

// blockList rewrites a row written as a block list ("- 86" a line), each
// figure where it stands, so that a comment after an item stays.
func (e *editor) blockList(n *yaml.Node, s *spec.Row, cells []string) error {
	if len(n.Content) != len(cells) {
		return fmt.Errorf("第 %d 行：%s 有 %d 个数，应为 %d 个（%s）：先用 nianbao check 改正", n.Line, s.Key, len(n.Content), len(s.Columns), labels(s.Columns))
	}
	for i, item := range n.Content {
		if item.Kind != yaml.ScalarNode {
			return fmt.Errorf("第 %d 行：%s 的第 %d 个数不是一个数，无法原位替换", item.Line, s.Key, i+1)
		}
		e.scalar(item, cells[i])
	}
	return nil
}

func allZero(vs []Value) bool {
	for _, v := range vs {
		if !v.Num.IsZero() {
			return false
		}
	}
	return true
}

// scalar replaces a scalar node's token.
func (e *editor) scalar(n *yaml.Node, text string) {
	start := e.offset(n)
	end := start
	switch {
	case end < len(e.src) && (e.src[end] == '"' || e.src[end] == '\''):
		end, _ = closing(e.src, start, e.src[start], e.src[start])
	default:
		for end < len(e.src) && !bytes.ContainsRune([]byte(",}]\n\r#"), rune(e.src[end])) {
			end++
		}
		for end > start && (e.src[end-1] == ' ' || e.src[end-1] == '\t') {
			end--
		}
	}
	e.edits = append(e.edits, edit{start, end, text})
}

// closing returns the offset after the mark that closes the one at start,
// skipping quoted text; for quotes, a doubled or escaped quote does not
// close.
func closing(src []byte, start int, open, close byte) (int, bool) {
	if open == close { // a quoted scalar
		for i := start + 1; i < len(src); i++ {
			switch {
			case open == '"' && src[i] == '\\':
				i++
			case src[i] == close && open == '\'' && i+1 < len(src) && src[i+1] == '\'':
				i++
			case src[i] == close:
				return i + 1, true
			}
		}
		return 0, false
	}
	depth := 0
	for i := start; i < len(src); i++ {
		switch src[i] {
		case '"', '\'':
			end, ok := closing(src, i, src[i], src[i])
			if !ok {
				return 0, false
			}
			i = end - 1
		case open:
			depth++
		case close:
			if depth--; depth == 0 {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// fee rewrites the 信息处理费 figures the file holds.
func (e *editor) fee(root *yaml.Node, r *Report) error {
	f := r.Spec.Fee
	section := r.feeSection()
	for i, field := range f.Fields {
		n := find(root, []string{section.Key, f.Key, field.Key})
		if r.Fee == nil || r.Fee.Values[i] == nil {
			continue
		}
		if n == nil || n.Kind != yaml.ScalarNode {
			if r.Fee.Values[i].Num.IsZero() {
				continue
			}
			return fmt.Errorf("数据文件中没有 %s，附表中是 %s：请先在文件中写上 %s: {…}", f.FieldName(field), r.Fee.Values[i], f.Key)
		}
		e.scalar(n, figureText(*r.Fee.Values[i]))
	}
	return nil
}

// apply makes the edits, from the end of the file back.
func (e *editor) apply() []byte {
	sort.Slice(e.edits, func(i, j int) bool { return e.edits[i].start > e.edits[j].start })
	out := append([]byte(nil), e.src...)
	for _, ed := range e.edits {
		out = append(out[:ed.start], append([]byte(ed.text), out[ed.end:]...)...)
	}
	return out
}

// WorkbookUnfit says what makes a workbook unfit to replace a file's
// figures: a problem of reading it (XLSX-*), or nil.
func WorkbookUnfit(fs Findings) error {
	for _, f := range fs {
		if spec.RuleByID(f.Rule).Stage == spec.Import {
			return fmt.Errorf("附表有问题，不能写入数据文件：%s", f)
		}
	}
	return nil
}
