package spec

// This file holds what the 2019 and 2021 formats share, copied verbatim from
// the templates of 国办公开办函〔2019〕60号 and 〔2021〕30号: the six section
// titles, tables 三 (but for its row （六）) and 四, and the fixed texts. Each
// function returns a fresh value, so a format may change its copy.

// Placeholder marks prose still to be written; init and sum write it.
const Placeholder = "（待填写）"

// ReportTitle is what every report's title ends with, after the agency and
// the year.
const ReportTitle = "政府信息公开工作年度报告"

// guidance holds the formats' own words on sections 一, 五 and 六, for the
// template's comments.
type guidance struct {
	overview, problems, other string
	overviewParts             []string
}

// sections returns the six sections with the official titles.
func sections(g guidance) [6]*Section {
	return [6]*Section{
		{Number: "一", Key: "overview", Title: "总体情况", Kind: ProseSection, Required: true, Guidance: g.overview, Parts: g.overviewParts},
		{Number: "二", Key: "proactive", Title: "主动公开政府信息情况", Kind: TableSection,
			Aliases: []string{"行政机关主动公开政府信息情况"}},
		{Number: "三", Key: "requests", Title: "收到和处理政府信息公开申请情况", Kind: TableSection,
			Aliases: []string{"行政机关收到和处理政府信息公开申请情况", "收到和处理政府信息公开的申请情况"}},
		{Number: "四", Key: "appeals", Title: "政府信息公开行政复议、行政诉讼情况", Kind: TableSection,
			Aliases: []string{"因政府信息公开工作被申请行政复议、提起行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼的情况"}},
		{Number: "五", Key: "problems", Title: "存在的主要问题及改进情况", Kind: ProseSection, Required: true, Guidance: g.problems,
			Aliases: []string{"政府信息公开工作存在的主要问题及改进情况", "政府信息公开工作存在的问题及改进情况", "存在的主要问题及整改措施"},
			Parts:   []string{"存在的主要问题", "改进情况"}},
		{Number: "六", Key: "other_matters", Title: "其他需要报告的事项", Kind: ProseSection, Required: true, Fee: true, Guidance: g.other},
	}
}

// applicants are the six applicant columns of table 三.
func applicants() []Column {
	return []Column{
		{Key: "natural_person", Label: "自然人"},
		{Key: "commercial", Label: "商业企业"},
		{Key: "research", Label: "科研机构"},
		{Key: "public_interest", Label: "社会公益组织"},
		{Key: "legal_service", Label: "法律服务机构"},
		{Key: "other", Label: "其他"},
	}
}

