package author

import (
	"slices"
	"strings"
	"testing"
)

// TestProseCorpus reads sentences in the styles of real reports (the seeds
// and published reports of 2019–2025) against the example's tables: 新收
// 95, 上年结转 3, （七） 93, 予以公开 43, 部分公开 10, 不予公开 7, 无法提供
// 27 (不掌握 23), 结转下年度 5; 复议 2 (维持 1, 尚未审结 1), 诉讼 3 (维持 2,
// 尚未审结 1); 规范性文件 6/2/41; 信息处理费 0. want is "" for no finding,
// else a part of the one PROSE-FIGURE finding. A consistent sentence with
// mutate set must give a finding once its first figure is changed: the
// silence is a reading, not a miss.
func TestProseCorpus(t *testing.T) {
	for _, tt := range []struct {
		text, want string
		mutate     bool
	}{
		// Consistent sentences: no finding.
		{"全年共收到政府信息公开申请95件，上年结转3件；办结93件，其中予以公开43件、部分公开10件，结转下年度继续办理5件。", "", true},
		{"全年收到政府信息公开申请95件。其中同意公开答复43件，部分公开答复10件，不予公开答复7件，转下一年度办理答复的有5件。", "", true},
		{"本年度共受理政府信息公开申请98件（含上年结转3件），予以公开及部分公开53件。", "", true},
		{"因本机关不掌握等原因无法提供27件，均已告知申请人。", "", true},
		{"依申请公开中，本机关不掌握相关政府信息23件。", "", true},
		{"全年因政府信息公开工作被申请行政复议2件，被提起行政诉讼3件，均未被纠错。", "", true},
		{"2024年，本机关制发行政规范性文件6件，废止2件，现行有效41件。", "", true},
		{"行政规范性文件制发6件、废止2件、现行有效41件。", "", true},
		{"收到行政复议申请2件，其中维持1件，尚未审结1件。", "", true},
		{"本年度未收取信息处理费。", "", false},
		{"全年收取信息处理费0元。", "", true},
		{"全年收到政府信息公开申请95件，予以公开（含部分公开）53件。", "", true},
		{"与2023年相比，行政复议减少3件。", "", false},          // a change, not a count
		{"行政复议案件较上年增加1件，行政诉讼案件与上年持平。", "", false},  // a change
		{"2023年被申请行政复议5件，本年被申请行政复议2件。", "", false}, // last year's figure, then this year's
		{"上年被申请行政复议5件，今年被申请行政复议2件。", "", false},
		{"共清理规范性文件120件，废止15件。", "", false}, // a review of documents, not 制发
		{"全区现有行政规范性文件41件。", "", false},     // which column is not said
		{"根据《2023年政府信息公开工作年度报告》所列问题，收到政府信息公开申请95件。", "", true},
		// Not about figures of the tables: silent.
		{"2020年共受理560件，已办结560件。", "", false},                      // 百姓诉求, no application in the paragraph
		{"受理并办结城市留言板群众诉求12990件，办理政府信息公开申请的答复文书均按时送达。", "", false}, // other channels
		{"办理返汉申请8675件、18556人。", "", false},                        // not a claim word
		{"依申请公开办件168件，其中网上申请55件，占比33%，线下申请113，占比67%。", "", false}, // 办件 is ambiguous
		{"开展行政复议培训3次，组织学习行政诉讼案例5个。", "", false},
		{"规范性文件备案审查15件。", "", false},
		// Contradictions: one finding each.
		{"全年共收到政府信息公开申请96件。", "收到政府信息公开申请96件", false},
		{"其中予以公开42件。本年度政府信息公开申请较上年有所增加。", "予以公开42件", false},
		{"予以公开及部分公开58件，涉及征收补偿等领域的申请较多。", "与表三·（二）部分公开·总计之和为 53", false},
		{"因本机关不掌握等原因无法提供26件，均已向申请人说明理由。", "无法提供26件", false},
		{"结转下年度继续办理6件，申请人均已知悉。", "结转下年度继续办理6件", false},
		{"全年因政府信息公开工作被申请行政复议3件。", "行政复议3件", false},
		{"行政复议2件，诉讼3件，均获维持。", "尚未审结为 1", false},
		{"本年废止行政规范性文件3件。", "废止行政规范性文件3件", false},
		{"行政规范性文件制发6件、废止2件、现行有效40件。", "现行有效40件", false},
		{"收到行政复议申请2件，其中维持2件。", "维持2件", false},
		{"全年收到政府信息公开申请95件，予以公开（含部分公开）54件。", "表三·（一）予以公开·总计与表三·（二）部分公开·总计之和为 53", false},
		{"2023年被申请行政复议5件，本年被申请行政复议3件。", "行政复议3件", false},
		{"行政复议2件，诉讼3件，均依法维持。", "尚未审结为 1", false},
		{"全年被申请行政复议2件，被提起行政诉讼3件，结果均为维持。", "尚未审结为 1", false},
		{"制发规范性文件6件，废止3件。", "表二·行政规范性文件·本年废止件数为 2", false},
		{"行政规范性文件现行有效42件。", "表二·行政规范性文件·现行有效件数为 41", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			prose := proseFindings(t, tt.text)
			if tt.mutate {
				loc := numberRE.FindStringSubmatchIndex(tt.text)
				n, _ := ParseDecimal(tt.text[loc[2]:loc[3]])
				n, _ = n.Add(Int(1))
				if changed := proseFindings(t, tt.text[:loc[2]]+n.String()+tt.text[loc[3]:]); len(changed) != 1 {
					t.Errorf("with the figure changed to %s: %v", n, changed)
				}
			}
			switch {
			case tt.want == "" && len(prose) > 0:
				t.Errorf("false alarm: %v", prose)
			case tt.want != "" && (len(prose) != 1 || !strings.Contains(prose[0].Message, tt.want)):
				t.Errorf("want one finding with %q, got %v", tt.want, prose)
			}
		})
	}
}

