package author

import (
	"fmt"
	"strings"
	"unicode"
)

// repeatLimit is the share of a prose section found in last year's report
// above which REPEAT-TEXT warns (local assessments deduct points above 50 %).
const repeatLimit = 0.5

// shingle is the length of the character runs compared between years.
const shingle = 6

// previous applies the cross-year rules.
func (c *checker) previous(prev *Report) {
	if !c.crossYear(prev) {
		return
	}
	c.repeatText(prev)
	c.repeatFigures(prev)
}

// crossYear compares this year's 上年结转 with last year's 结转下年度
// (CROSS-YEAR-CARRY).
// It returns false when prev is not last year's report.
func (c *checker) crossYear(prev *Report) bool {
	r := c.r
	if prev.Year != 0 && r.Year != 0 && prev.Year != r.Year-1 {
		c.add("CROSS-YEAR-CARRY", Warning, r.YearPos, "year 报告年度",
			fmt.Sprintf("对照的上年报告是 %d 年度，本报告是 %d 年度", prev.Year, r.Year))
		return false
	}
	in, out := r.Rows["requests.carried_in"], prev.Rows["requests.carried_forward"]
	for i, col := range r.Spec.Applicants {
		if !in.Values[i].Bad && !out.Values[i].Bad && in.Values[i].Num.Cmp(out.Values[i].Num) != 0 {
			c.addEq("CROSS-YEAR-CARRY", Warning, in.Values[i].Pos, Table3+"·"+col.Label+"列",
				"二、上年结转", in.Values[i].Num, fmt.Sprintf("%d 年度报告的四、结转下年度继续办理", prev.Year), out.Values[i].Num)
		}
	}
	return true
}

// repeatText warns when a prose section repeats last year's
// (REPEAT-TEXT): "不得出现敷衍了事甚至年年雷同现象".
func (c *checker) repeatText(prev *Report) {
	for _, i := range []int{0, 4, 5} {
		this, last := c.r.section(i), prev.section(i)
		share := Overlap(this.allText(), last.allText())
		if share > repeatLimit {
			c.add("REPEAT-TEXT", Warning, c.r.SectionPos[i], c.r.Spec.sectionName(i),
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
func (c *checker) repeatFigures(prev *Report) {
	if prev.Format != c.r.Format {
		return
	}
	nonzero := false
	for path, row := range c.r.Rows {
		old := prev.Rows[path]
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
		c.add("REPEAT-FIGURES", Warning, c.r.SectionPos[1], strings.Join([]string{Table2, Table3, Table4}, "、"),
			fmt.Sprintf("所有数字与 %d 年度报告完全相同：请核实是否照抄了上年的表格", prev.Year))
	}
}
