package author

import (
	"slices"
	"strings"

	"nianbao/render"
	"nianbao/spec"
)

// cell helpers for the three tables.
func label(text string, colspan, rowspan int) render.Cell {
	return render.Cell{Text: text, ColSpan: colspan, RowSpan: rowspan, Header: true}
}

func figure(c spec.CellRef, v Value, colspan int) render.Cell {
	rng := render.Count
	if !c.Total {
		rng = ranges[c.Row.Columns[c.Col].Kind]
	}
	return render.Cell{Key: c.Key(), Number: true, Value: v.String(), Unit: v.Unit, ColSpan: colspan, RowSpan: 1, Range: rng}
}

// ranges are what a person may write in a cell of each kind.
var ranges = map[spec.Kind]render.Range{spec.Count: render.Count, spec.Signed: render.Integer, spec.Money: render.Decimal, spec.Amount: render.Decimal}

// tableOf starts the document table of an official table.
func (r *Report) tableOf(t *spec.Table, columns int) *render.Table {
	caption := r.Spec.Sections[t.Section].Title
	return &render.Table{ID: t.ID, Name: t.Name(), Caption: caption, Columns: columns, Widths: widths(t.Widths, columns),
		Wide: t.Wide, Dense: t.Dense}
}

// widths are the table's relative column widths, equal when the format's do
// not fit the grid.
func widths(w []int, columns int) []int {
	if len(w) == columns {
		return w
	}
	out := make([]int, columns)
	for i := range out {
		out[i] = 1
	}
	return out
}

// proactiveTable lays out table 二: one row group per item.
func (r *Report) proactiveTable() *render.Table {
	p := r.Spec.Proactive
	grid := p.Grid()
	t := r.tableOf(&p.Table, grid)
	for _, b := range p.Blocks {
		spans := p.Spans(b)
		title := label(b.Title, grid, 1)
		title.Title = true
		head := []render.Cell{label(b.Corner, 1, 1)}
		for i, c := range b.Columns {
			head = append(head, label(c.Label, spans[i], 1))
		}
		group := [][]render.Cell{{title}, head}
		for _, ln := range b.Lines {
			row := r.Row(ln.Row)
			if ln.Optional && !row.Given {
				continue
			}
			lab := label(ln.Label, 1, 1)
			lab.Note = ln.Note
			cells := []render.Cell{lab}
			for i := range b.Columns {
				cells = append(cells, figure(spec.CellRef{Row: ln.Row, Col: i}, row.Values[i], spans[i]))
			}
			group = append(group, cells)
		}
		t.Groups = append(t.Groups, group)
	}
	return t
}

// headerRows lays out a header tree on depth rows: a node spans its leaves;
// a leaf reaches down to the last header row.
func headerRows(nodes []*render.Cell, tree []*spec.Header, depth int) [][]render.Cell {
	rows := make([][]render.Cell, depth)
	var walk func(ns []*spec.Header, level int) int
	walk = func(ns []*spec.Header, level int) int {
		width := 0
		for _, n := range ns {
			c := label(n.Label, 1, 1)
			i := len(rows[level])
			rows[level] = append(rows[level], c)
			if len(n.Children) == 0 {
				rows[level][i].RowSpan = depth - level
				width++
				continue
			}
			w := walk(n.Children, level+1)
			rows[level][i].ColSpan = w
			width += w
		}
		return width
	}
	walk(tree, 0)
	for _, c := range nodes {
		rows[0] = append([]render.Cell{*c}, rows[0]...)
	}
	return rows
}

// headerDepth is the number of rows a header tree needs.
func headerDepth(tree []*spec.Header) int {
	d := 0
	for _, h := range tree {
		d = max(d, 1+headerDepth(h.Children))
	}
	return d
}

