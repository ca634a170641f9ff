package spec

import (
	"fmt"
	"strings"
)

// Severity ranks a finding.
type Severity int

// Severities, from least to most serious.
const (
	Info Severity = iota
	Warning
	Error
)

// String is the Chinese word printed in compiler-style lines.
func (s Severity) String() string {
	switch s {
	case Error:
		return "错误"
	case Warning:
		return "警告"
	}
	return "提示"
}

// MarshalText gives the severity's English name for JSON.
func (s Severity) MarshalText() ([]byte, error) {
	return []byte([...]string{"info", "warning", "error"}[s]), nil
}

// Stage says when a rule is applied.
type Stage int

// Stages.
const (
	Read   Stage = iota // while reading a file (encoding, YAML, keys, values)
	Checks              // by Check, on a report that was read
	Import              // while reading a workbook or a published page
	Batch               // across the units of a batch (check, build, sum of many files)
)

// Rule is one check: its stable ID, its severity, a one-line Chinese title,
// and the formats it applies to.
type Rule struct {
	ID       string
	Severity Severity
	Title    string
	Stage    Stage
	// Applies says whether the rule applies to a format; nil: to all.
	Applies func(f *Format) bool
	// titled, when set, writes the title from the registered formats;
	// Register writes it again for every format added.
	titled func() string
}

// AppliesTo reports whether the rule applies to the format.
func (r *Rule) AppliesTo(f *Format) bool { return r.Applies == nil || r.Applies(f) }

// Formats lists the IDs of the registered formats the rule applies to.
func (r *Rule) Formats() []string {
	var out []string
	for _, f := range Formats() {
		if r.AppliesTo(f) {
			out = append(out, f.ID)
		}
	}
	return out
}

// rules holds the registered rules in the order of registration.
var rules []*Rule

// rule registers a rule.
func rule(id string, sev Severity, stage Stage, title string, applies func(*Format) bool) *Rule {
	if RuleByID(id) != nil {
		panic("spec: rule registered twice: " + id)
	}
	r := &Rule{ID: id, Severity: sev, Title: title, Stage: stage, Applies: applies}
	rules = append(rules, r)
	return r
}

// Titles made from the registered formats: the formats registered in
// their files' init functions, which run before this one, and any a test
// registers later (Register calls retitle). Set here rather than in the
// rules' declarations, which would then wait for the format registry and
// so change the order of the rules.
func init() {
	FormatYear.titled = formatYearTitle
	OverviewLength.titled = overviewLengthTitle
	retitle()
}

// retitle writes again the titles made from the registered formats.
func retitle() {
	for _, r := range rules {
		if r.titled != nil {
			r.Title = r.titled()
		}
	}
}

// formatYearTitle is the title of FORMAT-YEAR: the years each format
// serves ("2019、2020 年度用 2019 格式，2021 年度起用 2021 格式"), a
// format's years ending where a newer one takes over.
func formatYearTitle() string {
	fs := Formats()
	if len(fs) == 0 {
		return "格式与年度不符"
	}
	var uses []string
	for i, f := range fs {
		years := f.Years
		if i+1 < len(fs) && (years.To == 0 || years.To >= fs[i+1].Years.From) {
			years.To = fs[i+1].Years.From - 1
		}
		uses = append(uses, years.String()+"用 "+f.Name())
	}
	return fmt.Sprintf("格式与年度不符：每个年度用当年适用的格式（%s）；%d 年以前不适用", strings.Join(uses, "，"), fs[0].Years.From)
}

