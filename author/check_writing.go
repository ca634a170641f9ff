package author

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/spec"
)

// docRE is a document number of the General Office, as clerks type it:
// "国办公开办函〔2021〕30号", "国办公开办函（2021）30号", "国办公开办函202130 号".
var docRE = regexp.MustCompile(`(国办(?:公开办函|公开办|发|函)?)\s*([（(〔\[【［]?)\s*(\d{4})\s*([）)〕\]】］]?)\s*(\d{1,3})\s*号`)

// docNumber reports document numbers written with the wrong brackets, and
// notices cited for the annual report that no format has (DOC-NUMBER).
func (c *checker) docNumber(rule *spec.Rule) {
	r := c.r
	for _, t := range r.prose() {
		s := t.text.S
		for _, m := range docRE.FindAllStringSubmatchIndex(s, -1) {
			g := func(k int) string { return s[m[2*k]:m[2*k+1]] }
			written, fixed := s[m[0]:m[1]], g(1)+"〔"+g(3)+"〕"+g(5)+"号"
			pos := r.textPos(t.text, m[0])
			switch {
			case g(2) != "〔" || g(4) != "〕":
				c.add(rule, pos, t.cell, fmt.Sprintf("文号“%s”写法不对：年份用六角括号“〔〕”，写作“%s”", written, fixed))
			case strings.Contains(sentenceAround(s, m[0]), "年度报告") && !isNotice(fixed):
				c.add(rule, pos, t.cell, fmt.Sprintf("引用的“%s”不是%s格式的通知：本报告的格式是%s", written, spec.ReportTitle, r.Spec.Notice.Number))
			}
		}
	}
}

// isNotice reports whether a document number is the notice of a format.
func isNotice(number string) bool {
	for _, id := range spec.IDs() {
		if f := spec.Lookup(id, ""); f != nil && f.Notice.Number == number {
			return true
		}
	}
	return false
}

// sentenceAround is the sentence of s that holds the byte offset at.
func sentenceAround(s string, at int) string {
	start := strings.LastIndexAny(s[:at], "。！？\n") + 1
	end := strings.IndexAny(s[at:], "。！？\n")
	if end < 0 {
		return s[start:]
	}
	return s[start : at+end]
}

// fullWidth maps the ASCII punctuation Chinese prose must not use to the
// marks it should.
var fullWidth = map[rune]rune{',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'}

// addressRE finds web and mail addresses, whose punctuation is theirs.
var addressRE = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s，。；、）)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

// punctuation reports ASCII punctuation beside Chinese characters in the
// prose (PUNCTUATION): one finding for the report, at the first, counting
// them and listing every place.
func (c *checker) punctuation(rule *spec.Rule) {
	r := c.r
	var places []Place
	example := ""
	for _, t := range r.prose() {
		s := t.text.S
		var skip [][]int
		if strings.ContainsAny(s, ".@") || strings.Contains(s, "://") { // in every address
			skip = addressRE.FindAllStringIndex(s, -1)
		}
		for i, ch := range s {
			if _, ok := fullWidth[ch]; !ok || inRanges(skip, i) || !besideHan(s, i) {
				continue
			}
			p := r.textPos(t.text, i)
			places = append(places, Place{Line: p.Line, Col: p.Col, Ref: p.Ref, Cell: t.cell})
			if example == "" {
				example = around(s, i)
			}
		}
	}
	if len(places) == 0 {
		return
	}
	c.add(rule, Pos{Line: places[0].Line, Col: places[0].Col, Ref: places[0].Ref}, places[0].Cell,
		fmt.Sprintf("正文中有 %d 处半角标点（如“%s”）：中文句子中应使用全角的“，”“；”“：”“？”“！”“（）”", len(places), example))
	c.fs[len(c.fs)-1].Places = places
}

// besideHan reports whether the character at i has a Chinese character
// next to it (spaces skipped).
func besideHan(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	_, w := utf8.DecodeRuneInString(s[i:])
	after := strings.TrimLeft(s[i+w:], " ")
	b, _ := utf8.DecodeLastRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	return unicode.Is(unicode.Han, b) || unicode.Is(unicode.Han, a)
}

// around is the text two characters either side of the byte offset i.
func around(s string, i int) string {
	rs := []rune(s)
	at := utf8.RuneCountInString(s[:i])
	return string(rs[max(0, at-2):min(len(rs), at+3)])
}

func inRanges(rs [][]int, i int) bool {
	for _, r := range rs {
		if i >= r[0] && i < r[1] {
			return true
		}
	}
	return false
}
