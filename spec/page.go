package spec

// What readers of published pages need besides the formats: how report
// titles are printed, and the statistical form of the reports before 2019,
// which no current format serves but which readers must recognise to say
// so.

// TitleAliases are the other wordings of ReportTitle that published
// reports print after the agency and the year (湘西高新区 2020:
// "…信息公开工作年度报告"; 洪江区 2016, in traditional characters:
// "…信息公開年度報告").
var TitleAliases = []string{"信息公开工作年度报告", "信息公开年度报告", "信息公開工作年度報告", "信息公開年度報告"}

// ReportMarks are the words a report's page prints, one of each group
// (simplified or traditional characters): a directory scan takes pages that
// print them and leaves out other texts (a 说明.txt).
var ReportMarks = [][]string{{"信息公开", "信息公開"}, {"年度报告", "年报", "年度報告", "年報"}}

// LegacyForm is the statistical form of the reports before the 2019 trial
// format: a table of 统计指标 / 单位 / 统计数 instead of the three tables.
type LegacyForm struct {
	Name string // how messages call it
	// Header lists the header cells that identify its table, each in the
	// wordings pages print (simplified and traditional characters).
	Header [][]string
}

// Legacy is the pre-2019 statistical form (洪江区 2016, 舒兰 2016).
var Legacy = LegacyForm{
	Name:   "2019 年以前的统计表格式（统计指标/单位/统计数）",
	Header: [][]string{{"统计指标", "統計指標"}, {"统计数", "統計數"}},
}
