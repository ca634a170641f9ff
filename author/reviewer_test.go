package author

import (
	"reflect"
	"strings"
	"testing"
)

// edited returns the example with each old replaced by its new (pairs).
func edited(t *testing.T, pairs ...string) []byte {
	t.Helper()
	data := mustRead(t, "example-2021.yaml")
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(data, pairs[i]) {
			t.Fatalf("example-2021.yaml has no %q", pairs[i])
		}
		data = strings.Replace(data, pairs[i], pairs[i+1], 1)
	}
	return []byte(data)
}

// TestReviewerChecks: the checks reviewers make besides the arithmetic,
// each on a one- or two-line change of the clean example, giving exactly
// the finding that names the defect (and a part of its message).
func TestReviewerChecks(t *testing.T) {
	for _, tt := range []struct {
		name  string
		pairs []string
		want  []string
		msg   string
	}{
		{"statistics period of another year", []string{"统计期限为2024年1月1日", "统计期限为2023年1月1日"}, []string{"PROSE-YEAR:20"}, "写的是 2023 年"},
		{"a section opening with last year", []string{"      2024年，临川区人民政府坚持", "      2023年，临川区人民政府坚持"}, []string{"PROSE-YEAR:26"}, "以“2023年，”开头"},
		{"a section opening with last year outside 一", []string{"    2024年，临川区人民政府未向", "    2023年，临川区人民政府未向"}, []string{"PROSE-YEAR:107"}, "以“2023年，”开头"},
		{"a plan for next year opens a paragraph", []string{"      一是推行", "      2025年，将继续推行"}, nil, ""},
		{"a period from … 起至 … 止", []string{"统计期限为2024年1月1日至2024年12月31日", "统计期限自2023年1月1日起至2023年12月31日止"}, []string{"PROSE-YEAR:20"}, "写的是 2023 年"},
		{"last year's report cited by its title", []string{"严格落实公文公开属性", "根据《2023年政府信息公开工作年度报告》的意见整改，严格落实公文公开属性"}, nil, ""},
		{"the preamble is named as such", []string{"统计期限为2024年1月1日", "统计期限为2023年1月1日"}, []string{"PROSE-YEAR:20"}, ""},
		{"a 13th month", []string{"全年办理人大代表建议", "2024年13月1日起，全年办理人大代表建议"}, []string{"DATE-FORMAT:108"}, "月份应为 1 至 12"},
		{"30 February", []string{"全年办理人大代表建议", "2024年2月30日起，全年办理人大代表建议"}, []string{"DATE-FORMAT:108"}, "2024年2月只有 29 天"},
		{"29 February of a leap year", []string{"全年办理人大代表建议", "2024年2月29日起，全年办理人大代表建议"}, nil, ""},
		{"the tool's （七） in the balance", []string{"  total:            [85, 5, 0, 1, 2, 0]   # （七）总计（93）\n", "", "carried_forward:  [4, 1, 0, 0, 0, 0]", "carried_forward:  [5, 1, 0, 0, 0, 0]"},
			[]string{"PROSE-FIGURE:29", "T3-BALANCE:52"}, "≠ 工具计算的（七）(85)+四(5)=90"},
		{"a date that lost its 年", []string{"2024年1月1日至2024年12月31日", "20241月1日至2024年12月31日"}, []string{"DATE-FORMAT:20"}, "应为“2024年1月1日”"},
		{"a date with spaces for 年月", []string{"2024年1月1日至2024年12月31日", "2024  1  1  日至2024年12月31日"}, []string{"DATE-FORMAT:20"}, "应为“2024年1月1日”"},
		{"round brackets in a document number", []string{"（国办公开办函〔2021〕30号）要求", "（国办公开办函（2021）30号）要求"}, []string{"DOC-NUMBER:20"}, "写作“国办公开办函〔2021〕30号”"},
		{"an unclosed bracket", []string{"（国办公开办函〔2021〕30号）要求", "（国办公开办函〔202130号）要求"}, []string{"DOC-NUMBER:20"}, "〔2021〕30号"},
		{"ASCII commas in Chinese", []string{"围绕优化营商环境、乡村振兴", "围绕优化营商环境,乡村振兴"}, []string{"PUNCTUATION:26"}, "1 处半角标点"},
		{"an address is not punctuation", []string{"通过区政府门户网站主动公开", "通过区政府门户网站（https://www.jnlc.gov.cn/a,b）主动公开"}, nil, ""},
		{"a department's report after 31 January", []string{"agency: 江南市临川区人民政府", "agency: 江南市临川区教育局", "date: 2025-01-20", "date: 2025-02-10"}, []string{"DATE-LATE:10"}, "2025年1月31日前"},
		{"a government's own report after 31 March", []string{"date: 2025-01-20", "date: 2025-04-02"}, []string{"DATE-LATE:10"}, "是区人民政府"},
		{"a government's report in February is on time", []string{"date: 2025-01-20", "date: 2025-02-20"}, nil, ""},
		{"no date", []string{"date: 2025-01-20\n", ""}, []string{"DATE-MISSING:1"}, "加一行 date: 2025-01-20"},
		{"more collected than billed", []string{"processing_fee: {notices: 0, billed: 0, collected: 0}", "processing_fee: {notices: 1, billed: 10, collected: 20}"},
			[]string{"FEE-FIGURES:105", "PROSE-FIGURE:107"}, "实际收取金额（元）(20) ≠ 通知金额（元）(10)"},
		{"dropped for an unpaid fee without a notice", []string{"no_correction:  [1, 0, 0, 0, 0, 0]", "no_correction:  [0, 0, 0, 0, 0, 0]",
			"unpaid_fee:     [0, 0, 0, 0, 0, 0]", "unpaid_fee:     [1, 0, 0, 0, 0, 0]"}, []string{"FEE-FIGURES:78"}, "逾期未缴费"},
		{"yuan in a 万元 cell", []string{"fees: 1852.37", "fees: 18523700"}, []string{"VALUE-LARGE:47"}, "约 1852.37 亿元"},
		{"2021: 逾期不补正 is not 其他", []string{"no_correction:  [1, 0, 0, 0, 0, 0]", "no_correction:  [41, 0, 0, 0, 0, 0]",
			"total:            [85, 5, 0, 1, 2, 0]", "total:            [125, 5, 0, 1, 2, 0]", "carried_forward:  [4, 1, 0, 0, 0, 0]", "carried_forward:  [4, 1, 0, 0, 0, 0]",
			"new:              [86, 6, 0, 1, 2, 0]", "new:              [126, 6, 0, 1, 2, 0]"}, []string{"PROSE-FIGURE:29", "PROSE-FIGURE:29"}, ""},
		{"2021: a large 3.其他, no 2019 quote", []string{"    other:          [1, 0, 0, 0, 0, 0]", "    other:          [41, 0, 0, 0, 0, 0]",
			"total:            [85, 5, 0, 1, 2, 0]", "total:            [125, 5, 0, 1, 2, 0]",
			"new:              [86, 6, 0, 1, 2, 0]", "new:              [126, 6, 0, 1, 2, 0]"}, []string{"OTHER-HIGH:79", "PROSE-FIGURE:29", "PROSE-FIGURE:29"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := checkBytes("x.yaml", edited(t, tt.pairs...), Options{})
			if got := brief(fs); !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Fatalf("findings = %v, want %v\n%v", got, tt.want, fs)
			}
			if tt.msg != "" && !strings.Contains(fs[0].Message, tt.msg) && !strings.Contains(fs[len(fs)-1].Message, tt.msg) {
				t.Errorf("message lacks %q: %v", tt.msg, fs)
			}
			for _, f := range fs {
				if f.Line == 20 && f.Cell != "preamble 前言" {
					t.Errorf("a finding in the preamble names %q", f.Cell)
				}
				if f.Rule == "OTHER-HIGH" && strings.Contains(f.Message, "了解情况") {
					t.Errorf("the 2019 notice quoted for a 2021 report: %s", f.Message)
				}
			}
		})
	}
}
