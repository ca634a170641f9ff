package author

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"nianbao/spec"
)

// PageSource says where an imported page came from and what of it has no
// place in the report, for the header of the file import writes.
type PageSource struct {
	File     string   // the page file
	URL      string   // its address, when the page shows one
	Encoding string   // a note on its encoding; "" for UTF-8
	Format   string   // the format recognised, as messages name it
	Unmapped []string // what was not read, one line each
}

// Comments are the lines that open a file imported from the page.
func (s *PageSource) Comments() []string {
	src := "由网页 " + filepath.Base(s.File) + " 导入"
	if s.URL != "" {
		src += "（网址 " + s.URL + "）"
	}
	out := []string{src + "：数字和文字取自页面，勾稽关系等由 nianbao check 检查"}
	if s.Format != "" {
		out = append(out, "识别的格式："+s.Format)
	}
	if s.Encoding != "" {
		out = append(out, "页面编码："+s.Encoding)
	}
	if len(s.Unmapped) == 0 {
		return append(out, "页面内容全部对应到本格式")
	}
	out = append(out, "没有对应到本格式、未导入的内容：")
	for _, u := range s.Unmapped {
		out = append(out, "  - "+u)
	}
	return out
}

// ReadPage reads a published report, a web page (HTML) or its text, into
// a report: the figures of its tables, its prose, title, preamble and
// signature. Findings name the official cell and the place in the page.
// It returns nil when the page holds no report it can read: a report in
// the statistical form used before 2019, or one without the official
// tables.
func ReadPage(name string, data []byte) (*Report, Findings) {
	r, _, fs := ImportPage(name, data)
	return r, fs
}

// ImportPage is ReadPage that also says where the page came from and what
// of it could not be read.
func ImportPage(name string, data []byte) (*Report, *PageSource, Findings) {
	text, enc, fs := decodePage(name, data)
	if fs != nil {
		return nil, nil, fs
	}
	html := looksHTML(name, text)
	if off := tooManyMarks(text, html); off >= 0 {
		return nil, nil, Findings{newFinding(spec.LimitSize, name, posAt([]byte(text), off), "",
			fmt.Sprintf("到这里已有 %d 个标记（网页的 <，文字的换行、Tab 和 |），超过 %d 个的上限：一份年报的网页只有几千个，请检查是否选错了文件", maxPageMarks+1, maxPageMarks))}
	}
	var p *page
	if html {
		p = parseHTML(name, text)
	} else {
		p = parseText(name, text)
	}
	rd := &pageReader{p: p, src: &PageSource{File: name, URL: p.url, Encoding: enc}}
	r := rd.read()
	if r != nil && !html {
		r.src = bytes.Split([]byte(text), []byte("\n")) // the lines parseText numbered
	}
	fs = groupBlanks(rd.fs)
	fs.Sort()
	return r, rd.src, fs
}

// maxPageMarks bounds the tags of an HTML page, and the lines and cells of
// a text, before they are parsed: each becomes a node or an item of some
// hundreds of bytes. A real page has a few thousand.
const maxPageMarks = 50000

// tooManyMarks returns the offset of the mark past maxPageMarks in a page's
// text, or -1: the '<' of an HTML page (every tag starts with one), the
// line breaks, tabs and '|' of a text (every line and cell ends at one).
func tooManyMarks(text string, html bool) int {
	marks := "\n\t|"
	if html {
		marks = "<"
	}
	return pastLimit(text, marks, maxPageMarks)
}

// IsPage reports whether a file is a published page ReadPage reads: an
// HTML page or a text file, by its name or its content.
func IsPage(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return true
	}
	return looksHTML(name, string(data[:min(len(data), 2048)]))
}

// htmlTag finds the tags of an HTML document near its start.
var htmlTag = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|head|body|meta|table|p|div)[\s>/]`)

// looksHTML reports whether a page is HTML: by its name, or by its tags
// (a page saved under another name).
func looksHTML(name, text string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".shtml", ".xhtml":
		return true
	}
	return htmlTag.MatchString(text[:min(len(text), 2048)])
}

// IsGeneratedPage reports whether a page is one nianbao wrote (its
// generator meta says so), or a fragment (it starts with the generator's
// comment; a page the fragment was pasted into does not): a directory scan
// leaves such pages out, as they are outputs, not reports to check.
func IsGeneratedPage(data []byte) bool {
	head := strings.ToLower(string(data[:min(len(data), 4096)]))
	return strings.Contains(head, `<meta name="generator" content="nianbao`) || strings.HasPrefix(head, "<!-- generator: nianbao")
}

// namesReport reports whether a text is about an annual report: it prints
// one word of each of spec.ReportMarks.
func namesReport(text string) bool {
	text = strings.Join(strings.Fields(text), "")
	for _, group := range spec.ReportMarks {
		found := false
		for _, w := range group {
			found = found || strings.Contains(text, w)
		}
		if !found {
			return false
		}
	}
	return true
}

// pageReader reads one page into a report.
type pageReader struct {
	p   *page
	src *PageSource
	fs  Findings
	lay layout
	f   *spec.Format // the format recognised
	x   *labelIndex  // its labels
}

func (rd *pageReader) add(rule *spec.Rule, pos Pos, cell, msg string) {
	rd.fs = append(rd.fs, newFinding(rule, rd.p.name, pos, cell, msg))
}

