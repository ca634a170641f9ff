package xlsx

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestFigureText: a value Excel stored with 17 digits, or without the
// trailing zeros of its format, reads back as the figure was written, with
// the unit and plus sign of the cell's format.
func TestFigureText(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for _, tt := range []struct {
		format, raw, want string
	}{
		{"0.000000", "5949.0886670000001", "5949.088667"},
		{"0.00", "1.1", "1.10"},
		{`0.00"万元"`, "12932.14", "12932.14万元"},
		{"+0;-0;0", "303", "+303"},
		{"+0;-0;0", "-62", "-62"},
		{"0", "86", "86"},
	} {
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &tt.format})
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellStyle("Sheet1", "A1", "A1", style)
		wb := &Workbook{}
		if got := wb.figureText(tt.raw, f, "Sheet1", "A1"); got != tt.want || len(wb.Problems) != 0 {
			t.Errorf("%s %s → %s, want %s (%v)", tt.format, tt.raw, got, tt.want, wb.Problems)
		}
	}
	wb := &Workbook{}
	if wb.figureText("很多", f, "Sheet1", "A1"); len(wb.Problems) != 1 || wb.Problems[0].Rule != "XLSX-VALUE" {
		t.Errorf("text in a figure cell: %v", wb.Problems)
	}
}
