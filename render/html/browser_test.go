package html

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"nianbao/internal/testtool"
	"nianbao/render"
)

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

// TestBrowser renders every test report in headless Chromium at 375 px and
// 1280 px: the page must not scroll sideways, and axe-core must find no
// serious or critical violation. Screenshots go to a temporary directory.
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
	for _, name := range []string{"example-2021", "qiaokou-2020"} {
		_, d := load(t, name+".yaml")
		page := filepath.Join(dir, name+".html")
		if err := os.WriteFile(page, draw(t, d, Options{}), 0o644); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, page)
	}
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
					ID                    string
					WrapWidth, TableWidth int
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
			for _, tb := range m.Tables {
				if tb.WrapWidth > m.ClientWidth {
					t.Errorf("%s at %s px: table %s box wider than the page", res.File, w, tb.ID)
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
