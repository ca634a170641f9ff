package author

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"nianbao/spec"
)

// TestDecodePage: the bytes decide the encoding, not what the page
// declares.
func TestDecodePage(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("<p>年度报告</p>")
	tests := []struct {
		name, data, text, note, rule string
	}{
		{"utf8", `<meta charset="utf-8"><p>年度报告</p>`, "年度报告", "", ""},
		{"utf8 says gbk", `<meta charset="gb2312"><p>年度报告</p>`, "年度报告", "UTF-8（页面声明 gb2312，按实际内容读取）", ""},
		{"gbk says utf-8", `<meta charset="utf-8">` + gbk, "年度报告", "GB18030/GBK（页面声明 utf-8，按实际内容读取）", ""},
		{"gbk says gbk", `<meta http-equiv="Content-Type" content="text/html; charset=GBK">` + gbk, "年度报告", "GBK", ""},
		{"utf-16", "\xff\xfe<\x00p\x00>\x00t^\xa6^\x00", "年度", "UTF-16", ""},
		{"bom", "\xef\xbb\xbf年度报告", "年度报告", "", ""},
		{"form feed", "一\f二\r\n三\x00", "一\n二\n三", "", ""},
		{"neither", "\xff\xff\xff", "", "", "ENCODING"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, note, fs := decodePage("p", []byte(tt.data))
			if tt.rule != "" {
				if len(fs) != 1 || fs[0].Rule != tt.rule {
					t.Fatalf("findings %v", fs)
				}
				return
			}
			if !strings.Contains(text, tt.text) || note != tt.note || fs != nil {
				t.Errorf("text %q note %q findings %v", text, note, fs)
			}
		})
	}
}

// TestFindTitle: agency and year from the title lines real pages print;
// "nav:" marks a line of links, hint is the year of the page's <title>.
func TestFindTitle(t *testing.T) {
	last := "青石县市场监督管理局2023年政府信息公开工作年度报告"
	tests := []struct {
		lines  []string
		hint   int
		at     int
		agency string
		year   int
	}{
		{[]string{"武汉市硚口区2020年政府信息公开工作年度报告"}, 0, 0, "武汉市硚口区", 2020},
		{[]string{"孝昌县2020政府信息公开工作年度报告"}, 0, 0, "孝昌县", 2020},
		{[]string{"2020年湘西高新区信息公开工作年度报告-湘西高新技术产业开发区", "", "2020年湘西高新区信息公开工作年度报告"}, 0, 2, "湘西高新区", 2020},
		{[]string{"当前位置：首页 > 年报 > 某某局2023年度政府信息公开工作年度报告"}, 0, 0, "某某局", 2023},
		{[]string{"本报告根据《条例》编制。", "江南市临川区人民政府2024年政府信息公开工作年度报告"}, 0, 1, "江南市临川区人民政府", 2024},
		{[]string{"关于政府信息公开工作年度报告的说明"}, 0, -1, "", 0},
		// The agency and the year on two lines, in a text with empty lines between.
		{[]string{"东江市青石县市场监督管理局", "", "2024年政府信息公开工作年度报告", "", "一、总体情况"}, 0, 2, "东江市青石县市场监督管理局", 2024},
		// The line above is no agency: the agency stays unknown.
		{[]string{"首页 | 政府信息公开", "2024年政府信息公开工作年度报告"}, 0, 1, "", 2024},
		{[]string{"年度报告", "2024年政府信息公开工作年度报告"}, 0, 1, "", 2024},
		// Links to other years' reports before the title: not taken.
		{[]string{"nav:" + last, "东江市青石县市场监督管理局", "2024年政府信息公开工作年度报告"}, 0, 2, "东江市青石县市场监督管理局", 2024},
		{[]string{"nav:" + last, "nav:青石县市场监督管理局2024年政府信息公开工作年度报告"}, 2024, 1, "青石县市场监督管理局", 2024},
		// The same list in a text: the title is the last before the first heading.
		{[]string{last, "东江市青石县市场监督管理局", "2024年政府信息公开工作年度报告", "一、总体情况", "相关链接：" + last}, 0, 2, "东江市青石县市场监督管理局", 2024},
		// No heading follows: the one the page's <title> names.
		{[]string{last, "青石县市场监督管理局2024年政府信息公开工作年度报告"}, 2024, 1, "青石县市场监督管理局", 2024},
		// A title printed again after the preamble (硚口区 2020): the first.
		{[]string{"武汉市硚口区2020年政府信息公开工作年度报告", "根据《条例》编制本报告。", "武汉市硚口区2020年政府信息公开工作年度报告", "一、总体情况"}, 0, 0, "武汉市硚口区", 2020},
	}
	for _, tt := range tests {
		var items []pageItem
		for _, l := range tt.lines {
			text, nav := strings.CutPrefix(l, "nav:")
			items = append(items, pageItem{text: text, blank: l == "", nav: nav})
		}
		at, agency, year := findTitle(items, tt.hint)
		if at != tt.at || agency != tt.agency || year != tt.year {
			t.Errorf("%q: %d %q %d, want %d %q %d", tt.lines, at, agency, year, tt.at, tt.agency, tt.year)
		}
	}
}

