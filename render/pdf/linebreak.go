package pdf

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/render"
)

// unit is the smallest piece a line is made of: one CJK character, one
// Latin word or number (or one fragment of an address), or a space.
type unit struct {
	text   string
	role   render.Role
	width  float64 // advance in points at the line's size
	n      int     // glyphs: character spacing (Tc) follows each one
	space  bool
	indent bool // a blank character cell (first-line indent)
	// join marks a piece that continues the previous unit's word: a
	// fragment of an address after its "/", ".", "@"…, the number after a
	// telephone's area code, or the tail of a word split between two
	// letters. A line may break before it; justification never widens the
	// gap before it.
	join bool
	// latin marks a Latin word or number, or a piece of one; addr a piece
	// of a web address or an e-mail, which breaks only after its "/", ".",
	// "@"….
	latin, addr bool
}

// line is a broken line: its units and whether it ends its paragraph.
type line struct {
	units []unit
	last  bool
}

// Kinsoku (禁则): characters that may not begin a line, and that may not end one.
const (
	noStart = render.NoStart
	noEnd   = render.NoEnd
)

// units splits spans into units, measuring each with width(role, text).
// Addresses and e-mails become fragments joined to each other. A unit's
// text is a slice of its span's text, not a copy.
func units(spans []render.Span, width render.WidthFunc) []unit {
	return appendUnits(nil, spans, width)
}

// appendUnits appends the units of spans to out.
func appendUnits(out []unit, spans []render.Span, width render.WidthFunc) []unit {
	n := 0
	for _, sp := range spans {
		n += utf8.RuneCountInString(sp.Text)
	}
	out = slices.Grow(out, n)
	for _, sp := range spans {
		s := sp.Text
		for i := 0; i < len(s); {
			r, j := decode(s, i)
			switch {
			case unicode.IsSpace(r):
				for j < len(s) && unicode.IsSpace(runeAt(s, j)) {
					_, j = decode(s, j)
				}
				out = append(out, unit{text: " ", role: sp.Role, width: width(sp.Role, " "), n: 1, space: true})
			case render.IsWordRune(r) && !strings.ContainsRune(noEnd+noStart, r):
				for j < len(s) && render.IsWordRune(runeAt(s, j)) {
					_, j = decode(s, j)
				}
				frags := render.AddressFragments(s[i:j])
				for k, f := range frags {
					out = append(out, unit{text: f, role: sp.Role, width: width(sp.Role, f), n: utf8.RuneCountInString(f), join: k > 0, latin: true, addr: len(frags) > 1})
				}
			default:
				t := s[i:j]
				if r == utf8.RuneError {
					t = string(utf8.RuneError)
				}
				out = append(out, unit{text: t, role: sp.Role, width: width(sp.Role, t), n: 1})
			}
			i = j
		}
	}
	return out
}

// decode returns the rune at byte i of s and the byte after it.
func decode(s string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r, i + size
}

// runeAt is the rune at byte i of s.
func runeAt(s string, i int) rune {
	r, _ := decode(s, i)
	return r
}

// breaker fills lines greedily and moves breaks back to honour kinsoku.
type breaker struct {
	max     float64 // line width, pt
	spacing float64 // character spacing after each glyph, pt
	width   render.WidthFunc
	// limit, when positive, is the most stretch (pt) a justified line may
	// put into each gap between CJK characters; a line that would need
	// more is repaired (see repair.go). em is the font size (pt) and
	// squeezes tells which units are full-width marks that may be set at
	// half width; both serve justification (justify.go).
	limit    float64
	em       float64
	squeezes func(unit) bool
}

// breakLines breaks units into lines of width max (points) with spacing
// after each glyph. Words wider than a line are split by character.
func breakLines(us []unit, max, spacing float64, width render.WidthFunc) []line {
	return breaker{max: max, spacing: spacing, width: width}.lines(us)
}

func (b breaker) lines(us []unit) []line {
	us = splitLong(us, b.max, b.width)
	var starts []int
	for start := 0; start < len(us); {
		for start < len(us) && us[start].space { // no line starts with a space
			start++
		}
		if start == len(us) {
			break
		}
		var c candidate
		starts, c = b.next(us, starts, start)
		us = c.apply(b, us)
		start = c.end
		if c.head > 0 {
			start++
		}
	}
	lines := make([]line, len(starts))
	for i, s := range starts {
		end := len(us)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		lines[i] = line{units: trimSpaces(us[s:end]), last: i == len(starts)-1}
	}
	return lines
}

// fill returns the end of the longest run of units from start that fits.
func (b breaker) fill(us []unit, start int) int {
	end, w := start, 0.0
	for end < len(us) {
		add := us[end].width + b.spacing*float64(us[end].n)
		if w+add-b.spacing > b.max+0.001 && end > start {
			break
		}
		w += add
		end++
	}
	return end
}

// trimSpaces drops the spaces that end a line.
func trimSpaces(ln []unit) []unit {
	for len(ln) > 0 && ln[len(ln)-1].space {
		ln = ln[:len(ln)-1]
	}
	return ln
}

// natural is a line's width with spacing between its glyphs.
func natural(ln []unit, spacing float64) float64 {
	w, n := glyphWidth(ln)
	return w + spacing*float64(n-1)
}

// kinsoku moves a break at end back so that the next line does not begin
// with a closing mark and this line does not end with an opening one.
func kinsoku(us []unit, start, end int) int {
	if end >= len(us) {
		return end
	}
	b := end
	for b > start+1 && (startsBad(us[b]) || endsBad(us[b-1])) {
		b--
	}
	if b == start+1 && (startsBad(us[b]) || endsBad(us[b-1])) {
		return end // nothing better: keep the overfull break
	}
	return b
}

// startsBad reports whether a unit may not begin a line; a blank unit
// (space, indent) may.
func startsBad(u unit) bool {
	r, _ := utf8.DecodeRuneInString(u.text)
	return !u.space && u.text != "" && strings.ContainsRune(noStart, r)
}

// endsBad reports whether a unit may not end a line.
func endsBad(u unit) bool {
	r, _ := utf8.DecodeLastRuneInString(u.text)
	return !u.space && u.text != "" && strings.ContainsRune(noEnd, r)
}

// splitLong breaks words wider than max into single characters, joined.
func splitLong(us []unit, max float64, width render.WidthFunc) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return tooLong(u, max) }) {
		return us
	}
	out := make([]unit, 0, len(us))
	for _, u := range us {
		if !tooLong(u, max) {
			out = append(out, u)
			continue
		}
		for i, r := range []rune(u.text) {
			out = append(out, unit{text: string(r), role: u.role, width: width(u.role, string(r)), n: 1, join: u.join || i > 0, latin: u.latin, addr: u.addr})
		}
	}
	return out
}

// tooLong reports whether a unit is a word wider than max.
func tooLong(u unit, max float64) bool {
	return u.width > max && utf8.RuneCountInString(u.text) > 1
}

// glyphWidth sums the advances of a line's units and counts their glyphs.
func glyphWidth(us []unit) (w float64, n int) {
	for _, u := range us {
		w += u.width
		n += u.n
	}
	return w, n
}
