package author

import "fmt"

// This file holds the official labels of both formats, copied verbatim from
// the templates of 国办公开办函〔2019〕60号 and 〔2021〕30号. Nothing else in
// the program types a table label.

// feeLabels name the fields of the 信息处理费 statement in section 六,
// in the order of feeKeys.
var feeLabels = []string{"收费通知件数", "通知金额（元）", "实际收取金额（元）"}

func proactive2021() []Block {
	counts := []Column{
		{Key: "issued", Label: "本年制发件数", Span: 1},
		{Key: "repealed", Label: "本年废止件数", Span: 1},
		{Key: "in_force", Label: "现行有效件数", Span: 1},
	}
	decisions := []Column{{Key: "decisions", Label: "本年处理决定数量", Span: 3}}
	return []Block{
		{Title: "第二十条第（一）项", Corner: "信息内容", Columns: counts, Lines: []Line{
			{Key: "regulations", Label: "规章"},
			{Key: "normative_documents", Label: "行政规范性文件"},
		}},
		{Title: "第二十条第（五）项", Corner: "信息内容", Columns: decisions, Lines: []Line{
			{Key: "licensing", Label: "行政许可"},
		}},
		{Title: "第二十条第（六）项", Corner: "信息内容", Columns: decisions, Lines: []Line{
			{Key: "penalty", Label: "行政处罚"},
			{Key: "coercion", Label: "行政强制"},
		}},
		{Title: "第二十条第（八）项", Corner: "信息内容", Columns: []Column{
			{Key: "amount", Label: "本年收费金额（单位：万元）", Span: 3, Kind: KindMoney},
		}, Lines: []Line{
			{Key: "fees", Label: "行政事业性收费"},
		}},
	}
}

func proactive2019(variant string, year int) []Block {
	hubei := variant == VariantHubei2020
	note := func(s string, args ...any) string {
		if !hubei {
			return ""
		}
		return fmt.Sprintf(s, args...)
	}
	items := []Column{
		{Key: "previous", Label: "上一年项目数量", Span: 1},
		{Key: "change", Label: "本年增/减", Span: 1, Kind: KindSigned},
		{Key: "decisions", Label: "处理决定数量", Span: 1},
	}
	if hubei {
		items[0].Label += fmt.Sprintf("（指%d年事项数）", year-1)
		items[1].Label += fmt.Sprintf("（指%d年增加或减少的事项数，减用负值表示，如-8）", year)
		items[2].Label += fmt.Sprintf("（指%d年办件量）", year)
	}
	fees := []Column{
		{Key: "previous", Label: "上一年项目数量", Span: 1},
		{Key: "change", Label: "本年增/减", Span: 2, Kind: KindSigned},
	}
	procurement := []Column{
		{Key: "count", Label: "采购项目数量", Span: 1},
		{Key: "amount", Label: "采购总金额", Span: 2, Kind: KindAmount},
	}
	if hubei {
		fees[0].Label += fmt.Sprintf("（指%d年收费项目数）", year-1)
		fees[1].Label += fmt.Sprintf("（指%d年增加的收费项目数，减用负值表示，如-8）", year)
		procurement[0].Label += fmt.Sprintf("（指%d年以政府集中采购方式采购的项目总个数）", year)
		procurement[1].Label += fmt.Sprintf("（指%d年以政府集中采购方式采购的项目已支付的总金额）", year)
	}
	documents := []Line{
		{Key: "regulations", Label: "规章", Note: note("（设区的市、自治州人民政府应提供相关数据）")},
		{Key: "normative_documents", Label: "规范性文件", Note: note("（行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”“细则”“规范”“规程”“规则”等字样的公文，一般情况下属于规范性文件）")},
		{Key: "other_documents", Label: "其他主动公开文件", Optional: true, Note: note("（含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件，可参考本单位政府信息公开平台“其他主动公开文件”栏目数据）")},
	}
	return []Block{
		{Title: "第二十条第（一）项", Corner: "信息内容", Columns: []Column{
			{Key: "made", Label: "本年新制作数量", Span: 1},
			{Key: "published", Label: "本年新公开数量", Span: 1},
			{Key: "total", Label: "对外公开总数量", Span: 1},
		}, Lines: documents},
		{Title: "第二十条第（五）项", Corner: "信息内容", Columns: items, Lines: []Line{
			{Key: "licensing", Label: "行政许可"},
			{Key: "other_services", Label: "其他对外管理服务事项", Note: note("（指行政许可以外的政务服务事项，含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类，以及公共服务事项）")},
		}},
		{Title: "第二十条第（六）项", Corner: "信息内容", Columns: items, Lines: []Line{
			{Key: "penalty", Label: "行政处罚"},
			{Key: "coercion", Label: "行政强制"},
		}},
		{Title: "第二十条第（八）项", Corner: "信息内容", Columns: fees, Lines: []Line{
			{Key: "fees", Label: "行政事业性收费"},
		}},
		{Title: "第二十条第（九）项", Corner: "信息内容", Columns: procurement, Lines: []Line{
			{Key: "procurement", Label: "政府集中采购"},
		}},
	}
}

