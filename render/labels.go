package render

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinsoku (禁则): characters that may not begin a line, and that may not
// end one.
const (
	NoStart = "，。、；：？！）》」』】〕〉”’…·%％‰℃,.;:?!)]}—～"
	NoEnd   = "（《「『【〔〈“‘([{"
)

// Span is text in one role: a label's text, or its note.
type Span struct {
	Text string
	Role Role
}

// WidthFunc measures text of a role in points.
type WidthFunc func(role Role, s string) float64

// CellWidth measures text at a type size (points) in character cells
// (Cells): what a word processor or a spreadsheet sets in the GB2312 faces
// the office fonts are, a Chinese character one em, a digit half.
func CellWidth(size float64) WidthFunc {
	return func(_ Role, s string) float64 { return Cells(s) * size }
}

// LabelLines breaks a table label to a cell width max (points), as every
// format sets it: as few lines as the width allows, breaking between
// Chinese characters and words (an address after its "/", "."…; a number
// never; a short label, or a label's text before its note, only between
// its LabelWords) with the body's kinsoku; then the lines balanced (the narrowest
// width that needs no more lines); the numbering of a label ("（三）",
// "三、") on a line of its own when that costs no line; and no single
// character alone on the last line where the line before can spare one.
func LabelLines(spans []Span, max float64, width WidthFunc) [][]Span {
	var ps []piece
	for _, sp := range spans {
		ps = append(ps, grouped(pieces([]Span{sp}, width), LabelWords(sp.Text))...)
	}
	lines := balanced(ps, max, width)
	if len(lines) >= 2 {
		if n := numberingPieces(ps); n > 0 && n < len(ps) {
			if rest := balanced(ps[n:], max, width); 1+len(rest) <= len(lines) {
				lines = append([][]piece{ps[:n]}, rest...)
			}
		}
		lines = noLoneLast(lines, max)
	}
	out := make([][]Span, len(lines))
	for i, ln := range lines {
		out[i] = spansOf(ln)
	}
	return out
}

// LabelText is a label broken into lines for a cell width max (points),
// the lines joined by newlines: the text of a spreadsheet cell.
func LabelText(spans []Span, max float64, width WidthFunc) string {
	var lines []string
	for _, ln := range LabelLines(spans, max, width) {
		var b strings.Builder
		for _, s := range ln {
			b.WriteString(s.Text)
		}
		lines = append(lines, b.String())
	}
	return strings.Join(lines, "\n")
}

// piece is the smallest part a label line is made of: one Chinese
// character or mark, one word or number (or one fragment of an address),
// or a space.
type piece struct {
	text  string
	role  Role
	width float64
	space bool
}

// pieces splits spans into pieces, measuring each.
func pieces(spans []Span, width WidthFunc) []piece {
	var out []piece
	for _, sp := range spans {
		s := sp.Text
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			j := i + size
			switch {
			case unicode.IsSpace(r):
				j = i + len(s[i:]) - len(strings.TrimLeftFunc(s[i:], unicode.IsSpace))
				out = append(out, piece{text: " ", role: sp.Role, width: width(sp.Role, " "), space: true})
			case IsWordRune(r) && !strings.ContainsRune(NoEnd+NoStart, r):
				if k := strings.IndexFunc(s[i:], func(r rune) bool { return !IsWordRune(r) }); k >= 0 {
					j = i + k
				} else {
					j = len(s)
				}
				for _, f := range AddressFragments(s[i:j]) {
					out = append(out, piece{text: f, role: sp.Role, width: width(sp.Role, f)})
				}
			default:
				out = append(out, piece{text: s[i:j], role: sp.Role, width: width(sp.Role, s[i:j])})
			}
			i = j
		}
	}
	return out
}

// spansOf joins a line's pieces into spans, one per change of role.
func spansOf(ln []piece) []Span {
	var out []Span
	for _, p := range ln {
		if n := len(out); n > 0 && out[n-1].Role == p.role {
			out[n-1].Text += p.text
			continue
		}
		out = append(out, Span{Text: p.text, Role: p.role})
	}
	return out
}

// LabelWords cuts a short label (two to six characters) into the words a
// reader sees in it, between which alone its lines break: two or three
// characters whole ("总计", "自然人"), four two and two ("结果/维持"), five
// three and two ("复议后/起诉", "申请人/情况", "（七）/总计"), six two by two
// ("社会/公益/组织", "2./重复/申请"); never "社会公/益组织" or "复议/后起诉". A
// longer label gives nil: it breaks wherever a line may.
func LabelWords(label string) []string {
	rs := []rune(label)
	var sizes []int
	switch len(rs) {
	case 2, 3:
		sizes = []int{len(rs)}
	case 4:
		sizes = []int{2, 2}
	case 5:
		sizes = []int{3, 2}
	case 6:
		sizes = []int{2, 2, 2}
	default:
		return nil
	}
	out := make([]string, len(sizes))
	for i, n := range sizes {
		out[i], rs = string(rs[:n]), rs[n:]
	}
	return out
}

