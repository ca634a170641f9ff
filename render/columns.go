package render

import "unicode/utf8"

// TableCellPad is the room (mm) inside a table cell on each side of its
// text, in every paged format.
const TableCellPad = 0.6

// MinLabelChars is the fewest characters a line of a label spanning rows
// holds: a narrower column would stack it two characters a line and leave
// one alone at the end ("三、/本年/度办/理结/果").
const MinLabelChars = 3

// ColumnWidths shares a table's width total among its columns, as every
// paged format lays it out: in proportion to the table's relative widths
// (equally if it has none), a column holding a label that spans rows
// widened to MinLabelChars characters of width char (plus the padding
// pad), the other columns giving the room in proportion to what they have
// beyond that width.
func ColumnWidths(t *Table, total, char, pad float64) []float64 {
	rel := t.Widths
	if len(rel) != t.Columns {
		rel = make([]int, t.Columns)
		for i := range rel {
			rel[i] = 1
		}
	}
	sum := 0
	for _, w := range rel {
		sum += max(w, 0)
	}
	ws := make([]float64, len(rel))
	for i, w := range rel {
		ws[i] = total * float64(max(w, 0)) / float64(max(sum, 1))
	}
	need := MinLabelChars*char + pad
	narrow := narrowLabelColumns(t, ws, need)
	deficit, spare := 0.0, 0.0
	for i, w := range ws {
		if narrow[i] {
			deficit += need - w
		} else {
			spare += max(w-need, 0)
		}
	}
	if deficit > 0 && spare > deficit {
		for i, w := range ws {
			if narrow[i] {
				ws[i] = need
			} else {
				ws[i] -= deficit * max(w-need, 0) / spare
			}
		}
	}
	return ws
}

// narrowLabelColumns marks the columns narrower than need that hold a
// label of more than MinLabelChars characters spanning rows alone.
func narrowLabelColumns(t *Table, ws []float64, need float64) map[int]bool {
	places, _ := Grid(t.Rows(), t.Columns)
	narrow := map[int]bool{}
	for _, row := range places {
		for _, p := range row {
			c := p.Cell
			if c.Header && c.RowSpan > 1 && max(c.ColSpan, 1) == 1 && utf8.RuneCountInString(c.Text) > MinLabelChars && ws[p.Col] < need {
				narrow[p.Col] = true
			}
		}
	}
	return narrow
}
