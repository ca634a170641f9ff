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
// (equally if it has none), then WidenLabelColumns with characters of
// width char and the padding pad. places are the table's cells on its
// grid (Grid of its Rows).
func ColumnWidths(t *Table, places [][]Place, total, char, pad float64) []float64 {
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
	return WidenLabelColumns(places, ws, char, pad)
}

// WidenLabelColumns widens a column that holds a label spanning rows to
// MinLabelChars characters of width char (plus the padding pad), or the
// label's length if it is shorter ("自然人" never "自然/人"), the other
// columns giving the room in proportion to what they have beyond
// MinLabelChars characters; the table keeps its width. places are the
// table's cells on its grid; ws is not changed.
func WidenLabelColumns(places [][]Place, ws []float64, char, pad float64) []float64 {
	ws = append([]float64(nil), ws...)
	floor := MinLabelChars*char + pad
	need := labelNeeds(places, char, pad)
	narrow := func(i int, w float64) bool { n, ok := need[i]; return ok && w < n }
	deficit, spare := 0.0, 0.0
	for i, w := range ws {
		if narrow(i, w) {
			deficit += need[i] - w
		} else {
			spare += max(w-floor, 0)
		}
	}
	if deficit > 0 && spare > deficit {
		for i, w := range ws {
			if narrow(i, w) {
				ws[i] = need[i]
			} else {
				ws[i] -= deficit * max(w-floor, 0) / spare
			}
		}
	}
	return ws
}

// labelNeeds gives the columns holding a label spanning rows alone the
// width their labels need: MinLabelChars characters, fewer for a shorter
// label.
func labelNeeds(places [][]Place, char, pad float64) map[int]float64 {
	need := map[int]float64{}
	for _, row := range places {
		for _, p := range row {
			if c := p.Cell; c.Header && c.RowSpan > 1 && max(c.ColSpan, 1) == 1 {
				n := float64(min(utf8.RuneCountInString(c.Text), MinLabelChars))*char + pad
				need[p.Col] = max(need[p.Col], n)
			}
		}
	}
	return need
}
