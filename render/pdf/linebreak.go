package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/render"
)

// run is text in one role.
type run struct {
	text string
	role render.Role
}

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
	// fragment of an address after its "/", ".", "@"…, or the tail of a
	// word split between two letters. A line may break before it;
	// justification widens the gap before it only after an address's
	// break character, never between two letters or digits.
	join bool
}

// line is a broken line: its units and whether it ends its paragraph.
type line struct {
	units []unit
	last  bool
}

// widthFunc measures text of a role in points.
type widthFunc func(role render.Role, s string) float64

// Kinsoku (禁则): characters that may not begin a line, and that may not end one.
const (
	noStart = "，。、；：？！）》」』】〕〉”’…·%％‰℃,.;:?!)]}—～"
	noEnd   = "（《「『【〔〈“‘([{"
)

// units splits runs into units, measuring each with width(role, text).
// Addresses and e-mails become fragments joined to each other. A unit's
// text is a slice of its run's text, not a copy.
func units(runs []run, width widthFunc) []unit {
	n := 0
	for _, rn := range runs {
		n += utf8.RuneCountInString(rn.text)
	}
	out := make([]unit, 0, n)
	for _, rn := range runs {
		s := rn.text
		for i := 0; i < len(s); {
			r, j := decode(s, i)
			switch {
			case unicode.IsSpace(r):
				for j < len(s) && unicode.IsSpace(runeAt(s, j)) {
					_, j = decode(s, j)
				}
				out = append(out, unit{text: " ", role: rn.role, width: width(rn.role, " "), n: 1, space: true})
			case render.IsWordRune(r) && !strings.ContainsRune(noEnd+noStart, r):
				for j < len(s) && render.IsWordRune(runeAt(s, j)) && !unicode.IsSpace(runeAt(s, j)) {
					_, j = decode(s, j)
				}
				for k, f := range render.AddressFragments(s[i:j]) {
					out = append(out, unit{text: f, role: rn.role, width: width(rn.role, f), n: utf8.RuneCountInString(f), join: k > 0})
				}
			default:
				t := s[i:j]
				if r == utf8.RuneError {
					t = string(utf8.RuneError)
				}
				out = append(out, unit{text: t, role: rn.role, width: width(rn.role, t), n: 1})
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
	width   widthFunc
	// limit, when positive, is the largest stretch (pt) a justified line
	// may put into each gap: a line that would need more takes the head of
	// the Latin word that follows it, split between two letters.
	limit float64
}

// breakLines breaks units into lines of width max (points) with spacing
// after each glyph. Words wider than a line are split by character.
func breakLines(us []unit, max, spacing float64, width widthFunc) []line {
	return breaker{max: max, spacing: spacing, width: width}.lines(us)
}

func (b breaker) lines(us []unit) []line {
	us = splitLong(us, b.max, b.width)
	var lines []line
	for start := 0; start < len(us); {
		for start < len(us) && us[start].space { // no line starts with a space
			start++
		}
		if start == len(us) {
			break
		}
		end := kinsoku(us, start, b.fill(us, start))
		if split, ok := b.rebreak(us, start, end); ok {
			us = split
			continue
		}
		ln := trimSpaces(us[start:end])
		lines = append(lines, line{units: ln, last: end == len(us)})
		start = end
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

// minSplit is the fewest characters either part of a split word keeps.
const minSplit = 3

// rebreak splits the letter word that begins the next line when the line
// us[start:end] would stretch more than the limit: its head moves up to
// fill the line. It returns the units with the word split, or false.
func (b breaker) rebreak(us []unit, start, end int) ([]unit, bool) {
	if b.limit <= 0 || end >= len(us) {
		return nil, false
	}
	ln := trimSpaces(us[start:end])
	if stretch(ln, b.max, b.spacing) <= b.limit {
		return nil, false
	}
	next := us[end]
	rs := []rune(next.text)
	if next.space || len(rs) < 2*minSplit || !strings.ContainsFunc(next.text, render.IsLetter) {
		return nil, false
	}
	room := b.max - natural(ln, b.spacing) - b.spacing
	k := 0
	for k < len(rs)-minSplit && b.width(next.role, string(rs[:k+1]))+b.spacing*float64(k+1) <= room+0.001 {
		k++
	}
	if k < minSplit {
		return nil, false
	}
	head, tail := next, next
	head.text, head.n, head.width = string(rs[:k]), k, b.width(next.role, string(rs[:k]))
	tail.text, tail.n, tail.width, tail.join = string(rs[k:]), len(rs)-k, b.width(next.role, string(rs[k:])), true
	out := append(append(append([]unit(nil), us[:end]...), head, tail), us[end+1:]...)
	return out, true
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

// gaps counts the places where justification may add space: between two
// units, but not inside a word split between two letters or digits.
func gaps(ln []unit) int {
	n := 0
	for i := 1; i < len(ln); i++ {
		if stretchable(ln, i) {
			n++
		}
	}
	return n
}

// stretchable reports whether justification may widen the gap before unit
// i: any gap but one inside a word, where only an address's break points
// ("/", ".", "@"…) may take space.
func stretchable(ln []unit, i int) bool {
	return !ln[i].join || strings.ContainsRune(render.AddressBreaks, lastRune(ln[i-1].text))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// stretch is the space (pt) each gap of a justified line must take.
func stretch(ln []unit, max, spacing float64) float64 {
	extra := max - natural(ln, spacing)
	if extra <= 0 {
		return 0
	}
	if g := gaps(ln); g > 0 {
		return extra / float64(g)
	}
	return math.Inf(1)
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
func splitLong(us []unit, max float64, width widthFunc) []unit {
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
			out = append(out, unit{text: string(r), role: u.role, width: width(u.role, string(r)), n: 1, join: u.join || i > 0})
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
