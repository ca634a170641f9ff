package spec

import (
	"regexp"
)

// TermKind says what a phrase of prose does when a reviewer reads a
// sentence against the tables.
type TermKind int

// Term kinds.
const (
	// FigureTerm names figures directly: "予以公开", "收到…申请", "结转下年度".
	FigureTerm TermKind = iota
	// SubjectTerm names a row or group that later phrases of the sentence
	// refine: "规范性文件", "行政复议". Alone before a number it stands for
	// its total (or, for a row without one, any of its figures).
	SubjectTerm
	// ColumnTerm refines the sentence's current subject to one of its columns:
	// "制发", "废止", "结果维持".
	ColumnTerm
	// AllUpheld says every case of the sentence's subjects was upheld:
	// "均获维持".
	AllUpheld
	// NoneCharged says no 信息处理费 was collected: "未收取信息处理费".
	NoneCharged
)

// Term is a phrase of prose that names figures of the tables. PROSE-FIGURE
// reads each sentence as a reviewer does: a number belongs to the phrase
// named closest before it, a category beats a general word ("同意公开答复9件"
// is 予以公开, not 答复), phrases joined by 及/和/与 add up, and a number that
// cannot be attributed is left alone.
type Term struct {
	Kind  TermKind
	Words string // regular expression of the phrase
	// Specific marks a FigureTerm that names one category of results; it
	// beats a general FigureTerm in the same stretch of text.
	Specific bool
	// Context is a regular expression the paragraph must match for the
	// term to count ("申请" for the words of table 三).
	Context string
	// Accept lists what a FigureTerm or SubjectTerm may equal: each alternative is
	// a sum of figures named by figure key, or by row key for a row's
	// total (for a row without one, any of its figures).
	Accept [][]string
	// Columns are the column keys a ColumnTerm may stand for; for
	// AllUpheld, the columns every case must be in.
	Columns []string
	// Unless is a regular expression of words that, standing between the
	// phrase and its number, mean something else is counted ("规范性文件
	// 备案审查15件" counts reviews, not documents); before a SubjectTerm in
	// its clause, that the row is not what is counted ("清理规范性文件120件").
	// Words of change ("减少3件") exclude for every term.
	Unless string
	// Counters are the counters a number must carry: "件个条".
	Counters        string
	phrase          phrase
	unless, context *regexp.Regexp
}

// Applies reports whether the term counts in a paragraph: the paragraph has
// its context.
func (t *Term) Applies(paragraph string) bool {
	return t.context == nil || t.context.MatchString(paragraph)
}

// Excludes reports whether the text between the phrase and its number
// (or, for a SubjectTerm, before the phrase in its clause) says something
// else is counted.
func (t *Term) Excludes(between string) bool {
	return changes.MatchString(between) || t.unless != nil && t.unless.MatchString(between)
}

// changes are the words of a change from another year: "行政复议减少3件"
// states a difference, not a count. They exclude for every term.
var changes = regexp.MustCompile(`减少|增加|增长|下降|上升|降低|提高|同比|环比|比上年|较上年|比去年|较去年`)

// Find returns where the phrase stands in s, as regexp's
// FindAllStringIndex does.
func (t *Term) Find(s string) [][]int { return t.phrase.findAll(s) }

// In reports whether the phrase stands in s.
func (t *Term) In(s string) bool { return len(t.phrase.findAll(s)) > 0 }

// counters of applications, cases, documents and money.
const (
	counted   = "件个条项"
	cases     = "件起宗个"
	documents = "件个份部"
	money     = "元"
)

// otherChannels are words of requests that are not applications for
// government information: hotline calls, letters, complaints.
const otherChannels = `留言|诉求|来电|热线|咨询|信件|来信|投诉|举报|建议|提案|办件`

// requestContext is what a paragraph about applications mentions.
const requestContext = `申请`

// requestTerms are the words of table 三 in prose.
func requestTerms() []*Term {
	figure := func(words string, specific bool, accept ...[]string) *Term {
		return &Term{Kind: FigureTerm, Words: words, Specific: specific, Context: requestContext, Accept: accept,
			Unless: otherChannels, Counters: counted}
	}
	one := func(key string) []string { return []string{key} }
	return []*Term{
		figure(`(?:上年|上一年|上年度|上一年度|`+TokenLastYear+`年度?)结转`, true, one("requests.carried_in")),
		figure(`结转(?:至|到)?下(?:一)?年度?|转(?:入|至)?下(?:一)?年度|结转(?:至|到)`+TokenNextYear+`年度?`, true, one("requests.carried_forward")),
		figure(`予以公开|同意公开|全部公开`, true, one("requests.disclosed")),
		figure(`部分公开`, true, one("requests.partly_disclosed")),
		figure(`不予公开`, true, one("requests.withheld")),
		figure(`无法提供`, true, one("requests.unavailable")),
		figure(`本机关不掌握|信息不存在`, true, one("requests.unavailable.not_held")),
		figure(`不予处理`, true, one("requests.not_processed")),
		figure(`其他处理`, true, one("requests.other")),
		figure(`(?:收到|受理|新收|接收|接到)`, false,
			one("requests.new"), []string{"requests.new", "requests.carried_in"}, one("requests.total")),
		figure(`(?:办结|答复|办理完毕|处理完毕)`, false,
			one("requests.total"), []string{"requests.new", "requests.carried_in"}),
	}
}

