package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// Book is an annex opened for reading: which report it holds, and its sheets.
type Book struct {
	Format, Variant, Date string
	Year                  int
	Agency                string
	f                     *excelize.File
}

// Figure is a figure read from a cell: its text as written ("12932.14万元",
// "+303", "" for a blank) and its cell ("表三!D6"). Formula says the cell
// computes it (a total the workbook derives) rather than holds it.
type Figure struct {
	Text, Ref string
	Formula   bool
}

// ProblemKind says what is wrong in a workbook.
type ProblemKind int

// Problem kinds.
const (
	NotOurs    ProblemKind = iota // a sheet is missing
	Label                         // a label differs from the official one
	Unreadable                    // a cell cannot be read
	Data                          // the data sheet disagrees with a table
)

// Problem is something wrong in a workbook, at a cell ("表三!C10").
type Problem struct {
	Kind    ProblemKind
	Ref     string
	Message string
}

// Open reads the properties that say which report a workbook holds. A
// workbook nianbao did not write is an error, and so is one beyond the
// limits of OpenWorkbook.
func Open(data []byte) (*Book, error) {
	f, err := OpenWorkbook(data)
	if err != nil {
		return nil, err
	}
	props, err := f.GetCustomProps()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("无法读取文档属性：%v", err)
	}
	b := &Book{f: f}
	for _, p := range props {
		v := fmt.Sprint(p.Value)
		switch p.Name {
		case PropFormat:
			b.Format = v
		case PropVariant:
			b.Variant = v
		case PropDate:
			b.Date = v
		case PropYear:
			b.Year, _ = strconv.Atoi(v)
		}
	}
	if doc, err := f.GetDocProps(); err == nil {
		b.Agency = doc.Creator
	}
	if b.Format == "" || b.Year == 0 {
		f.Close()
		return nil, fmt.Errorf("不是 nianbao 生成的年报附表（缺少文档属性 %s、%s）", PropFormat, PropYear)
	}
	return b, nil
}

// Close releases the workbook.
func (b *Book) Close() error { return b.f.Close() }

// reader collects the figures and problems of one read.
type reader struct {
	f        *excelize.File
	figures  map[string]Figure
	labels   map[string]string // the labels of the figures outside the tables
	problems []Problem
}

func (r *reader) problem(kind ProblemKind, ref, format string, args ...any) {
	r.problems = append(r.problems, Problem{Kind: kind, Ref: ref, Message: fmt.Sprintf(format, args...)})
}

// Read reads every figure of d's tables from its cell, by key, checking each
// label against the official one and each figure against the data sheet.
// d is a blank document of the workbook's format: it gives the layout.
func (b *Book) Read(d *render.Document) (map[string]Figure, []Problem) {
	r := &reader{f: b.f, figures: map[string]Figure{}, labels: map[string]string{}}
	for _, fig := range d.Figures {
		r.labels[fig.Key] = fig.Label
	}
	for _, t := range d.Tables() {
		r.table(t)
	}
	r.compareData()
	return r.figures, r.problems
}

func (r *reader) table(t *render.Table) {
	sheet := sheetName(t.Name)
	if idx, err := r.f.GetSheetIndex(sheet); err != nil || idx < 0 {
		r.problem(NotOurs, sheet, "缺少工作表“%s”", sheet)
		return
	}
	places, _ := render.Grid(t.Rows(), t.Columns)
	for _, row := range places {
		for _, p := range row {
			cell := Address(p.Row, p.Col)
			ref := sheet + "!" + cell
			raw, err := r.f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				r.problem(Unreadable, ref, "无法读取：%v", err)
				continue
			}
			raw = strings.TrimSpace(raw)
			c := p.Cell
			if !c.Number {
				if want, got := c.Text+c.Note, unbroken(raw); got != unbroken(want) {
					r.problem(Label, ref, "标签应为“%s”，实为“%s”：表格结构被改动，或不是本工具生成的附表", want, got)
				}
				continue
			}
			formula, _ := r.f.GetCellFormula(sheet, cell)
			r.figures[c.Key] = Figure{Text: r.figureText(raw, sheet, cell), Ref: ref, Formula: formula != ""}
		}
	}
}

