package author

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"nianbao/render/html"
	"nianbao/spec"
)

// importPage reads a page under testdata/pages and checks it.
func importPage(t *testing.T, name string) (*Report, *PageSource, Findings) {
	t.Helper()
	path := filepath.Join("..", "testdata", "pages", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, src, fs := ImportPage(name, data)
	if r != nil {
		fs = append(fs, Check(r, Options{})...)
	}
	fs.Sort()
	return r, src, fs
}

// loadFixture loads a report file under testdata.
func loadFixture(t *testing.T, name string) *Report {
	t.Helper()
	r, fs := Load(name, []byte(mustRead(t, name)))
	if r == nil {
		t.Fatal(fs)
	}
	return r
}

// asPrinted writes a figure as the tests compare it: its value, or its text
// as printed when it is unreadable.
func asPrinted(v Value) string {
	if v.Bad {
		return "?" + v.Raw
	}
	return v.String()
}

// sameFiguresTest compares two reports cell for cell: every value, every
// printed total (when want prints none, got's must equal its sum), the
// printed （七） row.
func sameFiguresTest(t *testing.T, got, want *Report) {
	t.Helper()
	if got.Spec.ID != want.Spec.ID || got.Spec.Variant != want.Spec.Variant || got.Year != want.Year {
		t.Fatalf("format %s %d, want %s %d", got.Spec.Name(), got.Year, want.Spec.Name(), want.Year)
	}
	for i, w := range want.Rows {
		g, s := got.Rows[i], w.Spec
		if g.Given != w.Given && !s.Derived {
			t.Errorf("%s given %v, want %v", s.Key, g.Given, w.Given)
		}
		values := func(r *Row) []Value {
			if s.Derived {
				return r.Claimed
			}
			return r.Values
		}
		if wv := values(w); wv != nil || !s.Derived {
			for j := range wv {
				if a, b := asPrinted(values(g)[j]), asPrinted(wv[j]); a != b {
					t.Errorf("%s: %s, want %s", s.Cell(&s.Columns[j]), a, b)
				}
			}
		}
		switch {
		case s.Total == nil:
		case w.Reported != nil && (g.Reported == nil || asPrinted(*g.Reported) != asPrinted(*w.Reported)):
			t.Errorf("%s: printed total %v, want %s", s.Cell(s.Total), g.Reported, asPrinted(*w.Reported))
		case w.Reported == nil && g.Reported != nil && g.Reported.Num.Cmp(g.Total) != 0:
			t.Errorf("%s: printed total %s ≠ sum %s", s.Cell(s.Total), g.Reported, g.Total)
		}
	}
}

// TestSeedPages reads the five real pages: the format they use, their
// figures cell for cell against the hand transcriptions, and what check
// says of them afterwards.
func TestSeedPages(t *testing.T) {
	tests := []struct {
		page, fixture, format string
		want                  []string // findings other than BLANK-CELL, "RULE:LINE"
		blank                 int      // cells in the one BLANK-CELL finding
	}{
		// 硚口: its period lost two 年 ("20201月1日"), its prose has ASCII punctuation, its page no date.
		{"seeds/000_f6f44a6240dcd968.txt", "qiaokou-2020.yaml", "2019 格式（hubei-2020）",
			[]string{"DATE-FORMAT:8", "DATE-FORMAT:8", "DATE-MISSING:1", "PUNCTUATION:8"}, 0},
		{"seeds/001_58508318626360bb.txt", "pages/seed-001.yaml", "2019 格式（hubei-2020）",
			[]string{"DATE-FORMAT:15", "DATE-FORMAT:15", "DATE-MISSING:1", "PUNCTUATION:15"}, 157},
		{"seeds/002_388bdfa86b858c1f.txt", "", spec.Legacy.Name, []string{"PAGE-LEGACY:61"}, 0},
		{"seeds/003_5cc7f11a5c206d15.txt", "", "2019 格式", []string{"PAGE-NONSTANDARD:1"}, 0},
		// 湘西: the two wrong 总计, the notice cited wrongly, ASCII punctuation.
		{"seeds/004_a59a8232ffc24999.txt", "xiangxi-2020.yaml", "2019 格式", []string{"DOC-NUMBER:7", "PUNCTUATION:7", "T3-ROW-TOTAL:182", "T3-ROW-TOTAL:510"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			r, src, fs := importPage(t, tt.page)
			var other []Finding
			blank := 0
			for _, f := range fs {
				if f.Rule == spec.BlankCell.ID {
					blank += max(1, len(f.Places))
				} else {
					other = append(other, f)
				}
			}
			if got := brief(other); !reflect.DeepEqual(got, tt.want) || blank != tt.blank {
				t.Errorf("findings = %v and %d BLANK-CELL, want %v and %d\n%v", got, blank, tt.want, tt.blank, fs)
			}
			if !strings.HasPrefix(src.Format, tt.format) {
				t.Errorf("format %q, want %q", src.Format, tt.format)
			}
			if tt.fixture == "" {
				if r != nil {
					t.Error("a report from a page that holds none")
				}
				return
			}
			sameFiguresTest(t, r, loadFixture(t, tt.fixture))
		})
	}
}

// TestSeedMessages: what the legacy and non-standard findings tell.
func TestSeedMessages(t *testing.T) {
	_, _, fs := importPage(t, "seeds/002_388bdfa86b858c1f.txt")
	for _, want := range []string{"2019 年以前的统计表格式", "一、主動公開情況 6105", "五、行政訴訟數量 13件", "(三)接受培訓人員數（人次） 62"} {
		if !strings.Contains(fs[0].Message, want) {
			t.Errorf("legacy finding lacks %q: %s", want, fs[0].Message)
		}
	}
	_, _, fs = importPage(t, "seeds/003_5cc7f11a5c206d15.txt")
	for _, want := range []string{"没有官方格式的表二、表三、表四", "没有找到：一、总体情况", "八、其他需报告的事项"} {
		if !strings.Contains(fs[0].Message, want) {
			t.Errorf("non-standard finding lacks %q: %s", want, fs[0].Message)
		}
	}
}

// TestPortalPages reads pages written as portals publish Word documents
// (mso- styles, <o:p>, &nbsp;, <font face>, split cells, table 三 broken by
// a page break with its header repeated or its label column left out, a
// header split into two rows 商业/企业, an extra grid column, rowspans
// written out as repeated cells, GBK under a <meta> that says utf-8,
// thousands separators) and their text as browsers and pdftotext give it;
// the text of a page with an extra grid column (empty lines after table
// 四's header rows); a title on two lines under a list of other years'
// reports, labels in the forms pages print them.
func TestPortalPages(t *testing.T) {
	tests := []struct {
		page, fixture string
		want          []string
	}{
		{"word-2021.html", "example-2021.yaml", nil},
		{"word-2019-gbk.html", "qiaokou-2020.yaml", []string{"DATE-FORMAT:24", "DATE-FORMAT:24", "DATE-MISSING:1"}}, // 硚口's own defects
		{"browser-copy-2021.txt", "example-2021.yaml", nil},
		{"word-2021.txt", "example-2021.yaml", nil},
		{"qingshi-2024.html", "pages/qingshi-2024.yaml", nil},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			r, src, fs := importPage(t, tt.page)
			if got := brief(fs); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("findings = %v, want %v\n%v", got, tt.want, fs)
			}
			want := loadFixture(t, tt.fixture)
			sameFiguresTest(t, r, want)
			if r.Agency.S != want.Agency.S || !reflect.DeepEqual(r.Date, want.Date) && r.Date != nil {
				t.Errorf("agency %q date %v", r.Agency.S, r.Date)
			}
			if len(src.Unmapped) != 0 {
				t.Errorf("unmapped: %v", src.Unmapped)
			}
		})
	}
	_, src, _ := importPage(t, "word-2019-gbk.html")
	if !strings.Contains(src.Encoding, "GBK") || !strings.Contains(src.URL, "qiaokou.gov.cn") {
		t.Errorf("source %+v", src)
	}
}

