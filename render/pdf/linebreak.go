package pdf

import (
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
// Latin word or number, or a space.
type unit struct {
	text   string
	role   render.Role
	width  float64 // advance in points at the line's size
	n      int     // glyphs: character spacing (Tc) follows each one
	space  bool
	indent bool // a blank character cell (first-line indent)
}

// line is a broken line: its units and whether it ends its paragraph.
type line struct {
	units []unit
	last  bool
}

// Kinsoku (禁则): characters that may not begin a line, and that may not end one.
const (
	noStart = "，。、；：？！）》」』】〕〉”’…·%％‰℃,.;:?!)]}—～"
	noEnd   = "（《「『【〔〈“‘([{"
)

// isWordRune reports whether r belongs in a Latin word or number that must
// not be broken ("24252.311082", "https://www.x.gov.cn", "0797-8213456").
func isWordRune(r rune) bool {
	return r < 0x2E80 && !unicode.IsSpace(r) && !strings.ContainsRune("（）《》“”‘’，。、；：？！", r)
}

// units splits runs into units, measuring each with width(role, text).
func units(runs []run, width func(role render.Role, s string) float64) []unit {
	var out []unit
	for _, rn := range runs {
		rs := []rune(rn.text)
		for i := 0; i < len(rs); {
			j := i + 1
			switch {
			case unicode.IsSpace(rs[i]):
				out = append(out, unit{text: " ", role: rn.role, width: width(rn.role, " "), n: 1, space: true})
				for j < len(rs) && unicode.IsSpace(rs[j]) {
					j++
				}
				i = j
				continue
			case isWordRune(rs[i]) && !strings.ContainsRune(noEnd+noStart, rs[i]):
				for j < len(rs) && isWordRune(rs[j]) && !unicode.IsSpace(rs[j]) {
					j++
				}
			}
			s := string(rs[i:j])
			out = append(out, unit{text: s, role: rn.role, width: width(rn.role, s), n: j - i})
			i = j
		}
	}
	return out
}

// breakLines fills lines of width max (points) greedily, with spacing
// between units, then moves breaks back to honour kinsoku. Words wider
// than a line are split by character.
func breakLines(us []unit, max, spacing float64, width func(role render.Role, s string) float64) []line {
	us = splitLong(us, max, width)
	var lines []line
	for start := 0; start < len(us); {
		for start < len(us) && us[start].space { // no line starts with a space
			start++
		}
		if start == len(us) {
			break
		}
		end, w := start, 0.0
		for end < len(us) {
			add := us[end].width + spacing*float64(us[end].n)
			if w+add-spacing > max+0.001 && end > start {
				break
			}
			w += add
			end++
		}
		end = kinsoku(us, start, end)
		ln := us[start:end]
		for len(ln) > 0 && ln[len(ln)-1].space {
			ln = ln[:len(ln)-1]
		}
		lines = append(lines, line{units: ln, last: end == len(us)})
		start = end
	}
	return lines
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

// splitLong breaks words wider than max into single characters.
func splitLong(us []unit, max float64, width func(role render.Role, s string) float64) []unit {
	var out []unit
	for _, u := range us {
		if u.width <= max || len([]rune(u.text)) == 1 {
			out = append(out, u)
			continue
		}
		for _, r := range u.text {
			out = append(out, unit{text: string(r), role: u.role, width: width(u.role, string(r)), n: 1})
		}
	}
	return out
}

// glyphWidth sums the advances of a line's units and counts their glyphs.
func glyphWidth(us []unit) (w float64, n int) {
	for _, u := range us {
		w += u.width
		n += u.n
	}
	return w, n
}
