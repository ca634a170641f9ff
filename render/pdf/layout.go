package pdf

import (
	"math"
	"strings"

	"nianbao/render"
	"nianbao/spec"
)

// Page geometry of GB/T 9704-2012 (see spec), in millimetres.
const (
	pageW, pageH = spec.PageWidth, spec.PageHeight
	marginLeft   = spec.MarginLeft
	marginTop    = spec.MarginTop
	textW        = spec.TextWidth  // 版心 width
	textH        = spec.TextHeight // 版心 height
	linesPerPage = spec.LinesPerPage
	charsPerLine = spec.CharsPerLine
	pitch        = textH / linesPerPage // 10.23 mm between body lines
	ptPerMM      = 72 / 25.4

	bodySize  = spec.SizeBody  // 三号
	titleSize = spec.SizeTitle // 二号
	pageSize  = spec.SizePage  // 四号, page numbers
	tableSize = spec.SizeTable // 五号, tables
)

// gridSpacing is the character spacing (pt) that puts 28 characters of 16 pt
// on a 156 mm line: −0.21 pt.
var gridSpacing = textW*ptPerMM/charsPerLine - bodySize

// op is one drawing operation of the display list.
type op struct {
	page       int
	kind       opKind
	x, y, w, h float64 // mm
	role       render.Role
	size       float64 // pt
	text       string
	tc         float64 // character spacing, pt
	fill       bool    // rect: the light-blue title fill
	level      int     // bookmark: its depth in the outline
}

type opKind int

const (
	opText opKind = iota
	opRect
	opBookmark // an outline entry pointing at (page, y); after the text it names
)

// layout places a document on pages and records the operations and the
// characters each role draws.
type layout struct {
	fonts *Fonts
	ops   []op
	page  int
	y     float64 // top of the next free space, mm
	runes map[render.Role]map[rune]bool
	// scratch holds the units of the paragraph being set, reused for the
	// next: nothing keeps them once its lines are drawn.
	scratch []unit
	last    *tableLayout // the table laid out last
}

func newLayout(f *Fonts) *layout {
	l := &layout{fonts: f, page: 1, y: marginTop, runes: map[render.Role]map[rune]bool{}}
	for _, r := range render.Roles {
		l.runes[r] = map[rune]bool{}
	}
	return l
}

func (l *layout) newPage() {
	l.page++
	l.y = marginTop
}

// bottom is the lower edge of the text block.
func bottom() float64 { return marginTop + textH }

// snap moves y down to the next body grid line.
func (l *layout) snap() {
	k := math.Ceil((l.y-marginTop)/pitch - 1e-6)
	l.y = marginTop + k*pitch
	if l.y+pitch > bottom()+1e-6 {
		l.newPage()
	}
}

// widthFunc measures text of a role at a size in points.
func (l *layout) widthFunc(size float64) render.WidthFunc {
	return func(role render.Role, s string) float64 {
		w := 0.0
		for _, r := range s {
			w += l.fonts.faces[role].width(r)
		}
		return w * size
	}
}

// text records a text operation and the characters it uses.
func (l *layout) text(x, y, h float64, role render.Role, size float64, s string, tc float64) {
	if s == "" {
		return
	}
	for _, r := range s {
		l.runes[role][r] = true
	}
	l.ops = append(l.ops, op{page: l.page, kind: opText, x: x, y: y, h: h, role: role, size: size, text: s, tc: tc})
}

// drawLine places a broken line at (x, y) with character spacing tc after
// every glyph.
func (l *layout) drawLine(x, y, h float64, ln []unit, size, tc float64) {
	gap := make([]float64, len(ln))
	for i := range gap {
		gap[i] = tc
	}
	l.drawSpaced(x, y, h, ln, size, tc, gap)
}

// drawSpaced places a line at (x, y): inner (pt) after each glyph inside a
// unit, gap[i] after unit i. It writes one text operation per run of units
// of one role whose glyphs are evenly spaced, so that character spacing
// (Tc) draws it; blank indent cells take room but draw nothing.
func (l *layout) drawSpaced(x, y, h float64, ln []unit, size, inner float64, gap []float64) {
	advance := func(i int) float64 { // from unit i to unit i+1, mm
		return (ln[i].width + inner*float64(ln[i].n-1) + gap[i]) / ptPerMM
	}
	for i := 0; i < len(ln); {
		if ln[i].indent {
			x += advance(i)
			i++
			continue
		}
		tc := gap[i]
		if ln[i].n > 1 {
			tc = inner
		}
		start, j, n := x, i, len(ln[i].text)
		for j+1 < len(ln) && ln[j+1].role == ln[i].role && !ln[j+1].indent && same(gap[j], tc) && (ln[j+1].n == 1 || same(inner, tc)) {
			x += advance(j)
			j++
			n += len(ln[j].text)
		}
		x += advance(j)
		var seg strings.Builder
		seg.Grow(n)
		for _, u := range ln[i : j+1] {
			seg.WriteString(u.text)
		}
		l.text(start, y, h, ln[i].role, size, seg.String(), tc)
		i = j + 1
	}
}

// same reports whether two spacings are equal to the precision written.
func same(a, b float64) bool { return math.Abs(a-b) < 0.0005 }