// TestHybridAndTypo: a 2021 report that prints （六） as the 2019 single
// row, and a label with a typo (洪泽区 2023): read, and said.
func TestHybridAndTypo(t *testing.T) {
	r, _, fs := importPage(t, "hybrid-2021.html")
	if got := rules(fs); !reflect.DeepEqual(got, []string{"PAGE-MAPPING", "PAGE-HYBRID"}) {
		t.Fatalf("findings %v\n%v", got, fs)
	}
	if fs[0].Severity != Warning || !strings.Contains(fs[0].Message, "2.其他法律行政止公开") || !strings.Contains(fs[0].Ref, "table[2]/tr[") {
		t.Errorf("typo: %+v", fs[0])
	}
	other := r.RowAt("requests.other.other")
	if asPrinted(other.Values[0]) != "2" || asPrinted(*other.Reported) != "2" || r.RowAt("requests.other.no_correction").Values[0].Bad {
		t.Errorf("（六） read as %v / %v", other.Values, other.Reported)
	}
}

// TestSplitTitle: a title printed on two lines (the agency above "2024年
// 政府信息公开工作年度报告", as two paragraphs or split by <br>) keeps its
// agency, or takes the page's <title>'s when the line above names none;
// links to other years' reports before it (a page's navigation, or the
// lines they become in a text) are not the title.
func TestSplitTitle(t *testing.T) {
	page := mustRead(t, "pages/qingshi-2024.html")
	nav := regexp.MustCompile(`<div class="left-nav">.*</div>\n`)
	br := regexp.MustCompile(`局</span></b></p>\n<p[^>]*><b><span[^>]*>2024年`)
	above := regexp.MustCompile(`<p[^>]*><b><span[^>]*>东江市青石县市场监督管理局</span></b></p>\n`)
	text := strings.Replace(mustRead(t, "pages/short-row-2024.txt"), "5\n2\n0\n1\n0\n8\n", "5\n2\n0\n0\n1\n0\n8\n", 1)
	own, short := "东江市青石县市场监督管理局", "青石县市场监督管理局"
	for name, tt := range map[string]struct{ page, agency string }{
		"p.html":         {page, own},
		"br.html":        {br.ReplaceAllString(page, "局<br>2024年"), own},
		"no-nav.html":    {nav.ReplaceAllString(page, ""), own},
		"no-nav-br.html": {br.ReplaceAllString(nav.ReplaceAllString(page, ""), "局<br>2024年"), own},
		"text.txt":       {text, own},
		"year-only.html": {above.ReplaceAllString(nav.ReplaceAllString(page, ""), ""), short},
	} {
		t.Run(name, func(t *testing.T) {
			if tt.page == page && name != "p.html" {
				t.Fatal("the page is unchanged")
			}
			r, fs := ReadPage(name, []byte(tt.page))
			if r == nil || r.Agency.S != tt.agency || r.Year != 2024 {
				t.Fatalf("report %v, findings %v", r, fs)
			}
			if fs = append(fs, Check(r, Options{})...); len(fs) != 0 {
				t.Errorf("findings %v", fs)
			}
			sameFiguresTest(t, r, loadFixture(t, "pages/qingshi-2024.yaml"))
		})
	}
}

