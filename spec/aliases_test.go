package spec_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"nianbao/spec"
)

// printed is a label as a published report prints it, and what it names.
type printed struct {
	id, variant string
	year        int
	what        string // "section", "block", "column", "row", "title"
	key         string // section key, row key, column key, block index
	text        string // as printed
	source      string // the real page that prints it, or writtenIn
}

// written starts the source of a wording no real page at hand prints: a
// variant written for the reader, kept with a fixture page that prints it.
const written = "书写变体：手头没有印这一写法的真实页面"

// fixtureAt is what names the fixture in a written variant's source.
const fixtureAt = "，页面样例 testdata/pages/"

// writtenIn is the source of a written variant printed by a fixture page
// under testdata/pages.
func writtenIn(fixture string) string { return written + fixtureAt + fixture }

// evidence lists how reports print labels: every alias of the formats and
// every wording of the title must appear here, with the real page it was
// taken from (the seeds are in testdata/pages/seeds), or marked written
// with a fixture page that prints it.
var evidence = []printed{
	{"2019", "hubei-2020", 2020, "section", "proactive", "行政机关主动公开政府信息情况", "硚口区 2020，seed 000 第 66 行；孝昌县 2020，seed 001 第 37 行"},
	{"2019", "hubei-2020", 2020, "section", "requests", "行政机关收到和处理政府信息公开申请情况", "硚口区 2020，seed 000 第 298 行"},
	{"2021", "", 2024, "section", "requests", "收到和处理政府信息公开的申请情况", writtenIn("qingshi-2024.html")},
	{"2019", "hubei-2020", 2020, "section", "appeals", "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "孝昌县 2020，seed 001 第 432 行"},
	{"2021", "", 2021, "section", "appeals", "因政府信息公开工作被申请行政复议、提起行政诉讼的情况", "漳平市人民政府办公室 2021，http://zp.gov.cn/bm/zfb/zfxxgknb/202201/t20220128_1870138.htm"},
	{"2019", "hubei-2020", 2020, "section", "problems", "政府信息公开工作存在的问题及改进情况", "硚口区 2020，seed 000 第 762 行"},
	{"2021", "", 2022, "section", "problems", "政府信息公开工作存在的主要问题及改进情况", "上海市 2022，https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html"},
	{"2021", "", 2024, "section", "problems", "存在的主要问题及整改措施", writtenIn("qingshi-2024.html")},
	{"2021", "", 2024, "block", "0", "第二十条(一)项", writtenIn("qingshi-2024.html")},
	{"2019", "", 2020, "block", "0", "第二十条(一)项", writtenIn("qingshi-2024.html") + "（同一写法读作 2019 格式）"},
	{"2021", "", 2024, "column", "proactive.regulations.issued", "本年(2024)制发件数", writtenIn("qingshi-2024.html")},
	{"2021", "", 2024, "column", "proactive.regulations.in_force", "现行有效件", writtenIn("qingshi-2024.html")},
	// 规范性文件 is the 2019 format's own label (孝昌县 2020, seed 001 第 61 行, with the Hubei note);
	// no 2021 report at hand keeps it.
	{"2021", "", 2024, "row", "proactive.normative_documents", "规范性文件", writtenIn("qingshi-2024.html")},
	{"", "", 0, "title", "", "信息公开工作年度报告", "湘西高新区 2020，seed 004 第 3 行"},
	{"", "", 0, "title", "", "信息公开年度报告", "漳平市人民政府办公室 2021（“2021年漳平市人民政府办公室政府信息公开年度报告”）"},
	{"", "", 0, "title", "", "信息公開年度報告", "洪江区 2016，seed 002 第 1 行"},
	{"", "", 0, "title", "", "信息公開工作年度報告", "桂林市 2015，https://newton.com.tw/wiki/桂林市2015年政府信息公開工作年度報告/56705390"},
}

// normalised lists printings that differ from the labels only in ways Fold
// and Match handle in code: brackets, spaces, a note after the label.
var normalised = []printed{
	{"2019", "", 2020, "block", "0", "第二十条第(一)项", "湘西高新区 2020，seed 004 第 40 行"},
	{"2021", "", 2021, "block", "0", "第二十条第(一)项", "来凤县 2021，http://www.laifeng.gov.cn/xxgk/gknb/xzbm/xzwj/202201/t20220124_1239406.shtml"},
	{"2019", "hubei-2020", 2020, "row", "proactive.regulations", "规章(设区的市、自治州人民政府应提供相关数据)", "硚口区 2020，seed 000 第 174 行"},
	{"2019", "", 2020, "row", "proactive.regulations", "规章(设区的市、自治州人民政府应提供相关数据)", "同上，读作 2019 格式：标签后的括号注释"},
	{"2021", "", 2022, "column", "proactive.regulations.in_force", "现行有效件数 (历史累计)", "汉阳区 2022，https://www.hanyang.gov.cn/bmxxgk/zfgzjg/qrmzfbgs/zfxxgkndbg/202301/t20230119_2136694.shtml"},
	{"2021", "", 2022, "column", "requests.new.commercial", "商业 企业", "表头折行“商业<br>企业”（official-format.md §4）"},
	{"2021", "", 2022, "row", "requests.withheld.state_secret", "1、属于国家秘密", "淮安 2024 用“1、…3、其他”编号（official-format.md §10）"},
	{"2021", "", 2022, "row", "requests.withheld.security_stability", "3.危及\"三安全一稳定\"", "半角引号"},
	{"2021", "", 2022, "row", "requests.partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "官方模板：标签与注释"},
}

// names returns the wordings of what a case names, and of everything of the
// same kind it must not be taken for.
func names(t *testing.T, c printed) (own []string, others [][]string) {
	t.Helper()
	if c.what == "title" {
		return append([]string{spec.ReportTitle}, spec.TitleAliases...), nil
	}
	f, err := spec.Get(c.id, c.variant, c.year)
	if err != nil {
		t.Fatal(err)
	}
	var all [][]string
	var mine []string
	add := func(key string, ns []string) {
		if key == c.key {
			mine = ns
			return
		}
		all = append(all, ns)
	}
	switch c.what {
	case "section":
		for _, s := range f.Sections {
			add(s.Key, s.Names())
		}
	case "block":
		for i, b := range f.Proactive.Blocks {
			add(string(rune('0'+i)), b.Names())
		}
	case "row":
		for _, r := range f.Rows {
			add(r.Key, r.Names())
		}
	case "column":
		for _, r := range f.Rows {
			for i := range r.Columns {
				add(spec.CellRef{Row: r, Col: i}.Key(), r.Columns[i].Names())
			}
		}
	}
	if mine == nil {
		t.Fatalf("%s %q not found in %s", c.what, c.key, f.Name())
	}
	return mine, all
}

// TestAliasesFromPages: each printing names its label, better than any
// other label of its kind.
func TestAliasesFromPages(t *testing.T) {
	for _, c := range append(append([]printed(nil), evidence...), normalised...) {
		own, others := names(t, c)
		if c.what == "title" {
			found := false
			for _, n := range own {
				found = found || n == c.text
			}
			if !found {
				t.Errorf("title wording %q (%s) is not in ReportTitle/TitleAliases", c.text, c.source)
			}
			continue
		}
		score := spec.Match(c.text, own...)
		if score == 0 {
			t.Errorf("%s %s: %q (%s) does not match %q", c.id, c.what, c.text, c.source, own)
		}
		for _, o := range others {
			if s := spec.Match(c.text, o...); s >= score && s > 0 && o[0] != own[0] {
				t.Errorf("%s %s: %q matches %q as well as %q", c.id, c.what, c.text, o, own)
			}
		}
	}
}

// TestWrittenVariants: a wording not taken from a real page says so and
// names a fixture page that prints it.
func TestWrittenVariants(t *testing.T) {
	for _, c := range append(append([]printed(nil), evidence...), normalised...) {
		if !strings.HasPrefix(c.source, written) {
			continue
		}
		_, fixture, ok := strings.Cut(c.source, fixtureAt)
		fixture, _, _ = strings.Cut(fixture, "（")
		data, err := os.ReadFile(filepath.Join("..", "testdata", "pages", fixture))
		if !ok || err != nil || !strings.Contains(string(data), c.text) {
			t.Errorf("%q: %q names no fixture page that prints it (%v)", c.text, c.source, err)
		}
	}
}

// TestEveryAliasHasEvidence: no alias is typed without a real page that
// prints it, or a written variant with its fixture. An alias that names
// the report's year is covered by a printing for any year.
func TestEveryAliasHasEvidence(t *testing.T) {
	year := regexp.MustCompile(`(?:19|20)\d\d`)
	covered := func(alias string) bool {
		for _, c := range evidence {
			if year.ReplaceAllString(spec.Fold(c.text), "") == year.ReplaceAllString(spec.Fold(alias), "") {
				return true
			}
		}
		return false
	}
	check := func(f *spec.Format, where string, aliases []string) {
		for _, a := range aliases {
			if !covered(a) {
				t.Errorf("%s %s: alias %q has no printing from a real page in evidence", f.Name(), where, a)
			}
		}
	}
	for _, id := range spec.IDs() {
		for _, v := range append([]string{""}, spec.Variants(id)...) {
			f, err := spec.Get(id, v, 2023)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range f.Sections {
				check(f, s.Key, s.Aliases)
			}
			for _, b := range f.Proactive.Blocks {
				check(f, b.Title, b.Aliases)
				for _, c := range b.Columns {
					check(f, c.Label, c.Aliases)
				}
			}
			for _, r := range f.Rows {
				check(f, r.Key, r.Aliases)
			}
		}
	}
	for _, a := range spec.TitleAliases {
		if !covered(a) {
			t.Errorf("title alias %q has no printing from a real page", a)
		}
	}
}

// TestFold covers the typography Fold undoes.
func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"第二十条第（一）项", "第二十条第一项"},
		{"第二十条第(一)项", "第二十条第一项"},
		{"商业\u00a0企业", "商业企业"},
		{"商业\u3000企业\u200b", "商业企业"},
		{"１.属于国家秘密", "1属于国家秘密"},
		{"本年增/减", "本年增减"},
	} {
		if got := spec.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if spec.Match("规章制度建设", "规章") != 0 {
		t.Error("a label followed by more words (not a note in brackets) must not match")
	}
}