// appealTerms are the words of table 四 in prose.
func appealTerms() []*Term {
	litigation := []string{"appeals.litigation_direct", "appeals.litigation_after_review"}
	return []*Term{
		{Kind: SubjectTerm, Words: `行政复议|复议`, Accept: [][]string{{"appeals.review"}}, Unless: `培训|学习|讲座|宣传|案例`, Counters: cases},
		{Kind: SubjectTerm, Words: `行政诉讼|诉讼`, Accept: [][]string{litigation, litigation[:1], litigation[1:]}, Unless: `培训|学习|讲座|宣传|案例|出庭`, Counters: cases},
		{Kind: ColumnTerm, Words: `(?:结果)?维持`, Columns: []string{"upheld"}, Counters: cases},
		{Kind: ColumnTerm, Words: `(?:结果)?纠正`, Columns: []string{"corrected"}, Counters: cases},
		{Kind: ColumnTerm, Words: `其他结果`, Columns: []string{"other"}, Counters: cases},
		{Kind: ColumnTerm, Words: `尚未审结|未审结|正在审理|审理中`, Columns: []string{"pending"}, Counters: cases},
		{Kind: AllUpheld, Words: `(?:结果)?(?:均|全部|都)(?:已|被)?(?:依法)?(?:获得?|被|予以|为|得到)?维持`, Columns: []string{"upheld"}},
	}
}

// proactiveTerms are the words of table 二 in prose: the documents rows
// and their columns, as the format names them.
func proactiveTerms(issued, repealed, inForce []string) []*Term {
	other := `备案|审查|审核|解读|培训|宣传|征求|草案|合法性|评估|起草|清理|梳理|清查|修订|修改`
	terms := []*Term{
		{Kind: SubjectTerm, Words: `规章`, Accept: [][]string{{"proactive.regulations"}}, Unless: other, Counters: documents},
		{Kind: SubjectTerm, Words: `行政规范性文件|规范性文件`, Accept: [][]string{{"proactive.normative_documents"}}, Unless: other, Counters: documents},
		{Kind: ColumnTerm, Words: `制发|印发|出台|新制定|制定|发布`, Columns: issued, Counters: documents},
		{Kind: ColumnTerm, Words: `现行有效|有效`, Columns: inForce, Counters: documents},
	}
	if len(repealed) > 0 {
		terms = append(terms, &Term{Kind: ColumnTerm, Words: `清理废止|废止|宣布失效|失效`, Columns: repealed, Counters: documents})
	}
	return terms
}

// feeTerms are the words of the 信息处理费 statement in prose.
func feeTerms() []*Term {
	return []*Term{
		{Kind: NoneCharged, Words: `(?:未|没有|无|不)(?:向申请人)?收取(?:政府信息公开)?(?:信息)?处理费|(?:信息)?处理费(?:为)?(?:零|无)`},
		{Kind: FigureTerm, Specific: true, Words: `(?:收取|收缴|实收)?(?:政府信息公开)?信息处理费`, Accept: [][]string{{"other_matters.processing_fee.collected"}}, Counters: money},
	}
}

// terms are a format's terms: table 三, 四, the format's table 二 words and
// the fee.
func terms(proactive []*Term) []*Term {
	out := append(requestTerms(), appealTerms()...)
	out = append(out, proactive...)
	return append(out, feeTerms()...)
}

// compileTerms builds the expressions of a format's terms. Terms share
// their Unless and Context expressions, each compiled once.
func compileTerms(ts []*Term) {
	compiled := map[string]*regexp.Regexp{}
	compile := func(expr string) *regexp.Regexp {
		re, ok := compiled[expr]
		if !ok {
			re = regexp.MustCompile(expr)
			compiled[expr] = re
		}
		return re
	}
	for _, t := range ts {
		t.phrase = newPhrase(t.Words)
		if t.Unless != "" {
			t.unless = compile(t.Unless)
		}
		if t.Context != "" {
			t.context = compile(t.Context)
		}
	}
}