// TestStatedFee: "本年度未收取信息处理费" states the amount collected, not
// the notices or the amount billed: a page whose table 三 has applications
// dropped for an unpaid fee gives no FEE-FIGURES, the file import writes
// says only what the page says and gives no fee finding either, and a page
// that never states the fee still gives FEE-MISSING.
func TestStatedFee(t *testing.T) {
	page := mustRead(t, "pages/qingshi-2024.html")
	r, _ := ReadPage("p.html", []byte(page))
	if fs := feeFindings(Check(r, Options{})); fs != nil || feeText(r) != "-,-,0" || r.RowAt("requests.other.unpaid_fee").Total.IsZero() {
		t.Fatalf("fee %s, findings %v", feeText(r), fs)
	}
	yml := WriteYAML(r, WriteOptions{})
	if !strings.Contains(string(yml), "processing_fee: {collected: 0}") {
		t.Errorf("written fee:\n%s", yml)
	}
	back, fs := Load("back.yaml", yml)
	if fs = feeFindings(append(fs, Check(back, Options{})...)); fs != nil || feeText(back) != "-,-,0" {
		t.Errorf("written file: fee %s, findings %v", feeText(back), fs)
	}
	silent := strings.Replace(page, "本年度未收取信息处理费。", "本年度无其他需要报告的事项。", 1)
	r, _ = ReadPage("p.html", []byte(silent))
	if got := rules(feeFindings(Check(r, Options{}))); !reflect.DeepEqual(got, []string{"FEE-MISSING"}) {
		t.Errorf("page without the fee: %v", got)
	}
}

