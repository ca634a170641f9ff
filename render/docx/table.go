package docx

import (
	"nianbao/render"
	"nianbao/spec"
)

// Table metrics in twips, as the PDF draws them: 0.75 pt rules, the
// padding of render.TableCellPad inside each cell at the sides and 1.2 mm
// above and below, lines of 1.35 × 五号.
const (
	ruleSize  = "6" // eighths of a point
	titleFill = "C6D9F1"
)

var (
	cellPadX = twips(render.TableCellPad)
	cellPadY = twips(1.2)
)

// tableChar is one 五号 character, in millimetres.
const tableChar = spec.SizeTable * 25.4 / 72

// wrapSlack (mm): a word processor rounds lengths to its own units
// (LibreOffice to 1/100 mm) and wraps a line that fills its cell exactly,
// so label lines are measured this much short of the cell, and a column
// widened for a label gets this much more than in the PDF.
const wrapSlack = 0.1

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
	cols := columnWidths(t, places)
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

// tableCell writes one grid cell w twips wide: a cell's text centred in
// 五号, its note in 楷体, a label broken into lines; nil writes an empty
// cell (one a vertical merge continues).
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
		runs = labelRuns(c, w)
	}
	para(x, styleTable, func() {
		if keep {
			x.empty("w:keepNext")
		}
	}, runs...)
	x.close("w:tc")
}

// labelRuns breaks a label as the PDF does, for a cell w twips wide: its
// runs, each line after the first beginning with a line break. Word and
// WPS would break a label anywhere, leaving a character alone on the last
// line ("自然/人") or splitting a number ("如-/8）").
func labelRuns(c *render.Cell, w int) []run {
	var runs []run
	for i, ln := range render.LabelLines(c.LabelSpans(), float64(w-2*cellPadX-twips(wrapSlack))/20, render.CellWidth(spec.SizeTable)) {
		for j, s := range ln {
			runs = append(runs, run{text: s.Text, font: roleFont(s.Role), brk: i > 0 && j == 0})
		}
	}
	return runs
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

// columnWidths lays the columns out as the PDF does (render.ColumnWidths
// over the 版心), in twips; the widest column takes what rounding leaves
// over or short, so that the columns add up to the 版心 exactly and a
// narrow column keeps the room of its characters.
func columnWidths(t *render.Table, places [][]render.Place) []int {
	ws := render.ColumnWidths(t, places, spec.TextWidth, tableChar, 2*render.TableCellPad+wrapSlack)
	out := make([]int, len(ws))
	used, widest := 0, 0
	for i, w := range ws {
		out[i] = twips(w)
		used += out[i]
		if out[i] > out[widest] {
			widest = i
		}
	}
	out[widest] += textW - used
	return out
}