// TestShortRows: a row of table 三 one cell short is read as a row without
// its total only when no row of the table prints one; empty cells of extra
// grid columns are dropped when it is clear which they are.
func TestShortRows(t *testing.T) {
	f, _ := spec.Get("2021", "", 2024)
	row := func(label string, cells ...string) []string { return append([]string{label}, cells...) }
	received, carried := "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"
	tests := []struct {
		name  string
		lines [][]string
		read  []bool // each row read, by position
	}{
		{"no totals", [][]string{row(received, "5", "2", "0", "0", "1", "0"), row(carried, "1", "0", "0", "0", "0", "0")}, []bool{true, true}},
		{"totals", [][]string{row(received, "5", "2", "0", "0", "1", "0", "8"), row(carried, "1", "0", "0", "0", "0", "0", "1")}, []bool{true, true}},
		{"one short", [][]string{row(received, "5", "2", "0", "1", "0", "8"), row(carried, "1", "0", "0", "0", "0", "0", "1")}, []bool{false, true}},
		{"extra cell after", [][]string{row(received, "5", "2", "0", "0", "1", "0", "8", ""), row(carried, "1", "0", "0", "0", "0", "0", "1")}, []bool{true, true}},
		{"extra cell before", [][]string{row(received, "", "5", "2", "0", "0", "1", "0", "8"), row(carried, "1", "0", "0", "0", "0", "0", "1")}, []bool{true, true}},
		{"which extra", [][]string{row(received, "", "5", "", "0", "0", "1", "0", "5"), row(carried, "1", "0", "0", "0", "0", "0", "1")}, []bool{false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []pageItem
			for _, r := range tt.lines {
				for _, s := range r {
					items = append(items, pageItem{text: s, blank: s == "", pos: Pos{Line: len(items) + 1}})
				}
			}
			zones := make([]int, len(items))
			for i := range zones {
				zones[i] = table3
			}
			tr := &tableReader{x: newLabelIndex(f), table: -1}
			tr.lines(items, zones)
			tr.shortRows()
			if len(tr.rows) != len(tt.read) {
				t.Fatalf("%d rows", len(tr.rows))
			}
			for i, pr := range tr.rows {
				if (pr.why == "") != tt.read[i] || (pr.why == "") != (pr.cells != nil) {
					t.Errorf("%s: cells %v, why %q", pr.label, cellTexts(pr), pr.why)
				}
			}
		})
	}
}

