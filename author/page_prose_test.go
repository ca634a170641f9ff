package author

import (
	"fmt"
	"strings"
	"testing"
)

// pageFindings checks a page and lists its findings of the rules as
// "RULE line:col".
func pageFindings(t *testing.T, name, page string, rules ...string) []string {
	t.Helper()
	r, fs := ReadPage(name, []byte(page))
	if r == nil {
		t.Fatalf("page not read: %v", fs)
	}
	var out []string
	for _, f := range append(fs, Check(r, Options{})...) {
		for _, rule := range rules {
			if f.Rule == rule {
				out = append(out, fmt.Sprintf("%s %d:%d", f.Rule, f.Line, f.Col))
			}
		}
	}
	return out
}

// TestPageTableSectionProse: the text a page prints in sections 二–四
// besides the tables is read by the prose checks (seed 000, a 2019 page
// whose 三 says 予以公开及部分公开 95 and 无法提供 60), and each finding
// points at the line and column of the text file.
func TestPageTableSectionProse(t *testing.T) {
	seed := mustRead(t, "pages/seeds/000_f6f44a6240dcd968.txt")
	for _, tt := range []struct {
		name, old, new string
		want           []string
	}{
		{"wrong sums in section 三", "依申请公开办件168件,", "全年收到政府信息公开申请162件,予以公开及部分公开258件,因本机关不掌握等原因无法提供265件,",
			[]string{"PROSE-FIGURE 300:93", "PROSE-FIGURE 300:112"}},
		{"right sums in section 三", "依申请公开办件168件,", "全年收到政府信息公开申请162件,予以公开及部分公开95件,因本机关不掌握等原因无法提供60件,", nil},
		{"a wrong count in section 二", "及时公开区委、区政府关于", "全年共收到政府信息公开申请100件。及时公开区委、区政府关于", []string{"PROSE-FIGURE 72:14"}},
		{"another year opening section 三", "2020年,硚口区注重规范", "2019年,硚口区注重规范", []string{"PROSE-YEAR 300:1"}},
		{"a sentence on line 16", "2020年全政务公开工作", "全年共收到政府信息公开申请96件。2020年全政务公开工作", []string{"PROSE-FIGURE 16:14"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(seed, tt.old) {
				t.Fatalf("seed 000 has no %q", tt.old)
			}
			got := pageFindings(t, "s.txt", strings.Replace(seed, tt.old, tt.new, 1), "PROSE-FIGURE", "PROSE-YEAR")
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPagePunctuationPlaces: the ASCII punctuation of seed 001 is listed at
// each place, not at the start of the preamble.
func TestPagePunctuationPlaces(t *testing.T) {
	r, _ := ReadPage("s.txt", []byte(mustRead(t, "pages/seeds/001_58508318626360bb.txt")))
	var places []Place
	for _, f := range Check(r, Options{}) {
		if f.Rule == "PUNCTUATION" {
			places = f.Places
		}
	}
	seen := map[string]bool{}
	for _, p := range places {
		seen[fmt.Sprintf("%d:%d", p.Line, p.Col)] = true
	}
	if len(places) < 100 || len(seen) != len(places) || places[0].Line != 15 || places[0].Col != 23 {
		t.Errorf("%d places, %d distinct, first %+v", len(places), len(seen), places[:min(len(places), 1)])
	}
}

// TestPageHTMLPlace: a finding in the prose of an HTML page names the line
// of the element its paragraph is in.
func TestPageHTMLPlace(t *testing.T) {
	page := strings.Replace(mustRead(t, "pages/word-2021.html"), "全年共收到政府信息公开申请", "全年收取信息处理费5元，全年共收到政府信息公开申请", 1)
	if got := pageFindings(t, "p.html", page, "PROSE-FIGURE"); strings.Join(got, ",") != "PROSE-FIGURE 30:1" {
		t.Errorf("findings %v", got)
	}
}

// TestSourceCol: a column of a text page's line, its blanks collapsed by
// the reader.
func TestSourceCol(t *testing.T) {
	for _, tt := range []struct {
		line, text, at string // at: the part of text whose start is wanted
		col            int
	}{
		{"本报告根据《条例》(以下", "本报告根据《条例》(以下", "(", 10},
		{"  本报告  根据", "本报告 根据", "根据", 8},
		{"\u3000\u30002020年,我县", "2020年,我县", ",", 8},
		{"一、本年新收\t5\t6", "6", "6", 10},
		{"（一）主动公开。坚持公开", "坚持公开", "公开", 11},
		{"别的文字", "本报告", "", 0},
	} {
		t.Run(tt.line, func(t *testing.T) {
			off := strings.Index(tt.text, tt.at)
			col, ok := sourceCol(tt.line, tt.text, off)
			if col != tt.col || ok != (tt.col > 0) {
				t.Errorf("col %d %v, want %d", col, ok, tt.col)
			}
		})
	}
}
