package pdf

import (
	"nianbao/render"
)

// Table metrics, in millimetres.
const (
	cellPadX   = render.TableCellPad
	cellPadY   = 1.2
	tableLineH = tableSize * 1.35 / ptPerMM
	minRowH    = tableLineH + 2*cellPadY
)

// tcell is a laid-out cell: its grid place and its broken lines.
type tcell struct {
	render.Place
	lines [][]unit
}

// table sets an official table: header rows repeated on every page it
// reaches under a "续表" line, rows never split, cells spanning rows drawn
// piecewise with their text on every page, each piece made tall enough
// for it.
func (l *layout) table(t *render.Table) {
	tl := l.laidOut(t)
	colX, cells, heights := tl.colX, tl.cells, tl.heights
	head := len(t.Head)
	headH := sum(heights[:head])

	l.y += pitch / 4 // a little air below the heading line
	frs := paginate(cells, heights, head, l.y)
	if len(frs) > 0 && l.y > marginTop+pitch/4+1e-6 && l.y+headH+sum(frs[0].heights[frs[0].from:frs[0].to]) > bottom()+1e-6 {
		l.newPage() // not even the first row fits here
		frs = paginate(cells, heights, head, l.y)
	}
	for i, fr := range frs {
		if i > 0 {
			l.newPage()
			l.continued(colX[len(colX)-1])
		}
		l.segment(cells, heights, colX, rowRange{0, head}, l.y)
		l.segment(cells, fr.heights, colX, fr.rowRange, l.y+headH)
		l.y += headH + sum(fr.heights[fr.from:fr.to])
	}
	l.y += pitch / 4
}

// tableLayout is a table's columns, its cells broken into lines and the
// heights of its rows.
type tableLayout struct {
	t       *render.Table
	colX    []float64
	cells   [][]tcell
	heights []float64
}

// laidOut lays out a table's cells, once: the heading before a table
// measures its first rows (keepWithNext), then the table is drawn.
func (l *layout) laidOut(t *render.Table) *tableLayout {
	if l.last != nil && l.last.t == t {
		return l.last
	}
	rows := t.Rows()
	places, _ := render.Grid(rows, t.Columns)
	tl := &tableLayout{t: t, colX: l.columns(t, places)}
	tl.cells = l.breakCells(places, tl.colX)
	tl.heights = rowHeights(tl.cells, len(rows))
	l.last = tl
	return tl
}

// continuedH is the height of the "续表" line above a continued table.
const continuedH = tableLineH + cellPadY

// continued writes "续表" above a table continued on a new page, flush
// with its right edge.
func (l *layout) continued(right float64) {
	width := l.widthFunc(tableSize)
	us := units([]render.Span{{Text: render.Continued, Role: render.RoleHei}}, width)
	w, _ := glyphWidth(us)
	l.drawLine(right-w/ptPerMM, l.y, tableLineH, us, tableSize, 0)
	l.y += continuedH
}

// rowRange is the body rows [from, to) drawn on one page.
type rowRange struct{ from, to int }

// fragment is the part of a table on one page: its body rows and the row
// heights there, grown where a cell spanning rows is cut by the page break
// and its piece would be too short for its text.
type fragment struct {
	rowRange
	heights []float64
}

// paginate splits the body rows into pages: the first starting at y, the
// others at the top of a page under the "续表" line, each below the
// repeated header rows.
func paginate(cells [][]tcell, heights []float64, head int, y float64) []fragment {
	headH := sum(heights[:head])
	var out []fragment
	for start := head; start < len(heights); {
		fits := func(end int) bool {
			hs := grown(cells, heights, rowRange{start, end})
			return y+headH+sum(hs[start:end]) <= bottom()+1e-6
		}
		end := start
		for end < len(heights) && fits(end+1) {
			end++
		}
		for end > start+1 && end < len(heights) && headerOnly(cells[end-1]) {
			end-- // keep a group's title and header rows with its first data row
		}
		if end == start { // a row taller than a page: place it anyway
			end++
		}
		rg := rowRange{start, end}
		out = append(out, fragment{rowRange: rg, heights: grown(cells, heights, rg)})
		start, y = end, marginTop+continuedH
	}
	return out
}