// TestHeadings: section headings with their numbering lost, wrong or
// absent; table 三's "四、结转…" and prose are not headings.
func TestHeadings(t *testing.T) {
	f, _ := spec.Get("2019", "", 2020)
	for text, want := range map[string]int{
		"一、总体情况": 0, "二、行政机关主动公开政府信息情况": 1, "三. 收到和处理政府信息公开申请情况": 2,
		"、因政府信息公开工作被申请行政复议、提起行政诉讼情况": 3, "存在的主要问题及改进情况": 4, "第六部分 其他需要报告的事项": 5,
		"四、结转下年度继续办理": -1, "（一）总体情况": -1, "一、概述": -1, "其他需要报告的事项如下，全年未收取费用。": -1,
	} {
		if got := headingOf(sectionNames(f), text); got != want {
			t.Errorf("headingOf(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestPartHeading: numbered part headings, with the text that follows the
// title on the same line; paragraphs that start with numbers are not.
func TestPartHeading(t *testing.T) {
	tests := []struct {
		line        string
		style       int
		title, text string
		ok          bool
	}{
		{"（一）主动公开情况", 0, "主动公开情况", "", true},
		{"(一)主动公开。坚持以“公开为原则，不公开为例外”。", 0, "主动公开", "坚持以“公开为原则，不公开为例外”。", true},
		{"1、编制形成《武汉市硚口区政务公开事项标准目录(试行)》", 2, "编制形成《武汉市硚口区政务公开事项标准目录(试行)》", "", true},
		{"（2）加强培训", 3, "加强培训", "", true},
		{"1.5万件申请全部办结。", 0, "", "", false},
		{"2020年，我县政府信息公开工作取得成效。", 0, "", "", false},
		{"（一）" + strings.Repeat("长", 50), 0, "", "", false},
	}
	for _, tt := range tests {
		style, title, text, ok := partHeading(tt.line)
		if ok != tt.ok || (ok && (style != tt.style || title != tt.title || text != tt.text)) {
			t.Errorf("partHeading(%q) = %d %q %q %v", tt.line, style, title, text, ok)
		}
	}
}

// TestProseOf: parts nest by their numbering; lines before the first part
// stay the section's own.
func TestProseOf(t *testing.T) {
	var items []pageItem
	for i, l := range []string{"开篇一段。", "（一）甲", "甲的正文。", "1.甲一", "甲一正文。", "2.甲二", "（二）乙", "乙的正文。"} {
		items = append(items, pageItem{text: l, pos: Pos{Line: i + 1, Col: 1}})
	}
	p := proseOf(items, Pos{})
	want := "开篇一段。\n# 甲\n甲的正文。\n## 甲一\n甲一正文。\n## 甲二\n# 乙\n乙的正文。\n"
	if got := proseOutline(p); got != want {
		t.Errorf("outline:\n%s\nwant\n%s", got, want)
	}
	if ref := p.Parts[1].Parts[0].Text.Pos.Ref; ref != "5:1" {
		t.Errorf("place of a part's text %q", ref)
	}
}

// TestCollect: cells after a label, with empty lines read as empty cells
// once the separating empty line is taken off.
func TestCollect(t *testing.T) {
	lines := func(ss ...string) []pageItem {
		var out []pageItem
		for i, s := range ss {
			out = append(out, pageItem{text: s, blank: s == "", pos: Pos{Line: i + 1}})
		}
		return out
	}
	texts := func(cs []*pageCell) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.text)
		}
		return out
	}
	// 孝昌县 2020, lines 199–210: a label, 28, five empty cells, 28, the next label.
	items := lines("一、本年新收政府信息公开申请数量", "", "28", "", "", "", "", "", "", "28", "", "二、上年结转政府信息公开申请数量")
	if !doubleSpaced(items) {
		t.Error("not double spaced")
	}
	cells, next := collect(items, 1, true)
	if got := texts(cells); !reflect.DeepEqual(got, []string{"28", "", "", "", "", "", "28"}) || next != 11 {
		t.Errorf("cells %q next %d", got, next)
	}
	cells, _ = collect(lines("规章", "0", "", "0", "行政许可"), 1, false)
	if got := texts(cells); !reflect.DeepEqual(got, []string{"0", "", "0"}) {
		t.Errorf("single spaced: %q", got)
	}
}

// TestPageFigure: what pages print that is not an error in a published
// table.
func TestPageFigure(t *testing.T) {
	for in, want := range map[string]string{
		"36,369": "36369", "12,932.14万元": "12932.14万元", "2件": "2", "－": "-", "——": "——", " 0\u00a0": "0", "+303": "+303", "1,2": "1,2",
	} {
		k := spec.Count
		if strings.Contains(in, "万元") {
			k = spec.Amount
		}
		if got := pageFigure(in, k); got != want {
			t.Errorf("pageFigure(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScannedPages: a directory scan takes pages that are reports, and
// leaves out nianbao's own pages, fragments, a page beside its imported
// file, and texts that are no report.
func TestScannedPages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	report := "某县2024年政府信息公开工作年度报告\n"
	for path, want := range map[string]bool{
		write("a.html", "<p>"+report+"</p>"):                                   true,
		write("b.txt", report):                                                 true,
		write("c.htm", `<meta name="generator" content="nianbao 0.1">`+report): false,
		write("d.fragment.html", "<p>"+report+"</p>"):                          false,
		write("e.html", "<p>"+report+"</p>"):                                   false,
		write("e.yaml", "format: \"2021\"\n"):                                  true,
		write("说明.txt", "不是年报"):                                                false,
		write("f.xlsx", "PK"):                                                  false,
	} {
		if got := Scanned(path); got != want {
			t.Errorf("Scanned(%s) = %v, want %v", filepath.Base(path), got, want)
		}
	}
}

// TestLabelLikeness: a typo is read as the row it is most like, only when
// that is clear.
func TestLabelLikeness(t *testing.T) {
	f, _ := spec.Get("2021", "", 2023)
	x := newLabelIndex(f)
	for text, want := range map[string]string{
		"2.其他法律行政止公开":  "requests.withheld.prohibited_by_law", // 洪泽区 2023
		"5.属于三类内容事务信息": "requests.withheld.internal_affairs",  // 长春市二道区 2022
		"属于工作秘密":       "",                                    // not an official row
		"一、本年新收":       "",
	} {
		got := ""
		if l := x.near(text, table3); l != nil {
			got = l.row.Key
		}
		if got != want {
			t.Errorf("near(%q) = %q, want %q", text, got, want)
		}
	}
	f19, _ := spec.Get("2019", "hubei-2020", 2020)
	// 孝昌县 2020 line 101: the label and its note copied with a slip.
	if l, _ := newLabelIndex(f19).match("其他对外管理服务事项指行政许可以外的政务服务事项含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收其他类,以及公共服务事项"); l == nil || l.row.Key != "proactive.other_services" {
		t.Errorf("note with a slip: %+v", l)
	}
}

// TestHeadingInOtherWords: a heading with the section's number in its
// place, in other words, is taken with a warning; table 三's "四、结转…"
// is not taken for heading 四.
func TestHeadingInOtherWords(t *testing.T) {
	page := strings.Replace(mustRead(t, "pages/word-2021.html"), "五、存在的主要问题及改进情况", "五、存在的主要问题和整改打算", 1)
	page = strings.Replace(page, "四、政府信息公开行政复议、行政诉讼情况", "肆 复议诉讼", 1)
	r, fs := ReadPage("p.html", []byte(page))
	if got := rules(fs); !reflect.DeepEqual(got, []string{"PAGE-MAPPING"}) || !strings.Contains(fs[0].Message, "存在的主要问题和整改打算") {
		t.Fatalf("findings %v", fs)
	}
	if len(r.Prose[4].Parts) != 2 {
		t.Errorf("section 五 not read: %+v", r.Prose[4])
	}
}

// TestPortalTables: the portal's own tables (an information box with
// figures) are not taken for rows of the report's tables.
func TestPortalTables(t *testing.T) {
	box := `<table><tr><td>索引号</td><td>001-2025-0012</td><td>浏览次数</td><td>128</td></tr><tr><td>文号</td><td>临府办〔2025〕3号</td><td>字数</td><td>3,210</td></tr></table>`
	page := strings.Replace(mustRead(t, "pages/word-2021.html"), `<div class="TRS_Editor"><div class=WordSection1`, box+`<div class="TRS_Editor"><div class=WordSection1`, 1)
	if _, fs := ReadPage("p.html", []byte(page)); len(fs) != 0 {
		t.Errorf("findings %v", fs)
	}
}
