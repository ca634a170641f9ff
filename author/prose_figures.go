package author

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"nianbao/spec"
)

// This file reads the figures prose states as a reviewer does (PROSE-FIGURE):
// sentence by sentence, a number belongs to the phrase named closest before
// it in its clause; a category beats a general word; phrases joined by 及、
// 和、与 add up; a column word (制发, 维持) refines the row or group the
// sentence is about; a number no phrase claims is left alone.

// numberRE is a number with its counter: "95件", "3940元", "12.5万元".
var numberRE = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(万元|[件个条项起宗次部份元])`)

// joinRE is what joins two phrases whose figures add up: "予以公开及部分公开",
// "予以公开（含部分公开）".
var joinRE = regexp.MustCompile(`^\s*(?:以及|及|和|与|、|加|、及|[（(]\s*(?:含|包括|包含))\s*$`)

// yearRefRE names a year: "2023年", "本年", "上年", "去年".
var yearRefRE = regexp.MustCompile(`(\d{4})\s*年|本年|今年|全年|上一?年|去年|前年`)

// mention is a phrase or a number found in a sentence.
type mention struct {
	start, end int        // byte offsets in the sentence
	term       *spec.Term // nil for a number
	number     string
	counter    string
	blocked    bool // a subject another word makes the object of something else: "清理规范性文件"
}

// amount is what a phrase may stand for: the values it may take and how
// to name it in a message.
type amount struct {
	values   []Decimal
	name     string
	computed bool   // the first value is the tool's sum, not a figure the report prints
	note     string // the tool's own figure when it differs from the printed first value
}

// figures compares the numbers prose states with the tables.
func (c *checker) figures(rule *spec.Rule) {
	if c.r.hasBadFigures() {
		return
	}
	for _, t := range c.r.prose() {
		for _, para := range splitKeep(t.text.S, "\n", 0) {
			terms := applicable(c.r.Spec.Terms, para.text)
			for _, s := range splitKeep(para.text, "。！？；;!?", para.at) {
				c.sentence(rule, t, terms, s)
			}
		}
	}
}

// applicable are the terms that count in a paragraph: it has their context.
func applicable(terms []*spec.Term, para string) []*spec.Term {
	var out []*spec.Term
	for _, t := range terms {
		if t.Applies(para) {
			out = append(out, t)
		}
	}
	return out
}

// needsNoNumber reports whether a term says something of the tables without
// a number (均获维持, 未收取信息处理费); every other term only names what a
// number stands for.
func needsNoNumber(t *spec.Term) bool {
	return t.Kind == spec.AllUpheld || t.Kind == spec.NoneCharged
}

// piece is a part of a text and where it starts in it.
type piece struct {
	text string
	at   int
}

// splitKeep cuts s after each of the separators, keeping offsets relative
// to the text s was cut from (base).
func splitKeep(s, seps string, base int) []piece {
	var out []piece
	start := 0
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			out = append(out, piece{s[start:i], base + start})
			start = i + len(string(r))
		}
	}
	return append(out, piece{s[start:], base + start})
}

// scan finds the phrases of the terms and the numbers of a sentence, in
// order, longer phrases first where they overlap. A sentence without a
// digit says something only with a term that needs no number: without one,
// it is not read further.
func scan(terms []*spec.Term, s string) []mention {
	if !strings.ContainsAny(s, "0123456789") && !slices.ContainsFunc(terms, func(t *spec.Term) bool {
		return needsNoNumber(t) && t.In(s)
	}) {
		return nil
	}
	var found []mention
	for _, t := range terms {
		for _, m := range t.Find(s) {
			found = append(found, mention{start: m[0], end: m[1], term: t})
		}
	}
	for _, m := range numberRE.FindAllStringSubmatchIndex(s, -1) {
		found = append(found, mention{start: m[0], end: m[1], number: s[m[2]:m[3]], counter: s[m[4]:m[5]]})
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].start != found[j].start {
			return found[i].start < found[j].start
		}
		return found[i].end > found[j].end
	})
	var out []mention
	for _, m := range found {
		if len(out) > 0 && m.start < out[len(out)-1].end {
			continue // inside a longer phrase
		}
		out = append(out, m)
	}
	return out
}

// sentence reads one sentence.
func (c *checker) sentence(rule *spec.Rule, t proseText, terms []*spec.Term, s piece) {
	var subjects []mention // the rows and groups the sentence is about, in order
	var window []mention   // phrases since the last number, in the current clause
	clause := 0            // where the current clause starts
	mentions := scan(terms, s.text)
	for _, m := range mentions {
		if i := strings.LastIndexAny(s.text[:m.start], "，,：:"); i >= clause {
			_, w := utf8.DecodeRuneInString(s.text[i:])
			clause, window = i+w, nil
		}
		switch {
		case m.term == nil:
			if c.otherYear(s.text, mentions, m.start) {
				window = nil
				continue
			}
			if a, phrase, ok := c.attribute(window, subjects, s.text, m); ok {
				c.compare(rule, t, s.at+m.start, s.text[phrase:m.end], m.number, a)
			}
			window = nil
		case m.term.Kind == spec.SubjectTerm:
			m.blocked = m.term.Excludes(s.text[clause:m.start])
			subjects = append(subjects, m)
			window = append(window, m)
		case m.term.Kind == spec.AllUpheld:
			c.allUpheld(rule, t, s.at+m.start, s.text[m.start:m.end], m.term, subjects)
		case m.term.Kind == spec.NoneCharged:
			c.noneCharged(rule, t, s.at+m.start, s.text[m.start:m.end])
		default:
			window = append(window, m)
		}
	}
}

// otherYear reports whether the year a sentence last names before the
// byte offset at is not the report's: "2023年被申请行政复议5件" counts
// another year's cases. The phrases of terms ("上年结转") and the titles
// of documents are not such references.
func (c *checker) otherYear(s string, mentions []mention, at int) bool {
	skip := bookTitleRE.FindAllStringIndex(s[:at], -1)
	for _, m := range mentions {
		if m.term != nil {
			skip = append(skip, []int{m.start, m.end})
		}
	}
	var refs [][]int
	if strings.Contains(s[:at], "年") { // in every reference
		refs = yearRefRE.FindAllStringSubmatchIndex(s[:at], -1)
	}
	for i := len(refs) - 1; i >= 0; i-- {
		m := refs[i]
		switch {
		case inRanges(skip, m[0]):
			continue
		case m[2] >= 0:
			return s[m[2]:m[3]] != strconv.Itoa(c.r.Year)
		}
		ref := s[m[0]:m[1]]
		return ref != "本年" && ref != "今年" && ref != "全年"
	}
	return false
}

// attribute decides what a number stands for: the amounts it may equal
// and where the phrase that claims it starts; false when no phrase does.
func (c *checker) attribute(window, subjects []mention, s string, n mention) ([]amount, int, bool) {
	var pick mention
	var accept [][]string
	var columns []string
	switch col, ok := last(window, func(m mention) bool { return m.term.Kind == spec.ColumnTerm }); {
	case ok:
		subj, ok := last(subjects, func(mention) bool { return true })
		if !ok || subj.blocked {
			return nil, 0, false
		}
		pick, accept, columns = col, subj.term.Accept, col.term.Columns
	default:
		chain := c.chain(window, s)
		if len(chain) == 0 || chain[0].blocked {
			return nil, 0, false
		}
		pick = chain[0]
		accept = [][]string{nil}
		for _, m := range chain {
			accept = cross(accept, m.term.Accept)
		}
	}
	if !strings.Contains(pick.term.Counters, n.counter) || pick.term.Excludes(s[pick.end:n.start]) {
		return nil, 0, false
	}
	amounts := c.r.amounts(accept, columns)
	return amounts, window[0].start, len(amounts) > 0
}

// chain is the phrase that claims the next number: the closest category
// (with the categories joined to it by 及, 和 …), else the closest row or
// group, else the closest general word.
func (c *checker) chain(window []mention, s string) []mention {
	for _, want := range []func(mention) bool{
		func(m mention) bool { return m.term.Kind == spec.FigureTerm && m.term.Specific },
		func(m mention) bool { return m.term.Kind == spec.SubjectTerm },
		func(m mention) bool { return m.term.Kind == spec.FigureTerm },
	} {
		var chain []mention
		for i := len(window) - 1; i >= 0; i-- {
			m := window[i]
			if !want(m) {
				continue
			}
			if len(chain) > 0 && !joinRE.MatchString(s[m.end:chain[0].start]) {
				break
			}
			chain = append([]mention{m}, chain...)
		}
		if len(chain) > 0 {
			return chain
		}
	}
	return nil
}

// last returns the last mention that satisfies ok.
func last(ms []mention, ok func(mention) bool) (mention, bool) {
	for i := len(ms) - 1; i >= 0; i-- {
		if ok(ms[i]) {
			return ms[i], true
		}
	}
	return mention{}, false
}

// cross adds every alternative of b to every alternative of a.
func cross(a, b [][]string) [][]string {
	var out [][]string
	for _, x := range a {
		for _, y := range b {
			out = append(out, append(append([]string(nil), x...), y...))
		}
	}
	return out
}

// compare warns when a number differs from every value its phrase may
// stand for.
func (c *checker) compare(rule *spec.Rule, t proseText, at int, phrase, number string, amounts []amount) {
	n, err := ParseDecimal(number)
	if err != nil {
		return
	}
	for _, a := range amounts {
		for _, v := range a.values {
			if v.Cmp(n) == 0 {
				return
			}
		}
	}
	first := amounts[0]
	source := "表格中"
	if first.computed {
		source = computedMark
	}
	c.add(rule, c.r.textPos(t.text, at), t.cell,
		fmt.Sprintf("正文“%s”与表格不符：%s%s为 %s%s（可改用 {{…}} 引用表格数据）", phrase, source, first.name, first.values[0], first.note))
}

// amounts are the values each alternative sum of figures may take,
// restricted to one of columns when given; alternatives the report cannot
// answer (a row without the column, a fee not reported) are left out.
func (r *Report) amounts(accept [][]string, columns []string) []amount {
	var out []amount
	cols := columns
	if len(cols) == 0 {
		cols = []string{""}
	}
	for _, col := range cols {
		for _, alt := range accept {
			if a, ok := r.sum(alt, col); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// sum is the amount of a sum of figures, each a figure key or a row key
// (restricted to the column col when it is not "").
func (r *Report) sum(keys []string, col string) (amount, bool) {
	total := amount{values: []Decimal{Int(0)}}
	var names []string
	for _, key := range keys {
		a, ok := r.keyAmount(key, col)
		if !ok {
			return amount{}, false
		}
		names = append(names, a.name)
		var next []Decimal
		for _, s := range total.values {
			for _, v := range a.values {
				if x, err := s.Add(v); err == nil {
					next = append(next, x)
				}
			}
		}
		total.values = next
		total.computed = total.computed || a.computed || len(keys) > 1
		if len(keys) == 1 {
			total.note = a.note
		}
	}
	total.name = strings.Join(names, "与")
	if len(names) > 1 {
		total.name += "之和"
	}
	return total, len(total.values) > 0
}

// keyAmount is what one key stands for: a figure; a row's total (as the
// report prints it, or derived); or the row's figure in column col. A row
// without a total answers only for a column: which of its figures a number
// is cannot be told.
func (r *Report) keyAmount(key, col string) (amount, bool) {
	if s := r.Spec.Row(key); s != nil {
		return r.rowAmount(s, col)
	}
	if c, ok := r.Spec.Cell(key); ok {
		v, _ := r.Lookup(key)
		d, err := ParseDecimal(strings.TrimPrefix(v, "+"))
		return amount{values: []Decimal{d}, name: c.Name(), computed: c.Total}, err == nil
	}
	if v, name := r.feeFigure(key); v != nil && !v.Bad {
		return amount{values: []Decimal{v.Num}, name: name}, true
	}
	return r.groupAmount(key, col)
}

// rowAmount is what a row stands for: its figure in column col, or its
// total; the total the report prints comes first, the tool's after it.
func (r *Report) rowAmount(s *spec.Row, col string) (amount, bool) {
	row := r.Row(s)
	switch {
	case col != "":
		for i, c := range s.Columns {
			if c.Key == col {
				return amount{values: []Decimal{row.Values[i].Num}, name: s.Cell(&s.Columns[i]), computed: s.Derived}, true
			}
		}
		return amount{}, false
	case s.Total == nil:
		return amount{}, false
	}
	a := amount{values: []Decimal{row.Total, r.shownTotal(s)}, name: s.Cell(s.Total), computed: true}
	if p := row.Reported; p != nil {
		a.values, a.computed = append([]Decimal{p.Num}, a.values...), false
		if p.Num.Cmp(row.Total) != 0 {
			a.note = fmt.Sprintf("（%s为 %s）", computedMark, row.Total)
		}
	}
	return a, true
}

// groupAmount is what the key of a group of rows (（三）不予公开) stands for:
// the sum of its rows' totals, or of their figures in column col.
func (r *Report) groupAmount(key, col string) (amount, bool) {
	sum, found := Int(0), false
	var group *spec.Node
	column := ""
	for _, s := range r.Spec.Rows {
		if !strings.HasPrefix(s.Key, key+".") {
			continue
		}
		a, ok := r.keyAmount(s.Key, col)
		if !ok {
			return amount{}, false
		}
		sum, _ = sum.Add(a.values[0])
		found, group = true, s.Group
		column = a.name[strings.LastIndex(a.name, "·"):]
	}
	if !found || group == nil {
		return amount{}, false
	}
	return amount{values: []Decimal{sum}, name: r.Spec.Requests.Number + "·" + group.Label + column + "（各项之和）", computed: true}, true
}

// allUpheld checks "均获维持": every case of the sentence's groups is in the
// term's columns; the others must be zero.
func (c *checker) allUpheld(rule *spec.Rule, t proseText, at int, phrase string, term *spec.Term, subjects []mention) {
	var wrong []string
	for _, subj := range subjects {
		if subj.blocked {
			continue
		}
		for _, key := range subj.term.Accept[0] {
			s := c.r.Spec.Row(key)
			if s == nil {
				continue
			}
			for i, col := range s.Columns {
				if v := c.r.Row(s).Values[i].Num; !contains(term.Columns, col.Key) && !v.IsZero() {
					wrong = append(wrong, fmt.Sprintf("%s为 %s", s.Cell(&s.Columns[i]), v))
				}
			}
		}
	}
	if len(wrong) > 0 {
		c.add(rule, c.r.textPos(t.text, at), t.cell, fmt.Sprintf("正文说“%s”，但表格中%s", phrase, strings.Join(wrong, "，")))
	}
}

// noneCharged checks "未收取信息处理费" against the fee collected.
func (c *checker) noneCharged(rule *spec.Rule, t proseText, at int, phrase string) {
	fee := c.r.Spec.Fee
	for _, field := range fee.Fields {
		if field.Role != spec.FeeCollected {
			continue
		}
		if v := c.r.Fee.Get(fee, spec.FeeCollected); v != nil && !v.Num.IsZero() {
			c.add(rule, c.r.textPos(t.text, at), t.cell,
				fmt.Sprintf("正文说“%s”，但%s为 %s", phrase, fee.FieldName(field), v.Num))
		}
	}
}
