package author

import (
	"strings"
	"unicode/utf8"

	"nianbao/spec"
)

// colmap maps the grid columns of a page's table to the data columns
// (slots) of an official table, from the header rows above its data.
type colmap struct {
	table int
	block *spec.Block
	width int     // the grid width of the table it was made from
	cols  [][]int // the grid columns under each slot
}

// buildColmap reads header rows: each grid column is headed by the chain of
// header cells above it, which names a slot when its last cells (two rows
// "商业" / "企业" together) name a data column and the cells above name
// the groups over it (行政诉讼 · 未经复议直接起诉 · 结果维持).
func (tr *tableReader) buildColmap(table int, b *spec.Block, header [][]*pageCell, width int) *colmap {
	paths := tr.x.paths(table, b)
	cm := &colmap{table: table, block: b, width: width, cols: make([][]int, tr.x.slots(table, b))}
	claimed := map[int]*pageCell{}
	for c := range width {
		var chain []*pageCell
		for _, row := range header {
			if c < len(row) && row[c] != nil && strings.TrimSpace(row[c].text) != "" && (len(chain) == 0 || chain[len(chain)-1] != row[c]) {
				chain = append(chain, row[c])
			}
		}
		if slot := bestPath(paths, chain, claimed); slot >= 0 {
			cm.cols[slot] = append(cm.cols[slot], c)
			claimed[slot] = chain[len(chain)-1]
		}
	}
	return cm
}

// bestPath finds the slot a chain of header cells heads, or -1: the path
// whose column label the last cells name and whose group labels most of
// the cells above name; among equals, the first whose slot no other header
// cell has taken (the three 结果维持 of table 四 without group rows).
func bestPath(paths []slotPath, chain []*pageCell, claimed map[int]*pageCell) int {
	best, score := -1, 0
	for _, p := range paths {
		used := leafCells(p.levels[len(p.levels)-1], chain)
		if used == 0 {
			continue
		}
		s := 10
		for _, level := range p.levels[:len(p.levels)-1] {
			for _, c := range chain[:len(chain)-used] {
				if f := spec.Fold(c.text); level.Match(c.text, f) == 2*runes(f) {
					s++
					break
				}
			}
		}
		if by, taken := claimed[p.slot]; taken && by != chain[len(chain)-1] {
			s -= 5
		}
		if s > score {
			best, score = p.slot, s
		}
	}
	return best
}

// leafCells is how many of the last cells of a chain, read together, name
// a column (a header split into rows "商业" / "企业"), or 0.
func leafCells(names spec.Names, chain []*pageCell) int {
	text := ""
	for k := 1; k <= min(3, len(chain)); k++ {
		text = chain[len(chain)-k].text + text
		if names.Match(text, spec.Fold(text)) > 0 {
			return k
		}
	}
	return 0
}

// slotCells reads a data row by the column map: for each slot the one cell
// with something in it under the slot's columns (right of the label), a
// blank cell when all are empty, nil when the page's header has no such
// column. offset shifts the map for a table continued after a page break
// that leaves out label columns.
func (cm *colmap) slotCells(row []*pageCell, after, offset int, pos Pos) slotted {
	out := make([]*pageCell, len(cm.cols))
	for s, cols := range cm.cols {
		if len(cols) == 0 {
			continue
		}
		var found []*pageCell
		var blank *pageCell
		for _, c := range cols {
			c += offset
			if c <= after || c >= len(row) || row[c] == nil || (len(found) > 0 && found[len(found)-1] == row[c]) {
				continue
			}
			if strings.TrimSpace(row[c].text) == "" {
				blank = or2(blank, row[c])
				continue
			}
			if len(found) == 0 || found[len(found)-1] != row[c] {
				found = append(found, row[c])
			}
		}
		switch {
		case len(found) > 1:
			return slotted{why: "同一列下有两个数：“" + found[0].text + "”和“" + found[1].text + "”"}
		case len(found) == 1:
			out[s] = found[0]
		case blank != nil:
			out[s] = blank
		default:
			out[s] = &pageCell{pos: pos} // the row stops short: an empty cell
		}
	}
	return slotted{cells: out}
}

func or2(c, alt *pageCell) *pageCell {
	if c == nil {
		return alt
	}
	return c
}

// grid reads the rows of one of a page's tables. Rows that look like data
// but name no official row are reported only from a table that has
// official labels (a portal's own tables are not the report's).
func (tr *tableReader) grid(t *pageTable) {
	g := &gridReader{tr: tr}
	for _, row := range t.grid {
		g.width = max(g.width, len(row))
	}
	strays := len(tr.strays)
	for r, row := range t.grid {
		g.row(row, r)
	}
	if !g.official {
		tr.strays = tr.strays[:strays]
	}
}

// gridReader reads the rows of one table.
type gridReader struct {
	tr       *tableReader
	width    int
	lastData bool // the row before was a data row: a header row starts anew
	official bool // a row named an official row, block or header
}

