package author

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholder marks prose still to be written; init and sum write it.
const Placeholder = "（待填写）"

// overviewLimit is the 2021 format's length guidance for 一: "篇幅原则上不超过一千字".
const overviewLimit = 1000

// sections checks that the prose sections are present and finished (R8, R10, R11).
func (c *checker) sections() {
	r := c.r
	spec := r.Spec
	for _, i := range []int{0, 4} {
		if r.section(i).empty() {
			c.add("SECTION-EMPTY", Error, r.SectionPos[i], spec.sectionName(i), "这一部分没有内容：按格式要求如实填写，不能遗漏")
		}
	}
	six := r.SectionPos[5]
	switch {
	case r.Format == Format2021 && (r.Fee == nil || r.Fee.Collected == nil):
		c.add("FEE-MISSING", Error, six, spec.sectionName(5),
			"2021 格式要求在此报告信息处理费收取情况（没有收取也要写）：other_matters: {processing_fee: {notices: 0, billed: 0, collected: 0}}")
	case r.Format == Format2019 && r.OtherMatters.empty():
		c.add("SECTION-EMPTY", Error, six, spec.sectionName(5), "这一部分没有内容：没有需要报告的事项也要写明，如“无其他需要报告的事项。”")
	}
	for _, t := range r.prose() {
		if i := strings.Index(t.text.S, "待填写"); i >= 0 {
			c.add("UNFINISHED", Warning, r.textPos(t.text, i), spec.sectionName(t.section), "这里还是模板的占位文字“待填写”：发布前写上实际内容")
		}
	}
	if n := proseLength(r.Overview); r.Format == Format2021 && n > overviewLimit {
		c.add("OVERVIEW-LENGTH", Warning, r.SectionPos[0], spec.sectionName(0),
			fmt.Sprintf("共 %d 字，格式要求“篇幅原则上不超过一千字”", n))
	}
}

func (p Prose) empty() bool { return partEmpty(Part{Text: p.Text, Parts: p.Parts}) }

func partEmpty(p Part) bool {
	if strings.TrimSpace(p.Text.S) != "" {
		return false
	}
	for _, sub := range p.Parts {
		if !partEmpty(sub) {
			return false
		}
	}
	return true
}

// proseText is one piece of prose and the section it belongs to.
type proseText struct {
	section int
	text    Text
}

// prose lists every piece of prose in the report, titles included, in order.
func (r *Report) prose() []proseText {
	var out []proseText
	add := func(section int, t Text) {
		if t.S != "" {
			out = append(out, proseText{section, t})
		}
	}
	var walk func(section int, ps []Part)
	walk = func(section int, ps []Part) {
		for _, p := range ps {
			add(section, p.Title)
			add(section, p.Text)
			walk(section, p.Parts)
		}
	}
	add(0, r.Preamble)
	for _, i := range []int{0, 4, 5} {
		p := r.section(i)
		add(i, p.Text)
		walk(i, p.Parts)
	}
	return out
}

// section returns the prose of section i (0, 4 or 5).
func (r *Report) section(i int) Prose {
	return map[int]Prose{0: r.Overview, 4: r.Problems, 5: r.OtherMatters}[i]
}

// proseLength counts the characters of a section, blanks excluded.
func proseLength(p Prose) int {
	return utf8.RuneCountInString(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, p.allText()))
}
