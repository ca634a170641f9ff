package xlsx

import (
	"strconv"

	"github.com/xuri/excelize/v2"
)

// valueColumn is the data sheet's column of values.
const valueColumn = 5

// writeData writes the long-form sheet: one row per figure, with its table,
// row and column labels, its key as in the YAML file and its value. Every
// figure is a formula that reads its cell (the figures outside the tables,
// 信息处理费, are filled in below table 三), so the sheet follows the
// tables as they are edited.
func writeData(f *excelize.File, st *styles, agency string, rows []dataRow) error {
	if err := printSetup(f, DataSheet, agency, 1, true); err != nil {
		return err
	}
	if err := protect(f, DataSheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(DataSheet)
	if err != nil {
		return err
	}
	for i, w := range []float64{8, 40, 30, 44, 14, 6, 6} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head, err := st.get("head")
	if err != nil {
		return err
	}
	text, err := st.get("data")
	if err != nil {
		return err
	}
	var header []any
	for _, h := range DataHeader {
		header = append(header, excelize.Cell{StyleID: head, Value: h})
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for i, r := range rows {
		var value any = r.value
		if v, err := strconv.ParseFloat(r.value, 64); err == nil {
			value = v
		}
		cells := []any{r.table, r.row, r.col, r.key, value, r.unit, r.source}
		for j := range cells {
			cells[j] = excelize.Cell{StyleID: text, Value: cells[j]}
		}
		cells[valueColumn-1] = excelize.Cell{StyleID: text, Value: value, Formula: r.ref}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	return sw.Flush()
}
