package pdf

import (
	"regexp"
	"strings"
	"unicode"
)

// labelLines breaks a table label to a cell width max (points). It takes
// as few lines as the width allows, with the body's kinsoku, and then:
// the lines balanced (the narrowest width that needs no more lines); the
// numbering of a label ("（三）", "三、") on a line of its own when that costs
// no line; and no single character alone on the last line where the line
// before it can spare one.
func labelLines(us []unit, max float64, width widthFunc) [][]unit {
	us = pairs(us)
	lines := balanced(us, max, width)
	if len(lines) < 2 {
		return lines
	}
	if n := numberingUnits(us); n > 0 && n < len(us) {
		rest := balanced(us[n:], max, width)
		if 1+len(rest) <= len(lines) {
			lines = append([][]unit{us[:n]}, rest...)
		}
	}
	return noLoneLast(lines, max)
}

// pairs glues the characters of a short label of Han characters two by
// two: "社会公益组织" breaks as 社会/公益/组织, never 社会公/益组织.
func pairs(us []unit) []unit {
	if len(us) < 4 || len(us) > 6 {
		return us
	}
	for _, u := range us {
		if u.n != 1 || !unicode.Is(unicode.Han, []rune(u.text)[0]) {
			return us
		}
	}
	var out []unit
	for i := 0; i < len(us); i += 2 {
		u := us[i]
		if i+1 < len(us) {
			u.text += us[i+1].text
			u.width += us[i+1].width
			u.n++
		}
		out = append(out, u)
	}
	return out
}

// balanced breaks us at the narrowest width that gives as few lines as max.
func balanced(us []unit, max float64, width widthFunc) [][]unit {
	best := breakLines(us, max, 0, width)
	lo, hi := 0.0, max
	if len(best) < 2 {
		lo = hi // one line: nothing to balance
	}
	for hi-lo > balancePrecision {
		mid := (lo + hi) / 2
		if ls := breakLines(us, mid, 0, width); len(ls) <= len(best) && fitsWidth(ls, mid) {
			hi, best = mid, ls
		} else {
			lo = mid
		}
	}
	out := make([][]unit, len(best))
	for i, ln := range best {
		out[i] = ln.units
	}
	return out
}

// balancePrecision is how close (points) the balanced width comes to the
// narrowest: a tenth of a millimetre, far below a character.
const balancePrecision = 0.25

// fitsWidth reports whether no line of ls is wider than max (a word wider
// than the width is split, a kinsoku break may be overfull).
func fitsWidth(ls []line, max float64) bool {
	for _, ln := range ls {
		if w, _ := glyphWidth(ln.units); w > max+0.001 {
			return false
		}
	}
	return true
}

// numbering matches the number that starts a label: "（三）", "三、", "（1）".
var numbering = regexp.MustCompile(`^(（[一二三四五六七八九十0-9]+）|[一二三四五六七八九十]+、)`)

// numberingUnits counts the units of us that hold its numbering, or 0.
func numberingUnits(us []unit) int {
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.text)
	}
	m := numbering.FindString(b.String())
	if m == "" {
		return 0
	}
	n, length := 0, 0
	for length < len(m) && n < len(us) {
		length += len(us[n].text)
		n++
	}
	if length != len(m) {
		return 0
	}
	return n
}

// noLoneLast moves a character down from the line before when the last
// line holds a single character (closing marks aside), if that line keeps
// at least two.
func noLoneLast(lines [][]unit, max float64) [][]unit {
	n := len(lines)
	last, prev := lines[n-1], lines[n-2]
	if characters(last) != 1 || characters(prev) < 3 {
		return lines
	}
	move := prev[len(prev)-1]
	if endsBad(prev[len(prev)-2]) || startsBad(move) || move.space {
		return lines
	}
	moved := append([]unit{move}, last...)
	if w, _ := glyphWidth(moved); w > max+0.001 {
		return lines
	}
	out := append([][]unit(nil), lines[:n-2]...)
	return append(out, prev[:len(prev)-1], moved)
}

// characters counts the units of a line that are not punctuation.
func characters(ln []unit) int {
	n := 0
	for _, u := range ln {
		if !u.space && strings.IndexFunc(u.text, func(r rune) bool { return !unicode.IsPunct(r) }) >= 0 {
			n++
		}
	}
	return n
}
