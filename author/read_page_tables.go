package author

import (
	"fmt"
	"slices"
	"strings"

	"nianbao/spec"
)

// pageRow is an official row as a page prints it: where its label is and
// its cells assigned to the row's data columns.
type pageRow struct {
	row   *spec.Row
	label string
	pos   Pos         // the label's place (the first cell's for table 四)
	cells []*pageCell // one per data column; nil where the page has no such column
	total *pageCell   // the printed total, when the page prints one
	like  bool        // read by likeness, the label being edited (PAGE-MAPPING)
	lump  bool        // a group printed as one row (PAGE-HYBRID)
	why   string      // why the cells could not be assigned (PAGE-AMBIGUOUS)
	raw   []string    // the figures printed after the label, for messages
}

// stray is page content that looks like a row of a table but is no
// official row: its label and figures, for PAGE-MAPPING.
type stray struct {
	label   string
	figures []string
	pos     Pos
	why     string
}

// tableReader reads the rows of the official tables from a page's tables
// and lines.
type tableReader struct {
	x      *labelIndex
	rows   []*pageRow
	strays []stray
	// The state of the HTML tables, which a page break may split into
	// several: the official table being read, the header rows seen since
	// the last data row, and the column map they gave.
	table  int
	header [][]*pageCell
	cm     *colmap
}

// add turns the slots of a page's row into official rows: one for tables
// 二 and 三, the three groups of table 四.
func (tr *tableReader) add(table int, row *spec.Row, label string, pos Pos, slots []*pageCell, why string, raw []*pageCell) *pageRow {
	if table != table4 {
		pr := &pageRow{row: row, label: label, pos: pos, why: why, raw: texts(raw)}
		n := len(row.Columns)
		if why == "" {
			pr.cells = slots[:n]
			if len(slots) > n {
				pr.total = slots[n]
			}
		}
		tr.rows = append(tr.rows, pr)
		return pr
	}
	t := tr.x.f.Appeals
	width := len(t.Outcomes) + 1
	for g, group := range t.Groups {
		pr := &pageRow{row: group.Row, label: label, pos: pos, why: why, raw: texts(raw)}
		if why == "" {
			pr.cells, pr.total = slots[g*width:g*width+len(t.Outcomes)], slots[g*width+len(t.Outcomes)]
		}
		tr.rows = append(tr.rows, pr)
	}
	return nil
}

// byPosition assigns a row's cells in order to a table's data columns: to
// all of them, or, for tables with totals, to all but the totals (a page
// that prints none). Empty cells beyond the columns are dropped
// (dropExtra). Else it says why it cannot.
func (tr *tableReader) byPosition(table int, b *spec.Block, cells []*pageCell) ([]*pageCell, string) {
	n := tr.x.slots(table, b)
	cells = dropExtra(cells, n)
	if len(cells) == n {
		return cells, ""
	}
	if table != table2 {
		totals := tr.totalSlots(table)
		if len(cells) == n-len(totals) {
			out := make([]*pageCell, n)
			i := 0
			for s := range out {
				if !totals[s] {
					out[s], i = cells[i], i+1
				}
			}
			return out, ""
		}
	}
	return nil, fmt.Sprintf("这一行有 %d 格（含空白格），表格有 %d 列，无法确定各数字属于哪一列", len(cells), n)
}

// dropExtra drops the empty cells of extra grid columns from a row that
// has more cells than its table has columns: those at its end, then those
// at its start (in a text, the extra cell of the header row above) when no
// other cell is empty, so that which ones are extra is clear.
func dropExtra(cells []*pageCell, n int) []*pageCell {
	for len(cells) > n && emptyCell(cells[len(cells)-1]) {
		cells = cells[:len(cells)-1]
	}
	lead := 0
	for lead < len(cells) && emptyCell(cells[lead]) {
		lead++
	}
	if extra := len(cells) - n; extra > 0 && extra <= lead && !slices.ContainsFunc(cells[lead:], emptyCell) {
		cells = cells[extra:]
	}
	return cells
}

// emptyCell reports a cell with nothing in it.
func emptyCell(c *pageCell) bool { return strings.TrimSpace(c.text) == "" }

// totalSlots are the slots of a table's printed totals.
func (tr *tableReader) totalSlots(table int) map[int]bool {
	out := map[int]bool{}
	if table == table3 {
		out[len(tr.x.f.Requests.Applicants)] = true
		return out
	}
	width := len(tr.x.f.Appeals.Outcomes) + 1
	for g := range tr.x.f.Appeals.Groups {
		out[g*width+width-1] = true
	}
	return out
}

// rowCells are the cells of one printed row right of its label.
type rowCells struct {
	raw []*pageCell // in order
	// slots assigns them to the data columns of a table (of a block of
	// table 二), or says why it cannot.
	slots func(table int, b *spec.Block) ([]*pageCell, string)
}

// labelled handles a printed row whose label names lab.
func (tr *tableReader) labelled(lab *pageLabel, label string, pos Pos, rc rowCells, like bool) {
	switch lab.kind {
	case rowLabel:
		cells, why := rc.slots(lab.table, lab.block)
		if pr := tr.add(lab.table, lab.row, label, pos, cells, why, rc.raw); pr != nil {
			pr.like = like
		}
	case groupLabel:
		if hasFigures(rc.raw) {
			cells, why := rc.slots(table3, nil)
			tr.lump(lab.node, label, pos, cells, why, rc.raw)
		}
	}
}

// lump reads a group of table 三 printed as one row: into the child the
// format names for it, or as a stray when it names none.
func (tr *tableReader) lump(n *spec.Node, label string, pos Pos, cells []*pageCell, why string, raw []*pageCell) {
	for _, c := range n.Children {
		if c.Key == n.Lump && c.Row != nil {
			tr.add(table3, c.Row, label, pos, cells, why, raw).lump = true
			return
		}
	}
	tr.strays = append(tr.strays, stray{label: label, figures: texts(raw), pos: pos,
		why: "是分组的标题，数字应写在它下面各行"})
}

// unknown handles a printed row whose label names no label: a row of a
// table in likeness (a typo, an edit), or a stray.
func (tr *tableReader) unknown(table int, label string, pos Pos, rc rowCells) {
	if lab := tr.x.near(label, table); lab != nil {
		tr.labelled(lab, label, pos, rc, true)
		return
	}
	tr.strays = append(tr.strays, stray{label: label, figures: texts(rc.raw), pos: pos, why: "不是官方格式的行"})
}

// hasFigures reports whether any cell holds something.
func hasFigures(cells []*pageCell) bool {
	for _, c := range cells {
		if c != nil && strings.TrimSpace(c.text) != "" {
			return true
		}
	}
	return false
}

// texts lists the non-empty texts of cells.
func texts(cells []*pageCell) []string {
	var out []string
	for _, c := range cells {
		if c != nil && strings.TrimSpace(c.text) != "" {
			out = append(out, c.text)
		}
	}
	return out
}