// requestsTable lays out table 三: the label columns, then the applicant
// columns and the total.
func (r *Report) requestsTable() *render.Table {
	s := r.Spec.Requests
	labels := s.LabelColumns
	depth := headerDepth(s.Head)
	t := r.tableOf(&s.Table, labels+len(s.Applicants)+1)
	corner := label(s.Corner, labels, depth)
	corner.Corner = true
	t.Head = headerRows([]*render.Cell{&corner}, s.Head, depth)
	var body [][]render.Cell
	var walk func(ns []*spec.Node, depth int)
	walk = func(ns []*spec.Node, depth int) {
		for _, n := range ns {
			start := len(body)
			if len(n.Children) > 0 {
				walk(n.Children, depth+1)
				lab := label(n.Label, 1, len(body)-start)
				body[start] = slices.Insert(body[start], 0, lab)
				continue
			}
			lab := label(n.Label, labels-depth, 1)
			lab.Note = n.Note
			// room for the labels of the groups above, put in front later
			row := make([]render.Cell, 0, labels+len(s.Applicants)+1)
			body = append(body, r.requestFigures(append(row, lab), n.Row))
		}
	}
	walk(s.Nodes, 0)
	t.Groups = [][][]render.Cell{body}
	t.Checks = balanceChecks(s)
	return t
}

// balanceChecks are the identity of table 三's corner note, one per data
// column: "一+二=（七）+四·自然人".
func balanceChecks(s *spec.RequestTable) []render.Check {
	left, right := s.Balance.Sides()
	name := func(rows []*spec.Row) string {
		var parts []string
		for _, r := range rows {
			parts = append(parts, r.Short)
		}
		return strings.Join(parts, "+")
	}
	label := name(left) + "=" + name(right)
	keys := func(rows []*spec.Row, c spec.CellRef) []string {
		var out []string
		for _, r := range rows {
			c.Row = r
			out = append(out, c.Key())
		}
		return out
	}
	var out []render.Check
	for i, col := range s.Applicants {
		c := spec.CellRef{Col: i}
		out = append(out, render.Check{Label: label + "·" + col.Label, Left: keys(left, c), Right: keys(right, c)})
	}
	c := spec.CellRef{Total: true}
	return append(out, render.Check{Label: label + "·" + s.Total.Label, Left: keys(left, c), Right: keys(right, c)})
}

// requestFigures appends a row's applicant figures and its total to
// cells; derived cells name the cells they add up.
func (r *Report) requestFigures(cells []render.Cell, s *spec.Row) []render.Cell {
	row := r.Row(s)
	keys := make([]string, 0, len(s.Columns))
	for i := range s.Columns {
		cell := figure(spec.CellRef{Row: s, Col: i}, row.Values[i], 1)
		if len(s.SumOf) > 0 {
			cell.Sum = make([]string, 0, len(s.SumOf))
		}
		for _, res := range s.SumOf {
			cell.Sum = append(cell.Sum, spec.CellRef{Row: res, Col: i}.Key())
		}
		cells = append(cells, cell)
		keys = append(keys, cell.Key)
	}
	total := figure(spec.CellRef{Row: s, Total: true}, Value{Num: row.Total}, 1)
	total.Sum = keys
	return append(cells, total)
}

// appealsTable lays out table 四: the header rows, one data row of every
// group's outcomes and total.
func (r *Report) appealsTable() *render.Table {
	s := r.Spec.Appeals
	t := r.tableOf(&s.Table, len(s.Groups)*(len(s.Outcomes)+1))
	t.Head = headerRows(nil, s.Head, headerDepth(s.Head))
	var data []render.Cell
	for _, g := range s.Groups {
		row := r.Row(g.Row)
		var keys []string
		for i := range s.Outcomes {
			cell := figure(spec.CellRef{Row: g.Row, Col: i}, row.Values[i], 1)
			data = append(data, cell)
			keys = append(keys, cell.Key)
		}
		total := figure(spec.CellRef{Row: g.Row, Total: true}, Value{Num: row.Total}, 1)
		total.Sum = keys
		data = append(data, total)
	}
	t.Groups = [][][]render.Cell{{data}}
	return t
}
