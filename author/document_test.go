package author

import (
	"strings"
	"testing"

	"nianbao/render"
)

func paragraphs(d *render.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if p, ok := b.(*render.Paragraph); ok {
			out = append(out, p.Text)
		}
	}
	return out
}

func TestDocumentGeneratedPreambleAndFee(t *testing.T) {
	data := example(t, "preamble: |", "notes: |")
	s := strings.Replace(string(data), "notes: |", "preamble_removed: |", 1)
	// Drop the preamble key with its text block.
	i := strings.Index(s, "preamble_removed: |")
	j := strings.Index(s[i:], "\n\n")
	s = s[:i] + s[i+j+2:]
	s = strings.Replace(s, "  text: |\n    2024年，临川区人民政府未向申请人收取信息处理费。\n", "  text: |\n    全年共收到申请{{requests.new.total}}件。\n", 1)
	s = strings.Replace(s, "processing_fee: {notices: 0, billed: 0, collected: 0}", "processing_fee: {notices: 2, billed: 300, collected: 120.5}", 1)
	r, fs := checkBytes("x.yaml", []byte(s), Options{})
	if r == nil || fs.Worst() == Error {
		t.Fatal(fs)
	}
	d := r.Document()
	ps := paragraphs(d)
	if !strings.Contains(ps[0], "（国办公开办函〔2021〕30号）") || !strings.Contains(ps[0], "统计期限为2024年1月1日至2024年12月31日") ||
		!strings.Contains(ps[0], "https://www.jnlc.gov.cn") || !strings.Contains(ps[0], "邮编：341000") {
		t.Errorf("generated preamble: %s", ps[0])
	}
	all := strings.Join(ps, "\n")
	if !strings.Contains(all, "发出信息处理费收费通知2件，金额300元，实际收取信息处理费120.5元。") {
		t.Errorf("fee statement missing:\n%s", all)
	}
	if !strings.Contains(all, "全年共收到申请95件。") {
		t.Errorf("reference not expanded:\n%s", all)
	}
	if d.Signature.Date != "2025年1月20日" || d.Meta.Date != "2025-01-20" || len(d.TitleLines) != 2 || d.TitleLines[0] != "江南市临川区人民政府" {
		t.Errorf("signature %+v, title lines %v", d.Signature, d.TitleLines)
	}
}

func TestDocumentHeadings(t *testing.T) {
	r, _ := checkFile(t, "qiaokou-2020.yaml", Options{})
	var hs []string
	for _, b := range r.Document().Blocks {
		if h, ok := b.(*render.Heading); ok && h.Level > 1 {
			hs = append(hs, h.Number+h.Text)
		}
	}
	got := strings.Join(hs[:3], "|")
	if got != "（一）主动公开情况|1.编制形成《武汉市硚口区政务公开事项标准目录（试行）》|2.完善栏目设置，明确各单位责任和更新时限" {
		t.Errorf("headings: %s", got)
	}
	if chineseNumber(11) != "十一" || chineseNumber(20) != "二十" || partNumber(4, 3) != "（3）" {
		t.Error("numbering")
	}
}

func TestTitleNumberStripped(t *testing.T) {
	r, _ := checkBytes("x.yaml", example(t, "  - title: 依申请公开", "  - title: （二）依申请公开"), Options{})
	for _, b := range r.Document().Blocks {
		if h, ok := b.(*render.Heading); ok && strings.Contains(h.Text, "依申请公开") && h.Number+h.Text != "（二）依申请公开" {
			t.Errorf("heading %q%q", h.Number, h.Text)
		}
	}
}

func TestChineseNumber(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 23: "二十三", 99: "九十九", 100: "一百",
		101: "一百零一", 110: "一百一十", 120: "一百二十", 1001: "一千零一", 1010: "一千零一十", 9999: "九千九百九十九", 10000: "10000"} {
		if got := chineseNumber(n); got != want {
			t.Errorf("chineseNumber(%d) = %s, want %s", n, got, want)
		}
	}
}
