package author

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/spec"
)

// sectionsEmpty reports a required prose section without content
// (SECTION-EMPTY). Section 六 of a format that asks for the fee statement
// counts as written when the statement is.
func (c *checker) sectionsEmpty(rule *spec.Rule) {
	r := c.r
	for _, s := range r.Spec.ProseSections() {
		if !s.Required || !r.Prose[s.Index].empty() || (s.Fee && r.Spec.Fee.Required) {
			continue
		}
		msg := "这一部分没有内容：按格式要求如实填写，不能遗漏"
		if s.Fee {
			msg = fmt.Sprintf("这一部分没有内容：没有需要报告的事项也要写明，如“无%s。”", s.Title)
		}
		c.add(rule, r.SectionPos[s.Index], s.Heading(), msg)
	}
}

// feeMissing reports a format's required fee statement that is absent
// (FEE-MISSING).
func (c *checker) feeMissing(rule *spec.Rule) {
	r := c.r
	fee := r.Spec.Fee
	if r.Fee.Get(fee, spec.FeeCollected) != nil {
		return
	}
	for _, s := range r.Spec.Sections {
		if s.Fee {
			var zeros []string
			for _, f := range fee.Fields {
				zeros = append(zeros, f.Key+": 0")
			}
			c.add(rule, r.SectionPos[s.Index], s.Heading(), fmt.Sprintf("%s 格式要求在此报告%s收取情况（没有收取也要写）：%s: {%s: {%s}}",
				r.Spec.ID, fee.Label, s.Key, fee.Key, strings.Join(zeros, ", ")))
		}
	}
}

// unfinished reports the template placeholders left in the prose
// (UNFINISHED): one finding at the first, counting them by section and
// listing every place.
func (c *checker) unfinished(rule *spec.Rule) {
	r := c.r
	mark := strings.Trim(r.Spec.Texts.Placeholder, "（）")
	var places []Place
	var cells []string
	count := map[string]int{}
	for _, t := range r.prose() {
		if i := strings.Index(t.text.S, mark); i >= 0 {
			p := r.textPos(t.text, i)
			places = append(places, Place{Line: p.Line, Col: p.Col, Ref: p.Ref, Cell: t.cell})
			if count[t.cell] == 0 {
				cells = append(cells, t.cell)
			}
			count[t.cell]++
		}
	}
	if len(places) == 0 {
		return
	}
	first := Pos{Line: places[0].Line, Col: places[0].Col, Ref: places[0].Ref}
	if len(places) == 1 {
		c.add(rule, first, cells[0], fmt.Sprintf("这里还是模板的占位文字“%s”：发布前写上实际内容", mark))
		return
	}
	var parts []string
	for _, cell := range cells {
		parts = append(parts, fmt.Sprintf("%s %d 处", cell, count[cell]))
	}
	c.add(rule, first, "", fmt.Sprintf("还有 %d 处模板的占位文字“%s”（%s）：发布前写上实际内容", len(places), mark, strings.Join(parts, "，")))
	c.fs[len(c.fs)-1].Places = places
}

// overviewLength applies the format's length guidance to its sections
// (OVERVIEW-LENGTH).
func (c *checker) overviewLength(rule *spec.Rule) {
	r := c.r
	for _, s := range r.Spec.ProseSections() {
		if n := proseLength(r.Prose[s.Index]); s.Limit > 0 && n > s.Limit {
			c.add(rule, r.SectionPos[s.Index], s.Heading(), fmt.Sprintf("共 %d 字，格式要求篇幅原则上不超过 %d 字", n, s.Limit))
		}
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

// proseText is one piece of prose and the cell findings in it name: its
// section's heading, or the preamble's.
type proseText struct {
	cell string
	text Text
}

// prose lists every piece of prose in the report, titles included, in
// order: the preamble, then the sections (the text a page prints beside a
// table included).
func (r *Report) prose() []proseText {
	var out []proseText
	add := func(cell string, t Text) {
		if t.S != "" {
			out = append(out, proseText{cell, t})
		}
	}
	var walk func(cell string, ps []Part)
	walk = func(cell string, ps []Part) {
		for _, p := range ps {
			add(cell, p.Title)
			add(cell, p.Text)
			walk(cell, p.Parts)
		}
	}
	add(preambleCell, r.Preamble)
	for _, s := range r.Spec.Sections {
		if s.Kind == spec.TableSection {
			add(s.Heading(), r.TableNotes[s.Index])
			continue
		}
		p := r.Prose[s.Index]
		add(s.Heading(), p.Text)
		walk(s.Heading(), p.Parts)
	}
	return out
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
