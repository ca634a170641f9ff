package xlsx

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestFigureText: a value Excel stored with 17 digits, or without the
// trailing zeros of its format, reads back as the figure was written, with
// the unit and plus sign of the cell's format; text stays text.
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
		{"0", "很多", "很多"},
		{"0", "", ""},
	} {
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &tt.format})
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellStyle("Sheet1", "A1", "A1", style)
		r := &reader{f: f}
		if got := r.figureText(tt.raw, "Sheet1", "A1"); got != tt.want {
			t.Errorf("%s %s → %s, want %s", tt.format, tt.raw, got, tt.want)
		}
	}
}

// TestPlainRef: a formula that only reads a cell of another sheet gives
// the sheet (unquoted, doubled quotes undone) and the cell (without "$");
// anything else is not a plain reference.
func TestPlainRef(t *testing.T) {
	for _, c := range []struct {
		formula, sheet, cell string
		ok                   bool
	}{
		{"'表三 收到和处理政府信息公开申请情况'!D40", "表三 收到和处理政府信息公开申请情况", "D40", true},
		{"='表二 主动公开'!$C$5", "表二 主动公开", "C5", true},
		{"'机关''s 表'!B2", "机关's 表", "B2", true},
		{"'''引号'''!A1", "'引号'", "A1", true},
		{"数据!A1", "数据", "A1", true},
		{" 数据 ! A1 ", "数据", "A1", true},
		{"D40", "", "", false},
		{"'表三'!D40+1", "", "", false},
		{"SUM('表三'!D6:I6)", "", "", false},
		{"'表三'!", "", "", false},
	} {
		sheet, cell, ok := plainRef(c.formula)
		if sheet != c.sheet || cell != c.cell || ok != c.ok {
			t.Errorf("plainRef(%q) = %q, %q, %v; want %q, %q, %v", c.formula, sheet, cell, ok, c.sheet, c.cell, c.ok)
		}
	}
}
