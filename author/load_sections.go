package author

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// sections reads the six sections.
func (l *loader) sections(top map[string]field, rootPos Pos) {
	r, format := l.r, l.r.Spec
	for i, s := range format.Sections {
		r.SectionPos[i] = rootPos
		if f, ok := top[s.Key]; ok {
			r.SectionPos[i] = posOf(f.Key)
		} else if !l.optionalSection(s) {
			l.add(spec.SectionMissing, rootPos, s.Heading(), fmt.Sprintf("缺少这一部分：加上键 %s（nianbao init 生成的模板里有完整写法）", s.Key))
		}
	}
	for _, s := range format.Sections {
		f, ok := top[s.Key]
		switch {
		case s.Kind == spec.TableSection:
			l.table(s, f)
		case !ok:
		case s.Fee:
			l.otherMatters(s, f.Value)
		default:
			r.Prose[s.Index] = l.prose(f.Value, s.Key)
		}
	}
}

// optionalSection reports whether a missing section key is not reported as
// missing: section 六, whose absence the rules on its content report.
func (l *loader) optionalSection(s *spec.Section) bool { return s.Fee }

// table reads the table of a table section.
func (l *loader) table(s *spec.Section, f field) {
	switch t := l.r.Spec; s.Index {
	case t.Proactive.Section:
		l.proactive(f)
	case t.Requests.Section:
		l.requests(f)
	case t.Appeals.Section:
		l.appeals(f)
	}
}

// Keys of a titled part.
const (
	keyTitle = "title"
	keyText  = "text"
	keyParts = "parts"
)

var partKeys = []string{keyTitle, keyText, keyParts}

// prose reads a section's text: a string, or a list of {title, text, parts}.
func (l *loader) prose(n *yaml.Node, where string) Prose {
	p := Prose{Pos: posOf(n)}
	if n.Kind == yaml.SequenceNode {
		p.Parts = l.parts(n, where, firstPartLevel)
		return p
	}
	p.Text = l.text(n, where)
	return p
}

// parts reads a list of parts whose titles are headings of the level.
// Parts below the last numbered level are refused and left out: the
// format has no number for them.
func (l *loader) parts(n *yaml.Node, where string, level int) []Part {
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
		f, ok := m[keyTitle]
		if ok {
			part.Title = l.title(f.Value, at+"."+keyTitle)
		}
		if !ok || (f.Value.Kind == yaml.ScalarNode && strings.TrimSpace(f.Value.Value) == "") {
			l.add(spec.KeyMissing, posOf(item), at, "这一部分缺少标题：title: 标题（不写编号，编号由工具生成）")
		}
		if f, ok := m[keyText]; ok {
			part.Text = l.text(f.Value, at+"."+keyText)
		}
		if f, ok := m[keyParts]; ok {
			switch {
			case f.Value.Kind != yaml.SequenceNode:
				l.add(spec.ValueType, posOf(f.Value), at+"."+keyParts, "parts 应是列表，每项有 title 和 text")
			case level >= maxPartLevel:
				l.add(spec.LimitDepth, posOf(f.Key), at+"."+keyParts, fmt.Sprintf("小标题最多 %d 级（一、（一）1.（1））：这里是第 %d 级，没有编号可用。把这一级写成上一级的文字，或改为上一级的小标题", maxPartLevel, level+1))
			default:
				part.Parts = l.parts(f.Value, at+"."+keyParts, level+1)
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
		l.add(spec.TitleNumber, t.Pos, cell, fmt.Sprintf("标题前的编号“%s”由工具生成，已去掉：只写标题文字", strings.TrimSpace(m)))
		t.S = strings.TrimPrefix(t.S, m)
	}
	return t
}

// otherMatters reads section 六: the fee statement and the text.
func (l *loader) otherMatters(s *spec.Section, n *yaml.Node) {
	fee := l.r.Spec.Fee
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		l.add(spec.ValueType, posOf(n), s.Key, fmt.Sprintf("%s 下分 %s（%s）和 %s（文字）两项", s.Key, fee.Key, fee.Label, keyText))
		return
	}
	m := l.mapping(n, s.Key, []string{fee.Key, keyText})
	if f, ok := m[keyText]; ok {
		l.r.Prose[s.Index] = l.prose(f.Value, s.Key+"."+keyText)
	}
	f, ok := m[fee.Key]
	if !ok {
		return
	}
	var keys []string
	for _, field := range fee.Fields {
		keys = append(keys, field.Key)
	}
	r := &Fee{Pos: posOf(f.Key), Values: make([]*Value, len(fee.Fields))}
	fm := l.mapping(f.Value, s.Key+"."+fee.Key, keys)
	for i, field := range fee.Fields {
		if vf, ok := fm[field.Key]; ok {
			v := l.number(vf.Value, spec.Column{Kind: field.Kind}, fee.FieldName(field))
			r.Values[i] = &v
		} else if l.typos[fee.FieldKey(s.Key, field)] {
			r.Values[i] = &Value{Pos: posOf(f.Value), Bad: true} // its key is misspelt: reported, not missing
		}
	}
	l.r.Fee = r
}
