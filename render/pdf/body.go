package pdf

import (
	"unicode/utf8"

	"nianbao/render"
)

// stretchLimit is the most a justified body line puts into each gap
// between CJK characters (render.MaxHanStretch, in points); a line that
// would need more is repaired (repair.go).
const stretchLimit = render.MaxHanStretch * bodySize

// paragraph sets text on the body grid: first line indented two characters,
// every line but the last justified to both edges by the model of
// justify.go, which never spreads a number or a word.
func (l *layout) paragraph(spans []render.Span, indent bool) {
	b := l.bodyBreaker()
	us := l.scratch[:0]
	defer func() { l.scratch = us[:0] }()
	if indent {
		cell := unit{role: spans[0].Role, width: bodySize, n: 1, indent: true}
		us = append(us, cell, cell)
	}
	us = appendUnits(us, spans, b.width)
	for _, ln := range b.lines(us) {
		l.snap()
		gap := b.justify(ln.units, ln.last)
		for i := range gap {
			gap[i] += gridSpacing
		}
		l.drawSpaced(marginLeft, l.y, pitch, ln.units, bodySize, gridSpacing, gap)
		l.y += pitch
	}
}

// bodyBreaker breaks and justifies body text on the 28-character grid.
func (l *layout) bodyBreaker() breaker {
	return breaker{max: textW * ptPerMM, spacing: gridSpacing, width: l.widthFunc(bodySize),
		limit: stretchLimit, em: bodySize, squeezes: l.squeezes}
}

// squeezes reports whether a unit is a full-width mark its font lets a
// line set at half width.
func (l *layout) squeezes(u unit) bool {
	r, size := utf8.DecodeRuneInString(u.text)
	return !u.latin && size == len(u.text) && l.fonts.faces[u.role].squeezable(r)
}

// title sets the title in 二号, centred, one line per title line (broken
// further if a line is wider than the text block), then a blank line.
func (l *layout) title(lines []string) {
	width := l.widthFunc(titleSize)
	for _, s := range lines {
		for _, ln := range breakLines(units([]render.Span{{Text: s, Role: render.RoleTitle}}, width), textW*ptPerMM, 0, width) {
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
	l.paragraph([]render.Span{{Text: h.Number + h.Text, Role: render.HeadingRole(h.Level)}}, true)
}

// signature sets the agency and the date after a blank line: the date
// right-aligned four characters in from the edge, the agency centred over it.
func (l *layout) signature(s render.Signature) {
	width := l.widthFunc(bodySize)
	var lines [][]unit
	for _, t := range []string{s.Agency, s.Date} {
		for _, ln := range breakLines(units([]render.Span{{Text: t, Role: render.RoleBody}}, width), textW*ptPerMM, gridSpacing, width) {
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
			heights := l.laidOut(t).heights
			need += pitch/4 + sum(heights[:min(len(t.Head)+1, len(heights))])
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
