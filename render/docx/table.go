package docx

import (
	"nianbao/render"
)

// Table metrics in twips, as the PDF draws them: 0.75 pt rules, 1 mm
// inside each cell at the sides and 1.2 mm above and below, lines of
// 1.35 × 五号.
const (
	ruleSize  = "6" // eighths of a point
	titleFill = "C6D9F1"
)

var (
	cellPadX = twips(1)
	cellPadY = twips(1.2)
)

// tableLine is the line height of table text: 1.35 × 五号, as in the PDF.
const tableLine = sizeTable * 10 * 135 / 100

// table writes an official table across the 版心: a fixed grid of column
// widths, merges as w:gridSpan and w:vMerge, the header rows repeated on
// every page, rows that never split, and title and header rows kept with
// the row after them.
func table(x *xmlw, t *render.Table) {
	rows := t.Rows()
	if len(rows) == 0 || t.Columns <= 0 {
		return
	}
	places, cover := render.Grid(rows, t.Columns)
	start := map[*render.Cell]render.Place{}
	for _, row := range places {
		for _, p := range row {
			start[p.Cell] = p
		}
	}
	cols := columnWidths(t.Widths, t.Columns)
	x.open("w:tbl")
	tableProps(x, t)
	x.open("w:tblGrid")
	for _, w := range cols {
		x.empty("w:gridCol", "w:w", itoa(w))
	}
	x.close("w:tblGrid")
	for r := range rows {
		head := r < len(t.Head)
		keep := (head || labelsOnly(places[r])) && r+1 < len(rows)
		x.open("w:tr")
		x.open("w:trPr")
		x.empty("w:cantSplit")
		if head {
			x.empty("w:tblHeader")
		}
		x.close("w:trPr")
		for c := 0; c < t.Columns; {
			cell := cover[r][c]
			p, ok := start[cell]
			if cell == nil || !ok || p.Col != c {
				tableCell(x, nil, cols[c], 1, "", keep)
				c++
				continue
			}
			span := min(max(cell.ColSpan, 1), t.Columns-c)
			merge := ""
			switch {
			case p.Row < r:
				merge = "continue"
			case max(cell.RowSpan, 1) > 1:
				merge = "restart"
			}
			w := 0
			for _, cw := range cols[c : c+span] {
				w += cw
			}
			if merge == "continue" {
				tableCell(x, nil, w, span, merge, keep)
			} else {
				tableCell(x, cell, w, span, merge, keep)
			}
			c += span
		}
		x.close("w:tr")
	}
	x.close("w:tbl")
}

// tableProps writes the table's width, rules, cell margins and name.
func tableProps(x *xmlw, t *render.Table) {
	x.open("w:tblPr")
	x.empty("w:tblW", "w:w", itoa(textW), "w:type", "dxa")
	x.empty("w:tblInd", "w:w", "0", "w:type", "dxa")
	x.open("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		x.empty(side, "w:val", "single", "w:sz", ruleSize, "w:space", "0", "w:color", "000000")
	}
	x.close("w:tblBorders")
	x.empty("w:tblLayout", "w:type", "fixed")
	x.open("w:tblCellMar")
	for _, m := range []struct {
		side string
		w    int
	}{{"w:top", cellPadY}, {"w:left", cellPadX}, {"w:bottom", cellPadY}, {"w:right", cellPadX}} {
		x.empty(m.side, "w:w", itoa(m.w), "w:type", "dxa")
	}
	x.close("w:tblCellMar")
	x.val("w:tblCaption", t.Name)
	x.val("w:tblDescription", t.Caption)
	x.close("w:tblPr")
}

// tableCell writes one grid cell: a cell's text centred in 五号, its note
// in 楷体; nil writes an empty cell (one a vertical merge continues).
func tableCell(x *xmlw, c *render.Cell, w, span int, merge string, keep bool) {
	x.open("w:tc")
	x.open("w:tcPr")
	x.empty("w:tcW", "w:w", itoa(w), "w:type", "dxa")
	if span > 1 {
		x.val("w:gridSpan", itoa(span))
	}
	switch merge {
	case "restart":
		x.val("w:vMerge", "restart")
	case "continue":
		x.empty("w:vMerge")
	}
	if c != nil && c.Title {
		x.empty("w:shd", "w:val", "clear", "w:color", "auto", "w:fill", titleFill)
	}
	x.val("w:vAlign", "center")
	x.close("w:tcPr")
	var runs []run
	switch {
	case c == nil:
	case !c.Header:
		runs = []run{{text: c.Value}}
	default:
		runs = []run{{text: c.Text, font: roleFont(c.TextRole())}}
		if c.Note != "" {
			runs = append(runs, run{text: c.Note, font: roleFonts[render.RoleKai]})
		}
	}
	para(x, styleTable, func() {
		if keep {
			x.empty("w:keepNext")
		}
	}, runs...)
	x.close("w:tc")
}

// roleFont is the face of a role where it differs from the body's.
func roleFont(r render.Role) string {
	if r == render.RoleBody {
		return ""
	}
	return roleFonts[r]
}

// labelsOnly reports whether a row holds labels only (a title or header
// row inside the body), which is kept with the row after it.
func labelsOnly(row []render.Place) bool {
	for _, p := range row {
		if !p.Cell.Header {
			return false
		}
	}
	return len(row) > 0
}

// columnWidths shares the 版心 width among the columns in proportion to the
// table's relative widths (equally if it has none), the twips lost to
// rounding one each to the first columns, so that the columns add up to the
// 版心 exactly.
func columnWidths(rel []int, n int) []int {
	if len(rel) != n {
		rel = make([]int, n)
	}
	total := 0
	for i := range rel {
		total += max(rel[i], 0)
	}
	out := make([]int, n)
	used := 0
	for i, w := range rel {
		if total == 0 {
			out[i] = textW / n
		} else {
			out[i] = textW * max(w, 0) / total
		}
		used += out[i]
	}
	for i := 0; used < textW; i = (i + 1) % n {
		out[i]++
		used++
	}
	return out
}