// overviewLengthTitle is the title of OVERVIEW-LENGTH: the limits the
// formats set ("2021 格式：一、总体情况不超过 1000 字"), formats with the
// same limits named together.
func overviewLengthTitle() string {
	var order []string
	names := map[string][]string{} // limits: the formats that set them
	for _, f := range Formats() {
		var limits []string
		for _, s := range f.Sections {
			if s.Limit > 0 {
				limits = append(limits, fmt.Sprintf("%s不超过 %d 字", s.Heading(), s.Limit))
			}
		}
		if len(limits) == 0 {
			continue
		}
		key := strings.Join(limits, "，")
		if names[key] == nil {
			order = append(order, key)
		}
		names[key] = append(names[key], f.Name())
	}
	var parts []string
	for _, key := range order {
		parts = append(parts, strings.Join(names[key], "、")+"："+key)
	}
	if len(parts) == 0 {
		return "某一部分超过格式规定的字数"
	}
	return "某一部分超过格式规定的字数（" + strings.Join(parts, "；") + "）"
}

// Rules lists every rule, in the order of the registry.
func Rules() []*Rule { return append([]*Rule(nil), rules...) }

// RuleByID returns the rule with the ID, or nil.
func RuleByID(id string) *Rule {
	for _, r := range rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Conditions on formats.
func withFee(f *Format) bool { return f.Fee != nil && f.Fee.Required }
func withLimit(f *Format) bool {
	for _, s := range f.Sections {
		if s.Limit > 0 {
			return true
		}
	}
	return false
}
func withOtherHigh(f *Format) bool  { return f.OtherHigh != nil }
func withContinuity(f *Format) bool { return len(f.Continuity) > 0 }

// The rules. Their IDs are stable: users and other tools key on them.
var (
	// Arithmetic of the tables.
	T3RowTotal  = rule("T3-ROW-TOTAL", Error, Checks, "表三某行写出的总计 ≠ 六类申请人之和", nil)
	T3Results   = rule("T3-RESULTS", Error, Checks, "写出的（七）总计 ≠ （一）至（六）各项之和（逐列）", nil)
	T3Balance   = rule("T3-BALANCE", Error, Checks, "一 + 二 ≠ （七）+ 四（逐列；表中注明的勾稽关系）。写了（七）就用写出的数，否则用工具算出的数", nil)
	T4Total     = rule("T4-TOTAL", Error, Checks, "表四写出的总计 ≠ 维持+纠正+其他+尚未审结", nil)
	CrossYear   = rule("CROSS-YEAR-CARRY", Warning, Checks, "（需 --previous）本年“二、上年结转” ≠ 上年“四、结转下年度继续办理”（逐列）", nil)
	CrossTable2 = rule("CROSS-YEAR-TABLE2", Warning, Checks, "（需 --previous）表二与上年不衔接：2021 格式 现行有效 ≠ 上年现行有效 + 本年制发 − 本年废止；2019 格式 上一年项目数量 ≠ 上年的上一年项目数量 + 上年的本年增/减", withContinuity)
	FeeFigures  = rule("FEE-FIGURES", Error, Checks, "信息处理费自相矛盾：实际收取金额大于通知金额，或没有发出收费通知却有“逾期未缴费”不再处理的申请", nil)

	// Values and keys.
	BlankCell     = rule("BLANK-CELL", Error, Read, "空白单元格或 --、/、无：没有发生的填 0（一张表的全部空白合为一条）", nil)
	ValueType     = rule("VALUE-TYPE", Error, Read, "不是数、不是整数、结构不对（如 2021 格式把（六）写成一行）", nil)
	ValueFormat   = rule("VALUE-FORMAT", Error, Read, "全角数字（１２）、千位分隔符（\"1,234\"）、十六进制等写法", nil)
	ValueNegative = rule("VALUE-NEGATIVE", Error, Read, "负数（只有 2019 格式的“本年增/减”可以为负）", nil)
	ValueLarge    = rule("VALUE-LARGE", Warning, Read, "大得不合常理：超过 1 亿；以万元为单位的收费金额超过 100 万万元（多半是按元填写了）", nil)
	RowLength     = rule("ROW-LENGTH", Error, Read, "一行的数字个数不对", nil)
	KeyUnknown    = rule("KEY-UNKNOWN", Error, Read, "未知的键（附最接近的键）", nil)
	KeyDuplicate  = rule("KEY-DUPLICATE", Error, Read, "重复的键", nil)
	KeyMissing    = rule("KEY-MISSING", Error, Read, "缺少必填项", nil)
	YAMLSyntax    = rule("YAML-SYNTAX", Error, Read, "YAML 格式错误（括号不配对、Tab 缩进、空白单元格等，附中文说明）", nil)
	FormatUnknown = rule("FORMAT-UNKNOWN", Error, Read, "未知的 format 或 variant", nil)
	FormatYear    = rule("FORMAT-YEAR", Error, Read, "", nil) // title: formatYearTitle
	DateRange     = rule("DATE-RANGE", Warning, Read, "落款日期早于报告年度结束", nil)
	TitleNumber   = rule("TITLE-NUMBER", Warning, Read, "标题前自己写了编号（“（一）”“1.”等）：编号由工具生成，已去掉", nil)
	FileName      = rule("FILE-NAME", Warning, Read, "文件名多了记事本加的“.txt”（报告.yaml.txt）：已按数据文件读取，建议改名", nil)

	// Sections and prose.
	SectionMissing = rule("SECTION-MISSING", Error, Read, "缺少某一部分", nil)
	SectionEmpty   = rule("SECTION-EMPTY", Error, Checks, "一、五、六部分没有内容", nil)
	FeeMissing     = rule("FEE-MISSING", Error, Checks, "第六部分没有报告信息处理费（没有收取也要写 0）", withFee)
	RefUnknown     = rule("REF-UNKNOWN", Error, Checks, "正文中的 {{…}} 引用了不存在的数据（附最接近的写法）", nil)
	ProseFigure    = rule("PROSE-FIGURE", Warning, Checks, "正文中的数字与表格不符：按审核人的读法，数字归于它前面最近的类别（收到、结转、办结、予以公开、部分公开、不予公开、无法提供、不予处理、其他处理，复议、诉讼及其结果，规章、规范性文件的制发、废止、现行有效，信息处理费），“予以公开及部分公开”等按和核对，读不准的不报；“均获维持”“未收取信息处理费”与表格不符", nil)
	OtherHighRule  = rule("OTHER-HIGH", Warning, Checks, "（六）其他处理（2021 格式只计“3.其他”）占办理结果的比例超过 30%（--max-other-share）且总数不少于 10 件；2019 格式引用通知的要求", withOtherHigh)
	OverviewLength = rule("OVERVIEW-LENGTH", Warning, Checks, "", withLimit) // title: overviewLengthTitle
	Unfinished     = rule("UNFINISHED", Warning, Checks, "正文还是模板的“（待填写）”（全部位置合为一条）", nil)
	ProseYear      = rule("PROSE-YEAR", Warning, Checks, "正文、前言中的年份与报告年度不符：统计期限、段落开头的“××××年，”（以往后的年份讲计划的除外）、“××××年度政府信息公开”（《》中的文件名除外）", nil)
	DateFormat     = rule("DATE-FORMAT", Warning, Checks, "日期写坏了：“20201月1日”缺“年”、“2025  1  1  日”缺“年月”等；不存在的日期（“2024年2月30日”“2024年13月1日”）", nil)
	DocNumber      = rule("DOC-NUMBER", Warning, Checks, "文号写法不对（“国办公开办函（2021）30号”应为“〔2021〕”，括号不配对），或引用了不存在的年度报告格式通知", nil)
	Punctuation    = rule("PUNCTUATION", Warning, Checks, "中文正文中用了半角标点（, ; : ? ! ( )），全部位置合为一条", nil)
	DateMissing    = rule("DATE-MISSING", Warning, Checks, "没有落款日期", nil)
	DateLate       = rule("DATE-LATE", Warning, Checks, "落款日期晚于法定期限（条例第四十九条：部门和乡镇 1 月 31 日前，县级以上人民政府的本级报告 3 月 31 日前）", nil)
	RepeatText     = rule("REPEAT-TEXT", Warning, Checks, "（需 --previous）一、五、六部分与上年超过 50% 相同（按连续 6 个字比较），给出相同比例", nil)
	RepeatFigures  = rule("REPEAT-FIGURES", Warning, Checks, "（需 --previous）所有数字与上年完全相同（全为 0 的除外）", nil)

	// Files.
	Encoding    = rule("ENCODING", Error, Read, "文件既不是 UTF-8/UTF-16 也不是 GB18030（指出字节位置）", nil)
	EncodingGBK = rule("ENCODING-GBK", Warning, Read, "文件是 GB18030/GBK 编码，已自动转换", nil)
	ControlChar = rule("CONTROL-CHAR", Error, Read, "换行和 Tab 以外的控制字符", nil)
	LimitSize   = rule("LIMIT-SIZE", Error, Read, "文件过大", nil)
	LimitDepth  = rule("LIMIT-DEPTH", Error, Read, "嵌套过深", nil)
	LimitAlias  = rule("LIMIT-ALIAS", Error, Read, "别名过多", nil)
	LimitText   = rule("LIMIT-TEXT", Error, Read, "一段文字过长", nil)

	// Workbooks.
	XLSXNotOurs = rule("XLSX-NOT-OURS", Error, Import, "（import）不是本工具的附表", nil)
	XLSXLabel   = rule("XLSX-LABEL", Error, Import, "（import）表格的标签被改动", nil)
	XLSXValue   = rule("XLSX-VALUE", Error, Import, "（import）单元格无法读取", nil)
	XLSXData    = rule("XLSX-DATA", Error, Import, "（import）表格与“数据”工作表不一致", nil)

	// Batches.
	Duplicate       = rule("DUPLICATE", Error, Batch, "同一批中同一机关、同一年度的报告有两份（如重新提交的文件放在了原文件旁边）：两份都报，sum 拒绝汇总", nil)
	PreviousMissing = rule("PREVIOUS-MISSING", Warning, Batch, "（需 --previous）这个单位没有与上年报告对照，结转数和雷同没有核对：没有找到上年的报告，找到的不是上一年度的，或名称对得上两个单位（改过名的单位用 --previous-map 对照表）", nil)
	AgencyAmbiguous = rule("AGENCY-AMBIGUOUS", Error, Batch, "机关名称写得不全，同一批中两个以上不同的单位都对得上（如“教育局”与“江南市教育局”“江南市临川区教育局”）：无法判断是否重复报送，sum 拒绝汇总", nil)
	// Published pages (HTML and their text).
	PageLegacy      = rule("PAGE-LEGACY", Error, Import, "（读网页）2019 年以前的统计表格式（统计指标/单位/统计数），不能转换为现行格式；列出页面上的数字", nil)
	PageNonstandard = rule("PAGE-NONSTANDARD", Error, Import, "（读网页）不是标准格式的年报：没有官方的三张表格；指出缺了哪些部分", nil)
	PageMissing     = rule("PAGE-MISSING", Error, Import, "（读网页）页面上找不到官方表格的某张表或某一行：这些数字没有读入", nil)
	PageAmbiguous   = rule("PAGE-AMBIGUOUS", Error, Import, "（读网页）一行的数字个数与列数不符，又无法确定空白格的位置：不猜测，这一行没有读入", nil)
	PageHybrid      = rule("PAGE-HYBRID", Warning, Import, "（读网页）2021 格式的表三把“（六）其他处理”写成 2019 格式的一行：数字记入“3.其他”", nil)
	PageMapping     = rule("PAGE-MAPPING", Warning, Import, "（读网页）行名与官方格式不同（错字、改动），或不是官方格式的行：说明按哪一行读入、哪些没有读入", nil)

	// Output.
	GlyphMissing = rule("GLYPH-MISSING", Error, Checks, "正文、标题等用到的字 PDF 字体里没有，或在 U+FFFF 以上，PDF 无法显示", nil)
)
