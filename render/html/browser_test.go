package html

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"nianbao/internal/testtool"
	"nianbao/render"
)

// maxWordGap is the most space (em) justification may add between two
// characters of a number or Latin word; what a canvas measures differs from
// the laid-out text by kerning, about 0.02 em. maxHanGap is the most it may
// add between two Han characters: Chromium cannot be told a limit, so a
// paragraph with an address or a long number is set flush left (ragged in
// text.go) and the rest justify by up to 0.20 em at phone width, where a
// line of quotation marks or a kinsoku break leaves few gaps.
const (
	maxWordGap = 0.05
	maxHanGap  = 0.25
)

// printPage is the height (CSS px) of the text block of a printed A4 page
// (225 mm), and headingRoom what a section heading above a table takes.
const (
	printPage   = 225 / 25.4 * 96
	headingRoom = 52
)

// corpusDocument sets each sentence of testdata/stretch-corpus.txt after
// prefixes of 0 to 20 characters, so that its addresses and numbers meet
// every line position at phone width.
func corpusDocument(t *testing.T) *render.Document {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "stretch-corpus.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := &render.Document{Title: "测试", TitleLines: []string{"测试"}, Lang: "zh-CN"}
	const filler = "政府信息公开工作坚持以公开为常态不公开为例外的原则"
	for _, s := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		for k := 0; k <= 20; k++ {
			d.Blocks = append(d.Blocks, &render.Paragraph{Text: string([]rune(filler)[:k]) + s})
		}
	}
	return d
}

// sampleBoard is a status board of three units, one broken.
func sampleBoard() *render.Board {
	return &render.Board{Title: "江南市临川区 2024 年度政府信息公开工作年度报告 检查与生成结果",
		Summary: []string{"共 3 个单位：通过 1，有警告 1，有错误 1", "应报送名单：未报送 1 个：某局；不在名单中的 0 个"},
		Figures: []string{"新收申请", "办结", "行政复议", "行政诉讼"}, Previous: true, Missing: []string{"某局"},
		Units: []render.BoardUnit{
			{File: "a/区政府.yaml", Agency: "江南市临川区人民政府", Year: 2024, Status: render.StatusClean, Figures: []string{"95", "93", "2", "3"},
				Links: []render.Link{{Label: "HTML", Href: "a/区政府.html"}, {Label: "PDF", Href: "a/区政府.pdf"}, {Label: "XLSX", Href: "a/区政府.xlsx"}}},
			{File: "b.yaml", Agency: "某镇人民政府", Year: 2024, Status: render.StatusWarning, Warnings: 1, Findings: []render.BoardFinding{{Rule: "PROSE-FIGURE", Title: "正文中的数字与表格不符", Count: 1, First: "29:7 一、总体情况：正文“收到申请95件”与表格不符"}}, Figures: []string{"1", "1", "0", "0"}, Previous: "未找到"},
			{File: "c.yaml", Agency: "湘西高新技术产业开发区", Year: 2020, Status: render.StatusError, Errors: 2, Findings: []render.BoardFinding{{Rule: "T3-ROW-TOTAL", Title: "表三某行写出的总计 ≠ 六类申请人之和", Count: 2, First: "表三·一、本年新收政府信息公开申请数量·总计：总计(0) ≠ 自然人(1)+…=1，差 -1"}}, Figures: []string{"1", "1", "0", "0"}, Previous: "已对照", Removed: []string{"c.html", "c.pdf"}},
		}}
}