// TestProseFigurePrinted: a total the report prints is what a sentence is
// compared with and what the message quotes, the tool's own sum beside it
// when they differ (湘西 prints 总计 0 for 自然人 1).
func TestProseFigurePrinted(t *testing.T) {
	data := strings.Replace(mustRead(t, "xiangxi-2020.yaml"), "  text: |\n    无。", "  text: |\n    全年收到政府信息公开申请2件。", 1)
	_, fs := checkBytes("x.yaml", []byte(data), Options{})
	var got []string
	for _, f := range fs {
		if f.Rule == "PROSE-FIGURE" {
			got = append(got, f.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "表格中表三·一、本年新收政府信息公开申请数量·总计为 0（工具计算的为 1）") {
		t.Errorf("findings = %v", got)
	}
}

// TestProseCorpusYears reads sentences with years and dates against the
// example's year 2024: want is "" for no finding, else the rule and a part
// of its one finding.
func TestProseCorpusYears(t *testing.T) {
	for _, tt := range []struct{ text, rule, want string }{
		{"2024年，临川区人民政府未向申请人收取信息处理费。", "", ""},
		{"2023年，临川区人民政府未向申请人收取信息处理费。", "PROSE-YEAR", "以“2023年，”开头"},
		{"2025年，将继续推行政策文件图解。", "", ""}, // a plan
		{"统计期限自2024年1月1日起至2024年12月31日止。", "", ""},
		{"统计期限自2023年1月1日起至2023年12月31日止。", "PROSE-YEAR", "写的是 2023 年"},
		{"根据《2023年政府信息公开工作年度报告》的意见整改，完善答复文书。", "", ""},
		{"本机关2023年度政府信息公开工作年度报告已按时发布。", "PROSE-YEAR", "与报告年度 2024 不符"},
		{"新修订的办法自2024年13月1日起施行。", "DATE-FORMAT", "月份应为 1 至 12"},
		{"2024年2月30日召开政务公开专题会议。", "DATE-FORMAT", "2024年2月只有 29 天"},
		{"2024年2月29日召开政务公开专题会议。", "", ""},
		{"统计期限为20241月1日至2024年12月31日。", "DATE-FORMAT", "应为“2024年1月1日”"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			got := lineFindings(t, tt.text, "PROSE-YEAR", "DATE-FORMAT", "PROSE-FIGURE")
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("false alarm: %v", got)
			case tt.want != "" && (len(got) != 1 || got[0].Rule != tt.rule || !strings.Contains(got[0].Message, tt.want)):
				t.Errorf("want one %s with %q, got %v", tt.rule, tt.want, got)
			}
		})
	}
}

// proseFindings are the PROSE-FIGURE findings of a sentence put into the
// example in place of its fee sentence.
func proseFindings(t *testing.T, text string) []Finding {
	return lineFindings(t, text, "PROSE-FIGURE")
}

// lineFindings are the findings of the rules on a sentence put into the
// example in place of its fee sentence.
func lineFindings(t *testing.T, text string, rules ...string) []Finding {
	data := example(t, "2024年，临川区人民政府未向申请人收取信息处理费。", text)
	_, fs := checkBytes("x.yaml", data, Options{})
	var out []Finding
	for _, f := range fs {
		if slices.Contains(rules, f.Rule) && f.Line == 107 {
			out = append(out, f)
		}
	}
	return out
}
