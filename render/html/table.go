package html

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"nianbao/render"
)

// table writes an official table: <caption>, a <thead> of the header rows,
// one <tbody> per row group. Header cells carry ids and figures name them in
// headers="…", so a screen reader announces 自然人 and 一、本年新收… with the
// number.
func (r *writer) table(t *render.Table) {
	rows := t.Rows()
	places, cover := render.Grid(rows, t.Columns)
	ids := cellIDs(t.ID, places)
	wrap := []string{"table"}
	switch {
	case t.Dense:
		wrap = append(wrap, "widest")
	case t.Wide:
		wrap = append(wrap, "wide")
	}
	fmt.Fprintf(r.b, "<div%s role=\"region\" aria-label=\"%s\" tabindex=\"0\">\n", r.attr("wrap"), esc(t.Caption))
	fmt.Fprintf(r.b, "<table%s id=\"%s\">\n<caption%s>%s</caption>\n", r.attr(wrap...), t.ID, r.attr("caption"), esc(t.Caption))
	r.colgroup(t, cover[len(t.Head):])
	row := 0
	section := func(tag string, n int) {
		fmt.Fprintf(r.b, "<%s>\n", tag)
		for end := row + n; row < end; row++ {
			r.b.WriteString("<tr>")
			for _, p := range places[row] {
				r.cell(p, ids, headersOf(p, places, cover, ids))
			}
			r.b.WriteString("</tr>\n")
		}
		fmt.Fprintf(r.b, "</%s>\n", tag)
	}
	if len(t.Head) > 0 {
		section("thead", len(t.Head))
	}
	for _, g := range t.Groups {
		section("tbody", len(g))
	}
	r.b.WriteString("</table>\n</div>\n")
}

// colgroup writes the relative column widths; a column of figures only
// (no label in the body rows) is marked "num", which print narrows so that
// the labels take fewer lines.
func (r *writer) colgroup(t *render.Table, body [][]*render.Cell) {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	r.b.WriteString("<colgroup>")
	for c, w := range t.Widths {
		num := ""
		if figuresOnly(body, c) {
			num = r.attr("num")
		}
		fmt.Fprintf(r.b, `<col%s style="width:%.1f%%">`, num, float64(w)*100/float64(total))
	}
	r.b.WriteString("</colgroup>\n")
}

// figuresOnly reports whether column c of the body rows holds figures only.
func figuresOnly(body [][]*render.Cell, c int) bool {
	for _, row := range body {
		if row[c] == nil || row[c].Header {
			return false
		}
	}
	return len(body) > 0
}

func (r *writer) cell(p render.Place, ids map[*render.Cell]string, headers []string) {
	c := p.Cell
	span := ""
	if c.ColSpan > 1 {
		span += fmt.Sprintf(` colspan="%d"`, c.ColSpan)
	}
	if c.RowSpan > 1 {
		span += fmt.Sprintf(` rowspan="%d"`, c.RowSpan)
	}
	if !c.Header {
		h := ""
		if len(headers) > 0 {
			h = ` headers="` + strings.Join(headers, " ") + `"`
		}
		fmt.Fprintf(r.b, "<td%s%s%s>%s</td>", r.attr("td"), span, h, esc(c.Value))
		return
	}
	roles := []string{"th"}
	if c.Title {
		roles = append(roles, "th-title")
	}
	if c.Corner {
		roles = append(roles, "th-corner")
	}
	if c.RowSpan > 1 && max(c.ColSpan, 1) == 1 && utf8.RuneCountInString(c.Text) > 3 {
		roles = append(roles, "th-span") // three characters a line at least, as in the PDF
	}
	text := esc(c.Text)
	if !c.Title && !c.Corner {
		text = r.labelWords(c.Text)
	}
	if c.Note != "" {
		text += fmt.Sprintf("<span%s>%s</span>", r.attr("note"), esc(c.Note))
	}
	fmt.Fprintf(r.b, "<th%s id=\"%s\"%s>%s</th>", r.attr(roles...), ids[c], span, text)
}

// labelWords keeps the words of a short label together (render.LabelWords,
// where the PDF breaks it too), so that a narrow column never wraps it
// into single characters: "结果维持" breaks as 结果/维持, "复议后起诉" as
// 复议后/起诉; "总计" and "自然人" do not break.
func (r *writer) labelWords(s string) string {
	words := render.LabelWords(s)
	if words == nil {
		return esc(s)
	}
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "<span%s>%s</span>", r.attr("word"), esc(w))
	}
	return b.String()
}

// cellIDs names every header cell: table id, row and column of its corner.
func cellIDs(table string, places [][]render.Place) map[*render.Cell]string {
	ids := map[*render.Cell]string{}
	for _, row := range places {
		for _, p := range row {
			if p.Cell.Header {
				ids[p.Cell] = fmt.Sprintf("%s-r%dc%d", table, p.Row+1, p.Col+1)
			}
		}
	}
	return ids
}

// headersOf lists the ids of the header cells that name a figure.
func headersOf(p render.Place, places [][]render.Place, cover [][]*render.Cell, ids map[*render.Cell]string) []string {
	if p.Cell.Header {
		return nil
	}
	cols, rows := render.HeadersOf(p, places, cover)
	var out []string
	for _, h := range append(cols, rows...) {
		out = append(out, ids[h])
	}
	return out
}
