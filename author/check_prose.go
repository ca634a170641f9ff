package author

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// figureClaim is a kind of figure that prose commonly states, how to find it
// and which table values it may equal.
type figureClaim struct {
	re       *regexp.Regexp // group 1 is the number
	needs    string         // the sentence must contain this ("" = no condition)
	cell     string         // what the figure is, for the message
	accepted func(r *Report) []Decimal
}

// gap is what may stand between a keyword and its number: no digits, no
// clause breaks.
const gap = `[^0-9０-９，,。；;：:！？\n]{0,12}?`

func total(path string) func(r *Report) []Decimal {
	return func(r *Report) []Decimal { return []Decimal{r.Rows[path].Total} }
}

func anyValue(path string) func(r *Report) []Decimal {
	return func(r *Report) []Decimal {
		var out []Decimal
		for _, v := range r.Rows[path].Values {
			out = append(out, v.Num)
		}
		return out
	}
}

func sumOf(r *Report, paths ...string) Decimal {
	s := Int(0)
	for _, p := range paths {
		s, _ = s.Add(r.Rows[p].Total)
	}
	return s
}

// claims are checked in order; a number is judged by the first that matches it.
var claims = []figureClaim{
	{regexp.MustCompile(`(?:上年|上一年|上年度)结转` + gap + `(\d+)\s*[件个条]`), "", "表三 二、上年结转 总计", total("requests.carried_in")},
	{regexp.MustCompile(`结转(?:至|到)?下(?:一)?年` + gap + `(\d+)\s*[件个条]`), "", "表三 四、结转下年度继续办理 总计", total("requests.carried_forward")},
	{regexp.MustCompile(`(?:收到|受理|新收|接收|接到)` + gap + `(\d+)\s*[件个条]`), "申请", "表三 一、本年新收 总计", func(r *Report) []Decimal {
		return []Decimal{sumOf(r, "requests.new"), sumOf(r, "requests.new", "requests.carried_in"), r.Rows[r.Spec.TotalRow()].Total, r.shownGrandTotal()}
	}},
	{regexp.MustCompile(`(?:办结|答复|办理完毕)` + gap + `(\d+)\s*[件个条]`), "申请", "表三 （七）总计", func(r *Report) []Decimal {
		return []Decimal{r.Rows[r.Spec.TotalRow()].Total, r.shownGrandTotal(), sumOf(r, "requests.new", "requests.carried_in")}
	}},
	{regexp.MustCompile(`行政复议` + gap + `(\d+)\s*[件起宗次个]`), "", "表四 行政复议 总计", total("appeals.review")},
	{regexp.MustCompile(`行政诉讼` + gap + `(\d+)\s*[件起宗次个]`), "", "表四 行政诉讼 总计", func(r *Report) []Decimal {
		return []Decimal{sumOf(r, "appeals.litigation_direct", "appeals.litigation_after_review"),
			r.Rows["appeals.litigation_direct"].Total, r.Rows["appeals.litigation_after_review"].Total}
	}},
	{regexp.MustCompile(`规章` + gap + `(\d+)\s*[件部个份]`), "", "表二 规章", anyValue("proactive.regulations")},
	{regexp.MustCompile(`规范性文件` + gap + `(\d+)\s*[件个份]`), "", "表二 规范性文件", anyValue("proactive.normative_documents")},
	{regexp.MustCompile(`信息处理费` + gap + `(\d+(?:\.\d+)?)\s*元`), "", "六、信息处理费 实际收取金额", func(r *Report) []Decimal {
		if r.Fee == nil || r.Fee.Collected == nil {
			return nil
		}
		return []Decimal{r.Fee.Collected.Num}
	}},
}

// prose checks references and the figures stated in prose (REF-UNKNOWN, PROSE-FIGURE).
func (c *checker) prose() {
	refs := c.r.Spec.Refs()
	for _, t := range c.r.prose() {
		for _, m := range refRE.FindAllStringSubmatchIndex(t.text.S, -1) {
			ref := t.text.S[m[2]:m[3]]
			if _, ok := c.r.Lookup(ref); !ok {
				msg := fmt.Sprintf("未知的数据引用 {{%s}}", ref)
				if s := suggest(ref, refs); s != "" {
					msg += fmt.Sprintf("，是不是 {{%s}}？", s)
				}
				c.add("REF-UNKNOWN", Error, c.r.textPos(t.text, m[0]), c.r.Spec.sectionName(t.section), msg)
			}
		}
		c.figures(t)
	}
}

// figures compares the numbers prose states with the tables, sentence by sentence.
func (c *checker) figures(t proseText) {
	s := t.text.S
	for start := 0; start < len(s); {
		end := strings.IndexAny(s[start:], "。！？\n")
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		c.sentence(t, start, s[start:end])
		start = end + 1
		if end < len(s) {
			_, w := utf8.DecodeRuneInString(s[end:])
			start = end + w
		}
	}
}

func (c *checker) sentence(t proseText, offset int, s string) {
	used := map[int]bool{}
	for _, cl := range claims {
		if cl.needs != "" && !strings.Contains(s, cl.needs) {
			continue
		}
		for _, m := range cl.re.FindAllStringSubmatchIndex(s, -1) {
			if used[m[2]] || strings.Contains(s[m[0]:m[2]], "其中") {
				continue
			}
			used[m[2]] = true
			c.claim(t, offset+m[2], s[m[0]:m[1]], s[m[2]:m[3]], cl)
		}
	}
}

func (c *checker) claim(t proseText, at int, phrase, number string, cl figureClaim) {
	n, err := ParseDecimal(number)
	accepted := cl.accepted(c.r)
	if err != nil || accepted == nil || c.r.hasBadFigures() {
		return
	}
	for _, a := range accepted {
		if a.Cmp(n) == 0 {
			return
		}
	}
	c.add("PROSE-FIGURE", Warning, c.r.textPos(t.text, at), c.r.Spec.sectionName(t.section),
		fmt.Sprintf("正文“%s”与表格不符：%s为 %s（可改用 {{…}} 引用表格数据）", phrase, cl.cell, accepted[0]))
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
