package author

import (
	"nianbao/render"
)

// cell helpers for the three tables.
func label(text string, colspan, rowspan int) render.Cell {
	return render.Cell{Text: text, ColSpan: colspan, RowSpan: rowspan, Header: true}
}

func figure(key string, v Value, colspan int) render.Cell {
	return render.Cell{Key: key, Number: true, Value: v.String(), Unit: v.Unit, ColSpan: colspan, RowSpan: 1}
}

// proactiveTable lays out table 二: four columns, one row group per item.
func (r *Report) proactiveTable() *render.Table {
	t := &render.Table{ID: "t2", Name: r.Spec.TableNames[0], Caption: r.Spec.Sections[1], Columns: 4, Widths: []int{136, 100, 83, 102}}
	for _, b := range r.Spec.Proactive {
		title := label(b.Title, 4, 1)
		title.Title = true
		head := []render.Cell{label(b.Corner, 1, 1)}
		for _, c := range b.Columns {
			head = append(head, label(c.Label, c.Span, 1))
		}
		group := [][]render.Cell{{title}, head}
		for _, ln := range b.Lines {
			row := r.Rows["proactive."+ln.Key]
			if ln.Optional && !row.Given {
				continue
			}
			lab := label(ln.Label, 1, 1)
			lab.Note = ln.Note
			cells := []render.Cell{lab}
			for i, c := range b.Columns {
				cells = append(cells, figure(row.Path+"."+c.Key, row.Values[i], c.Span))
			}
			group = append(group, cells)
		}
		t.Groups = append(t.Groups, group)
	}
	return t
}

// headerRows lays out a header tree on depth rows: a node spans its leaves;
// a leaf reaches down to the last header row.
func headerRows(nodes []*render.Cell, tree []*HeaderNode, depth int) [][]render.Cell {
	rows := make([][]render.Cell, depth)
	var walk func(ns []*HeaderNode, level int) int
	walk = func(ns []*HeaderNode, level int) int {
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

// requestsTable lays out table 三: three label columns, seven data columns.
func (r *Report) requestsTable() *render.Table {
	s := r.Spec
	corner := label(s.RequestCorner, 3, 3)
	corner.Corner = true
	t := &render.Table{ID: "t3", Name: s.TableNames[1], Caption: s.Sections[2], Columns: 10, Wide: true,
		Widths: []int{34, 60, 140, 44, 44, 44, 44, 44, 44, 44}}
	t.Head = headerRows([]*render.Cell{&corner}, s.RequestHead, 3)
	var body [][]render.Cell
	var walk func(ns []*RowNode, depth int, prefix string)
	walk = func(ns []*RowNode, depth int, prefix string) {
		for _, n := range ns {
			path := join(prefix, n.Key)
			if n.Key == "" {
				path = prefix
			}
			start := len(body)
			if len(n.Children) > 0 {
				walk(n.Children, depth+1, path)
				lab := label(n.Label, 1, len(body)-start)
				body[start] = append([]render.Cell{lab}, body[start]...)
				continue
			}
			lab := label(n.Label, 3-depth, 1)
			lab.Note = n.Note
			body = append(body, append([]render.Cell{lab}, r.requestFigures(path, n.Derived)...))
		}
	}
	walk(s.Requests, 0, "requests")
	t.Groups = [][][]render.Cell{body}
	return t
}

// requestFigures are a row's six applicant figures and its total; derived
// cells name the cells they add up.
func (r *Report) requestFigures(path string, derived bool) []render.Cell {
	s := r.Spec
	row := r.Rows[path]
	var cells []render.Cell
	var keys []string
	for i, c := range s.Applicants {
		cell := figure(path+"."+c.Key, row.Values[i], 1)
		if derived {
			for _, res := range s.ResultRows() {
				cell.Sum = append(cell.Sum, res+"."+c.Key)
			}
		}
		cells = append(cells, cell)
		keys = append(keys, cell.Key)
	}
	total := figure(path+"."+s.RequestTotal.Key, Value{Num: row.Total}, 1)
	total.Sum = keys
	return append(cells, total)
}

// appealsTable lays out table 四: fifteen columns, three header rows, one data row.
func (r *Report) appealsTable() *render.Table {
	s := r.Spec
	t := &render.Table{ID: "t4", Name: s.TableNames[2], Caption: s.Sections[3], Columns: 15, Wide: true}
	for range 15 {
		t.Widths = append(t.Widths, 1)
	}
	t.Head = headerRows(nil, s.AppealHead, 3)
	var data []render.Cell
	for _, g := range s.AppealGroups {
		row := r.Rows["appeals."+g.Key]
		var keys []string
		for i, c := range s.AppealOutcomes {
			cell := figure(row.Path+"."+c.Key, row.Values[i], 1)
			data = append(data, cell)
			keys = append(keys, cell.Key)
		}
		total := figure(row.Path+"."+s.AppealTotal.Key, Value{Num: row.Total}, 1)
		total.Sum = keys
		data = append(data, total)
	}
	t.Groups = [][][]render.Cell{{data}}
	return t
}
