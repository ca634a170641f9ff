package render

import (
	"reflect"
	"strings"
	"testing"
)

// TestLabelLines breaks labels as a typesetter would: balanced lines, the
// numbering on its own line, kinsoku, no character alone on the last line,
// numbers and words whole.
func TestLabelLines(t *testing.T) {
	for _, c := range []struct {
		label string
		chars float64 // cell width in characters
		want  string
	}{
		{"三、本年度办理结果", 3, "三、本|年度办|理结果"},
		{"三、本年度办理结果", 2.4, "三、|本年|度办|理结|果"}, // too narrow: what the column width must prevent
		{"（三）不予公开", 4, "（三）|不予公开"},
		{"（三）不予公开", 5.5, "（三）|不予公开"},
		{"（五）不予处理", 6, "（五）|不予处理"},
		{"社会公益组织", 3, "社会|公益|组织"},
		{"复议后起诉", 4, "复议后|起诉"}, // as the page breaks it, not 复议|后起诉
		{"申请人情况", 3, "申请人|情况"},
		{"（七）总计", 3, "（七）|总计"},
		{"商业企业", 3, "商业|企业"},
		{"自然人", 3, "自然人"},
		{"2.其他法律行政法规禁止公开", 10, "2.其他法律行政|法规禁止公开"},
		// Greedy breaking leaves "定”" alone; balanced lines do not.
		{"3.危及“三安全一稳定”", 9, "3.危及“三安|全一稳定”"},
		{"5.属于三类内部事务信息", 9, "5.属于三类内|部事务信息"},
		// Three balanced lines; no line starts with "，".
		{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 12, "（二）部分公开（区分|处理的，只计这一情|形，不计其他情形）"},
		// A negative number stays whole.
		{"（指2024年增加或减少的事项数，减用负值表示，如-8）", 7, "（指2024年增加|或减少的事项|数，减用负值表|示，如-8）"},
		{"属于国家秘密", 8, "属于国家秘密"},
		{"https://www.jnqx.gov.cn/xxgk", 6, "https://|www.jnqx.|gov.cn/xxgk"},
		{"（指行政许可以外的政务服务事项，以及公共服务事项）", 9, "（指行政许可以外的|政务服务事项，以及|公共服务事项）"},
	} {
		var got []string
		for _, ln := range LabelLines([]Span{{c.label, RoleBody}}, c.chars*10, CellWidth(10)) {
			var b strings.Builder
			for _, s := range ln {
				b.WriteString(s.Text)
			}
			got = append(got, b.String())
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s in %.1f: %s, want %s", c.label, c.chars, g, c.want)
		}
	}
}

// TestLabelWords: a short label is cut into its words by length; a word
// that would end inside a number or a Latin word leaves the label to break
// as any other.
func TestLabelWords(t *testing.T) {
	for _, c := range []struct{ label, want, pieces string }{
		{"总计", "总计", "总计"},
		{"自然人", "自然人", "自然人"},
		{"结果维持", "结果|维持", "结果|维持"},
		{"复议后起诉", "复议后|起诉", "复议后|起诉"},
		{"（七）总计", "（七）|总计", "（七）|总计"},
		{"2.重复申请", "2.|重复|申请", "2.|重复|申请"},
		{"ab12重复", "ab|12|重复", "ab12|重|复"},
		{"本年 增减", "本年 |增减", "本|年| |增|减"},
		{"未经复议直接起诉", "", "未|经|复|议|直|接|起|诉"},
	} {
		words := LabelWords(c.label)
		var got []string
		for _, p := range grouped(pieces([]Span{{c.label, RoleBody}}, CellWidth(10)), words) {
			got = append(got, p.text)
		}
		if strings.Join(words, "|") != c.want || strings.Join(got, "|") != c.pieces {
			t.Errorf("%s: words %q, pieces %q; want %s, %s", c.label, words, got, c.want, c.pieces)
		}
	}
}

// TestLabelSpans: a label's note keeps its role across the lines, and the
// text of a spreadsheet cell joins the lines with newlines, adding nothing
// else.
func TestLabelSpans(t *testing.T) {
	spans := []Span{{"（二）部分公开", RoleBody}, {"（区分处理的，只计这一情形，不计其他情形）", RoleKai}}
	lines := LabelLines(spans, 100, CellWidth(10))
	want := [][]Span{
		{{"（二）部分公开", RoleBody}, {"（区分", RoleKai}},
		{{"处理的，只计这一情", RoleKai}},
		{{"形，不计其他情形）", RoleKai}},
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("%v, want %v", lines, want)
	}
	if got := LabelText(spans, 100, CellWidth(10)); got != "（二）部分公开（区分\n处理的，只计这一情\n形，不计其他情形）" {
		t.Errorf("LabelText: %q", got)
	}
}

func TestNoLoneLast(t *testing.T) {
	w := CellWidth(10)
	lines := [][]piece{pieces([]Span{{"一二三", RoleBody}}, w), pieces([]Span{{"四”", RoleBody}}, w)}
	got := noLoneLast(lines, 30)
	if a, b := spansOf(got[0])[0].Text, spansOf(got[1])[0].Text; a != "一二" || b != "三四”" {
		t.Errorf("got %s|%s", a, b)
	}
}

// TestCellLabelSpans: a label is its text in the cell's role, then its
// note, if any, in 楷体.
func TestCellLabelSpans(t *testing.T) {
	for _, c := range []struct {
		cell Cell
		want []Span
	}{
		{Cell{Text: "自然人", Header: true}, []Span{{"自然人", RoleBody}}},
		{Cell{Text: "（二）部分公开", Note: "（区分处理的）", Header: true}, []Span{{"（二）部分公开", RoleBody}, {"（区分处理的）", RoleKai}}},
		{Cell{Text: "第二十条第（一）项", Header: true, Title: true}, []Span{{"第二十条第（一）项", RoleHei}}},
		{Cell{Text: "（本列数据的勾稽关系为：…）", Header: true, Corner: true}, []Span{{"（本列数据的勾稽关系为：…）", RoleKai}}},
	} {
		if got := c.cell.LabelSpans(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.cell.Text, got, c.want)
		}
	}
}
