package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// Workbook is an annex read back: which report it holds and its figures.
type Workbook struct {
	Format, Variant, Date string
	Year                  int
	Agency                string
	Figures               map[string]string // key → value as printed ("12932.14万元", "+303")
	Problems              []Problem
}

// Problem is something wrong in a workbook, at a sheet cell.
type Problem struct {
	Rule    string // XLSX-NOT-OURS, XLSX-LABEL, XLSX-VALUE, XLSX-DATA
	Sheet   string
	Cell    string
	Message string
}

// Open reads the properties that say which report a workbook holds. A
// workbook nianbao did not write is an error.
func Open(r io.Reader) (*excelize.File, *Workbook, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, nil, fmt.Errorf("不是可读的 Excel（.xlsx）文件：%v", err)
	}
	props, err := f.GetCustomProps()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("无法读取文档属性：%v", err)
	}
	wb := &Workbook{Figures: map[string]string{}}
	for _, p := range props {
		v := fmt.Sprint(p.Value)
		switch p.Name {
		case PropFormat:
			wb.Format = v
		case PropVariant:
			wb.Variant = v
		case PropDate:
			wb.Date = v
		case PropYear:
			wb.Year, _ = strconv.Atoi(v)
		}
	}
	doc, err := f.GetDocProps()
	if err == nil {
		wb.Agency = doc.Creator
	}
	if wb.Format == "" || wb.Year == 0 {
		f.Close()
		return nil, nil, fmt.Errorf("不是 nianbao 生成的年报附表（缺少文档属性 %s、%s）", PropFormat, PropYear)
	}
	return f, wb, nil
}

// ReadFigures reads every figure of d's tables from its cell, checking each
// label against the official one and each figure against the data sheet.
// d is a blank document of the workbook's format: it gives the layout.
func (wb *Workbook) ReadFigures(f *excelize.File, d *render.Document) {
	for _, b := range d.Blocks {
		if t, ok := b.(*render.Table); ok {
			wb.readTable(f, t)
		}
	}
	wb.compareData(f)
}

func (wb *Workbook) problem(rule, sheet, cell, format string, args ...any) {
	wb.Problems = append(wb.Problems, Problem{Rule: rule, Sheet: sheet, Cell: cell, Message: fmt.Sprintf(format, args...)})
}

func (wb *Workbook) readTable(f *excelize.File, t *render.Table) {
	sheet := sheetName(t.Name)
	if idx, err := f.GetSheetIndex(sheet); err != nil || idx < 0 {
		wb.problem("XLSX-NOT-OURS", sheet, "", "缺少工作表“%s”", sheet)
		return
	}
	places, _ := render.Grid(t.Rows(), t.Columns)
	for _, row := range places {
		for _, p := range row {
			ref := Address(p.Row, p.Col)
			raw, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
			if err != nil {
				wb.problem("XLSX-VALUE", sheet, ref, "无法读取：%v", err)
				continue
			}
			raw = strings.TrimSpace(raw)
			c := p.Cell
			if !c.Number {
				if want := c.Text + c.Note; raw != want {
					wb.problem("XLSX-LABEL", sheet, ref, "标签应为“%s”，实为“%s”：表格结构被改动，或不是本工具生成的附表", want, raw)
				}
				continue
			}
			if raw == "" {
				wb.problem("XLSX-VALUE", sheet, ref, "空白单元格：没有发生的请填 0")
				wb.Figures[c.Key] = ""
				continue
			}
			wb.Figures[c.Key] = wb.figureText(raw, f, sheet, ref)
		}
	}
}

// figureText turns a cell's stored value back into the figure as written:
// the shortest decimal of the stored number (Excel may store 17 digits),
// padded to the places of its number format, with the format's unit and
// plus sign.
func (wb *Workbook) figureText(raw string, f *excelize.File, sheet, ref string) string {
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		wb.problem("XLSX-VALUE", sheet, ref, "“%s”不是数字", raw)
		return raw
	}
	num := strconv.FormatFloat(v, 'f', -1, 64)
	style, _ := f.GetCellStyle(sheet, ref)
	format := ""
	if st, err := f.GetStyle(style); err == nil && st.CustomNumFmt != nil {
		format = *st.CustomNumFmt
	}
	if places := decimalPlaces(format); places > 0 {
		_, frac, _ := strings.Cut(num, ".")
		if len(frac) < places {
			if frac == "" {
				num += "."
			}
			num += strings.Repeat("0", places-len(frac))
		}
	}
	if _, unit, ok := strings.Cut(format, `"`); ok {
		num += strings.SplitN(unit, `"`, 2)[0]
	}
	if strings.HasPrefix(format, "+") && v > 0 {
		num = "+" + num
	}
	return num
}

// decimalPlaces counts the zeros after the point of a number format "0.00".
func decimalPlaces(format string) int {
	_, frac, ok := strings.Cut(strings.SplitN(format, ";", 2)[0], ".")
	if !ok {
		return 0
	}
	return len(frac) - len(strings.TrimLeft(frac, "0"))
}

// DataKeys lists the keys of the figures the data sheet holds: they tell
// which optional rows the tables have.
func DataKeys(f *excelize.File) []string {
	rows, err := f.GetRows(DataSheet)
	if err != nil {
		return nil
	}
	var keys []string
	for i, row := range rows {
		if i > 0 && len(row) > 3 {
			keys = append(keys, row[3])
		}
	}
	return keys
}

// compareData checks the data sheet against the table sheets.
func (wb *Workbook) compareData(f *excelize.File) {
	rows, err := f.GetRows(DataSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		wb.problem("XLSX-NOT-OURS", DataSheet, "", "缺少工作表“%s”", DataSheet)
		return
	}
	for i, row := range rows {
		if i == 0 || len(row) < 5 {
			continue
		}
		key, value := row[3], row[4]
		if len(row) > 5 {
			value += row[5]
		}
		if strings.HasPrefix(key, "other_matters.") {
			wb.Figures[key] = value
			continue
		}
		got, ok := wb.Figures[key]
		if !ok {
			wb.problem("XLSX-DATA", DataSheet, fmt.Sprintf("D%d", i+1), "未知的键 %s", key)
			continue
		}
		if strings.TrimPrefix(got, "+") != value {
			wb.problem("XLSX-DATA", DataSheet, fmt.Sprintf("E%d", i+1), "%s 在“%s”表中为 %s，在表格中为 %s：两处不一致，以表格为准", key, DataSheet, value, got)
		}
	}
}
