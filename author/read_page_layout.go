package author

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/spec"
)

// layout is where the parts of a report are on a page: item indexes of
// its title, of each section's heading (-1 when not found) and of the end
// of its content.
type layout struct {
	title    int
	agency   string
	year     int
	sections [6]int
	end      int // the first item after the report (signature, page furniture)
	date     *Date
	datePos  Pos
}

// titleYear splits what stands before the words of a report's title into
// the agency and the year: "武汉市硚口区2020年", "2020年湘西高新区",
// "孝昌县2020".
var titleYear = regexp.MustCompile(`^(.*?)((?:19|20)\d{2})\s*(?:年度|年)?(.*)$`)

// crumbs are the characters that separate the levels of a breadcrumb or a
// site name from a page's title.
const crumbs = ">»›/|：:—_-"

// titleLine is a line that reads as a report's title: its index, and the
// agency and the year it prints.
type titleLine struct {
	at     int
	agency string
	year   int
}

// findTitle finds the report's title among the lines that end with the
// words of a report title preceded by the year (else, that have a site's
// name after them): see pickTitle. A title that prints no agency takes the
// line above it (the agency and the year printed on two lines). hint is
// the year the page's <title> names, or 0.
func findTitle(items []pageItem, hint int) (at int, agency string, year int) {
	for _, loose := range []bool{false, true} {
		var lines []titleLine
		for i, it := range items {
			if it.table != nil {
				continue
			}
			if agency, year, ok := titleOf(it.text, loose); ok {
				lines = append(lines, titleLine{i, agency, year})
			}
		}
		if len(lines) > 0 {
			t := pickTitle(items, lines, hint)
			return t.at, or(t.agency, agencyAbove(items, t.at)), t.year
		}
	}
	return -1, "", 0
}

// titleOf reads a line as a report's title: the words of a report title at
// its end (loose: or before a site's name), the agency and the year before
// them ("武汉市硚口区2020年", "2020年湘西高新区", "孝昌县2020"; the agency
// may be absent).
func titleOf(line string, loose bool) (agency string, year int, ok bool) {
	if runes(line) > 80 {
		return "", 0, false
	}
	text := strings.ReplaceAll(line, " ", "")
	for _, w := range append([]string{spec.ReportTitle}, spec.TitleAliases...) {
		j := strings.Index(text, w)
		if j < 0 {
			continue
		}
		after := text[j+len(w):]
		if r, _ := utf8.DecodeRuneInString(after); after != "" && (!loose || !strings.ContainsRune(crumbs, r)) {
			return "", 0, false
		}
		before := text[:j]
		if k := strings.LastIndexAny(before, crumbs); k >= 0 {
			before = before[k+1:]
		}
		m := titleYear.FindStringSubmatch(before)
		if m == nil {
			return "", 0, false
		}
		y, _ := strconv.Atoi(m[2])
		return strings.TrimSpace(or(m[1], strings.TrimSuffix(m[3], "政府"))), y, true
	}
	return "", 0, false
}

// pickTitle chooses the report's title among the lines that read as one:
// not a link of the page's navigation (its list of other years' reports),
// of the year the page's <title> names (hint, when not 0), and of those the
// last before the report's first section heading, as breadcrumbs and lists
// of reports come before the title (the first when no heading follows);
// a title printed twice is taken where it is first.
func pickTitle(items []pageItem, lines []titleLine, hint int) titleLine {
	keep := func(ok func(t titleLine) bool) {
		var out []titleLine
		for _, t := range lines {
			if ok(t) {
				out = append(out, t)
			}
		}
		if len(out) > 0 {
			lines = out
		}
	}
	keep(func(t titleLine) bool { return !items[t.at].nav })
	keep(func(t titleLine) bool { return hint == 0 || t.year == hint })
	body := firstHeading(items, lines[0].at)
	best := lines[0]
	for _, t := range lines[1:] {
		if t.at < body {
			best = t
		}
	}
	for _, t := range lines {
		if t.agency == best.agency && t.year == best.year {
			return t
		}
	}
	return best
}

// firstHeading is the index of the first line after item from that heads
// a section of any format, or -1.
func firstHeading(items []pageItem, from int) int {
	var names [][6]spec.Names
	for _, f := range spec.Formats() {
		names = append(names, sectionNames(f))
	}
	for i := from + 1; i < len(items); i++ {
		if it := items[i]; it.table == nil && !it.blank {
			for _, ns := range names {
				if headingOf(ns, it.text) >= 0 {
					return i
				}
			}
		}
	}
	return -1
}

// agencyAbove is the line right above a title (empty lines aside) when it
// reads as an agency's name, else "".
func agencyAbove(items []pageItem, at int) string {
	j := at - 1
	for j >= 0 && items[j].blank {
		j--
	}
	if j < 0 || items[j].table != nil || items[j].nav || !agencyLike(items[j].text) {
		return ""
	}
	return items[j].text
}

// agencyLike reports a line that may be an agency's name: a few Chinese
// characters (brackets allowed), none of the words of a report or of a
// portal's column for reports (信息公开, 年报).
func agencyLike(s string) bool {
	if n := runes(s); n < 2 || n > 40 {
		return false
	}
	for _, group := range spec.ReportMarks {
		for _, w := range group {
			if strings.Contains(s, w) {
				return false
			}
		}
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()", r) {
			return false
		}
	}
	return true
}

