package author

import (
	"strings"
	"testing"
	"unicode/utf8"

	"nianbao/spec"
)

func TestTitleLines(t *testing.T) {
	f, err := spec.Get("2021", "", 2024)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		agency string
		want   string // lines joined by "/", words by "|"
	}{
		{"某县", "某县|2024年|政府信息公开|工作|年度报告"},
		{"江南市临川区人民政府", "江南市|临川区人民政府/2024年|政府信息公开|工作|年度报告"},
		{"某某县人民政府办公室", "某某县人民政府|办公室/2024年|政府信息公开|工作|年度报告"},
		// Broken between the parts of the name, never "某某县人/民政府".
		{"某某自治州某某县人民政府国有资产监督管理委员会办公室", "某某自治州|某某县人民政府/国有资产监督管理委员会|办公室/2024年|政府信息公开|工作|年度报告"},
		{"中共某某市委某某县委员会机构编制委员会办公室", "中共某某市委/某某县委员会|机构编制委员会|办公室/2024年|政府信息公开|工作|年度报告"},
		{"某某市自然资源和规划局（市林业局）某某分局", "某某市|自然资源和规划局/（市林业局）|某某分局/2024年|政府信息公开|工作|年度报告"},
		{"某某市市场监督管理局高新技术产业开发区分局", "某某市|市场监督管理局/高新技术产业开发区|分局/2024年|政府信息公开|工作|年度报告"},
	} {
		r := &Report{Spec: f, Year: 2024}
		r.Agency.S = c.agency
		var lines []string
		for _, ws := range r.titleLines() {
			lines = append(lines, strings.Join(ws, "|"))
			if n := utf8.RuneCountInString(strings.Join(ws, "")); n > titleLineMax {
				t.Errorf("%s: line of %d characters", c.agency, n)
			}
		}
		if got := strings.Join(lines, "/"); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.agency, got, c.want)
		}
	}
}

func TestTrapezoidOrDiamond(t *testing.T) {
	for lengths, want := range map[[3]int]bool{{10, 14, 17}: true, {17, 14, 10}: true, {12, 18, 17}: true, {16, 8, 17}: false} {
		if got := trapezoidOrDiamond(lengths[:]); got != want {
			t.Errorf("%v: %v", lengths, got)
		}
	}
}
