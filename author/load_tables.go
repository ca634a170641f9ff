package author

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// row reads one data row at n (nil: the row is absent, all zeros, at pos).
func (l *loader) row(n *yaml.Node, pos Pos, s *spec.Row) *Row {
	row := l.r.Row(s)
	for i := range row.Values {
		row.Values[i] = Value{Pos: pos}
	}
	row.Pos = pos
	if n == nil && l.typos[s.Key] {
		return row.spoil()
	}
	if n == nil {
		return row
	}
	row.Given, row.Pos = true, posOf(n)
	items := []*yaml.Node{n}
	want := len(s.Columns)
	total := s.Total != nil
	switch {
	case isNull(n):
		l.add(spec.BlankCell, posOf(n), s.FullName(), fmt.Sprintf("这一行是空的：没有发生的请填 %s", zeroRow(s)))
		return row.spoil()
	case n.Kind == yaml.SequenceNode:
		items = n.Content
	case !(want == 1 && !total && n.Kind == yaml.ScalarNode):
		l.add(spec.ValueType, posOf(n), s.FullName(), fmt.Sprintf("这一行应写作 [%s]，现在是%s", columnList(s), kindName(n)))
		return row.spoil()
	}
	if len(items) != want && !(total && len(items) == want+1) {
		if fixed, ok := fullWidthSeparators(items); ok {
			l.add(spec.ValueFormat, posOf(n), s.FullName(), fmt.Sprintf("数字之间用了全角的“，”或“、”：改为半角逗号，写作 [%s]", fixed))
			return row.spoil()
		}
		l.add(spec.RowLength, posOf(n), s.FullName(), fmt.Sprintf("这一行应有 %d 个数 [%s]，现在有 %d 个", want, columnList(s), len(items)))
		return row.spoil()
	}
	for i, item := range items {
		item = resolve(item)
		if i == want {
			v := l.number(item, spec.Column{Kind: spec.Count}, s.Cell(s.Total))
			row.Reported = &v
			continue
		}
		row.Values[i] = l.number(item, s.Columns[i], s.Cell(&s.Columns[i]))
	}
	return row
}

// fullWidthSeparators recognises a row typed with full-width commas
// ("[86，6，0]" reads as one item) and returns it written correctly.
func fullWidthSeparators(items []*yaml.Node) (string, bool) {
	var parts []string
	found := false
	for _, it := range items {
		f := strings.FieldsFunc(it.Value, func(r rune) bool { return r == '，' || r == '、' || r == '；' })
		found = found || len(f) > 1
		for _, p := range f {
			parts = append(parts, strings.TrimSpace(p))
		}
	}
	return strings.Join(parts, ", "), found
}

// spoil marks every figure of the row unreadable.
func (row *Row) spoil() *Row {
	for i := range row.Values {
		row.Values[i].Bad = true
	}
	return row
}

// zeroRow writes a row of zeros as it is written in a file.
func zeroRow(s *spec.Row) string {
	if len(s.Columns) == 1 && s.Total == nil {
		return "0"
	}
	return "[" + strings.TrimSuffix(strings.Repeat("0, ", len(s.Columns)), ", ") + "]"
}

// columnList names a row's columns: "自然人, 商业企业, …（可再加总计）".
func columnList(s *spec.Row) string {
	str := labels(s.Columns)
	if s.Total != nil {
		str += fmt.Sprintf("（可再加%s）", s.Total.Label)
	}
	return str
}

// labels joins column labels with commas.
func labels(cols []spec.Column) string {
	var ls []string
	for _, c := range cols {
		ls = append(ls, c.Label)
	}
	return strings.Join(ls, ", ")
}

// section returns the mapping of a table section, or nil when absent.
// An absent section's rows are marked unreadable: its absence is reported
// once, not again by every rule that needs its figures.
func (l *loader) section(f field, where string, keys []string) (m map[string]field, pos Pos, absent bool) {
	if f.Value == nil {
		return nil, Pos{}, true
	}
	return l.mapping(f.Value, where, keys), posOf(f.Key), false
}

// spoilTable marks every row of a table unreadable.
func (l *loader) spoilTable(t *spec.Table) {
	for _, s := range t.Rows {
		l.r.Row(s).spoil()
	}
}

