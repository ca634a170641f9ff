package pdf

import (
	"nianbao/render"
)

// Table metrics, in millimetres.
const (
	cellPadX   = 1.0
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
// reaches, rows never split, cells spanning rows drawn piecewise with their
// text where the table continues on a new page.
func (l *layout) table(t *render.Table) {
	rows := t.Rows()
	places, _ := render.Grid(rows, t.Columns)
	colX := l.columns(t)
	cells := l.breakCells(places, colX)
	heights := rowHeights(cells, len(rows))
	head := len(t.Head)
	headH := sum(heights[:head])

	l.y += pitch / 4 // a little air below the heading line
	if l.y+headH+heights[min(head, len(rows)-1)] > bottom() {
		l.newPage()
	}
	segs := paginate(cells, heights, head, l.y)
	textIn := textParts(cells, heights, segs)
	for i, sg := range segs {
		if i > 0 {
			l.newPage()
		}
		l.segment(cells, heights, colX, rowRange{0, head}, l.y, textIn)
		l.segment(cells, heights, colX, sg, l.y+headH, textIn)
		l.y += headH + sum(heights[sg.from:sg.to])
	}
	l.y += pitch / 4
}

// rowRange is the body rows [from, to) drawn on one page.
type rowRange struct{ from, to int }

// paginate splits the body rows into pages: the first starting at y, the
// others at the top of a page, each below the repeated header rows.
func paginate(cells [][]tcell, heights []float64, head int, y float64) []rowRange {
	headH := sum(heights[:head])
	var segs []rowRange
	for start := head; start < len(heights); {
		end, h := start, headH
		for end < len(heights) && y+h+heights[end] <= bottom()+1e-6 {
			h += heights[end]
			end++
		}
		for end > start+1 && end < len(heights) && headerOnly(cells[end-1]) {
			end-- // keep a group's title and header rows with its first data row
		}
		if end == start { // a row taller than a page: place it anyway
			end++
		}
		segs = append(segs, rowRange{start, end})
		start, y = end, marginTop
	}
	return segs
}

// textParts decides, for each cell split across pages, in which of its
// parts its text is drawn: every part with room for it, or else the
// tallest part.
func textParts(cells [][]tcell, heights []float64, segs []rowRange) map[*render.Cell]map[int]bool {
	out := map[*render.Cell]map[int]bool{}
	for r, row := range cells {
		for _, c := range row {
			end := r + max(c.Cell.RowSpan, 1)
			need := float64(len(c.lines)) * tableLineH
			parts, best, bestH := map[int]bool{}, -1, -1.0
			for _, sg := range segs {
				first, last := max(r, sg.from), min(end, sg.to)
				if first >= last {
					continue
				}
				h := sum(heights[first:last])
				if h+1e-6 >= need {
					parts[first] = true
				}
				if h > bestH {
					best, bestH = first, h
				}
			}
			if len(parts) == 0 {
				parts[max(best, r)] = true
			}
			out[c.Cell] = parts
		}
	}
	return out
}

// columns returns the x of each column edge.
func (l *layout) columns(t *render.Table) []float64 {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	xs := []float64{marginLeft}
	for _, w := range t.Widths {
		xs = append(xs, xs[len(xs)-1]+textW*float64(w)/float64(total))
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
			var runs []run
			switch {
			case !c.Header:
				runs = []run{{c.Value, render.RoleBody}}
			default:
				runs = []run{{c.Text, c.TextRole()}}
				if c.Note != "" {
					runs = append(runs, run{c.Note, render.RoleKai})
				}
			}
			w := (colX[p.Col+max(c.ColSpan, 1)] - colX[p.Col] - 2*cellPadX) * ptPerMM
			var lines [][]unit
			for _, ln := range breakLines(units(runs, width), w, 0, width) {
				lines = append(lines, ln.units)
			}
			out[r] = append(out[r], tcell{Place: p, lines: lines})
		}
	}
	return out
}

// rowHeights gives each row the height of its tallest single-row cell, then
// grows the last row a spanning cell covers until the cell's text fits.
func rowHeights(cells [][]tcell, n int) []float64 {
	h := make([]float64, n)
	for i := range h {
		h[i] = minRowH
	}
	need := func(c tcell) float64 { return float64(len(c.lines))*tableLineH + 2*cellPadY }
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

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// segment draws the rows of rg at y, with the parts of cells that span
// into these rows from above or below.
func (l *layout) segment(cells [][]tcell, heights, colX []float64, rg rowRange, y float64, textIn map[*render.Cell]map[int]bool) {
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
			if textIn[c.Cell][first] {
				l.cellText(c, x0, x1, top, h)
			}
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
