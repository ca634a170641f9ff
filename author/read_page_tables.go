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
	short bool        // read by position as a row that prints no total
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

// slotted is a printed row's cells assigned to the data columns (slots) of
// a table, or why they cannot be.
type slotted struct {
	cells []*pageCell // one per slot
	why   string
	short bool // assigned by position to all but the totals: the row prints none
}

// add turns the slots of a page's row into official rows: one for tables
// 二 and 三, the three groups of table 四.
func (tr *tableReader) add(table int, row *spec.Row, label string, pos Pos, s slotted, raw []*pageCell) *pageRow {
	if table != table4 {
		pr := &pageRow{row: row, label: label, pos: pos, why: s.why, short: s.short, raw: texts(raw)}
		n := len(row.Columns)
		if s.why == "" {
			pr.cells = s.cells[:n]
			if len(s.cells) > n {
				pr.total = s.cells[n]
			}
		}
		tr.rows = append(tr.rows, pr)
		return pr
	}
	t := tr.x.f.Appeals
	width := len(t.Outcomes) + 1
	for g, group := range t.Groups {
		pr := &pageRow{row: group.Row, label: label, pos: pos, why: s.why, short: s.short, raw: texts(raw)}
		if s.why == "" {
			pr.cells, pr.total = s.cells[g*width:g*width+len(t.Outcomes)], s.cells[g*width+len(t.Outcomes)]
		}
		tr.rows = append(tr.rows, pr)
	}
	return nil
}

// byPosition assigns a row's cells in order to a table's data columns: to
// all of them, or, for tables with totals, to all but the totals (a row
// that prints none; shortRows undoes that when other rows of its table
// print them). Empty cells beyond the columns are dropped (dropExtra).
// Else it says why it cannot.
func (tr *tableReader) byPosition(table int, b *spec.Block, cells []*pageCell) slotted {
	n := tr.x.slots(table, b)
	cells = dropExtra(cells, n)
	if len(cells) == n {
		return slotted{cells: cells}
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
			return slotted{cells: out, short: true}
		}
	}
	return slotted{why: fmt.Sprintf("这一行有 %d 格（含空白格），表格有 %d 列，无法确定各数字属于哪一列", len(cells), n)}
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

// shortRows takes back the rows read as rows without totals (one cell
// short of table 三) when other rows of their table print their totals:
// the cell the row lacks may then be any of it, a blank lost in the text.
func (tr *tableReader) shortRows() {
	printed := map[*spec.Table]bool{}
	for _, pr := range tr.rows {
		printed[pr.row.Table] = printed[pr.row.Table] || pr.total != nil
	}
	for _, pr := range tr.rows {
		if pr.short && printed[pr.row.Table] {
			n := len(pr.cells)
			pr.cells, pr.why = nil, fmt.Sprintf("这一行有 %d 格，表格有 %d 列，本表其他行印有总计，无法确定缺的是哪一格", n, n+1)
		}
	}
}

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
	slots func(table int, b *spec.Block) slotted
}

// labelled handles a printed row whose label names lab.
func (tr *tableReader) labelled(lab *pageLabel, label string, pos Pos, rc rowCells, like bool) {
	switch lab.kind {
	case rowLabel:
		if pr := tr.add(lab.table, lab.row, label, pos, rc.slots(lab.table, lab.block), rc.raw); pr != nil {
			pr.like = like
		}
	case groupLabel:
		if hasFigures(rc.raw) {
			tr.lump(lab.node, label, pos, rc.slots(table3, nil), rc.raw)
		}
	}
}

// lump reads a group of table 三 printed as one row: into the child the
// format names for it, or as a stray when it names none.
func (tr *tableReader) lump(n *spec.Node, label string, pos Pos, s slotted, raw []*pageCell) {
	for _, c := range n.Children {
		if c.Key == n.Lump && c.Row != nil {
			tr.add(table3, c.Row, label, pos, s, raw).lump = true
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
