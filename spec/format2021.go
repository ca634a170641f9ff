package spec

// The format of 国办公开办函〔2021〕30号, for reports on 2021 onward.
func init() { Register(format2021()) }

func format2021() *Format {
	f := &Format{
		ID:     "2021",
		Notice: Notice{Number: "国办公开办函〔2021〕30号", Title: "中华人民共和国政府信息公开工作年度报告格式", Date: "2021-09-26"},
		Years:  Years{From: 2021},
		Sections: sections(guidance{
			overview: "对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述，主要包括主动公开、依申请公开、政府信息管理、" +
				"政府信息公开平台建设、监督保障等方面，重在聚焦主题、简明客观，篇幅原则上不超过一千字。",
			overviewParts: []string{"主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"},
			problems:      "实事求是、明确具体，避免笼统模糊、泛泛而谈；查找问题要有针对性，改进举措要有实效性，不得出现敷衍了事甚至年年雷同现象。",
			other:         "报告本机关认为需要报告的其他事项；收取信息处理费的情况在此专门报告（没有收取也要报告，填 0）。",
		}),
		Proactive: proactive2021(),
		Requests:  requestTable(other2021()),
		Appeals:   appealTable(),
		Fee:       feeStatement(true, "requests.other.unpaid_fee"),
		// The 2021 notice sets no rule on （六）; reviewers still ask about a
		// large （六）3.其他, the only part that is not a defined outcome.
		OtherHigh:  &OtherHigh{Rows: []string{"requests.other.other"}},
		Texts:      texts(),
		KeyFigures: keyFigures(),
		Terms:      terms(proactiveTerms([]string{"issued"}, []string{"repealed"}, []string{"in_force"})),
		// 现行有效 = last year's 现行有效 + 本年制发 − 本年废止.
		Continuity: []Continuity{{Rows: []string{"proactive.regulations", "proactive.normative_documents"},
			Col: "in_force", Last: []string{"in_force"}, Plus: []string{"issued"}, Minus: []string{"repealed"}}},
	}
	f.Sections[0].Limit = 1000 // "篇幅原则上不超过一千字"
	f.Sections[1].Guidance = "各项数据核定时间点为报告年度的12月31日。"
	return f
}

// proactive2021 is table 二 of the 2021 format: four items, one data row each
// but for 规章 and 行政规范性文件.
func proactive2021() *ProactiveTable {
	counts := []Column{
		{Key: "issued", Label: "本年制发件数", Aliases: []string{"本年（{年度}）制发件数"}},
		{Key: "repealed", Label: "本年废止件数"},
		{Key: "in_force", Label: "现行有效件数", Aliases: []string{"现行有效件"}},
	}
	decisions := []Column{{Key: "decisions", Label: "本年处理决定数量"}}
	corner := "信息内容"
	return &ProactiveTable{
		Table: Table{ID: "t2", Number: "表二", Title: "主动公开政府信息情况", Key: "proactive", Section: 1, Widths: []int{136, 100, 83, 102}},
		Blocks: []*Block{
			{Title: "第二十条第（一）项", Aliases: []string{"第二十条（一）项"}, Corner: corner, Columns: counts, Lines: []*Line{
				{Key: "regulations", Label: "规章"},
				{Key: "normative_documents", Label: "行政规范性文件", Aliases: []string{"规范性文件"}},
			}},
			{Title: "第二十条第（五）项", Corner: corner, Columns: decisions, Lines: []*Line{
				{Key: "licensing", Label: "行政许可"},
			}},
			{Title: "第二十条第（六）项", Corner: corner, Columns: cloneColumns(decisions), Lines: []*Line{
				{Key: "penalty", Label: "行政处罚"},
				{Key: "coercion", Label: "行政强制"},
			}},
			{Title: "第二十条第（八）项", Corner: corner, Columns: []Column{
				// 1,000,000 万元 is 100 亿元: more is a figure in 元 typed into a 万元 cell.
				{Key: "amount", Label: "本年收费金额（单位：万元）", Kind: Money, Unit: "万元", Max: 1_000_000},
			}, Lines: []*Line{
				{Key: "fees", Label: "行政事业性收费"},
			}},
		},
	}
}

// other2021 is row （六） of table 三 in three parts.
func other2021() *Node {
	return &Node{Key: "other", Label: otherLabel, Lump: "other", Children: []*Node{
		{Key: "no_correction", Label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
		{Key: "unpaid_fee", Label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
		{Key: "other", Label: "3.其他"},
	}}
}