// feeFindings are the findings on the 信息处理费.
func feeFindings(fs Findings) Findings {
	var out Findings
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "FEE-") {
			out = append(out, f)
		}
	}
	return out
}

// TestGeneratedFee: the 信息处理费 statement nianbao's own page prints is
// read back as far as it goes: "未收取" is the amount collected, and the
// notices only when it names them.
func TestGeneratedFee(t *testing.T) {
	file := strings.Replace(mustRead(t, "example-2021.yaml"), "2024年，临川区人民政府未向申请人收取信息处理费。\n", "", 1)
	for fee, want := range map[string]string{
		"{notices: 0, billed: 0, collected: 0}":   "-,-,0",
		"{collected: 0}":                          "-,-,0",
		"{collected: 50}":                         "-,-,50",
		"{notices: 2, billed: 80, collected: 50}": "2,80,50",
	} {
		r, fs := Load("f.yaml", []byte(strings.Replace(file, "{notices: 0, billed: 0, collected: 0}", fee, 1)))
		if r == nil {
			t.Fatal(fs)
		}
		var b bytes.Buffer
		if err := html.Write(&b, r.Document(), html.Options{}); err != nil {
			t.Fatal(err)
		}
		got, fs := ReadPage("page.html", b.Bytes())
		if got == nil || feeText(got) != want {
			t.Errorf("%s read back as %s, want %s (%v)", fee, feeText(got), want, fs)
		}
	}
}

// TestAmbiguousRow: a text that lost its empty cells cannot be assigned:
// said, not guessed; the other rows read.
func TestAmbiguousRow(t *testing.T) {
	r, src, fs := importPage(t, "pdftotext-2021.txt")
	if got := brief(fs); !reflect.DeepEqual(got, []string{"PAGE-AMBIGUOUS:82"}) {
		t.Fatalf("findings %v\n%v", got, fs)
	}
	if !r.RowAt("requests.partly_disclosed").Bad() || r.RowAt("requests.disclosed").Bad() {
		t.Error("only the ambiguous row is unread")
	}
	if len(src.Unmapped) != 1 || !strings.Contains(src.Unmapped[0], "9、1、10") {
		t.Errorf("unmapped %v", src.Unmapped)
	}
}

// TestShortRow: a row of table 三 one cell short (科研机构 of row 一 was
// blank and the text lost it) in a table whose other rows print their
// totals is said, not read as a row without its total.
func TestShortRow(t *testing.T) {
	r, src, fs := importPage(t, "short-row-2024.txt")
	if got := brief(fs); !reflect.DeepEqual(got, []string{"PAGE-AMBIGUOUS:67"}) || !strings.Contains(fs[0].Message, "本表其他行印有总计") {
		t.Fatalf("findings %v\n%v", got, fs)
	}
	if !r.RowAt("requests.new").Bad() || r.RowAt("requests.carried_in").Bad() {
		t.Error("only the short row is unread")
	}
	if len(src.Unmapped) != 1 || !strings.Contains(src.Unmapped[0], "5、2、0、1、0、8") {
		t.Errorf("unmapped %v", src.Unmapped)
	}
}

