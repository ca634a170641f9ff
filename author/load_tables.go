package author

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// rowSpec says how to read one data row.
type rowSpec struct {
	path     string   // full YAML path
	cell     string   // official name for messages
	columns  []Column // data columns the user writes
	total    bool     // an extra number may follow: the reported 总计
	scalarOK bool     // a single-column row may be written as a bare number
}

// row reads one data row at n (nil: the row is absent, all zeros, at pos).
func (l *loader) row(n *yaml.Node, pos Pos, rs rowSpec) *Row {
	row := &Row{Path: rs.path, Pos: pos, Values: make([]Value, len(rs.columns))}
	for i := range row.Values {
		row.Values[i] = Value{Pos: pos}
	}
	l.r.Rows[rs.path] = row
	if n == nil && l.typos[rs.path] {
		return row.spoil()
	}
	if n == nil {
		return row
	}
	row.Given, row.Pos = true, posOf(n)
	items := []*yaml.Node{n}
	want := len(rs.columns)
	switch {
	case isNull(n):
		l.add("BLANK-CELL", Error, posOf(n), rs.cell, fmt.Sprintf("这一行是空的：没有发生的请填 %s", values{}.row("", rs.columns, false)))
		return row.spoil()
	case n.Kind == yaml.SequenceNode:
		items = n.Content
	case !(rs.scalarOK && n.Kind == yaml.ScalarNode):
		l.add("VALUE-TYPE", Error, posOf(n), rs.cell, fmt.Sprintf("这一行应写作 [%s]，现在是%s", columnList(rs.columns, rs.total), kindName(n)))
		return row.spoil()
	}
	if len(items) != want && !(rs.total && len(items) == want+1) {
		l.add("ROW-LENGTH", Error, posOf(n), rs.cell, fmt.Sprintf("这一行应有 %d 个数 [%s]，现在有 %d 个", want, columnList(rs.columns, rs.total), len(items)))
		return row.spoil()
	}
	for i, item := range items {
		item = resolve(item)
		if i == want {
			v := l.number(item, KindCount, rs.cell+"·总计")
			row.Reported = &v
			continue
		}
		c := rs.columns[i]
		row.Values[i] = l.number(item, c.Kind, rs.cell+"·"+c.Label)
	}
	return row
}

// spoil marks every figure of the row unreadable.
func (row *Row) spoil() *Row {
	for i := range row.Values {
		row.Values[i].Bad = true
	}
	return row
}

func columnList(cols []Column, total bool) string {
	var names []string
	for _, c := range cols {
		names = append(names, c.Label)
	}
	s := strings.Join(names, ", ")
	if total {
		s += "（可再加总计）"
	}
	return s
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

func (l *loader) proactive(f field) {
	spec := l.r.Spec
	var keys []string
	for _, b := range spec.Proactive {
		for _, ln := range b.Lines {
			keys = append(keys, ln.Key)
		}
	}
	m, pos, absent := l.section(f, "proactive", keys)
	for _, b := range spec.Proactive {
		for _, ln := range b.Lines {
			rs := rowSpec{path: "proactive." + ln.Key, cell: Table2 + "·" + ln.Label, columns: b.Columns, scalarOK: len(b.Columns) == 1}
			var n *yaml.Node
			if v, ok := m[ln.Key]; ok {
				n = v.Value
			}
			if row := l.row(n, pos, rs); absent {
				row.spoil()
			}
		}
	}
}

// requests reads table 三, following the label tree of the spec.
func (l *loader) requests(f field) {
	spec := l.r.Spec
	m, pos, absent := l.section(f, "requests", childKeys(spec.Requests))
	l.requestNodes(spec.Requests, m, pos, "requests")
	if absent {
		for _, leaf := range spec.Leaves() {
			l.r.Rows["requests."+leaf.Path].spoil()
		}
	}
}

// childKeys lists the YAML keys of nodes, looking through keyless groups.
func childKeys(ns []*RowNode) []string {
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

func (l *loader) requestNodes(ns []*RowNode, m map[string]field, pos Pos, where string) {
	spec := l.r.Spec
	for _, node := range ns {
		if node.Key == "" {
			l.requestNodes(node.Children, m, pos, where)
			continue
		}
		path := where + "." + node.Key
		f, given := m[node.Key]
		if len(node.Children) > 0 {
			var sub map[string]field
			subPos, spoilt := pos, false
			if given {
				subPos = posOf(f.Key)
				if f.Value.Kind == yaml.SequenceNode {
					l.add("VALUE-TYPE", Error, posOf(f.Value), Table3+"·"+node.Label, groupAsRow(node))
					spoilt = true
				} else {
					sub = l.mapping(f.Value, path, childKeys(node.Children))
				}
			}
			l.requestNodes(node.Children, sub, subPos, path)
			if spoilt {
				l.spoilAll(path)
			}
			continue
		}
		var n *yaml.Node
		spoilt := false
		if given {
			n = f.Value
			if n.Kind == yaml.MappingNode {
				l.add("VALUE-TYPE", Error, posOf(n), Table3+"·"+node.Label, fmt.Sprintf("%s 在 %s 格式中是一行 [6 个数]，不分小项", node.Label, spec.Format))
				n, spoilt = nil, true
			}
		}
		row := l.row(n, pos, rowSpec{path: path, cell: Table3 + "·" + node.Label, columns: spec.Applicants, total: true})
		if spoilt {
			row.spoil()
		}
		if node.Derived {
			l.claimed(row)
		}
	}
}

// spoilAll marks the rows at and below a path unreadable.
func (l *loader) spoilAll(path string) {
	for p, row := range l.r.Rows {
		if p == path || strings.HasPrefix(p, path+".") {
			row.spoil()
		}
	}
}

// groupAsRow explains a group written as a single row, as in the hybrid
// reports that keep the 2019 single-row （六）其他处理 in the 2021 format.
func groupAsRow(node *RowNode) string {
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
	spec := l.r.Spec
	var keys []string
	for _, g := range spec.AppealGroups {
		keys = append(keys, g.Key)
	}
	m, pos, absent := l.section(f, "appeals", keys)
	for _, g := range spec.AppealGroups {
		var n *yaml.Node
		if v, ok := m[g.Key]; ok {
			n = v.Value
		}
		row := l.row(n, pos, rowSpec{path: "appeals." + g.Key, cell: Table4 + "·" + g.Label, columns: spec.AppealOutcomes, total: true})
		if absent {
			row.spoil()
		}
	}
}
