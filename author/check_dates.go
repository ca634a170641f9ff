package author

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"nianbao/spec"
)

var (
	// periodRE is a statistics period: "2024年1月1日至2024年12月31日",
	// "自2024年1月1日起至12月31日止", the second year optional.
	periodRE = regexp.MustCompile(`(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日`)
	// openingRE is a year at the start of a text: "2024年，", "2024年度，".
	openingRE = regexp.MustCompile(`^\s*(\d{4})\s*年度?\s*[，,]`)
	// futureRE are the words of a plan: "2025年，将……" in section 五 is not
	// a year copied from an old report.
	futureRE = regexp.MustCompile(`将|拟|计划|下一步|继续|力争`)
	// reportRE names the report's own year: "2024年度政府信息公开", "2024年政府信息公开工作年度报告".
	reportRE = regexp.MustCompile(`(\d{4})\s*年度?(?:` + spec.ReportTitle + `|政府信息公开工作)`)
	// bookTitleRE is a title in 《》: "《2023年政府信息公开工作年度报告》"
	// names another year's report and is no mistake.
	bookTitleRE = regexp.MustCompile(`《[^《》]*》`)
	// brokenDateRE are dates that lost their 年 (and 月): "20201月1日",
	// "202012月31日", "2025  1  1  日".
	brokenDateRE = regexp.MustCompile(`(?:^|[^\d])((\d{4})(1[0-2]|[1-9])月(\d{1,2})日|(\d{4})\s+(\d{1,2})\s+(\d{1,2})\s*日)`)
	// dateRE is a date written out: "2024年2月30日".
	dateRE = regexp.MustCompile(`(?:^|[^\d])((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)`)
)

// proseYear reports years in the prose and preamble that contradict the
// report year (PROSE-YEAR): the statistics period, a year opening a
// paragraph, the report's own year named in a sentence.
func (c *checker) proseYear(rule *spec.Rule) {
	if c.r.Year == 0 {
		return
	}
	for _, t := range c.r.prose() {
		c.period(rule, t)
		c.reportYear(rule, t)
		c.opening(rule, t)
	}
}

// period checks the years of a statistics period.
func (c *checker) period(rule *spec.Rule, t proseText) {
	r, s, year := c.r, t.text.S, strconv.Itoa(c.r.Year)
	for _, m := range findAllNear(periodRE, s, "31") {
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if g[0] >= 0 && s[g[0]:g[1]] != year {
				c.add(rule, r.textPos(t.text, g[0]), t.cell, fmt.Sprintf("统计期限“%s”写的是 %s 年，本报告是 %d 年度", s[m[0]:m[1]], s[g[0]:g[1]], r.Year))
				break
			}
		}
	}
}

// reportYear checks the year of "2024年度政府信息公开工作…" outside the
// titles of documents.
func (c *checker) reportYear(rule *spec.Rule, t proseText) {
	r, s, year := c.r, t.text.S, strconv.Itoa(c.r.Year)
	titles := bookTitleRE.FindAllStringIndex(s, -1)
	for _, m := range findAllNear(reportRE, s, "政府信息公开") {
		if s[m[2]:m[3]] != year && !inRanges(titles, m[0]) {
			c.add(rule, r.textPos(t.text, m[2]), t.cell, fmt.Sprintf("“%s”与报告年度 %d 不符", s[m[0]:m[1]], r.Year))
		}
	}
}

// opening checks the years that open paragraphs: "2023年，" in a 2024
// report; a later year opening a plan is left alone.
func (c *checker) opening(rule *spec.Rule, t proseText) {
	r := c.r
	for _, line := range splitKeep(t.text.S, "\n", 0) {
		m := openingRE.FindStringSubmatchIndex(line.text)
		if m == nil {
			continue
		}
		y, _ := strconv.Atoi(line.text[m[2]:m[3]])
		if y == r.Year || (y > r.Year && futureRE.MatchString(sentenceAround(line.text, m[1]))) {
			continue
		}
		c.add(rule, r.textPos(t.text, line.at+m[2]), t.cell, fmt.Sprintf("这一段以“%s”开头，本报告是 %d 年度：是不是照抄了往年的文字？", line.text[m[2]:m[1]], r.Year))
	}
}

// dateFormat reports dates that lost their 年 or 月, and dates that do not
// exist (DATE-FORMAT): "20201月1日" in a real report's period, "2024年2月30日".
func (c *checker) dateFormat(rule *spec.Rule) {
	r := c.r
	for _, t := range r.prose() {
		s := t.text.S
		for _, m := range findAllNear(brokenDateRE, s, "日") {
			group := func(k int) string { return s[m[2*k]:m[2*k+1]] }
			first := 2 // year, month, day are groups 2–4, or 5–7 for the spaced form
			if m[4] < 0 {
				first = 5
			}
			fixed := fmt.Sprintf("%s年%s月%s日", group(first), group(first+1), group(first+2))
			c.add(rule, r.textPos(t.text, m[2]), t.cell, fmt.Sprintf("日期“%s”写坏了：应为“%s”", strings.TrimSpace(group(1)), fixed))
		}
		for _, m := range findAllNear(dateRE, s, "日") {
			if why := impossibleDate(s[m[4]:m[5]], s[m[6]:m[7]], s[m[8]:m[9]]); why != "" {
				c.add(rule, r.textPos(t.text, m[2]), t.cell, fmt.Sprintf("日期“%s”不存在：%s", s[m[2]:m[3]], why))
			}
		}
	}
}

