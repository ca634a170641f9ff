package render

import (
	"math"
	"testing"
)

// TestColumnWidths: the columns share the width in proportion, a column
// whose label spans rows is widened to three characters (a shorter label
// to its length), and the others give the room in proportion to what they
// have beyond three characters.
func TestColumnWidths(t *testing.T) {
	label := Cell{Text: "三、本年度办理结果", Header: true, RowSpan: 2}
	for _, c := range []struct {
		name  string
		table Table
		want  []float64
	}{
		{"proportional", Table{Columns: 3, Widths: []int{1, 2, 1}, Groups: [][][]Cell{{{{Text: "a"}, {Text: "b"}, {Text: "c"}}}}}, []float64{25, 50, 25}},
		{"equal without widths", Table{Columns: 4}, []float64{25, 25, 25, 25}},
		{"a narrow label column", Table{Columns: 3, Widths: []int{1, 4, 5}, Groups: [][][]Cell{{{label, {Text: "x"}, {Text: "y"}}, {{Text: "x"}, {Text: "y"}}}}},
			[]float64{32, 40 - 22*(40-32)/(8+18.0), 50 - 22*(50-32)/(8+18.0)}},
		{"a label of three characters", Table{Columns: 2, Widths: []int{1, 9}, Groups: [][][]Cell{{{{Text: "自然人", Header: true, RowSpan: 2}, {Text: "x"}}, {{Text: "y"}}}}}, []float64{32, 68}},
		{"a shorter label", Table{Columns: 2, Widths: []int{1, 9}, Groups: [][][]Cell{{{{Text: "总计", Header: true, RowSpan: 2}, {Text: "x"}}, {{Text: "y"}}}}}, []float64{22, 78}},
		{"a label on one row stays", Table{Columns: 2, Widths: []int{1, 9}, Groups: [][][]Cell{{{{Text: "自然人", Header: true}, {Text: "x"}}}}}, []float64{10, 90}},
	} {
		places, _ := Grid(c.table.Rows(), c.table.Columns)
		got := ColumnWidths(&c.table, places, 100, 10, 2)
		sum := 0.0
		for i := range got {
			sum += got[i]
			if math.Abs(got[i]-c.want[i]) > 1e-9 {
				t.Errorf("%s: %v, want %v", c.name, got, c.want)
				break
			}
		}
		if math.Abs(sum-100) > 1e-9 {
			t.Errorf("%s: widths add up to %v", c.name, sum)
		}
	}
}
