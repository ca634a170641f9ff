package spec

import (
	"reflect"
	"regexp"
	"testing"
)

// TestPhrase: the phrase finds what a regular expression search finds, in
// prose of every kind, for every term of every format and for expressions
// it cannot narrow to first characters.
func TestPhrase(t *testing.T) {
	texts := []string{
		"",
		"本年度共收到政府信息公开申请95件，予以公开（含部分公开）53件，上年结转3件，结转下一年度办理2件。",
		"行政复议7件，行政诉讼9件，均获维持；结果均为维持。未收取信息处理费，信息处理费为零。",
		"全年制发规范性文件6件、废止2件，现行有效行政规范性文件470件；清理废止15件。",
		"复议复议行政复议诉讼诉讼行政诉讼维持结果维持结果纠正纠正",
		"abc 123 ＡＢＣ　２０２４年 ¥1,234.5万元",
		"\xff\xfe 不完整的字节",
	}
	exprs := []string{`a|b`, `公开|公开申请`, `申请|公开申请`, `(?i)abc`, `\b维持`, `.维持`, `x*`, `[\p{Han}]公开`, `[至到]下一年度`}
	for _, id := range IDs() {
		f, err := Get(id, "", Lookup(id, "").Years.From)
		if err != nil {
			t.Fatal(err)
		}
		for _, term := range f.Terms {
			exprs = append(exprs, term.Words)
		}
	}
	for _, expr := range exprs {
		p, re := newPhrase(expr), regexp.MustCompile(expr)
		for _, s := range texts {
			if got, want := p.findAll(s), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q in %q: %v, want %v", expr, s, got, want)
			}
		}
	}
	if _, any := firstRunes(`予以公开|同意公开`); any {
		t.Error("a list of words has first characters")
	}
}
