package author

import (
	"strings"

	"nianbao/spec"
)

// The three official tables, as indexes of spec.Format.Tables.
const (
	table2 = iota
	table3
	table4
)

// labelKind says what a label on a page stands for.
type labelKind int

const (
	rowLabel   labelKind = iota // a data row of table 二 or 三
	groupLabel                  // a group of rows of table 三
	blockLabel                  // the title of a block of table 二
	headLabel                   // a header cell, or the corner
)

// pageLabel is one label of a format's tables, folded for matching.
type pageLabel struct {
	kind  labelKind
	table int
	row   *spec.Row   // rowLabel
	node  *spec.Node  // groupLabel
	block *spec.Block // rowLabel and blockLabel of table 二
	names spec.Names
	// label and note are a row's label and note, folded, when it has a
	// note: pages copy notes with small slips.
	label, note string
}

// slotPath is a way down a table's header to one of its data columns: the
// names at each level, outermost first, and the column (slot) it heads.
type slotPath struct {
	levels []spec.Names
	slot   int
}

// labelIndex holds every label of one format's tables, for reading pages.
type labelIndex struct {
	f      *spec.Format
	labels []*pageLabel
	heads  [3][]slotPath // the header paths of tables 三 and 四
	only4  spec.Names    // header labels only table 四 has
}

// newLabelIndex indexes the labels of a format.
func newLabelIndex(f *spec.Format) *labelIndex {
	x := &labelIndex{f: f}
	add := func(l *pageLabel) { x.labels = append(x.labels, l) }
	for _, b := range f.Proactive.Blocks {
		add(&pageLabel{kind: blockLabel, table: table2, block: b, names: spec.NewNames(b.Names()...)})
		add(&pageLabel{kind: headLabel, table: table2, names: spec.NewNames(b.Corner)})
		for i := range b.Columns {
			add(&pageLabel{kind: headLabel, table: table2, names: spec.NewNames(b.Columns[i].Names()...)})
		}
		for _, ln := range b.Lines {
			add(&pageLabel{kind: rowLabel, table: table2, row: ln.Row, block: b, names: spec.NewNames(ln.Row.Names()...),
				label: spec.Fold(ln.Label), note: spec.Fold(ln.Note)})
		}
	}
	var nodes func(ns []*spec.Node)
	nodes = func(ns []*spec.Node) {
		for _, n := range ns {
			if n.Row != nil {
				add(&pageLabel{kind: rowLabel, table: table3, row: n.Row, names: spec.NewNames(n.Names()...)})
				continue
			}
			add(&pageLabel{kind: groupLabel, table: table3, node: n, names: spec.NewNames(n.Names()...)})
			nodes(n.Children)
		}
	}
	nodes(f.Requests.Nodes)
	add(&pageLabel{kind: headLabel, table: table3, names: spec.NewNames(f.Requests.Corner)})
	applicants := append(append([]spec.Column(nil), f.Requests.Applicants...), f.Requests.Total)
	x.heads[table3] = x.headPaths(table3, f.Requests.Head, func(path []string, leaf *spec.Header) int {
		return slotOf(applicants, leaf.Label)
	})
	appeal := f.Appeals
	cols := append(append([]spec.Column(nil), appeal.Outcomes...), appeal.Total)
	x.heads[table4] = x.headPaths(table4, appeal.Head, func(path []string, leaf *spec.Header) int {
		group := strings.Join(path, "·")
		for g, gr := range appeal.Groups {
			if gr.Label == group {
				return g*len(cols) + slotOf(cols, leaf.Label)
			}
		}
		return -1
	})
	for _, l := range x.labels {
		if l.kind == headLabel && l.table == table4 && !x.isHead(table3, l.names) {
			x.only4 = append(x.only4, l.names...)
		}
	}
	return x
}

// slotOf is the index of the column with the label, or -1.
func slotOf(cols []spec.Column, label string) int {
	for i, c := range cols {
		if c.Label == label {
			return i
		}
	}
	return -1
}