func (l *loader) proactive(f field) {
	t := l.r.Spec.Proactive
	var keys []string
	for _, b := range t.Blocks {
		for _, ln := range b.Lines {
			keys = append(keys, ln.Key)
		}
	}
	m, pos, absent := l.section(f, t.Key, keys)
	for _, b := range t.Blocks {
		for _, ln := range b.Lines {
			var n *yaml.Node
			if v, ok := m[ln.Key]; ok {
				n = v.Value
			}
			l.row(n, pos, ln.Row)
		}
	}
	if absent {
		l.spoilTable(&t.Table)
	}
}

// requests reads table 三, following the label tree of the spec.
func (l *loader) requests(f field) {
	t := l.r.Spec.Requests
	m, pos, absent := l.section(f, t.Key, childKeys(t.Nodes))
	l.requestNodes(t.Nodes, m, pos, t.Key)
	if absent {
		l.spoilTable(&t.Table)
	}
}

// childKeys lists the YAML keys of nodes, looking through keyless groups.
func childKeys(ns []*spec.Node) []string {
	var keys []string
	for _, n := range ns {
		if n.Key == "" {
			keys = append(keys, childKeys(n.Children)...)
			continue
		}
		keys = append(keys, n.Key)
	}
	return keys
}

func (l *loader) requestNodes(ns []*spec.Node, m map[string]field, pos Pos, where string) {
	for _, node := range ns {
		if node.Key == "" {
			l.requestNodes(node.Children, m, pos, where)
			continue
		}
		f, given := m[node.Key]
		if len(node.Children) > 0 {
			l.requestGroup(node, f, given, pos, where+"."+node.Key)
			continue
		}
		var n *yaml.Node
		spoilt := false
		if given {
			n = f.Value
			if n.Kind == yaml.MappingNode {
				l.add(spec.ValueType, posOf(n), node.Row.FullName(), fmt.Sprintf("%s 在 %s中是一行 [%d 个数]，不分小项", node.Label, l.r.Spec.Name(), len(node.Row.Columns)))
				n, spoilt = nil, true
			}
		}
		row := l.row(n, pos, node.Row)
		if spoilt {
			row.spoil()
		}
		if node.Derived {
			l.claimed(row)
		}
	}
}

// requestGroup reads a group of rows of table 三 (（三）不予公开 …).
func (l *loader) requestGroup(node *spec.Node, f field, given bool, pos Pos, path string) {
	var sub map[string]field
	spoilt := false
	if given {
		pos = posOf(f.Key)
		if f.Value.Kind == yaml.SequenceNode {
			l.add(spec.ValueType, posOf(f.Value), l.r.Spec.Requests.Number+"·"+node.Label, groupAsRow(node))
			spoilt = true
		} else {
			sub = l.mapping(f.Value, path, childKeys(node.Children))
		}
	}
	l.requestNodes(node.Children, sub, pos, path)
	if spoilt {
		for _, s := range l.r.Spec.Requests.Rows {
			if strings.HasPrefix(s.Key, path+".") {
				l.r.Row(s).spoil()
			}
		}
	}
}

// groupAsRow explains a group written as a single row, as in the hybrid
// reports that keep the 2019 single-row （六）其他处理 in the 2021 format.
func groupAsRow(node *spec.Node) string {
	var keys []string
	for _, c := range node.Children {
		keys = append(keys, c.Key+"（"+c.Label+"）")
	}
	return fmt.Sprintf("%s 应分小项填写：%s", node.Label, strings.Join(keys, "、"))
}

// claimed moves the user's figures of a derived row aside: the tool fills
// the row itself and checks the user's figures against it.
func (l *loader) claimed(row *Row) {
	if row.Given {
		row.Claimed = row.Values
	}
	row.Values = make([]Value, len(row.Values))
	for i := range row.Values {
		row.Values[i] = Value{Pos: row.Pos}
	}
}

func (l *loader) appeals(f field) {
	t := l.r.Spec.Appeals
	var keys []string
	for _, g := range t.Groups {
		keys = append(keys, g.Key)
	}
	m, pos, absent := l.section(f, t.Key, keys)
	for _, g := range t.Groups {
		var n *yaml.Node
		if v, ok := m[g.Key]; ok {
			n = v.Value
		}
		l.row(n, pos, g.Row)
	}
	if absent {
		l.spoilTable(&t.Table)
	}
}
