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
	r.wide = t.Wide
	ids := cellIDs(t.ID, places)
	wrap := []string{"table"}
	switch {
	case t.Dense:
		wrap = append(wrap, "widest")
	case t.Wide:
		wrap = append(wrap, "wide")
	}
	fmt.Fprintf(&r.b, "<div%s role=\"region\" aria-label=\"%s\" tabindex=\"0\">\n", r.attr("wrap"), esc(t.Caption))
	fmt.Fprintf(&r.b, "<table%s id=\"%s\">\n<caption%s>%s</caption>\n", r.attr(wrap...), t.ID, r.attr("caption"), esc(t.Caption))
	r.colgroup(t)
	row := 0
	section := func(tag string, n int) {
		fmt.Fprintf(&r.b, "<%s>\n", tag)
		for end := row + n; row < end; row++ {
			r.b.WriteString("<tr>")
			for _, p := range places[row] {
				r.cell(p, ids, headersOf(p, places, cover, ids))
			}
			r.b.WriteString("</tr>\n")
		}
		fmt.Fprintf(&r.b, "</%s>\n", tag)
	}
	if len(t.Head) > 0 {
		section("thead", len(t.Head))
	}
	for _, g := range t.Groups {
		section("tbody", len(g))
	}
	r.b.WriteString("</table>\n</div>\n")
}

func (r *writer) colgroup(t *render.Table) {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	r.b.WriteString("<colgroup>")
	for _, w := range t.Widths {
		fmt.Fprintf(&r.b, `<col style="width:%.1f%%">`, float64(w)*100/float64(total))
	}
	r.b.WriteString("</colgroup>\n")
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
		fmt.Fprintf(&r.b, "<td%s%s%s>%s</td>", r.attr("td"), span, h, esc(c.Value))
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
	if r.wide && !c.Title && !c.Corner {
		text = r.words(c.Text)
	}
	if c.Note != "" {
		text += fmt.Sprintf("<span%s>%s</span>", r.attr("note"), esc(c.Note))
	}
	fmt.Fprintf(&r.b, "<th%s id=\"%s\"%s>%s</th>", r.attr(roles...), ids[c], span, text)
}

// words keeps the two-character words of a short header together in narrow
// columns: "结果维持" breaks as 结果/维持, never 结果维/持.
func (r *writer) words(s string) string {
	rs := []rune(s)
	if len(rs) < 4 || len(rs) > 6 {
		return esc(s)
	}
	var b strings.Builder
	for i := 0; i < len(rs); i += 2 {
		fmt.Fprintf(&b, "<span%s>%s</span>", r.attr("word"), esc(string(rs[i:min(i+2, len(rs))])))
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