// TestBrowser renders every test report and the stretch corpus in headless
// Chromium at 375, 390 and 1280 px and as printed: the page must not scroll
// sideways, justification must not spread a number or a Latin word, nor
// Han characters past maxHanGap (glyph advances measured in the page), no
// table label may wrap a single character onto a line, a printed wide table
// must fit on one page with its heading, and axe-core must find no serious
// or critical violation. Screenshots go to a temporary directory.
func TestBrowser(t *testing.T) {
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "chromium"
	}
	chromium = testtool.Need(t, chromium, "apt-get install chromium")
	const browserDir = "../../test/browser"
	testtool.Need(t, browserDir+"/node_modules/playwright-core/package.json", "cd test/browser && npm ci")
	node := testtool.Need(t, "node", "install Node.js")
	dir := t.TempDir()
	var pages []string
	for _, name := range []string{"example-2021", "qiaokou-2020", "long-2021"} {
		_, d := load(t, name+".yaml")
		page := filepath.Join(dir, name+".html")
		if err := os.WriteFile(page, draw(t, d, Options{}), 0o644); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, page)
	}
	corpus := filepath.Join(dir, "stretch-corpus.html")
	if err := os.WriteFile(corpus, draw(t, corpusDocument(t), Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	pages = append(pages, corpus)
	board := filepath.Join(dir, "index.html")
	var b bytes.Buffer
	if err := WriteBoard(&b, sampleBoard()); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(board, b.Bytes(), 0o644)
	pages = append(pages, board)
	cmd := exec.Command(node, append([]string{browserDir + "/check.mjs", dir}, pages...)...)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	t.Logf("screenshots in %s", dir)
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var res struct {
			File   string
			Widths map[string]struct {
				ScrollWidth, ClientWidth int
				Overflow                 bool
				Tables                   []struct {
					ID                                string
					Wide                              bool
					WrapWidth, WrapHeight, TableWidth int
				}
				TitleLines []string
				LoneLabels []string
				Gaps       struct {
					Latin, CJK         float64
					LatinLine, CJKLine string
				}
			}
			Axe []struct{ ID, Impact, Help string }
		}
		if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
			t.Fatalf("%v: %s", err, sc.Text())
		}
		n++
		for w, m := range res.Widths {
			if m.Overflow {
				t.Errorf("%s at %s px: page scrolls sideways (%d > %d)", res.File, w, m.ScrollWidth, m.ClientWidth)
			}
			if n := len(m.TitleLines); n > 1 && utf8.RuneCountInString(m.TitleLines[n-1]) <= 2 {
				t.Errorf("%s at %s: the title ends with a short line: %q", res.File, w, m.TitleLines)
			}
			if m.Gaps.Latin > maxWordGap {
				t.Errorf("%s at %s: justification spreads a number or word by %.3f em: %s", res.File, w, m.Gaps.Latin, m.Gaps.LatinLine)
			}
			if m.Gaps.CJK > maxHanGap {
				t.Errorf("%s at %s: justification spreads Han characters by %.3f em: %s", res.File, w, m.Gaps.CJK, m.Gaps.CJKLine)
			}
			t.Logf("%s at %s: widest gap inside a word %.3f em, between Han characters %.3f em (%s)", filepath.Base(res.File), w, m.Gaps.Latin, m.Gaps.CJK, m.Gaps.CJKLine)
			if len(m.LoneLabels) > 0 {
				t.Errorf("%s at %s: table labels wrap a single character onto a line: %q", res.File, w, m.LoneLabels)
			}
			for _, tb := range m.Tables {
				if tb.WrapWidth > m.ClientWidth {
					t.Errorf("%s at %s px: table %s box wider than the page", res.File, w, tb.ID)
				}
				if w == "print" && tb.Wide && float64(tb.WrapHeight+headingRoom) > printPage {
					t.Errorf("%s printed: table %s is %d px high, more than a page (%.0f px) with its heading", res.File, tb.ID, tb.WrapHeight, printPage)
				}
			}
		}
		for _, v := range res.Axe {
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Errorf("%s: axe %s (%s): %s", res.File, v.ID, v.Impact, v.Help)
			} else {
				t.Logf("%s: axe %s (%s): %s", res.File, v.ID, v.Impact, v.Help)
			}
		}
	}
	if err != nil || n != len(pages) {
		t.Fatalf("browser check: %v, %d results\n%s", err, n, stderr.String())
	}
}
