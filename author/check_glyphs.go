package author

import (
	"fmt"
	"strings"

	"nianbao/render"
	"nianbao/spec"
)

// roleText is a piece of user text and the typeface role that draws it.
type roleText struct {
	text Text
	role render.Role
}

// roleTexts lists the user's text with the role of each: the agency also
// appears in the title, headings take their level's face.
func (r *Report) roleTexts() []roleText {
	out := []roleText{{r.Agency, render.RoleTitle}, {r.Agency, render.RoleBody}, {r.Preamble, render.RoleBody}, {r.Website, render.RoleBody}}
	for _, t := range r.Contact.fields() {
		out = append(out, roleText{*t, render.RoleBody})
	}
	var walk func(ps []Part, level int)
	walk = func(ps []Part, level int) {
		for _, p := range ps {
			out = append(out, roleText{p.Title, render.HeadingRole(level)}, roleText{p.Text, render.RoleBody})
			walk(p.Parts, level+1)
		}
	}
	for _, s := range r.Spec.ProseSections() {
		p := r.Prose[s.Index]
		out = append(out, roleText{p.Text, render.RoleBody})
		walk(p.Parts, 2)
	}
	return out
}

// glyphs reports characters the PDF cannot draw (GLYPH-MISSING): beyond
// U+FFFF, or missing from the font of the role that draws them.
func (c *checker) glyphs(rule *spec.Rule) {
	g := c.opt.Glyphs
	if g == nil {
		return
	}
	for _, rt := range c.r.roleTexts() {
		var missing []string
		first, beyond := -1, false
		seen := map[rune]bool{}
		for i, ch := range rt.text.S {
			if ch == '\n' || ch == '\t' || ch == '\r' || seen[ch] {
				continue
			}
			if ch > 0xFFFF || !g.Has(rt.role, ch) {
				seen[ch] = true
				beyond = beyond || ch > 0xFFFF
				missing = append(missing, fmt.Sprintf("“%c”（U+%04X）", ch, ch))
				if first < 0 {
					first = i
				}
			}
		}
		if first < 0 {
			continue
		}
		why := fmt.Sprintf("%s字体没有这些字符", rt.role)
		if beyond {
			why = "U+FFFF 以上的字符无法嵌入 PDF，" + why
		}
		c.add(rule, c.r.textPos(rt.text, first), "",
			fmt.Sprintf("%s，PDF 无法显示：%s。请改用常用写法，或用 --font-* 指定含这些字的 TrueType 字体", strings.Join(missing, ""), why))
	}
}
