package author

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/spec"
)

// refs reports figure references that name no figure (REF-UNKNOWN).
func (c *checker) refs(rule *spec.Rule) {
	keys := append(c.r.Spec.CellKeys(), c.r.Spec.FeeKeys()...)
	for _, t := range c.r.prose() {
		for _, m := range refRE.FindAllStringSubmatchIndex(t.text.S, -1) {
			ref := t.text.S[m[2]:m[3]]
			if _, ok := c.r.Lookup(ref); ok {
				continue
			}
			msg := fmt.Sprintf("未知的数据引用 {{%s}}", ref)
			if s := suggest(ref, keys); s != "" {
				msg += fmt.Sprintf("，是不是 {{%s}}？", s)
			}
			c.add(rule, c.r.textPos(t.text, m[0]), t.cell, msg)
		}
	}
}

// feeFigure returns the fee figure with the key and its name; "" when the
// key names no fee figure.
func (r *Report) feeFigure(key string) (*Value, string) {
	fee := r.Spec.Fee
	for i, field := range fee.Fields {
		if fee.FieldKey(r.feeSection().Key, field) == key {
			if r.Fee == nil {
				return nil, fee.FieldName(field)
			}
			return r.Fee.Values[i], fee.FieldName(field)
		}
	}
	return nil, ""
}

// feeSection is the section that holds the fee statement.
func (r *Report) feeSection() *spec.Section {
	for _, s := range r.Spec.Sections {
		if s.Fee {
			return s
		}
	}
	return nil
}

// hasBadFigures reports whether any table figure is unreadable; prose
// figures are then not compared, as the tables are not final.
func (r *Report) hasBadFigures() bool {
	for _, row := range r.Rows {
		if row.Bad() {
			return true
		}
	}
	return false
}

// textPos finds the file position of a byte offset inside a prose text.
func (r *Report) textPos(t Text, off int) Pos {
	if t.Pos.Ref != "" {
		return r.pagePos(t, off)
	}
	lineIdx := strings.Count(t.S[:off], "\n")
	lineStart, lineEnd := lineAround(t.S, off)
	first := t.Pos.Line
	if first >= 1 && first <= len(r.src) {
		rest := []rune(string(r.src[first-1]))
		if col := t.Pos.Col - 1; col >= 0 && col < len(rest) && (rest[col] == '|' || rest[col] == '>') {
			first++
		}
	}
	ln := first + lineIdx
	if ln < 1 || ln > len(r.src) {
		return t.Pos
	}
	src := string(r.src[ln-1])
	i := strings.Index(src, t.S[lineStart:lineEnd])
	if i < 0 {
		return Pos{Line: ln, Col: 1}
	}
	return Pos{Line: ln, Col: utf8.RuneCountInString(src[:i]) + utf8.RuneCountInString(t.S[lineStart:off]) + 1}
}

// lineAround is where the line of s that holds the byte offset off starts
// and ends.
func lineAround(s string, off int) (start, end int) {
	start = strings.LastIndexByte(s[:off], '\n') + 1
	if end = strings.IndexByte(s[off:], '\n'); end < 0 {
		return start, len(s)
	}
	return start, end + off
}

// pagePos finds the place of a byte offset inside a text read from a page:
// the line of the page it is on, and in a text page its column (an HTML
// page names the element the line starts in).
func (r *Report) pagePos(t Text, off int) Pos {
	p := t.Pos
	if i := strings.Count(t.S[:off], "\n"); i < len(t.Lines) {
		p = t.Lines[i]
	}
	if p.Line < 1 || p.Line > len(r.src) {
		return p
	}
	start, end := lineAround(t.S, off)
	col, ok := sourceCol(string(r.src[p.Line-1]), t.S[start:end], off-start)
	if !ok {
		return p
	}
	return textPlace(Pos{Line: p.Line, Col: col})
}

// sourceCol is the column of a source line at byte offset off of a text
// read from it: the page reader collapsed the line's blanks (runs made one
// space, those between Chinese characters dropped), so the two are walked
// side by side from the first place the whole text can start.
func sourceCol(line, text string, off int) (int, bool) {
	for start := range line {
		if at, ok := follow(line[start:], text, off); ok {
			return utf8.RuneCountInString(line[:start+at]) + 1, true
		}
	}
	return 0, false
}

// follow walks text through line, blanks collapsed, and returns where in
// line the text's byte offset off is; false when the text is not there.
func follow(line, text string, off int) (int, bool) {
	i, at := 0, -1
	for j, r := range text {
		if r == ' ' {
			n := blanks(line[i:])
			if n == 0 {
				return 0, false
			}
			i += n
			continue
		}
		if i > 0 {
			i += blanks(line[i:])
		}
		if j == off {
			at = i
		}
		got, w := utf8.DecodeRuneInString(line[i:])
		if got != r || w == 0 {
			return 0, false
		}
		i += w
	}
	if at < 0 {
		at = i
	}
	return at, true
}

// blanks is the length of the blanks at the start of s.
func blanks(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool {
		return r == '\u00A0' || r == '\u3000' || unicode.IsSpace(r)
	}))
}