// read reads the page: its title, the format of its tables, its sections,
// the tables, then the prose around them.
func (rd *pageReader) read() *Report {
	lay := &rd.lay
	rd.title()
	if rd.legacy() {
		return nil
	}
	f := rd.detect()
	rd.f, rd.x = f, newLabelIndex(f)
	rd.src.Format = fmt.Sprintf("%s（%s）", f.Name(), f.Notice.Number)
	reworded := rd.sections()
	tr := rd.tables()
	if len(tr.rows) == 0 {
		rd.nonstandard(f)
		return nil
	}
	for _, s := range reworded {
		h := rd.p.items[lay.sections[s]]
		rd.add(spec.PageMapping, h.pos, f.Sections[s].Heading(), fmt.Sprintf("页面的标题“%s”与官方格式的“%s”不同：按这一部分读入", h.text, f.Sections[s].Heading()))
	}
	year := lay.year
	if year == 0 {
		year = f.Years.From
	}
	r, err := Blank(BlankOptions{Format: f.ID, Variant: f.Variant, Year: year, Agency: lay.agency})
	if err != nil {
		rd.add(spec.FormatUnknown, Pos{}, "", err.Error())
		return nil
	}
	r.File, r.Agency, r.YearPos = rd.p.name, Text{S: lay.agency, Pos: rd.titlePos()}, rd.titlePos()
	rd.fill(r, tr)
	rd.text(r)
	rd.checkHeader(r)
	if err := r.derive(); err != nil {
		rd.add(spec.ValueType, Pos{}, "", "数值过大，无法求和")
		return nil
	}
	return r
}

// title finds the title, and in it the agency and the year; the page's
// <title> tells which of several titles is the report's (its year), and
// gives the agency and the year the page's own title lacks. The year may
// also come from the statistics period.
func (rd *pageReader) title() {
	p, lay := rd.p, &rd.lay
	_, agency, year := findTitle([]pageItem{{text: p.title}}, 0)
	lay.title, lay.agency, lay.year = findTitle(p.items, year)
	if lay.year == 0 || lay.year == year {
		lay.agency, lay.year = or(lay.agency, agency), year
	}
	if lay.year == 0 {
		lay.year = periodYear(p.items)
	}
}

// sections finds the section headings and the end of the report; it
// returns the sections whose heading is in other words.
func (rd *pageReader) sections() []int {
	p, lay := rd.p, &rd.lay
	lay.sections = findSections(rd.f, p.items, lay.title)
	reworded := numberedHeadings(rd.f, rd.x, p.items, &lay.sections, lay.title)
	last := lay.title
	for _, at := range lay.sections {
		last = max(last, at)
	}
	lay.end, lay.date, lay.datePos = findEnd(p.items, last, lay.agency)
	return reworded
}

// tables reads the rows of the official tables, from the page's tables and
// its lines, between the title and the end.
func (rd *pageReader) tables() *tableReader {
	tr := &tableReader{x: rd.x, table: -1}
	items := rd.p.items[:rd.lay.end]
	for _, it := range items[max(rd.lay.title, 0):] {
		if it.table != nil {
			tr.grid(it.table)
		}
	}
	tr.lines(items, rd.zones(rd.f, len(items)))
	tr.shortRows()
	return tr
}

// titlePos is where the title is, or the top of the page.
func (rd *pageReader) titlePos() Pos {
	if t := rd.lay.title; t >= 0 {
		return rd.p.items[t].pos
	}
	return Pos{Line: 1, Col: 1}
}

// period finds the statistics period's year: "数据统计期限为2020年1月1日".
var period = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日`)

// periodYear is the year of the statistics period, or 0.
func periodYear(items []pageItem) int {
	for _, it := range items {
		if m := period.FindStringSubmatch(it.text); m != nil {
			var y int
			fmt.Sscan(m[1], &y)
			return y
		}
	}
	return 0
}

// zones tells for each item the table whose section holds it, or -1.
func (rd *pageReader) zones(f *spec.Format, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	for s, at := range rd.lay.sections {
		if at < 0 || f.Sections[s].Kind != spec.TableSection {
			continue
		}
		end := n
		for _, next := range rd.lay.sections[s+1:] {
			if next > at {
				end = min(end, next)
				break
			}
		}
		for _, t := range f.Tables() {
			if t.Section == s {
				for i := at; i < min(end, n); i++ {
					out[i] = tableIndex(f, t)
				}
			}
		}
	}
	return out
}

// tableIndex is a table's index in Format.Tables.
func tableIndex(f *spec.Format, t *spec.Table) int {
	for i, x := range f.Tables() {
		if x == t {
			return i
		}
	}
	return -1
}

// checkHeader reports a title the page lacks, and a format that does not
// serve the report's year.
func (rd *pageReader) checkHeader(r *Report) {
	at := rd.titlePos()
	if rd.lay.agency == "" {
		rd.add(spec.KeyMissing, at, "agency 机关名称", "页面上找不到年报的标题（机关名称、年度、"+spec.ReportTitle+"）：机关名称未知")
	}
	if rd.lay.year == 0 {
		rd.add(spec.KeyMissing, at, "year 报告年度", "页面上找不到报告年度")
		return
	}
	f := r.Spec
	if want := spec.ForYear(r.Year); want != f.ID {
		right, _ := spec.Get(want, "", r.Year)
		rd.add(spec.FormatYear, at, "format 格式", fmt.Sprintf("页面的表格是 %s，%d 年度报告应使用 %s 格式（%s）", f.Name(), r.Year, want, right.Notice.Number))
	}
	if d := r.Date; d != nil && d.Year <= r.Year {
		rd.add(spec.DateRange, r.DatePos, "date 落款日期", fmt.Sprintf("落款日期 %d年%d月%d日 早于报告年度 %d 年结束", d.Year, d.Month, d.Day, r.Year))
	}
}
