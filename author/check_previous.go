package author

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"nianbao/spec"
)

// repeatLimit is the share of a prose section found in last year's report
// above which REPEAT-TEXT warns (local assessments deduct points above 50 %).
const repeatLimit = 0.5

// shingle is the length of the character runs compared between years.
const shingle = 6

// lastYear returns the previous report when it is last year's; nil when
// there is none or it is of another year (crossYear says so).
func (c *checker) lastYear() *Report {
	prev := c.opt.Previous
	if prev == nil || (prev.Year != 0 && c.r.Year != 0 && prev.Year != c.r.Year-1) {
		return nil
	}
	return prev
}

// crossYear compares this year's 上年结转 with last year's 结转下年度
// (CROSS-YEAR-CARRY).
func (c *checker) crossYear(rule *spec.Rule) {
	r, prev := c.r, c.opt.Previous
	if prev == nil {
		return
	}
	if c.lastYear() == nil {
		c.add(rule, r.YearPos, "year 报告年度", fmt.Sprintf("对照的上年报告是 %d 年度，本报告是 %d 年度", prev.Year, r.Year))
		return
	}
	this, last := r.Spec.Requests.Carry.Sides()
	for k, s := range this {
		in, out := r.Row(s), prev.RowAt(last[k].Key)
		if out == nil {
			continue
		}
		for i, col := range s.Columns {
			if !in.Values[i].Bad && !out.Values[i].Bad && in.Values[i].Num.Cmp(out.Values[i].Num) != 0 {
				c.addEq(rule, in.Values[i].Pos, r.Spec.Requests.Number+"·"+col.Label+"列",
					s.Label, in.Values[i].Num, fmt.Sprintf("%d 年度报告的%s", prev.Year, last[k].Label), out.Values[i].Num)
			}
		}
	}
}

// repeatText warns when a prose section repeats last year's
// (REPEAT-TEXT): "不得出现敷衍了事甚至年年雷同现象".
func (c *checker) repeatText(rule *spec.Rule) {
	prev := c.lastYear()
	if prev == nil {
		return
	}
	for _, s := range c.r.Spec.ProseSections() {
		share := Overlap(c.r.Prose[s.Index].allText(), prev.Prose[s.Index].allText())
		if share > repeatLimit {
			c.add(rule, c.r.SectionPos[s.Index], s.Heading(),
				fmt.Sprintf("与 %d 年度报告的同一部分约 %.0f%% 相同（超过 %.0f%%）：按今年的实际情况重写，不得年年雷同", prev.Year, share*100, repeatLimit*100))
		}
	}
}

// Overlap is the share of a's text found in b: the fraction of a's runs of
// six characters (letters and digits only) that also occur in b. Texts
// shorter than 50 characters count as 0.
func Overlap(a, b string) float64 {
	ra, rb := letters(a), letters(b)
	if len(ra) < 50 || len(rb) < shingle {
		return 0
	}
	seen := map[string]bool{}
	for i := 0; i+shingle <= len(rb); i++ {
		seen[string(rb[i:i+shingle])] = true
	}
	hit, n := 0, 0
	for i := 0; i+shingle <= len(ra); i++ {
		n++
		if seen[string(ra[i:i+shingle])] {
			hit++
		}
	}
	return float64(hit) / float64(n)
}

func letters(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

// repeatFigures warns when every figure equals last year's (REPEAT-FIGURES):
// a sign the tables were copied, not counted. All zeros in both years is
// not suspicious.
func (c *checker) repeatFigures(rule *spec.Rule) {
	prev := c.lastYear()
	if prev == nil || prev.Spec.ID != c.r.Spec.ID {
		return
	}
	nonzero := false
	for _, row := range c.r.Rows {
		old := prev.RowAt(row.Spec.Key)
		if old == nil || row.Bad() || old.Bad() {
			return
		}
		for i, v := range row.Values {
			if v.Num.Cmp(old.Values[i].Num) != 0 {
				return
			}
			nonzero = nonzero || !v.Num.IsZero()
		}
	}
	if nonzero {
		var names []string
		for _, t := range c.r.Spec.Tables() {
			names = append(names, t.Number)
		}
		c.add(rule, c.r.SectionPos[c.r.Spec.Proactive.Section], strings.Join(names, "、"),
			fmt.Sprintf("所有数字与 %d 年度报告完全相同：请核实是否照抄了上年的表格", prev.Year))
	}
}

// crossYearRules are the rules that compare a report with last year's.
var crossYearRules = []*spec.Rule{spec.CrossYear, spec.CrossTable2, spec.RepeatText, spec.RepeatFigures}

// WithoutCrossYear returns the findings but those comparing the report
// with last year's: for a report compared with one that turned out not to
// be its own.
func (fs Findings) WithoutCrossYear() Findings {
	var out Findings
	for _, f := range fs {
		if !slices.ContainsFunc(crossYearRules, func(r *spec.Rule) bool { return r.ID == f.Rule }) {
			out = append(out, f)
		}
	}
	return out
}