// requestTable returns table 三 with the given （六）其他处理 node.
func requestTable(other *Node) *RequestTable {
	t := &RequestTable{
		Table: Table{ID: "t3", Number: "表三", Title: "收到和处理政府信息公开申请情况", Key: "requests", Section: 2,
			Widths: []int{34, 60, 140, 44, 44, 44, 44, 44, 44, 44}, Wide: true},
		Corner:       "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
		Applicants:   applicants(),
		Total:        Column{Key: "total", Label: "总计"},
		LabelColumns: 3,
		Balance:      Identity{Left: []string{"new", "carried_in"}, Right: []string{"total", "carried_forward"}},
		Carry:        Identity{Left: []string{"carried_in"}, Right: []string{"carried_forward"}},
	}
	a := t.Applicants
	t.Head = []*Header{{Label: "申请人情况", Children: []*Header{
		{Label: a[0].Label},
		{Label: "法人或其他组织", Children: []*Header{
			{Label: a[1].Label}, {Label: a[2].Label}, {Label: a[3].Label}, {Label: a[4].Label}, {Label: a[5].Label},
		}},
		{Label: t.Total.Label},
	}}}
	t.Nodes = []*Node{
		{Key: "new", Label: "一、本年新收政府信息公开申请数量"},
		{Key: "carried_in", Label: "二、上年结转政府信息公开申请数量"},
		{Label: "三、本年度办理结果", Results: true, Children: []*Node{
			{Key: "disclosed", Label: "（一）予以公开"},
			{Key: "partly_disclosed", Label: "（二）部分公开", Note: "（区分处理的，只计这一情形，不计其他情形）"},
			{Key: "withheld", Label: "（三）不予公开", Children: []*Node{
				{Key: "state_secret", Label: "1.属于国家秘密"},
				{Key: "prohibited_by_law", Label: "2.其他法律行政法规禁止公开"},
				{Key: "security_stability", Label: "3.危及“三安全一稳定”"},
				{Key: "third_party_rights", Label: "4.保护第三方合法权益"},
				{Key: "internal_affairs", Label: "5.属于三类内部事务信息"},
				{Key: "process_information", Label: "6.属于四类过程性信息"},
				{Key: "enforcement_files", Label: "7.属于行政执法案卷"},
				{Key: "query_items", Label: "8.属于行政查询事项"},
			}},
			{Key: "unavailable", Label: "（四）无法提供", Children: []*Node{
				{Key: "not_held", Label: "1.本机关不掌握相关政府信息"},
				{Key: "needs_creation", Label: "2.没有现成信息需要另行制作"},
				{Key: "still_unclear", Label: "3.补正后申请内容仍不明确"},
			}},
			{Key: "not_processed", Label: "（五）不予处理", Children: []*Node{
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
	return t
}

// otherLabel is the label of row （六） in both formats.
const otherLabel = "（六）其他处理"

// appealTable returns table 四.
func appealTable() *AppealTable {
	t := &AppealTable{
		Table: Table{ID: "t4", Number: "表四", Title: "行政复议、行政诉讼情况", Key: "appeals", Section: 3, Wide: true, Dense: true},
		Outcomes: []Column{
			{Key: "upheld", Label: "结果维持"},
			{Key: "corrected", Label: "结果纠正"},
			{Key: "other", Label: "其他结果"},
			{Key: "pending", Label: "尚未审结"},
		},
		Total: Column{Key: "total", Label: "总计"},
	}
	review, litigation, direct, after := "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"
	t.Groups = []*Group{
		{Key: "review", Label: review},
		{Key: "litigation_direct", Label: litigation + "·" + direct},
		{Key: "litigation_after_review", Label: litigation + "·" + after},
	}
	five := func() []*Header {
		var hs []*Header
		for _, c := range append(append([]Column(nil), t.Outcomes...), t.Total) {
			hs = append(hs, &Header{Label: c.Label})
		}
		return hs
	}
	t.Head = []*Header{
		{Label: review, Children: five()},
		{Label: litigation, Children: []*Header{
			{Label: direct, Children: five()},
			{Label: after, Children: five()},
		}},
	}
	return t
}

// feeStatement is the 信息处理费 statement of section 六.
func feeStatement(required bool, unpaid string) *FeeStatement {
	return &FeeStatement{Key: "processing_fee", Label: "信息处理费", Required: required, Unpaid: unpaid, Fields: []FeeField{
		{Key: "notices", Label: "收费通知件数", Kind: Count, Role: FeeNotices},
		{Key: "billed", Label: "通知金额（元）", Kind: Money, Role: FeeBilled},
		{Key: "collected", Label: "实际收取金额（元）", Kind: Money, Role: FeeCollected},
	}}
}

// texts are the fixed texts of the generated preamble and fee statement.
func texts() Texts {
	return Texts{
		Title:         ReportTitle,
		Keywords:      []string{"政府信息公开", "年度报告"},
		Placeholder:   Placeholder,
		Law:           "中华人民共和国政府信息公开条例",
		Preamble:      "本报告根据《%s》和《%s》（%s）要求编制，由%s等六部分组成。",
		Period:        "本报告所列数据的统计期限为%d年1月1日至%d年12月31日。",
		Website:       "本报告电子版可在%s查阅。",
		Contact:       "如对本报告有疑问，请与%s联系",
		ContactLabels: [6]string{"联系机构", "地址", "邮编", "电话", "传真", "电子邮箱"},
		FeeNone:       "%d年，本机关未收取政府信息公开信息处理费。",
		FeeCharged:    "%d年，本机关%s实际收取信息处理费%s元。",
		FeeNotices:    "发出信息处理费收费通知%s件",
		FeeBilled:     "，金额%s元",
	}
}

// KeyFigureLabels name the totals a status board shows for each unit, in
// every format.
func KeyFigureLabels() []string {
	var out []string
	for _, k := range keyFigures() {
		out = append(out, k.Label)
	}
	return out
}

// keyFigures are the totals a status board shows for each unit.
func keyFigures() []KeyFigure {
	return []KeyFigure{
		{Label: "新收申请", Rows: []string{"requests.new"}},
		{Label: "办结", Rows: []string{"requests.total"}},
		{Label: "行政复议", Rows: []string{"appeals.review"}},
		{Label: "行政诉讼", Rows: []string{"appeals.litigation_direct", "appeals.litigation_after_review"}},
	}
}
