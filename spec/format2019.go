package spec

// The trial format of 国办公开办函〔2019〕60号, for reports on 2019 and 2020.
func init() { Register(format2019()) }

func format2019() *Format {
	other := &Node{Key: "other", Label: otherLabel}
	return &Format{
		ID:     "2019",
		Notice: Notice{Number: "国办公开办函〔2019〕60号", Title: "中华人民共和国政府信息公开工作年度报告格式（试行）", Date: "2019-11-23"},
		Years:  Years{From: 2019, To: 2020},
		Sections: sections(guidance{
			overview:      "报告本机关上一年度政府信息公开工作总体情况，主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。",
			overviewParts: []string{"主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障"},
			problems:      "实事求是、明确具体，避免笼统模糊、泛泛而谈；查找问题要有针对性，改进举措要有实效性，不得出现敷衍了事甚至年年雷同现象。",
			other:         "报告本机关认为需要报告的其他事项。",
		}),
		Proactive:  proactive2019(),
		Requests:   requestTable(other),
		Appeals:    appealTable(),
		Fee:        feeStatement(false, ""),
		OtherHigh:  &OtherHigh{Rows: []string{"requests.other"}, Quote: "对“其他处理”数量偏高的行政机关，要了解情况"},
		Texts:      texts(),
		KeyFigures: keyFigures(),
		Terms:      terms(proactiveTerms([]string{"made", "published"}, nil, []string{"total"})),
		// 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减.
		Continuity: []Continuity{{Rows: []string{"proactive.licensing", "proactive.other_services", "proactive.penalty", "proactive.coercion", "proactive.fees"},
			Col: "previous", Last: []string{"previous", "change"}}},
	}
}

// proactive2019 is table 二 of the 2019 format: five items with the
// previous year's count and the change.
func proactive2019() *ProactiveTable {
	items := func() []Column {
		return []Column{
			{Key: "previous", Label: "上一年项目数量"},
			{Key: "change", Label: "本年增/减", Kind: Signed},
			{Key: "decisions", Label: "处理决定数量"},
		}
	}
	corner := "信息内容"
	return &ProactiveTable{
		Table: Table{ID: "t2", Number: "表二", Title: "主动公开政府信息情况", Key: "proactive", Section: 1, Widths: []int{136, 100, 83, 102}},
		Blocks: []*Block{
			{Title: "第二十条第（一）项", Aliases: []string{"第二十条（一）项"}, Corner: corner, Columns: []Column{
				{Key: "made", Label: "本年新制作数量"},
				{Key: "published", Label: "本年新公开数量"},
				{Key: "total", Label: "对外公开总数量"},
			}, Lines: []*Line{
				{Key: "regulations", Label: "规章"},
				{Key: "normative_documents", Label: "规范性文件"},
				{Key: "other_documents", Label: "其他主动公开文件", Optional: true},
			}},
			{Title: "第二十条第（五）项", Corner: corner, Columns: items(), Lines: []*Line{
				{Key: "licensing", Label: "行政许可"},
				{Key: "other_services", Label: "其他对外管理服务事项"},
			}},
			{Title: "第二十条第（六）项", Corner: corner, Columns: items(), Lines: []*Line{
				{Key: "penalty", Label: "行政处罚"},
				{Key: "coercion", Label: "行政强制"},
			}},
			{Title: "第二十条第（八）项", Corner: corner, Columns: []Column{
				{Key: "previous", Label: "上一年项目数量"},
				{Key: "change", Label: "本年增/减", Kind: Signed},
			}, Lines: []*Line{
				{Key: "fees", Label: "行政事业性收费"},
			}},
			{Title: "第二十条第（九）项", Corner: corner, Columns: []Column{
				{Key: "count", Label: "采购项目数量"},
				{Key: "amount", Label: "采购总金额", Kind: Amount},
			}, Lines: []*Line{
				{Key: "procurement", Label: "政府集中采购"},
			}},
		},
	}
}
