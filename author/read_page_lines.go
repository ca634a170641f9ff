package author

import (
	"nianbao/spec"
)

// doubleSpaced reports whether a text page puts an empty line after every
// line (as the seeds and many saved pages do): then an empty line right
// after a line separates, and only the further ones are empty cells.
func doubleSpaced(items []pageItem) bool {
	lines, followed := 0, 0
	for i := 0; i+1 < len(items); i++ {
		if it := items[i]; it.table == nil && !it.blank && !it.cell {
			lines++
			if items[i+1].blank {
				followed++
			}
		}
	}
	return lines > 0 && followed*4 >= lines*3
}

// collect reads the cells that follow a label from item from on: figures,
// marks for nothing and empty cells, up to the first line of other text.
// It returns them and the index of the first item it did not take.
func collect(items []pageItem, from int, double bool) ([]*pageCell, int) {
	var cells []*pageCell
	afterText := true // the label before counts as a line
	i := from
	for ; i < len(items); i++ {
		it := items[i]
		switch {
		case it.table != nil:
			return cells, i
		case it.blank && double && afterText:
			afterText = false
		case it.blank:
			cells = append(cells, &pageCell{pos: it.pos})
		case !isFigure(it.text):
			return cells, i
		default:
			cells = append(cells, &pageCell{text: it.text, pos: it.pos})
			afterText = !it.cell || i+1 >= len(items) || items[i+1].pos.Line != it.pos.Line
		}
	}
	return cells, i
}

// lines reads the official tables from a page's lines: a row label followed
// by its figures, table 四's figures after its header, one cell per line
// (or several cells of a line separated by tabs or "|"). zones tells the
// table whose section holds an item, -1 for none.
func (tr *tableReader) lines(items []pageItem, zones []int) {
	double := doubleSpaced(items)
	in4, done4 := false, false
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.table != nil || it.blank || isFigure(it.text) {
			continue
		}
		in4 = in4 || zones[i] == table4
		lab, _ := tr.x.match(it.text)
		cells, next := collect(items, i+1, double)
		rc := rowCells{raw: cells, slots: func(table int, b *spec.Block) slotted {
			return tr.byPosition(table, b, cells)
		}}
		switch {
		case lab != nil && (lab.kind == rowLabel || lab.kind == groupLabel):
			tr.labelled(lab, it.text, it.pos, rc, false)
			i = next - 1
		case lab != nil && lab.kind == headLabel:
			in4 = in4 || tr.x.isAppealHead(it.text)
			if in4 && !done4 && (hasFigures(cells) || len(cells) >= tr.x.slots(table4, nil)) {
				tr.add(table4, nil, "", cells[0].pos, rc.slots(table4, nil), cells)
				done4, i = true, next-1
			}
		case lab == nil && hasFigures(cells) && runes(it.text) <= 150 && zones[i] >= 0:
			tr.unknown(zones[i], it.text, it.pos, rc)
			i = next - 1
		}
	}
}
