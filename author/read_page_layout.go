package author

import (
	"regexp"
	"strconv"
	"strings"
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

// findTitle finds the report's title: the first line that ends with the
// words of a report title, preceded by the agency and the year.
func findTitle(items []pageItem) (at int, agency string, year int) {
	words := append([]string{spec.ReportTitle}, spec.TitleAliases...)
	for pass := range 2 {
		for i, it := range items {
			if it.table != nil || runes(it.text) > 80 {
				continue
			}
			text := strings.ReplaceAll(it.text, " ", "")
			for _, w := range words {
				j := strings.Index(text, w)
				if j < 0 {
					continue
				}
				after := text[j+len(w):]
				if r, _ := utf8.DecodeRuneInString(after); after != "" && (pass == 0 || !strings.ContainsRune(crumbs, r)) {
					break
				}
				before := text[:j]
				if k := strings.LastIndexAny(before, crumbs); k >= 0 {
					before = before[k+1:]
				}
				m := titleYear.FindStringSubmatch(before)
				if m == nil {
					break
				}
				y, _ := strconv.Atoi(m[2])
				return i, strings.TrimSpace(or(m[1], strings.TrimSuffix(m[3], "政府"))), y
			}
		}
	}
	return -1, "", 0
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
