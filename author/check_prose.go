package author

import (
	"fmt"
	"strings"
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
			c.add(rule, c.r.textPos(t.text, m[0]), t.section.Heading(), msg)
		}
	}
}

// figures compares the numbers prose states with the tables, sentence by
// sentence (PROSE-FIGURE).
func (c *checker) figures(rule *spec.Rule) {
	if c.r.hasBadFigures() {
		return
	}
	for _, t := range c.r.prose() {
		s := t.text.S
		for start := 0; start < len(s); {
			end := strings.IndexAny(s[start:], "。！？\n")
			if end < 0 {
				end = len(s)
			} else {
				end += start
			}
			c.sentence(rule, t, start, s[start:end])
			start = end + 1
			if end < len(s) {
				_, w := utf8.DecodeRuneInString(s[end:])
				start = end + w
			}
		}
	}
}

func (c *checker) sentence(rule *spec.Rule, t proseText, offset int, s string) {
	used := map[int]bool{}
	for _, cl := range c.r.Spec.ProseClaims {
		if cl.Needs != "" && !strings.Contains(s, cl.Needs) {
			continue
		}
		for _, m := range cl.Regexp().FindAllStringSubmatchIndex(s, -1) {
			if used[m[2]] || strings.Contains(s[m[0]:m[2]], "其中") {
				continue
			}
			used[m[2]] = true
			c.claim(rule, t, offset+m[2], s[m[0]:m[1]], s[m[2]:m[3]], cl)
		}
	}
}

func (c *checker) claim(rule *spec.Rule, t proseText, at int, phrase, number string, cl *spec.ProseClaim) {
	n, err := ParseDecimal(number)
	if err != nil {
		return
	}
	var first string
	var firstValue Decimal
	for _, alt := range cl.Accept {
		values, name, ok := c.r.claimValues(alt)
		if !ok {
			return
		}
		if first == "" {
			first, firstValue = name, values[0]
		}
		for _, v := range values {
			if v.Cmp(n) == 0 {
				return
			}
		}
	}
	c.add(rule, c.r.textPos(t.text, at), t.section.Heading(),
		fmt.Sprintf("正文“%s”与表格不符：%s为 %s（可改用 {{…}} 引用表格数据）", phrase, first, firstValue))
}

// claimValues returns the values a sum of figures may have (as derived, and
// as the report states it), and its name; false when a figure is not
// reported.
func (r *Report) claimValues(keys []string) ([]Decimal, string, bool) {
	sums := []Decimal{Int(0)}
	var names []string
	for _, key := range keys {
		values, name, ok := r.figureValues(key)
		if !ok {
			return nil, "", false
		}
		names = append(names, name)
		var next []Decimal
		for _, s := range sums {
			for _, v := range values {
				if t, err := s.Add(v); err == nil {
					next = append(next, t)
				}
			}
		}
		sums = next
	}
	return sums, strings.Join(names, "与"), len(sums) > 0
}

// figureValues returns the values a figure key may stand for: a figure; a
// row's total, derived or as stated; any figure of a row without a total.
func (r *Report) figureValues(key string) ([]Decimal, string, bool) {
	if s := r.Spec.Row(key); s != nil {
		row := r.Row(s)
		if s.Total == nil {
			var out []Decimal
			for _, v := range row.Values {
				out = append(out, v.Num)
			}
			return out, s.FullName(), true
		}
		return []Decimal{row.Total, r.shownTotal(s)}, s.Cell(s.Total), true
	}
	if v, name := r.feeFigure(key); name != "" {
		if v == nil {
			return nil, "", false
		}
		return []Decimal{v.Num}, name, true
	}
	return nil, "", false
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
		return t.Pos
	}
	lineIdx := strings.Count(t.S[:off], "\n")
	lineStart := strings.LastIndexByte(t.S[:off], '\n') + 1
	lineEnd := strings.IndexByte(t.S[off:], '\n')
	if lineEnd < 0 {
		lineEnd = len(t.S)
	} else {
		lineEnd += off
	}
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
