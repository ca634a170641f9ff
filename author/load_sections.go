package author

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Section names in messages: "一、总体情况".
func (s *Spec) sectionName(i int) string {
	return [6]string{"一", "二", "三", "四", "五", "六"}[i] + "、" + s.Sections[i]
}

// sections reads the six sections.
func (l *loader) sections(top map[string]field, rootPos Pos) {
	r, spec := l.r, l.r.Spec
	for i, key := range SectionKeys {
		r.SectionPos[i] = rootPos
		if f, ok := top[key]; ok {
			r.SectionPos[i] = posOf(f.Key)
		} else if key != "other_matters" {
			l.add("SECTION-MISSING", Error, rootPos, spec.sectionName(i), fmt.Sprintf("缺少这一部分：加上键 %s（nianbao init 生成的模板里有完整写法）", key))
		}
	}
	if f, ok := top["overview"]; ok {
		r.Overview = l.prose(f.Value, "overview")
	}
	if f, ok := top["problems"]; ok {
		r.Problems = l.prose(f.Value, "problems")
	}
	l.proactive(top["proactive"])
	l.requests(top["requests"])
	l.appeals(top["appeals"])
	if f, ok := top["other_matters"]; ok {
		l.otherMatters(f.Value)
	}
}

var partKeys = []string{"title", "text", "parts"}

// prose reads a section's text: a string, or a list of {title, text, parts}.
func (l *loader) prose(n *yaml.Node, where string) Prose {
	p := Prose{Pos: posOf(n)}
	if n.Kind == yaml.SequenceNode {
		p.Parts = l.parts(n, where)
		return p
	}
	p.Text = l.text(n, where)
	return p
}

func (l *loader) parts(n *yaml.Node, where string) []Part {
	var out []Part
	for i, item := range n.Content {
		item = resolve(item)
		at := fmt.Sprintf("%s[%d]", where, i)
		if item.Kind == yaml.ScalarNode {
			// An untitled item: paragraphs before or between the numbered parts.
			out = append(out, Part{Text: l.text(item, at)})
			continue
		}
		m := l.mapping(item, at, partKeys)
		var part Part
		if f, ok := m["title"]; ok {
			part.Title = l.title(f.Value, at+".title")
		}
		if strings.TrimSpace(part.Title.S) == "" {
			l.add("KEY-MISSING", Error, posOf(item), at, "这一部分缺少标题：title: 标题（不写编号，编号由工具生成）")
		}
		if f, ok := m["text"]; ok {
			part.Text = l.text(f.Value, at+".text")
		}
		if f, ok := m["parts"]; ok {
			if f.Value.Kind != yaml.SequenceNode {
				l.add("VALUE-TYPE", Error, posOf(f.Value), at+".parts", "parts 应是列表，每项有 title 和 text")
			} else {
				part.Parts = l.parts(f.Value, at+".parts")
			}
		}
		out = append(out, part)
	}
	return out
}

// titleNumber matches numbering a clerk typed before a title: "（一）",
// "一、", "1.", "(1)", "第一部分".
var titleNumber = regexp.MustCompile(`^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十\d]+\s*[、.．，,]|第[一二三四五六七八九十\d]+部分)\s*`)

// title reads a part title; numbering typed before it is removed (the tool
// numbers the parts) with a warning.
func (l *loader) title(n *yaml.Node, cell string) Text {
	t := l.text(n, cell)
	if m := titleNumber.FindString(t.S); m != "" && m != t.S {
		l.add("TITLE-NUMBER", Warning, t.Pos, cell, fmt.Sprintf("标题前的编号“%s”由工具生成，已去掉：只写标题文字", strings.TrimSpace(m)))
		t.S = strings.TrimPrefix(t.S, m)
	}
	return t
}

var otherMattersKeys = []string{"processing_fee", "text"}
var feeKeys = []string{"notices", "billed", "collected"}

func (l *loader) otherMatters(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		l.add("VALUE-TYPE", Error, posOf(n), "other_matters", "other_matters 下分 processing_fee（信息处理费）和 text（文字）两项")
		return
	}
	m := l.mapping(n, "other_matters", otherMattersKeys)
	if f, ok := m["text"]; ok {
		l.r.OtherMatters = l.prose(f.Value, "other_matters.text")
	}
	f, ok := m["processing_fee"]
	if !ok {
		return
	}
	fee := &Fee{Pos: posOf(f.Key)}
	fm := l.mapping(f.Value, "other_matters.processing_fee", feeKeys)
	kinds := []Kind{KindCount, KindMoney, KindMoney}
	targets := []**Value{&fee.Notices, &fee.Billed, &fee.Collected}
	for i, k := range feeKeys {
		if vf, ok := fm[k]; ok {
			v := l.number(vf.Value, kinds[i], "信息处理费·"+feeLabels[i])
			*targets[i] = &v
		}
	}
	l.r.Fee = fee
}
