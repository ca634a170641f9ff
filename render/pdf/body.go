package pdf

import (
	"nianbao/render"
)

// Justification limits, in points per gap at 三号: a line that would put
// more than stretchLimit into each gap is re-broken (the Latin word after
// it split between two letters); one that would still need more than
// maxStretch is set ragged.
const (
	stretchLimit = 0.25 * bodySize
	maxStretch   = 0.5 * bodySize
)

// paragraph sets text on the body grid: first line indented two characters,
// every line but the last justified to both edges. Justification widens
// only the gaps between units (CJK characters, words, spaces, the pieces of
// an address), never a gap between two letters or digits of a number or
// word.
func (l *layout) paragraph(runs []run, indent bool) {
	width := l.widthFunc(bodySize)
	us := units(runs, width)
	if indent {
		cell := unit{role: runs[0].role, width: bodySize, n: 1, indent: true}
		us = append([]unit{cell, cell}, us...)
	}
	maxW := textW * ptPerMM
	b := breaker{max: maxW, spacing: gridSpacing, width: width, limit: stretchLimit}
	for _, ln := range b.lines(us) {
		l.snap()
		s := 0.0
		if !ln.last {
			if s = stretch(ln.units, maxW, gridSpacing); s > maxStretch {
				s = 0
			}
		}
		l.drawSpaced(marginLeft, l.y, pitch, ln.units, bodySize, gridSpacing, justified(ln.units, gridSpacing, s))
		l.y += pitch
	}
}

// justified gives the space after each unit of a line: the spacing, and the
// stretch s at every gap justification may widen.
func justified(ln []unit, spacing, s float64) []float64 {
	gap := make([]float64, len(ln))
	for i := range ln {
		gap[i] = spacing
		if i+1 < len(ln) && stretchable(ln, i+1) {
			gap[i] += s
		}
	}
	return gap
}

// title sets the title in 二号, centred, one line per title line (broken
// further if a line is wider than the text block), then a blank line.
func (l *layout) title(lines []string) {
	width := l.widthFunc(titleSize)
	for _, s := range lines {
		for _, ln := range breakLines(units([]run{{s, render.RoleTitle}}, width), textW*ptPerMM, 0, width) {
			l.snap()
			w, _ := glyphWidth(ln.units)
			l.drawLine(marginLeft+(textW-w/ptPerMM)/2, l.y, pitch, ln.units, titleSize, 0)
			l.y += pitch
		}
	}
	l.y += pitch
}

// heading sets a numbered heading in its role's face, indented two characters.
func (l *layout) heading(h *render.Heading) {
	l.paragraph([]run{{h.Number + h.Text, render.HeadingRole(h.Level)}}, true)
}

// signature sets the agency and the date after a blank line: the date
// right-aligned four characters in from the edge, the agency centred over it.
func (l *layout) signature(s render.Signature) {
	width := l.widthFunc(bodySize)
	var lines [][]unit
	for _, t := range []string{s.Agency, s.Date} {
		for _, ln := range breakLines(units([]run{{t, render.RoleBody}}, width), textW*ptPerMM, gridSpacing, width) {
			lines = append(lines, ln.units)
		}
	}
	if len(lines) == 0 {
		return
	}
	measure := func(us []unit) float64 {
		w, n := glyphWidth(us)
		return (w + gridSpacing*float64(n-1)) / ptPerMM
	}
	l.snap()
	if l.y+float64(len(lines)+1)*pitch > bottom()+1e-6 {
		l.newPage()
	}
	l.y += pitch
	cell := (bodySize + gridSpacing) / ptPerMM
	right := marginLeft + textW - 4*cell
	centre := right - measure(lines[len(lines)-1])/2 // over the date, or the agency's last line
	for _, ln := range lines {
		l.snap()
		w := measure(ln)
		x := max(marginLeft, min(centre-w/2, marginLeft+textW-w))
		l.drawLine(x, l.y, pitch, ln, bodySize, gridSpacing)
		l.y += pitch
	}
}

// keepWithNext starts a new page for a heading that would otherwise end a
// page: it needs room for itself, the headings right after it, and the start
// of what follows them (a line of text, or a table's header and first row).
func (l *layout) keepWithNext(next []render.Block) {
	need := pitch // the heading itself
	for _, b := range next {
		if _, ok := b.(*render.Heading); ok {
			need += pitch
			continue
		}
		if t, ok := b.(*render.Table); ok {
			rows := t.Rows()
			places, _ := render.Grid(rows, t.Columns)
			heights := rowHeights(l.breakCells(places, l.columns(t, places)), len(rows))
			need += pitch/4 + sum(heights[:min(len(t.Head)+1, len(rows))])
		} else {
			need += pitch
		}
		break
	}
	l.snap()
	if l.y+need > bottom()+1e-6 {
		l.newPage()
	}
}
