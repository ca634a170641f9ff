package author

import (
	"fmt"
	"regexp"
	"strings"

	"nianbao/spec"
)

// fill writes the rows read from the page into the report: each official
// row's figures as printed (its total as the report's own), blanks as
// unreadable figures with BLANK-CELL, and findings for what the page lacks,
// prints twice, or prints in a way that cannot be assigned.
func (rd *pageReader) fill(r *Report, tr *tableReader) {
	found := rd.firstRows(tr.rows)
	lumped := map[*spec.Node]bool{}
	for _, pr := range found {
		if pr.lump {
			lumped[pr.row.Group] = true
		}
	}
	absent := rd.absentTables(r, found)
	var near Pos
	fc := &fillCols{rd: rd, seen: map[string]bool{}}
	for _, s := range r.Spec.Rows {
		row, pr := r.Row(s), found[s]
		switch {
		case absent[s.Table]:
			row.spoil()
		case pr == nil && (s.Optional || s.Derived || lumped[s.Group]):
			row.Given = false
		case pr == nil:
			rd.add(spec.PageMissing, near, s.FullName(), "页面的表格中找不到这一行：这一行的数字没有读入")
			rd.src.Unmapped = append(rd.src.Unmapped, s.FullName()+"：页面的表格中没有这一行")
			row.spoil()
		case pr.why != "":
			rd.add(spec.PageAmbiguous, pr.pos, s.FullName(), pr.why+"：不猜测，这一行没有读入，请对照页面核对")
			rd.src.Unmapped = append(rd.src.Unmapped, fmt.Sprintf("%s：%s 页面上的“%s”之后是 %s，无法确定各数字属于哪一列",
				s.FullName(), pr.pos, or(pr.label, s.Table.Number), strings.Join(pr.raw, "、")))
			row.Given, row.Pos = true, pr.pos
			row.spoil()
		default:
			fc.values(row, pr)
		}
		if pr != nil {
			near = pr.pos
		}
	}
	rd.strays(tr.strays)
}

// firstRows picks each official row's printing: the first one that could
// be read, and reports a second printing with other figures.
func (rd *pageReader) firstRows(rows []*pageRow) map[*spec.Row]*pageRow {
	found := map[*spec.Row]*pageRow{}
	for _, pr := range rows {
		prev := found[pr.row]
		switch {
		case prev == nil || (prev.why != "" && pr.why == ""):
			found[pr.row] = pr
		case pr.why == "" && strings.Join(cellTexts(prev), "|") != strings.Join(cellTexts(pr), "|"):
			rd.add(spec.PageMapping, pr.pos, pr.row.FullName(), fmt.Sprintf("这一行在页面上出现两次，数字不同（%s；%s）：按第一次读入",
				strings.Join(cellTexts(prev), "、"), strings.Join(cellTexts(pr), "、")))
		}
	}
	return found
}

// cellTexts lists a printed row's cells, the total last.
func cellTexts(pr *pageRow) []string {
	var out []string
	for _, c := range append(append([]*pageCell(nil), pr.cells...), pr.total) {
		if c != nil {
			out = append(out, strings.TrimSpace(c.text))
		}
	}
	return out
}

// absentTables reports the tables of which the page prints no row at all,
// once each, and returns them.
func (rd *pageReader) absentTables(r *Report, found map[*spec.Row]*pageRow) map[*spec.Table]bool {
	out := map[*spec.Table]bool{}
	for _, t := range r.Spec.Tables() {
		seen := false
		for _, s := range t.Rows {
			seen = seen || found[s] != nil
		}
		if seen {
			continue
		}
		out[t] = true
		pos := rd.titlePos()
		if at := rd.lay.sections[t.Section]; at >= 0 {
			pos = rd.p.items[at].pos
		}
		rd.add(spec.PageMissing, pos, t.Name(), "页面上找不到这张表（或表格是图片）：这张表的数字没有读入")
	}
	return out
}

// fillCols fills rows, reporting a data column the page's table lacks once.
type fillCols struct {
	rd   *pageReader
	seen map[string]bool
}