// impossibleDate says why a year, month and day make no date; "" when they do.
func impossibleDate(year, month, day string) string {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	if mo < 1 || mo > 12 {
		return fmt.Sprintf("月份应为 1 至 12，这里是 %d", mo)
	}
	if last := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day(); d < 1 || d > last {
		return fmt.Sprintf("%d年%d月只有 %d 天", y, mo, last)
	}
	return ""
}

// dateMissing reports a report without its 落款 date (DATE-MISSING).
func (c *checker) dateMissing(rule *spec.Rule) {
	if c.r.Date != nil || c.r.DatePos.Line != 0 || c.r.DatePos.Ref != "" {
		return
	}
	example := "年-月-日（报告年度的下一年）"
	if c.r.Year != 0 {
		example = fmt.Sprintf("%d-01-20", c.r.Year+1)
	}
	c.add(rule, Pos{Line: 1, Col: 1}, "date 落款日期", "没有落款日期：发布的年报落款要有日期，加一行 date: "+example)
}

// deadline is the last day the law allows for a report, and why (条例第四十九条):
// 31 March for a county-level or higher people's government's own report,
// 31 January for a department's or a township's.
func (r *Report) deadline() (time.Time, string) {
	next := r.Year + 1
	level, why := governmentLevel(r.AgencyName())
	if level == countyGovernment {
		return time.Date(next, 3, 31, 0, 0, 0, 0, time.UTC),
			fmt.Sprintf("%s，按县级以上人民政府的本级年度报告，应在 %d年3月31日前公布（条例第四十九条）", why, next)
	}
	return time.Date(next, 1, 31, 0, 0, 0, 0, time.UTC),
		fmt.Sprintf("%s，按政府部门和乡镇、街道的年度报告，应在 %d年1月31日前公布（条例第四十九条）", why, next)
}

// agencyLevel says what kind of agency a report's is, for its deadline.
type agencyLevel int

// Agency levels.
const (
	department         agencyLevel = iota // a department, an office: not a people's government
	townshipGovernment                    // 乡、镇人民政府, 街道办事处
	countyGovernment                      // a people's government of a county or higher
)

// governmentLevel reads the level of an agency from its name, and says how:
// a people's government (人民政府, or 政府 for short) is a county's or
// higher when its division's name ends in 县, 区, 市 …, a township's when in
// 乡, 镇, 街道; a 街道办事处 is a township's; anything else is a department.
// A government whose division has neither suffix counts as county-level,
// the later deadline: a warning must not rest on a guess.
func governmentLevel(agency string) (agencyLevel, string) {
	if strings.HasSuffix(agency, "街道办事处") {
		return townshipGovernment, fmt.Sprintf("机关“%s”是街道办事处", agency)
	}
	division, ok := strings.CutSuffix(agency, "人民政府")
	if !ok {
		if division, ok = strings.CutSuffix(agency, "政府"); !ok {
			return department, fmt.Sprintf("机关名称“%s”不以“人民政府”结尾", agency)
		}
	}
	for _, s := range townshipSuffixes {
		if strings.HasSuffix(division, s) {
			return townshipGovernment, fmt.Sprintf("机关“%s”是%s人民政府（名称中“人民政府”前是“%s”）", agency, s, s)
		}
	}
	for _, s := range countySuffixes {
		if strings.HasSuffix(division, s) {
			return countyGovernment, fmt.Sprintf("机关“%s”是%s人民政府（名称中“人民政府”前是“%s”）", agency, s, s)
		}
	}
	return countyGovernment, fmt.Sprintf("机关名称“%s”以“人民政府”结尾", agency)
}

// dateLate reports a 落款 date after the legal deadline (DATE-LATE).
func (c *checker) dateLate(rule *spec.Rule) {
	r := c.r
	if r.Date == nil || r.Year == 0 {
		return
	}
	d := time.Date(r.Date.Year, time.Month(r.Date.Month), r.Date.Day, 0, 0, 0, 0, time.UTC)
	if limit, why := r.deadline(); d.After(limit) {
		c.add(rule, r.DatePos, "date 落款日期", fmt.Sprintf("落款日期 %d年%d月%d日 晚于法定期限：%s", r.Date.Year, r.Date.Month, r.Date.Day, why))
	}
}
