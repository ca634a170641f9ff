package author

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// partNumbers are the numberings of part headings, as pages print them:
// （一）, 一、, 1. or 1、, （1）.
var partNumbers = []*regexp.Regexp{
	regexp.MustCompile(`^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*`),
	regexp.MustCompile(`^[一二三四五六七八九十]{1,3}\s*[、．.]\s*`),
	regexp.MustCompile(`^\d{1,2}\s*[、．.]\s*`),
	regexp.MustCompile(`^[（(]\s*\d{1,2}\s*[）)]\s*`),
}

// maxTitle is the longest a part's title may be.
const maxTitle = 40

// partHeading splits a line that starts a numbered part into the style of
// its numbering, its title and the text after the title ("（一）主动公开。
// 坚持……"); ok is false for a paragraph, even one that starts with a
// number ("1.5万件……").
func partHeading(line string) (style int, title, text string, ok bool) {
	for s, re := range partNumbers {
		loc := re.FindStringIndex(line)
		if loc == nil {
			continue
		}
		rest := line[loc[1]:]
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsDigit(r) {
			return 0, "", "", false
		}
		end := strings.IndexAny(rest, "。：:")
		if end < 0 {
			if runes(rest) > maxTitle {
				return 0, "", "", false
			}
			return s, rest, "", true
		}
		if end == 0 || runes(rest[:end]) > maxTitle {
			return 0, "", "", false
		}
		_, w := utf8.DecodeRuneInString(rest[end:])
		return s, rest[:end], strings.TrimSpace(rest[end+w:]), true
	}
	return 0, "", "", false
}

// proseOf builds a prose section from its lines: parts where lines start
// numbered parts (or, on a page with heading elements, where the headings
// are), the lines between them as each part's text, the lines before the
// first part as the section's own text.
func proseOf(items []pageItem, head Pos) Prose {
	tagged := false
	for _, it := range items {
		tagged = tagged || it.heading > 0
	}
	top := &Part{}
	var styles []int // the numbering style of each open part, outermost first
	for _, it := range items {
		if it.table != nil || it.blank || it.text == "" {
			continue
		}
		at := textPlace(it.pos)
		style, title, text, ok := 0, "", "", false
		switch {
		case tagged && it.heading > 0:
			style, title, ok = it.heading, stripNumber(it.text), true
		case !tagged:
			style, title, text, ok = partHeading(it.text)
		}
		if !ok {
			addLine(&openParts(top, len(styles))[len(styles)].Text, Text{S: it.text, Pos: at})
			continue
		}
		depth := len(styles)
		for d, s := range styles {
			if s == style {
				depth = d
				break
			}
		}
		styles = append(styles[:depth], style)
		parent := openParts(top, depth)[depth]
		part := Part{Title: Text{S: title, Pos: at}}
		if text != "" {
			part.Text = Text{S: text, Pos: at}
		}
		parent.Parts = append(parent.Parts, part)
	}
	p := Prose{Pos: head}
	switch {
	case len(top.Parts) == 0:
		p.Text = top.Text
	case top.Text.S != "":
		p.Parts = append([]Part{{Text: top.Text}}, top.Parts...)
	default:
		p.Parts = top.Parts
	}
	return p
}

// openParts lists the open parts: top, then the last part at each depth,
// n deep.
func openParts(top *Part, n int) []*Part {
	out := []*Part{top}
	for at := top; len(out) <= n; {
		at = &at.Parts[len(at.Parts)-1]
		out = append(out, at)
	}
	return out
}

// addLine adds a line to a text, as a paragraph of its own, noting where
// the line is.
func addLine(into *Text, t Text) {
	if into.S == "" {
		*into = Text{S: t.S, Pos: t.Pos, Lines: []Pos{t.Pos}}
		return
	}
	into.S += "\n" + t.S
	into.Lines = append(into.Lines, t.Pos)
}

// textPlace is the place of a line of prose: a named place, so that a
// finding inside the text points at the line where the paragraph starts
// (the lines of a page's paragraph are not the lines of its source).
func textPlace(p Pos) Pos {
	return Pos{Line: p.Line, Col: p.Col, Ref: fmt.Sprintf("%d:%d", p.Line, max(p.Col, 1))}
}

// stripNumber removes the numbering before a heading's title.
func stripNumber(s string) string {
	if m := titleNumber.FindString(s); m != "" && m != s {
		return strings.TrimSpace(strings.TrimPrefix(s, m))
	}
	return s
}