func (s *Spec) setRequests() {
	s.Applicants = []Column{
		{Key: "natural_person", Label: "自然人"},
		{Key: "commercial", Label: "商业企业"},
		{Key: "research", Label: "科研机构"},
		{Key: "public_interest", Label: "社会公益组织"},
		{Key: "legal_service", Label: "法律服务机构"},
		{Key: "other", Label: "其他"},
	}
	s.RequestTotal = Column{Key: "total", Label: "总计"}
	a := s.Applicants
	s.RequestHead = []*HeaderNode{{Label: "申请人情况", Children: []*HeaderNode{
		{Label: a[0].Label},
		{Label: "法人或其他组织", Children: []*HeaderNode{
			{Label: a[1].Label}, {Label: a[2].Label}, {Label: a[3].Label}, {Label: a[4].Label}, {Label: a[5].Label},
		}},
		{Label: s.RequestTotal.Label},
	}}}
	other := &RowNode{Key: "other", Label: "（六）其他处理"}
	if s.Format == Format2021 {
		other.Children = []*RowNode{
			{Key: "no_correction", Label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
			{Key: "unpaid_fee", Label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
			{Key: "other", Label: "3.其他"},
		}
	}
	s.Requests = []*RowNode{
		{Key: "new", Label: "一、本年新收政府信息公开申请数量"},
		{Key: "carried_in", Label: "二、上年结转政府信息公开申请数量"},
		{Label: "三、本年度办理结果", Children: []*RowNode{
			{Key: "disclosed", Label: "（一）予以公开"},
			{Key: "partly_disclosed", Label: "（二）部分公开", Note: "（区分处理的，只计这一情形，不计其他情形）"},
			{Key: "withheld", Label: "（三）不予公开", Children: []*RowNode{
				{Key: "state_secret", Label: "1.属于国家秘密"},
				{Key: "prohibited_by_law", Label: "2.其他法律行政法规禁止公开"},
				{Key: "security_stability", Label: "3.危及“三安全一稳定”"},
				{Key: "third_party_rights", Label: "4.保护第三方合法权益"},
				{Key: "internal_affairs", Label: "5.属于三类内部事务信息"},
				{Key: "process_information", Label: "6.属于四类过程性信息"},
				{Key: "enforcement_files", Label: "7.属于行政执法案卷"},
				{Key: "query_items", Label: "8.属于行政查询事项"},
			}},
			{Key: "unavailable", Label: "（四）无法提供", Children: []*RowNode{
				{Key: "not_held", Label: "1.本机关不掌握相关政府信息"},
				{Key: "needs_creation", Label: "2.没有现成信息需要另行制作"},
				{Key: "still_unclear", Label: "3.补正后申请内容仍不明确"},
			}},
			{Key: "not_processed", Label: "（五）不予处理", Children: []*RowNode{
				{Key: "petition", Label: "1.信访举报投诉类申请"},
				{Key: "duplicate", Label: "2.重复申请"},
				{Key: "publication", Label: "3.要求提供公开出版物"},
				{Key: "excessive", Label: "4.无正当理由大量反复申请"},
				{Key: "reconfirmation", Label: "5.要求行政机关确认或重新出具已获取信息"},
			}},
			other,
			{Key: "total", Label: "（七）总计", Derived: true},
		}},
		{Key: "carried_forward", Label: "四、结转下年度继续办理"},
	}
}

func (s *Spec) setAppeals() {
	s.AppealOutcomes = []Column{
		{Key: "upheld", Label: "结果维持"},
		{Key: "corrected", Label: "结果纠正"},
		{Key: "other", Label: "其他结果"},
		{Key: "pending", Label: "尚未审结"},
	}
	s.AppealTotal = Column{Key: "total", Label: "总计"}
	s.AppealGroups = []AppealGroup{
		{Key: "review", Label: "行政复议"},
		{Key: "litigation_direct", Label: "行政诉讼·未经复议直接起诉"},
		{Key: "litigation_after_review", Label: "行政诉讼·复议后起诉"},
	}
	five := func() []*HeaderNode {
		var hs []*HeaderNode
		for _, c := range append(append([]Column(nil), s.AppealOutcomes...), s.AppealTotal) {
			hs = append(hs, &HeaderNode{Label: c.Label})
		}
		return hs
	}
	s.AppealHead = []*HeaderNode{
		{Label: "行政复议", Children: five()},
		{Label: "行政诉讼", Children: []*HeaderNode{
			{Label: "未经复议直接起诉", Children: five()},
			{Label: "复议后起诉", Children: five()},
		}},
	}
}