// grown returns the row heights of the rows of rg drawn on one page: a cell
// spanning rows that the page cuts gets the height its text needs, added to
// its last row on the page.
func grown(cells [][]tcell, heights []float64, rg rowRange) []float64 {
	hs := append([]float64(nil), heights...)
	for r, row := range cells {
		for _, c := range row {
			end := r + max(c.Cell.RowSpan, 1)
			first, last := max(r, rg.from), min(end, rg.to)
			if first >= last || (r >= rg.from && end <= rg.to) {
				continue // not on this page, or whole
			}
			if short := textHeight(c) - sum(hs[first:last]); short > 0 {
				hs[last-1] += short
			}
		}
	}
	return hs
}

// columns returns the x of each column edge: the table's columns as every
// paged format lays them out (render.ColumnWidths) over the text block.
func (l *layout) columns(t *render.Table, places [][]render.Place) []float64 {
	xs := []float64{marginLeft}
	for _, w := range render.ColumnWidths(t, places, textW, tableSize/ptPerMM, 2*cellPadX) {
		xs = append(xs, xs[len(xs)-1]+w)
	}
	return xs
}

// breakCells breaks every cell's text to its width.
func (l *layout) breakCells(places [][]render.Place, colX []float64) [][]tcell {
	width := l.widthFunc(tableSize)
	out := make([][]tcell, len(places))
	for r, row := range places {
		for _, p := range row {
			c := p.Cell
			w := (colX[p.Col+max(c.ColSpan, 1)] - colX[p.Col] - 2*cellPadX) * ptPerMM
			var lines [][]unit
			if c.Header {
				lines = labelLines(c.LabelSpans(), w, width)
			} else {
				for _, ln := range breakLines(units([]render.Span{{Text: c.Value, Role: render.RoleBody}}, width), w, 0, width) {
					lines = append(lines, ln.units)
				}
			}
			out[r] = append(out[r], tcell{Place: p, lines: lines})
		}
	}
	return out
}

// labelLines breaks a label as every format does (render.LabelLines) to
// a cell width max (points), each line in units to draw.
func labelLines(spans []render.Span, max float64, width render.WidthFunc) [][]unit {
	var lines [][]unit
	for _, ln := range render.LabelLines(spans, max, width) {
		lines = append(lines, units(ln, width))
	}
	return lines
}

// rowHeights gives each row the height of its tallest single-row cell, then
// grows the last row a spanning cell covers until the cell's text fits.
func rowHeights(cells [][]tcell, n int) []float64 {
	h := make([]float64, n)
	for i := range h {
		h[i] = minRowH
	}
	need := textHeight
	for r, row := range cells {
		for _, c := range row {
			if max(c.Cell.RowSpan, 1) == 1 {
				h[r] = max(h[r], need(c))
			}
		}
	}
	for r, row := range cells {
		for _, c := range row {
			if span := max(c.Cell.RowSpan, 1); span > 1 {
				last := min(r+span, n) - 1
				if have := sum(h[r : last+1]); have < need(c) {
					h[last] += need(c) - have
				}
			}
		}
	}
	return h
}

// textHeight is the height a cell's text needs, padding included.
func textHeight(c tcell) float64 { return float64(len(c.lines))*tableLineH + 2*cellPadY }

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// segment draws the rows of rg at y, with the pieces of cells that span
// into these rows from above or below, each piece with the cell's text.
func (l *layout) segment(cells [][]tcell, heights, colX []float64, rg rowRange, y float64) {
	from, to := rg.from, rg.to
	rowY := func(r int) float64 { return y + sum(heights[from:r]) }
	for r := 0; r < len(cells); r++ {
		for _, c := range cells[r] {
			end := r + max(c.Cell.RowSpan, 1)
			if end <= from || r >= to {
				continue
			}
			first, last := max(r, from), min(end, to)
			x0, x1 := colX[c.Col], colX[c.Col+max(c.Cell.ColSpan, 1)]
			top, h := rowY(first), sum(heights[first:last])
			l.ops = append(l.ops, op{page: l.page, kind: opRect, x: x0, y: top, w: x1 - x0, h: h, fill: c.Cell.Title})
			l.cellText(c, x0, x1, top, h)
		}
	}
}

// cellText centres a cell's lines in its box.
func (l *layout) cellText(c tcell, x0, x1, top, h float64) {
	textH := float64(len(c.lines)) * tableLineH
	y := top + (h-textH)/2
	for _, ln := range c.lines {
		w, _ := glyphWidth(ln)
		l.drawLine(x0+(x1-x0-w/ptPerMM)/2, y, tableLineH, ln, tableSize, 0)
		y += tableLineH
	}
}

// headerOnly reports whether a row holds labels only (a title or header row).
func headerOnly(row []tcell) bool {
	for _, c := range row {
		if !c.Cell.Header {
			return false
		}
	}
	return true
}