// values reads a printed row's figures into the report's row.
func (fc *fillCols) values(row *Row, pr *pageRow) {
	rd, s := fc.rd, row.Spec
	row.Given, row.Pos = true, pr.pos
	vals := make([]Value, len(s.Columns))
	for i := range s.Columns {
		cell := s.Cell(&s.Columns[i])
		if c := pr.cells[i]; c != nil {
			vals[i] = rd.value(c, s.Columns[i], cell)
			continue
		}
		vals[i] = Value{Pos: pr.pos, Bad: true}
		if key := s.Table.Number + s.Columns[i].Label; !fc.seen[key] {
			fc.seen[key] = true
			rd.add(spec.PageMissing, pr.pos, cell, fmt.Sprintf("页面上的%s没有“%s”这一列：这一列的数字没有读入", s.Table.Number, s.Columns[i].Label))
		}
	}
	if pr.total != nil && s.Total != nil {
		v := rd.value(pr.total, spec.Column{Kind: spec.Count}, s.Cell(s.Total))
		row.Reported = &v
	}
	if s.Derived {
		row.Claimed = vals
	} else {
		row.Values = vals
	}
	if pr.like {
		rd.add(spec.PageMapping, pr.pos, s.FullName(), fmt.Sprintf("页面上的行名“%s”与官方格式的“%s”不同（错字或改动）：按“%s”读入", pr.label, s.Label, s.Name))
	}
	if pr.lump {
		rd.lumpFinding(s, pr)
	}
}

// lumpFinding explains a group printed as one row.
func (rd *pageReader) lumpFinding(s *spec.Row, pr *pageRow) {
	var parts []string
	for _, c := range s.Group.Children {
		parts = append(parts, c.Label)
	}
	rd.add(spec.PageHybrid, pr.pos, s.Table.Number+"·"+s.Group.Label, fmt.Sprintf("页面把“%s”印成一行（"+rd.f.OneRowName(s)+"的写法），%s分为 %s %d 行：页面上的数字全部记入“%s”；今后请分行填写",
		s.Group.Label, rd.f.Name(), strings.Join(parts, "、"), len(parts), s.Label))
}

// strays reports printed rows that are no official row.
func (rd *pageReader) strays(strays []stray) {
	for _, st := range strays {
		what := "页面表格中的一行数字没有行名"
		if st.label != "" {
			what = fmt.Sprintf("页面上的“%s”%s", st.label, st.why)
		}
		figures := strings.Join(st.figures, "、")
		rd.add(spec.PageMapping, st.pos, "", fmt.Sprintf("%s：数字 %s 没有读入", what, figures))
		rd.src.Unmapped = append(rd.src.Unmapped, fmt.Sprintf("%s：%s（数字 %s）", st.pos, what, figures))
	}
}

// grouped matches a number with thousands separators: "36,369".
var grouped = regexp.MustCompile(`^([+-]?\d{1,3}(?:,\d{3})+)(\.\d+)?`)

// counter is a counter word printed after a count: "2件".
var counter = regexp.MustCompile(`^([+-]?[0-9０-９]+)\s*[件个项次条]$`)

// pageFigure is a cell's text as a figure: the ways pages print figures
// that are not errors in a published table (thousands separators, a counter
// after a count, any dash for nothing) are undone; the rest is left to
// parseFigure.
func pageFigure(s string, k spec.Kind) string {
	s = strings.TrimSpace(strings.NewReplacer("\n", "", "\u00A0", " ", "\u3000", " ").Replace(s))
	if s != "" && strings.Trim(s, "-－–—―─") == "" && !contains(notApplicable, s) {
		return "-"
	}
	if m := grouped.FindStringSubmatch(s); m != nil {
		s = strings.ReplaceAll(m[1], ",", "") + s[len(m[1]):]
	}
	if m := counter.FindStringSubmatch(s); m != nil && (k == spec.Count || k == spec.Signed) {
		s = m[1]
	}
	return s
}

// value reads one cell as a figure of column col; cell names it in findings.
func (rd *pageReader) value(c *pageCell, col spec.Column, cell string) Value {
	v, problems := parseFigure(pageFigure(c.text, col.Kind), c.pos, col)
	for _, p := range problems {
		rd.add(p.rule, c.pos, cell, p.msg)
	}
	return v
}
