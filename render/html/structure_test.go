package html

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, b []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// table returns the table with the given id.
func table(t *testing.T, doc *html.Node, id string) *html.Node {
	for _, tb := range findAll(doc, "table") {
		if attr(tb, "id") == id {
			return tb
		}
	}
	t.Fatalf("no table %s", id)
	return nil
}

// span returns the colspan and rowspan of the header cell with this text.
func span(t *testing.T, tb *html.Node, label string) string {
	for _, th := range findAll(tb, "th") {
		if text(th) == label {
			cs, rs := attr(th, "colspan"), attr(th, "rowspan")
			return fmt.Sprintf("%s×%s", or1(cs), or1(rs))
		}
	}
	t.Errorf("no header %q", label)
	return ""
}

func or1(s string) string {
	if s == "" {
		return "1"
	}
	return s
}

// TestStructure checks rows, data cells, spans and labels of the three
// tables against the official format (reference: official-format.md §3-5).
func TestStructure(t *testing.T) {
	tests := []struct {
		file    string
		rows    [3]int // tr in 表二, 表三, 表四
		cells   [3]int // td
		results string // span of 三、本年度办理结果
		labels  []string
		t2Spans map[string]string
	}{
		{"example-2021.yaml", [3]int{14, 28, 4}, [3]int{10, 175, 15}, "1×22",
			[]string{"本年制发件数", "行政规范性文件", "本年收费金额（单位：万元）", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.危及“三安全一稳定”"},
			map[string]string{"第二十条第（一）项": "4×1", "本年处理决定数量": "3×1", "本年收费金额（单位：万元）": "3×1"}},
		{"qiaokou-2020.yaml", [3]int{19, 26, 4}, [3]int{25, 161, 15}, "1×20",
			[]string{"本年新制作数量", "其他主动公开文件", "采购总金额（指2020年以政府集中采购方式采购的项目已支付的总金额）", "（六）其他处理"},
			map[string]string{"第二十条第（九）项": "4×1", "本年增/减（指2020年增加的收费项目数，减用负值表示，如-8）": "2×1"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, d := load(t, tt.file)
			doc := parse(t, draw(t, d, Options{}))
			for i, id := range []string{"t2", "t3", "t4"} {
				tb := table(t, doc, id)
				if got := len(findAll(tb, "tr")); got != tt.rows[i] {
					t.Errorf("%s: %d rows, want %d", id, got, tt.rows[i])
				}
				tds := findAll(tb, "td")
				if len(tds) != tt.cells[i] {
					t.Errorf("%s: %d data cells, want %d", id, len(tds), tt.cells[i])
				}
				for _, td := range tds {
					if strings.TrimSpace(text(td)) == "" {
						t.Errorf("%s: empty data cell", id)
					}
					if attr(td, "headers") == "" {
						t.Errorf("%s: data cell %q has no headers", id, text(td))
					}
				}
				if len(findAll(tb, "caption")) != 1 {
					t.Errorf("%s: no caption", id)
				}
			}
			t3, t4 := table(t, doc, "t3"), table(t, doc, "t4")
			for label, want := range map[string]string{
				"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）": "3×3",
				"申请人情况": "7×1", "法人或其他组织": "5×1", "自然人": "1×2", "总计": "1×2",
				"三、本年度办理结果": tt.results, "（三）不予公开": "1×8", "（四）无法提供": "1×3", "（五）不予处理": "1×5",
				"一、本年新收政府信息公开申请数量": "3×1", "（一）予以公开": "2×1", "（七）总计": "2×1", "四、结转下年度继续办理": "3×1",
			} {
				if got := span(t, t3, label); got != want {
					t.Errorf("表三 %s: span %s, want %s", label, got, want)
				}
			}
			for label, want := range map[string]string{"行政复议": "5×1", "行政诉讼": "10×1", "未经复议直接起诉": "5×1", "复议后起诉": "5×1"} {
				if got := span(t, t4, label); got != want {
					t.Errorf("表四 %s: span %s, want %s", label, got, want)
				}
			}
			t2 := table(t, doc, "t2")
			for label, want := range tt.t2Spans {
				if got := span(t, t2, label); got != want {
					t.Errorf("表二 %s: span %s, want %s", label, got, want)
				}
			}
			var heads []string
			for _, th := range findAll(doc, "th") {
				heads = append(heads, text(th))
			}
			all := strings.Join(heads, "\n")
			for _, l := range tt.labels {
				if !strings.Contains(all, l) {
					t.Errorf("label %q missing", l)
				}
			}
		})
	}
}

// TestSeedTablesCellForCell: 硚口's printed table 三 (every row with its 总计)
// comes out cell for cell, totals computed by the tool.
func TestSeedTablesCellForCell(t *testing.T) {
	r, d := load(t, "qiaokou-2020.yaml")
	doc := parse(t, draw(t, d, Options{}))
	tds := findAll(table(t, doc, "t3"), "td")
	i := 0
	for _, leaf := range r.Spec.Requests.Table.Rows {
		row := r.Row(leaf)
		want := row.Values
		if row.Claimed != nil {
			want = row.Claimed
		}
		for _, v := range want {
			if got := text(tds[i]); got != v.String() {
				t.Errorf("%s: cell %d = %s, printed %s", leaf.Key, i, got, v)
			}
			i++
		}
		if got := text(tds[i]); row.Reported == nil || got != row.Reported.Num.String() {
			t.Errorf("%s: 总计 = %s, printed %v", leaf.Key, got, row.Reported)
		}
		i++
	}
	t4 := findAll(table(t, doc, "t4"), "td")
	if got := text(t4[4]) + "," + text(t4[9]) + "," + text(t4[14]); got != "6,1,0" {
		t.Errorf("表四 totals %s, want 6,1,0", got)
	}
	if n, _ := strconv.Atoi(text(tds[len(tds)-8])); n != 165 {
		t.Errorf("（七）总计 = %d, want 165", n)
	}
}

// TestPage checks the page furniture: lang, title, numbered sections, signature.
func TestPage(t *testing.T) {
	_, d := load(t, "example-2021.yaml")
	out := draw(t, d, Options{})
	doc := parse(t, out)
	if attr(findAll(doc, "html")[0], "lang") != "zh-CN" {
		t.Error("lang")
	}
	if got := text(findAll(doc, "title")[0]); got != "江南市临川区人民政府2024年政府信息公开工作年度报告" {
		t.Errorf("title %q", got)
	}
	var h2 []string
	for _, h := range findAll(doc, "h2") {
		h2 = append(h2, text(h))
	}
	want := "一、总体情况|二、主动公开政府信息情况|三、收到和处理政府信息公开申请情况|四、政府信息公开行政复议、行政诉讼情况|五、存在的主要问题及改进情况|六、其他需要报告的事项"
	if strings.Join(h2, "|") != want {
		t.Errorf("sections %v", h2)
	}
	if !bytes.Contains(out, []byte("2025年1月20日")) || bytes.Contains(out, []byte("http://")) && bytes.Contains(out, []byte("src=\"http")) {
		t.Error("signature date missing or external resource")
	}
	for _, bad := range []string{"<script", "<link", "src=", "@import"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("page is not self-contained: %s", bad)
		}
	}
}