// unbroken is a label without the line breaks (and any other white space)
// it is written with, or a person or another program added.
func unbroken(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// figureText turns a cell's stored value back into the figure as written:
// the shortest decimal of the stored number (Excel may store 17 digits),
// padded to the places of its number format, with the format's unit and
// plus sign. A cell that holds no number gives its text.
func (r *reader) figureText(raw, sheet, cell string) string {
	if raw == "" {
		return ""
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw
	}
	num := strconv.FormatFloat(v, 'f', -1, 64)
	style, _ := r.f.GetCellStyle(sheet, cell)
	format := ""
	if st, err := r.f.GetStyle(style); err == nil && st.CustomNumFmt != nil {
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
func (b *Book) DataKeys() []string {
	rows, err := b.f.GetRows(DataSheet)
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

// compareData checks the data sheet against the table sheets; figures that
// only the data sheet holds (outside the tables) are read from it. The
// tables are authoritative: a data sheet value that still reads its table
// cell by formula agrees by construction (whatever a program that does not
// recalculate left cached); one typed over its formula must equal the
// table.
func (r *reader) compareData() {
	rows, err := r.f.GetRows(DataSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		r.problem(NotOurs, DataSheet, "缺少工作表“%s”", DataSheet)
		return
	}
	tables := map[string]bool{}
	for k := range r.figures {
		tables[k] = true
	}
	for i, row := range rows {
		if i == 0 || len(row) < 5 {
			continue
		}
		key, value := row[3], row[4]
		if len(row) > 5 {
			value += row[5]
		}
		cell, _ := excelize.CoordinatesToCellName(valueColumn, i+1)
		ref := DataSheet + "!" + cell
		got, ok := r.figures[key]
		formula, _ := r.f.GetCellFormula(DataSheet, cell)
		switch {
		case !ok && formula != "":
			r.figures[key] = r.outside(key, formula, ref)
		case !ok:
			r.figures[key] = Figure{Text: value, Ref: ref} // a workbook that kept them here
		case !tables[key]:
			r.problem(Data, fmt.Sprintf("%s!D%d", DataSheet, i+1), "键 %s 出现了两次", key)
		case formula != "" && sameRef(formula, got.Ref):
		case formula != "":
			r.problem(Data, ref, "%s 的公式被改成了 =%s（应读取表格的 %s）：“%s”表只列出表格中的数字，不要改动", key, formula, got.Ref, DataSheet)
		case strings.TrimPrefix(got.Text, "+") != value:
			r.problem(Data, ref, "%s 在“%s”表中被改写为 %s，在表格中为 %s：两处不一致，以表格为准；请在表格中修改数字", key, DataSheet, value, got.Text)
		}
	}
}

// sameRef reports whether a formula is a plain reference to the cell ref
// ("表三 …!D6"), however it is quoted.
func sameRef(formula, ref string) bool {
	norm := func(s string) string {
		return strings.ToUpper(strings.NewReplacer("'", "", "$", "", "=", "").Replace(strings.TrimSpace(s)))
	}
	return norm(formula) == norm(ref)
}

// outside reads a figure that stands outside the tables (信息处理费) from
// the cell its data sheet row reads (below table 三), checking the label
// beside it.
func (r *reader) outside(key, formula, ref string) Figure {
	sheet, cell, ok := plainRef(formula)
	if idx, err := r.f.GetSheetIndex(sheet); !ok || err != nil || idx < 0 {
		r.problem(Data, ref, "%s 的公式被改成了 =%s（应读取填写它的单元格）：“%s”表只列出表格中的数字，不要改动", key, formula, DataSheet)
		return Figure{Ref: ref}
	}
	at := sheet + "!" + cell
	raw, err := r.f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		r.problem(Unreadable, at, "无法读取：%v", err)
		return Figure{Ref: at}
	}
	_, row, _ := excelize.CellNameToCoordinates(cell)
	label, _ := r.f.GetCellValue(sheet, fmt.Sprintf("A%d", row))
	if want := r.labels[key]; want != "" && strings.TrimSpace(label) != want {
		r.problem(Label, fmt.Sprintf("%s!A%d", sheet, row), "标签应为“%s”，实为“%s”：表格结构被改动，或不是本工具生成的附表", want, strings.TrimSpace(label))
	}
	return Figure{Text: r.figureText(strings.TrimSpace(raw), sheet, cell), Ref: at}
}

// plainRef splits a formula that is a plain reference to a cell of another
// sheet ("'表三 …'!D40") into the sheet and the cell.
func plainRef(formula string) (sheet, cell string, ok bool) {
	i := strings.LastIndex(formula, "!")
	if i < 0 {
		return "", "", false
	}
	sheet = strings.TrimPrefix(strings.TrimSpace(formula[:i]), "=")
	if strings.HasPrefix(sheet, "'") && strings.HasSuffix(sheet, "'") && len(sheet) >= 2 {
		sheet = strings.ReplaceAll(sheet[1:len(sheet)-1], "''", "'")
	}
	cell = strings.ReplaceAll(strings.TrimSpace(formula[i+1:]), "$", "")
	if _, _, err := excelize.CellNameToCoordinates(cell); err != nil {
		return "", "", false
	}
	return sheet, cell, true
}