// grouped glues the pieces of a span into its words (LabelWords), when
// every word ends where a piece does and none holds a space; otherwise
// the pieces come back as they are.
func grouped(ps []piece, words []string) []piece {
	if len(words) == 0 || slices.ContainsFunc(ps, func(p piece) bool { return p.space }) {
		return ps
	}
	out := make([]piece, 0, len(words))
	i := 0
	for _, w := range words {
		if i == len(ps) {
			return ps
		}
		g := ps[i]
		for i++; len(g.text) < len(w) && i < len(ps); i++ {
			g.text += ps[i].text
			g.width += ps[i].width
		}
		if g.text != w {
			return ps // a word ends inside a piece ("ab12" is one)
		}
		out = append(out, g)
	}
	return out
}

// balancePrecision is how close (points) the balanced width comes to the
// narrowest: a tenth of a millimetre, far below a character.
const balancePrecision = 0.25

// balanced breaks ps at the narrowest width that gives as few lines as max.
func balanced(ps []piece, max float64, width WidthFunc) [][]piece {
	best := breakPieces(ps, max, width)
	lo, hi := 0.0, max
	if len(best) < 2 {
		lo = hi // one line: nothing to balance
	}
	for hi-lo > balancePrecision {
		mid := (lo + hi) / 2
		if ls := breakPieces(ps, mid, width); len(ls) <= len(best) && fitsWidth(ls, mid) {
			hi, best = mid, ls
		} else {
			lo = mid
		}
	}
	return best
}

// breakPieces fills lines of width max greedily, moving each break back
// to honour kinsoku; a word wider than a line is split by character.
func breakPieces(ps []piece, max float64, width WidthFunc) [][]piece {
	ps = splitLong(ps, max, width)
	var lines [][]piece
	for start := 0; start < len(ps); {
		for start < len(ps) && ps[start].space { // no line starts with a space
			start++
		}
		if start == len(ps) {
			break
		}
		end, w := start, 0.0
		for end < len(ps) && (end == start || w+ps[end].width <= max+0.001) {
			w += ps[end].width
			end++
		}
		end = kinsoku(ps, start, end)
		lines = append(lines, trimSpaces(ps[start:end]))
		start = end
	}
	return lines
}

// kinsoku moves a break at end back so that the next line does not begin
// with a closing mark and this line does not end with an opening one.
func kinsoku(ps []piece, start, end int) int {
	if end >= len(ps) {
		return end
	}
	b := end
	for b > start+1 && badBreak(ps, b) {
		b--
	}
	if b == start+1 && badBreak(ps, b) {
		return end // nothing better: keep the overfull break
	}
	return b
}

// badBreak reports whether a line may not break before piece b.
func badBreak(ps []piece, b int) bool { return startsBad(ps[b]) || endsBad(ps[b-1]) }

// startsBad reports whether a piece may not begin a line.
func startsBad(p piece) bool {
	r, _ := utf8.DecodeRuneInString(p.text)
	return !p.space && strings.ContainsRune(NoStart, r)
}

// endsBad reports whether a piece may not end a line.
func endsBad(p piece) bool {
	r, _ := utf8.DecodeLastRuneInString(p.text)
	return !p.space && strings.ContainsRune(NoEnd, r)
}

// trimSpaces drops the spaces that end a line.
func trimSpaces(ln []piece) []piece {
	for len(ln) > 0 && ln[len(ln)-1].space {
		ln = ln[:len(ln)-1]
	}
	return ln
}

// splitLong breaks words wider than max into single characters.
func splitLong(ps []piece, max float64, width WidthFunc) []piece {
	var out []piece
	for i, p := range ps {
		if p.width <= max || utf8.RuneCountInString(p.text) < 2 {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]piece, 0, len(ps)), ps[:i]...)
		}
		for _, r := range p.text {
			out = append(out, piece{text: string(r), role: p.role, width: width(p.role, string(r))})
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// lineWidth sums the widths of a line's pieces.
func lineWidth(ln []piece) float64 {
	w := 0.0
	for _, p := range ln {
		w += p.width
	}
	return w
}

// fitsWidth reports whether no line is wider than max (a word wider than
// the width is split, a kinsoku break may be overfull).
func fitsWidth(lines [][]piece, max float64) bool {
	for _, ln := range lines {
		if lineWidth(ln) > max+0.001 {
			return false
		}
	}
	return true
}

// numbering matches the number that starts a label: "（三）", "三、", "（1）".
var numbering = regexp.MustCompile(`^(（[一二三四五六七八九十0-9]+）|[一二三四五六七八九十]+、)`)

// numberingPieces counts the pieces of ps that hold its numbering, or 0.
func numberingPieces(ps []piece) int {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.text)
	}
	m := numbering.FindString(b.String())
	n, length := 0, 0
	for length < len(m) && n < len(ps) {
		length += len(ps[n].text)
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
func noLoneLast(lines [][]piece, max float64) [][]piece {
	n := len(lines)
	last, prev := lines[n-1], lines[n-2]
	if characters(last) != 1 || characters(prev) < 3 {
		return lines
	}
	move := prev[len(prev)-1]
	if endsBad(prev[len(prev)-2]) || startsBad(move) || move.space {
		return lines
	}
	moved := append([]piece{move}, last...)
	if lineWidth(moved) > max+0.001 {
		return lines
	}
	out := append([][]piece(nil), lines[:n-2]...)
	return append(out, prev[:len(prev)-1], moved)
}

// characters counts the pieces of a line that are not punctuation.
func characters(ln []piece) int {
	n := 0
	for _, p := range ln {
		if !p.space && strings.IndexFunc(p.text, func(r rune) bool { return !unicode.IsPunct(r) }) >= 0 {
			n++
		}
	}
	return n
}