// headPaths adds a header tree's labels and returns its paths to the data
// columns; slot tells the column of a leaf from the labels above it.
func (x *labelIndex) headPaths(table int, head []*spec.Header, slot func(path []string, leaf *spec.Header) int) []slotPath {
	var out []slotPath
	var walk func(hs []*spec.Header, labels []string, levels []spec.Names)
	walk = func(hs []*spec.Header, labels []string, levels []spec.Names) {
		for _, h := range hs {
			names := spec.NewNames(h.Names()...)
			x.labels = append(x.labels, &pageLabel{kind: headLabel, table: table, names: names})
			lv := append(append([]spec.Names(nil), levels...), names)
			if len(h.Children) > 0 {
				walk(h.Children, append(append([]string(nil), labels...), h.Label), lv)
				continue
			}
			if s := slot(labels, h); s >= 0 {
				out = append(out, slotPath{levels: lv, slot: s})
			}
		}
	}
	walk(head, nil, nil)
	return out
}

// isHead reports whether names are among a table's header labels.
func (x *labelIndex) isHead(table int, names spec.Names) bool {
	for _, l := range x.labels {
		if l.kind == headLabel && l.table == table && strings.Join(l.names, "|") == strings.Join(names, "|") {
			return true
		}
	}
	return false
}

// match returns the label a text names best and the score (see
// spec.Match); nil and 0 when it names none.
func (x *labelIndex) match(text string) (*pageLabel, int) {
	folded := spec.Fold(text)
	if folded == "" {
		return nil, 0
	}
	var best *pageLabel
	score := 0
	for _, l := range x.labels {
		s := l.names.Match(text, folded)
		if s == 0 && l.note != "" && strings.HasPrefix(folded, l.label) &&
			similarity([]rune(folded[len(l.label):]), []rune(l.note)) >= 0.8 {
			s = runes(l.label) // the label and its note copied with a slip (孝昌县 2020)
		}
		if s > score {
			best, score = l, s
		}
	}
	return best, score
}

// inLabel reports whether a text is a label, or a piece of one (a note
// printed on a line of its own, "(指2019年事项数").
func (x *labelIndex) inLabel(text string) bool {
	folded := spec.Fold(text)
	for _, l := range x.labels {
		for _, n := range l.names {
			if strings.Contains(n, folded) || l.names.Match(text, folded) > 0 {
				return true
			}
		}
	}
	return false
}

// near finds the row of a table a label printed with a typo or an edit
// stands for ("2.其他法律行政止公开"): the one row whose label is clearly the
// most alike, or nil.
func (x *labelIndex) near(text string, table int) *pageLabel {
	t := []rune(spec.Fold(text))
	if len(t) < 4 {
		return nil
	}
	var best *pageLabel
	first, second := 0.0, 0.0
	for _, l := range x.labels {
		if l.table != table || l.kind != rowLabel {
			continue
		}
		s := 0.0
		for _, n := range l.names {
			s = max(s, similarity(t, []rune(n)))
		}
		switch {
		case s > first:
			best, first, second = l, s, first
		case s > second:
			second = s
		}
	}
	if first < 0.8 || first-second < 0.1 {
		return nil
	}
	return best
}

// similarity is 2·LCS/(len a + len b) of two strings' characters.
func similarity(a, b []rune) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(b)]) / float64(len(a)+len(b))
}

// isAppealHead reports a header label only table 四 has: where its
// figures start on a page without a row label.
func (x *labelIndex) isAppealHead(text string) bool {
	return x.only4.Match(text, spec.Fold(text)) > 0
}

// slots is the number of data columns of a table's rows, printed totals
// included; for table 二, of a block.
func (x *labelIndex) slots(table int, b *spec.Block) int {
	switch table {
	case table2:
		return len(b.Columns)
	case table3:
		return len(x.f.Requests.Applicants) + 1
	}
	return len(x.f.Appeals.Groups) * (len(x.f.Appeals.Outcomes) + 1)
}

// paths are the header paths to a table's data columns.
func (x *labelIndex) paths(table int, b *spec.Block) []slotPath {
	if table != table2 {
		return x.heads[table]
	}
	var out []slotPath
	for i := range b.Columns {
		out = append(out, slotPath{levels: []spec.Names{spec.NewNames(b.Columns[i].Names()...)}, slot: i})
	}
	return out
}
