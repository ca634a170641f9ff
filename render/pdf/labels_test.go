package pdf

import (
	"strings"
	"testing"

	"nianbao/render"
)

func TestLabelLines(t *testing.T) {
	for _, c := range []struct {
		label string
		chars int // cell width in characters of monoWidth
		want  string
	}{
		{"三、本年度办理结果", 3, "三、本|年度办|理结果"},
		{"（三）不予公开", 4, "（三）|不予公开"},
		{"社会公益组织", 3, "社会|公益|组织"},
		{"商业企业", 3, "商业|企业"},
		{"2.其他法律行政法规禁止公开", 10, "2.其他法律行政|法规禁止公开"},
		// Greedy breaking leaves "定”" alone; balanced lines do not.
		{"3.危及“三安全一稳定”", 9, "3.危及“三安|全一稳定”"},
		// Three balanced lines; no line starts with "，".
		{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 12, "（二）部分公开（区分|处理的，只计这一情|形，不计其他情形）"},
		{"属于国家秘密", 8, "属于国家秘密"},
	} {
		var got []string
		for _, ln := range labelLines(units([]run{{c.label, render.RoleBody}}, monoWidth), float64(c.chars*10), monoWidth) {
			got = append(got, lineText(ln))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s in %d: %s, want %s", c.label, c.chars, g, c.want)
		}
	}
}

func TestNoLoneLast(t *testing.T) {
	lines := [][]unit{units([]run{{"一二三", render.RoleBody}}, monoWidth), units([]run{{"四”", render.RoleBody}}, monoWidth)}
	got := noLoneLast(lines, 30)
	if lineText(got[0]) != "一二" || lineText(got[1]) != "三四”" {
		t.Errorf("got %s|%s", lineText(got[0]), lineText(got[1]))
	}
}
