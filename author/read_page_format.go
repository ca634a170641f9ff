package author

import (
	"fmt"
	"regexp"
	"strings"

	"nianbao/spec"
)

// detect recognises the format of the page's tables: the registered format
// (or regional variant) whose labels the page's lines and cells name best;
// among equals, the one that serves the report's year, then the national
// one.
func (rd *pageReader) detect() *spec.Format {
	texts := rd.labelTexts()
	year := rd.lay.year
	var best *spec.Format
	bestScore := -1
	for _, id := range spec.IDs() {
		for _, v := range append([]string{""}, spec.Variants(id)...) {
			y := year
			if y == 0 {
				y = spec.Lookup(id, "").Years.From
			}
			f, err := spec.Get(id, v, y)
			if err != nil {
				continue
			}
			x := newLabelIndex(f)
			score := 0
			for _, t := range texts {
				_, s := x.match(t)
				score += s
			}
			if score > bestScore || (score == bestScore && rd.prefer(f, best)) {
				best, bestScore = f, score
			}
		}
	}
	return best
}

// prefer tells which of two equally matching formats to take: the one for
// the report's year, then the one without a variant.
func (rd *pageReader) prefer(f, than *spec.Format) bool {
	want := spec.ForYear(rd.lay.year)
	if (f.ID == want) != (than.ID == want) {
		return f.ID == want
	}
	return f.Variant == "" && than.Variant != ""
}

// labelTexts lists the short texts of the page that may be labels: its
// lines and the cells of its tables.
func (rd *pageReader) labelTexts() []string {
	var out []string
	for _, it := range rd.p.items {
		if it.table == nil {
			if it.text != "" && runes(it.text) <= 150 {
				out = append(out, it.text)
			}
			continue
		}
		for r, row := range it.table.grid {
			for _, c := range ownCells(row, r) {
				if !isFigure(c.text) && runes(c.text) <= 150 {
					out = append(out, c.text)
				}
			}
		}
	}
	return out
}

// legacy recognises a report in the statistical form used before 2019 (or
// one for a year before the current formats) and reports it with the
// figures found on the page, so a reviewer can still compare them.
func (rd *pageReader) legacy() bool {
	items := rd.p.items
	at := legacyHeader(items)
	first := spec.Formats()[0].Years.From
	if at < 0 && (rd.lay.year == 0 || rd.lay.year >= first) {
		return false
	}
	pos := rd.titlePos()
	if at >= 0 {
		pos = items[at].pos
	}
	what := spec.Legacy.Name
	if at < 0 {
		what = fmt.Sprintf("%d 年度报告", rd.lay.year)
	}
	msg := fmt.Sprintf("这是%s，不是 %d 年度起的现行格式（%s），不能转换。", what, first, formatList())
	if figures := legacyFigures(items, max(at, 0)); len(figures) > 0 {
		msg += "页面上的数字：" + strings.Join(figures, "；")
	} else {
		msg += "页面上没有找到统计数字"
	}
	rd.add(spec.PageLegacy, pos, "", msg)
	rd.src.Format = spec.Legacy.Name
	return true
}

// formatList names the registered formats: "2019 格式（国办公开办函〔2019〕60号）、…".
func formatList() string {
	var out []string
	for _, f := range spec.Formats() {
		out = append(out, fmt.Sprintf("%s（%s）", f.Name(), f.Notice.Number))
	}
	return strings.Join(out, "、")
}

// legacyHeader finds the header of the legacy form's table (统计指标 …
// 统计数), or -1.
func legacyHeader(items []pageItem) int {
	names := make([]spec.Names, len(spec.Legacy.Header))
	found := make([]int, len(names))
	for i, h := range spec.Legacy.Header {
		names[i], found[i] = spec.NewNames(h...), -1
	}
	check := func(i int, text string) {
		if runes(text) > 10 {
			return
		}
		folded := spec.Fold(text)
		for h, ns := range names {
			if found[h] < 0 && ns.Match(text, folded) > 0 {
				found[h] = i
			}
		}
	}
	for i, it := range items {
		if it.table == nil {
			check(i, it.text)
			continue
		}
		for r, row := range it.table.grid {
			for _, c := range ownCells(row, r) {
				check(i, c.text)
			}
		}
	}
	for _, f := range found {
		if f < 0 {
			return -1
		}
	}
	return found[0]
}

// unitWord matches the 单位 column of the legacy form.
var unitWord = regexp.MustCompile(`^(?:万元|萬元|元|件|个|個|人|人次|次|条|條|项|項)$`)

// legacyFigures lists "label figure" for every label followed by figures,
// from item from on: in tables, a row's first text and its figures; in
// lines, a line and the figures after it (with the unit between them).
func legacyFigures(items []pageItem, from int) []string {
	var out []string
	double := doubleSpaced(items)
	for i := from; i < len(items); i++ {
		it := items[i]
		if it.table != nil {
			for r, row := range it.table.grid {
				own := ownCells(row, r)
				if labels := textCells(own); len(labels) > 0 && hasFigures(own) {
					out = append(out, labelText(labels[:1])+" "+strings.Join(figureTexts(own), "、"))
				}
			}
			continue
		}
		if it.blank || it.text == "" || isFigure(it.text) || unitWord.MatchString(it.text) {
			continue
		}
		label, j := it.text, i+1
		for j < len(items) && items[j].blank {
			j++
		}
		if j < len(items) && unitWord.MatchString(items[j].text) {
			label += "（" + items[j].text + "）"
		} else {
			j = i
		}
		cells, _ := collect(items, j+1, double)
		if figures := figureTexts(cells); len(figures) > 0 {
			out = append(out, label+" "+strings.Join(figures, "、"))
		}
	}
	return out
}

// figureTexts lists the non-empty figures among cells.
func figureTexts(cells []*pageCell) []string {
	var out []string
	for _, c := range cells {
		if t := strings.TrimSpace(c.text); t != "" && isFigure(t) {
			out = append(out, t)
		}
	}
	return out
}

// numberedHeading matches a heading numbered 一、 to 十、.
var numberedHeading = regexp.MustCompile(`^[一二三四五六七八九十]{1,2}\s*、`)

// nonstandard reports a page without the official tables: which sections
// it has and which it lacks, and the headings it has instead.
func (rd *pageReader) nonstandard(f *spec.Format) {
	var found, missing, headings []string
	for i, s := range f.Sections {
		if rd.lay.sections[i] >= 0 {
			found = append(found, s.Heading())
		} else {
			missing = append(missing, s.Heading())
		}
	}
	for _, it := range rd.p.items {
		if it.table == nil && runes(it.text) <= 40 && numberedHeading.MatchString(it.text) {
			headings = append(headings, it.text)
		}
	}
	var tables []string
	for _, t := range f.Tables() {
		tables = append(tables, t.Number)
	}
	msg := fmt.Sprintf("不是标准格式的年报：页面上没有官方格式的%s（%s）。", strings.Join(tables, "、"), f.Notice.Number)
	if len(found) > 0 {
		msg += "六个部分中找到：" + strings.Join(found, "；") + "。"
	}
	msg += "没有找到：" + strings.Join(missing, "；") + "。"
	if len(headings) > 0 {
		msg += "页面的各部分标题：" + strings.Join(headings, "；")
	}
	rd.add(spec.PageNonstandard, rd.titlePos(), "", msg)
}
