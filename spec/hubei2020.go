package spec

// The Hubei 2020 variant of the 2019 format: notes in the labels of table 二
// that name the years, and the extra row 其他主动公开文件 (硚口区, 孝昌县,
// 武汉市生态环境局 2020).
func init() { Register(hubei2020()) }

func hubei2020() *Format {
	f := format2019()
	f.Variant = "hubei-2020"
	t := f.Proactive
	lines := map[string]string{
		"regulations":         "（设区的市、自治州人民政府应提供相关数据）",
		"normative_documents": "（行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”“细则”“规范”“规程”“规则”等字样的公文，一般情况下属于规范性文件）",
		"other_documents":     "（含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件，可参考本单位政府信息公开平台“其他主动公开文件”栏目数据）",
		"other_services":      "（指行政许可以外的政务服务事项，含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类，以及公共服务事项）",
	}
	columns := map[string]string{
		"previous":  "（指{上年}年事项数）",
		"change":    "（指{年度}年增加或减少的事项数，减用负值表示，如-8）",
		"decisions": "（指{年度}年办件量）",
	}
	fees := map[string]string{
		"previous": "（指{上年}年收费项目数）",
		"change":   "（指{年度}年增加的收费项目数，减用负值表示，如-8）",
		"count":    "（指{年度}年以政府集中采购方式采购的项目总个数）",
		"amount":   "（指{年度}年以政府集中采购方式采购的项目已支付的总金额）",
	}
	for i, b := range t.Blocks {
		notes := columns
		if i >= 3 { // （八） and （九）
			notes = fees
		}
		if i > 0 {
			for j := range b.Columns {
				b.Columns[j].Label += notes[b.Columns[j].Key]
			}
		}
		for _, ln := range b.Lines {
			ln.Note = lines[ln.Key]
		}
	}
	return f
}
