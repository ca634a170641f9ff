package spec

import "regexp"

// ProseClaim is a kind of figure that prose commonly states: the words that
// introduce it and the figures of the tables it may equal. PROSE-FIGURE
// compares what a report's prose says with its tables.
type ProseClaim struct {
	Words    string // regular expression of the words before the number
	Needs    string // the sentence must contain this ("" = no condition)
	Counters string // the counters that may follow the number: "件个条"
	// Accept lists what the number may equal: each alternative is a sum of
	// figures, named by figure key, or by row key for a row's total (or,
	// for a row without a total, any of its figures).
	Accept [][]string
	re     *regexp.Regexp
}

// Regexp matches the words, the number (group 1) and its counter.
func (p *ProseClaim) Regexp() *regexp.Regexp { return p.re }

// gap is what may stand between the words and their number: no digits, no
// clause breaks.
const gap = `[^0-9０-９，,。；;：:！？\n]{0,12}?`

// proseClaims lists the figures prose states in both formats, checked in
// order: a number is judged by the first that matches it.
func proseClaims() []*ProseClaim {
	litigation := []string{"appeals.litigation_direct", "appeals.litigation_after_review"}
	return []*ProseClaim{
		{Words: `(?:上年|上一年|上年度)结转`, Counters: "件个条", Accept: [][]string{{"requests.carried_in"}}},
		{Words: `结转(?:至|到)?下(?:一)?年`, Counters: "件个条", Accept: [][]string{{"requests.carried_forward"}}},
		{Words: `(?:收到|受理|新收|接收|接到)`, Needs: "申请", Counters: "件个条", Accept: [][]string{
			{"requests.new"}, {"requests.new", "requests.carried_in"}, {"requests.total"}}},
		{Words: `(?:办结|答复|办理完毕)`, Needs: "申请", Counters: "件个条", Accept: [][]string{
			{"requests.total"}, {"requests.new", "requests.carried_in"}}},
		{Words: `行政复议`, Counters: "件起宗次个", Accept: [][]string{{"appeals.review"}}},
		{Words: `行政诉讼`, Counters: "件起宗次个", Accept: [][]string{litigation, litigation[:1], litigation[1:]}},
		{Words: `规章`, Counters: "件部个份", Accept: [][]string{{"proactive.regulations"}}},
		{Words: `规范性文件`, Counters: "件个份", Accept: [][]string{{"proactive.normative_documents"}}},
		{Words: `信息处理费`, Counters: "元", Accept: [][]string{{"other_matters.processing_fee.collected"}}},
	}
}

// compile builds the expressions of a format's prose figures.
func compileProse(ps []*ProseClaim) {
	for _, p := range ps {
		number := `(\d+)`
		if p.Counters == "元" {
			number = `(\d+(?:\.\d+)?)`
		}
		p.re = regexp.MustCompile(p.Words + gap + number + `\s*[` + p.Counters + `]`)
	}
}
