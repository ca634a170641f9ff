package pdf

import "nianbao/render"

// outlineLevels is how deep the bookmarks go: the six sections and their
// numbered parts ("一、", "（一）").
const outlineLevels = 2

// bookmark records an outline entry for a heading whose first line is at
// (page, y): level 0 for a section, 1 for its parts.
func (l *layout) bookmark(h *render.Heading, page int, y float64) {
	if h.Level < 1 || h.Level > outlineLevels {
		return
	}
	l.ops = append(l.ops, op{page: page, kind: opBookmark, y: y, text: h.Number + h.Text, level: h.Level - 1})
}