// TestPageRoundTrip: every shipped example drawn as nianbao's page and read
// back gives the same figures, prose, fee and header, and check finds in
// it what it finds in the file.
func TestPageRoundTrip(t *testing.T) {
	examples, _ := filepath.Glob("../testdata/*.yaml")
	if len(examples) < 4 {
		t.Fatalf("examples %v", examples)
	}
	for _, path := range examples {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			want, _ := checkFile(t, name, Options{})
			for _, row := range want.Rows {
				row.Reported = nil // the page prints the tool's totals, not those the file states
			}
			wantFs := Check(want, Options{})
			var b bytes.Buffer
			if err := html.Write(&b, want.Document(), html.Options{}); err != nil {
				t.Fatal(err)
			}
			got, fs := ReadPage("page.html", b.Bytes())
			if got == nil {
				t.Fatal(fs)
			}
			fs = append(fs, Check(got, Options{})...)
			if a, b := rules(fs), rules(wantFs); !reflect.DeepEqual(a, b) {
				t.Errorf("findings %v, want %v\n%v", a, b, fs)
			}
			sameFiguresTest(t, got, want)
			for _, s := range want.Spec.ProseSections() {
				if a, b := proseOutline(got.Prose[s.Index]), proseOutline(want.Prose[s.Index]); a != b {
					t.Errorf("%s:\n%s\nwant\n%s", s.Heading(), a, b)
				}
			}
			sameFeeTest(t, got, want)
			if got.Agency.S != want.Agency.S || got.Website.S != want.Website.S || got.Contact.Phone.S != want.Contact.Phone.S || !reflect.DeepEqual(got.Date, want.Date) {
				t.Errorf("header %q %q %q %v", got.Agency.S, got.Website.S, got.Contact.Phone.S, got.Date)
			}
		})
	}
}

// proseOutline writes a section's prose as text: titles and paragraphs.
func proseOutline(p Prose) string {
	var b strings.Builder
	var walk func(ps []Part, depth int)
	walk = func(ps []Part, depth int) {
		for _, part := range ps {
			if part.Title.S != "" {
				b.WriteString(strings.Repeat("#", depth) + " " + part.Title.S + "\n")
			}
			if s := strings.TrimSpace(part.Text.S); s != "" {
				b.WriteString(s + "\n")
			}
			walk(part.Parts, depth+1)
		}
	}
	walk(append([]Part{{Text: p.Text}}, p.Parts...), 1)
	return b.String()
}

// sameFeeTest compares the 信息处理费 read from a page with the file's:
// the amount collected, which the page states, and every other figure the
// page states (a page that says no fee was collected leaves the notices
// and the amount billed unknown).
func sameFeeTest(t *testing.T, got, want *Report) {
	t.Helper()
	for _, field := range want.Spec.Fee.Fields {
		g, w := got.Fee.Get(got.Spec.Fee, field.Role), want.Fee.Get(want.Spec.Fee, field.Role)
		if g == nil && (w == nil || field.Role != spec.FeeCollected) {
			continue
		}
		if g == nil || w == nil || asPrinted(*g) != asPrinted(*w) {
			t.Errorf("fee %s, want %s", feeText(got), feeText(want))
			return
		}
	}
}

// feeText writes the 信息处理费 figures.
func feeText(r *Report) string {
	if r.Fee == nil {
		return "none"
	}
	var out []string
	for _, v := range r.Fee.Values {
		if v == nil {
			out = append(out, "-")
		} else {
			out = append(out, asPrinted(*v))
		}
	}
	return strings.Join(out, ",")
}

// TestPagePlaces: findings point into the page: an HTML element with its
// line, a line of a text.
func TestPagePlaces(t *testing.T) {
	page := strings.Replace(mustRead(t, "pages/word-2021.html"), `<span lang=EN-US style='font-size:10.5pt;font-family:"Times New Roman"'>86</span>`, "&nbsp;—&nbsp;", 1)
	_, fs := ReadPage("p.html", []byte(page))
	if len(fs) != 1 || fs[0].Rule != "BLANK-CELL" || fs[0].Cell != "表三·一、本年新收政府信息公开申请数量·自然人" ||
		!strings.HasSuffix(fs[0].Ref, " table[2]/tr[5]/td[2]") || fs[0].Line == 0 {
		t.Fatalf("findings %v", fs)
	}
	if !strings.HasPrefix(fs[0].String(), "p.html:") {
		t.Errorf("place %s", fs[0])
	}
}