// row reads one grid row: a data row, a block title, or a header row.
func (g *gridReader) row(row []*pageCell, r int) {
	tr := g.tr
	own := ownCells(row, r)
	labels := textCells(own)
	if len(labels) == 0 {
		if hasFigures(own) {
			tr.figuresOnly(row, own, g.width)
			g.lastData = true
		}
		return
	}
	lab, at, like := tr.rowLabel(labels)
	label := labels[len(labels)-1]
	if at >= 0 {
		label = labels[at]
		g.official = true
	}
	rc := tr.gridCells(row, own, label, g.width)
	switch {
	case at >= 0 && lab.kind == blockLabel:
		tr.table, tr.header, g.lastData = table2, nil, false
	case at >= 0:
		tr.table, g.lastData = lab.table, true
		text := labelText(labels[:at+1])
		if like {
			text = labelText(labels[at:])
		}
		tr.labelled(lab, text, label.pos, rc, like)
	case hasFigures(rc.raw) && !tr.headerRow(labels):
		tr.unknown(tr.table, labelText(labels), label.pos, rc)
		g.lastData = true
	default:
		g.official = g.official || tr.headerRow(labels)
		if g.lastData {
			tr.header = nil
		}
		tr.header, g.lastData = append(tr.header, row), false
		for _, c := range labels {
			if tr.x.isAppealHead(c.text) {
				tr.table = table4
			}
		}
	}
}

// rowLabel finds, from the right, the cell that names a row, a group or a
// block, and its index; -1 when none does. A group's label followed by a
// row label that names nothing is a row whose label has a slip
// ("2.其他法律行政止公开"): the row it is like, with like true.
func (tr *tableReader) rowLabel(labels []*pageCell) (lab *pageLabel, at int, like bool) {
	at = -1
	for i := len(labels) - 1; i >= 0; i-- {
		if l, _ := tr.x.match(labels[i].text); l != nil && l.kind != headLabel {
			lab, at = l, i
			break
		}
	}
	if last := len(labels) - 1; at >= 0 && at < last && lab.kind == groupLabel {
		if near := tr.x.near(labels[last].text, lab.table); near != nil {
			return near, last, true
		}
	}
	return lab, at, false
}

// headerRow reports a row whose text cells include a header label.
func (tr *tableReader) headerRow(labels []*pageCell) bool {
	for _, c := range labels {
		if lab, _ := tr.x.match(c.text); lab != nil && lab.kind == headLabel {
			return true
		}
	}
	return false
}

// figuresOnly reads a row of figures without a label: table 四's.
func (tr *tableReader) figuresOnly(row, own []*pageCell, width int) {
	if tr.table != table4 {
		tr.strays = append(tr.strays, stray{figures: texts(own), pos: own[0].pos})
		return
	}
	rc := tr.gridCells(row, own, nil, width)
	tr.add(table4, nil, "", own[0].pos, rc.slots(table4, nil), rc.raw)
}

// gridCells gives the cells right of a row's label (and of notes printed in
// cells of their own after it), read by the column map of the header above
// when there is one for the table, else in order.
func (tr *tableReader) gridCells(row, own []*pageCell, label *pageCell, width int) rowCells {
	after := lastCol(row, label)
	var raw []*pageCell
	for _, c := range own {
		switch {
		case c.col <= after:
		case len(raw) == 0 && isNote(c.text):
			after = lastCol(row, c)
		default:
			raw = append(raw, c)
		}
	}
	pos := Pos{}
	if len(own) > 0 {
		pos = own[len(own)-1].pos
	}
	return rowCells{raw: raw, slots: func(table int, b *spec.Block) slotted {
		if len(tr.header) > 0 {
			tr.cm, tr.header = tr.buildColmap(table, b, tr.header, width), nil
		}
		if cm := tr.cm; cm != nil && cm.table == table && (table != table2 || cm.block == b) {
			return cm.slotCells(row, after, width-cm.width, pos)
		}
		return tr.byPosition(table, b, raw)
	}}
}

// lastCol is the last grid column a cell covers in a row, or -1.
func lastCol(row []*pageCell, cell *pageCell) int {
	last := -1
	for c, x := range row {
		if cell != nil && x == cell {
			last = c
		}
	}
	return last
}

// isNote reports a cell that holds a note in brackets.
func isNote(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("(（", r)
}

// ownCells lists the cells that start in grid row r, left to right.
func ownCells(row []*pageCell, r int) []*pageCell {
	var out []*pageCell
	for c, cell := range row {
		if cell != nil && cell.own(r) && cell.col == c {
			out = append(out, cell)
		}
	}
	return out
}

// textCells are the cells that hold text other than a figure: labels.
func textCells(cells []*pageCell) []*pageCell {
	var out []*pageCell
	for _, c := range cells {
		if !isFigure(c.text) {
			out = append(out, c)
		}
	}
	return out
}

// labelText is a row's label as printed: its label cells joined.
func labelText(labels []*pageCell) string {
	var parts []string
	for _, c := range labels {
		parts = append(parts, strings.ReplaceAll(c.text, "\n", ""))
	}
	return strings.Join(parts, "·")
}