// sectionNumber is the numbering before a section heading, as pages print
// it, lost ("、因政府信息公开工作…") or absent.
var sectionNumber = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．，,]|第[一二三四五六七八九十]{1,2}部分[、：:．.]?|、)?\s*`)

// headingOf tells which section a line heads, or -1: the line, without its
// numbering, is a section's title or one of its aliases (names, by section).
func headingOf(names [6]spec.Names, text string) int {
	if runes(text) > 40 {
		return -1
	}
	rest := sectionNumber.ReplaceAllString(text, "")
	folded := spec.Fold(rest)
	for i, ns := range names {
		if folded != "" && ns.Match(rest, folded) == 2*runes(folded) {
			return i
		}
	}
	return -1
}

// sectionNames are the wordings of each section's heading.
func sectionNames(f *spec.Format) [6]spec.Names {
	var out [6]spec.Names
	for i, s := range f.Sections {
		out[i] = spec.NewNames(s.Names()...)
	}
	return out
}

// findSections finds the six section headings after the title, in order:
// numbering may be missing, repeated or wrong; a section's heading comes
// after the one before it.
func findSections(f *spec.Format, items []pageItem, from int) [6]int {
	var at [6]int
	for i := range at {
		at[i] = -1
	}
	names := sectionNames(f)
	last := -1
	for i := max(from, 0); i < len(items); i++ {
		if it := items[i]; it.table == nil && !it.blank {
			if s := headingOf(names, it.text); s > last {
				at[s], last = i, s
			}
		}
	}
	return at
}

// numberedHeadings finds, for the sections findSections did not, a heading
// with the section's number in its place (after the heading before it,
// before the one after it) whose words are like the section's title
// ("五、存在的主要问题和改进措施"): a heading in other words. It returns
// the sections found so.
func numberedHeadings(f *spec.Format, x *labelIndex, items []pageItem, at *[6]int, from int) []int {
	var found []int
	for s, sec := range f.Sections {
		if at[s] >= 0 {
			continue
		}
		lo, hi := max(from, 0), len(items)
		for t := s - 1; t >= 0; t-- {
			if at[t] >= 0 {
				lo = at[t] + 1
				break
			}
		}
		for t := s + 1; t < len(at); t++ {
			if at[t] >= 0 {
				hi = at[t]
				break
			}
		}
		prefix := regexp.MustCompile(`^\s*` + sec.Number + `\s*[、.．]\s*`)
		for i := lo; i < hi; i++ {
			it := items[i]
			loc := prefix.FindStringIndex(it.text)
			if it.table != nil || loc == nil || runes(it.text) > 40 || x.inLabel(it.text) {
				continue
			}
			if alike(it.text[loc[1]:], sec) {
				at[s] = i
				found = append(found, s)
				break
			}
		}
	}
	return found
}

// alike reports whether a heading's words are like a section's: they
// share half the characters with its title, or most with one of its
// aliases (which often add the generic 政府信息公开工作).
func alike(text string, s *spec.Section) bool {
	t := []rune(spec.Fold(text))
	if similarity(t, []rune(spec.Fold(s.Title))) >= 0.5 {
		return true
	}
	for _, a := range s.Aliases {
		if similarity(t, []rune(spec.Fold(a))) >= 0.7 {
			return true
		}
	}
	return false
}

// furniture are the words that start a portal's page furniture around a
// report: dates and sources, sharing and printing, links to other pages.
var furniture = []string{"本文地址", "原文地址", "原文链接", "相关文档", "相关链接", "相关阅读", "相关文章", "扫一扫", "【打印",
	"打印本页", "关闭窗口", "【关闭", "分享到", "责任编辑", "上一篇", "下一篇", "网站首页", "版权所有", "主办单位", "网站标识码",
	"发布日期", "发布时间", "来源：", "来源:", "浏览次数", "字体：", "字体:", "【字体", "核心提示", "索引号", "发布机构",
	"生成日期", "文件编号", "日期:", "日期：", "作者:", "作者：", "关闭 打印", "更多>"}

// isFurniture reports a line of page furniture.
func isFurniture(text string) bool {
	for _, w := range furniture {
		if strings.HasPrefix(text, w) {
			return true
		}
	}
	return strings.Contains(text, "ICP备") || strings.Contains(text, "版权所有")
}

// dateLine matches a signature's date: "2021年1月11日", "2025-01-20".
var dateLine = regexp.MustCompile(`^((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?$`)

// findEnd finds where the report ends after its last section starts: at
// the signature's date, or at page furniture. It returns the first item
// after the content and the date when there is one; a short line right
// before the date (the signing agency), or the agency's name as the last
// line, is left out of the content.
func findEnd(items []pageItem, from int, agency string) (int, *Date, Pos) {
	end, date, pos := contentEnd(items, from)
	if j := prevLine(items, end); date == nil && j > from && agency != "" && signatureLike(items[j].text) &&
		strings.Contains(strings.ReplaceAll(items[j].text, " ", ""), agency) {
		end = j
	}
	return end, date, pos
}

// contentEnd is findEnd without the signature that has no date.
func contentEnd(items []pageItem, from int) (end int, date *Date, pos Pos) {
	for i := from + 1; i < len(items); i++ {
		it := items[i]
		if it.table != nil || it.blank {
			continue
		}
		if m := dateLine.FindStringSubmatch(it.text); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			end = i
			if j := prevLine(items, i); j > from && signatureLike(items[j].text) {
				end = j
			}
			return end, &Date{Year: y, Month: mo, Day: d}, it.pos
		}
		if isFurniture(it.text) {
			return i, nil, Pos{}
		}
	}
	return len(items), nil, Pos{}
}

// prevLine is the index of the line before item i that is not blank, or -1.
func prevLine(items []pageItem, i int) int {
	for j := i - 1; j >= 0; j-- {
		if items[j].table == nil && !items[j].blank {
			return j
		}
	}
	return -1
}

// signatureLike reports a line that may be a signing agency: short, not a
// sentence.
func signatureLike(s string) bool {
	return runes(s) <= 30 && !strings.ContainsAny(s, "。；;，,：:")
}
