package xlsx

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// The workbook is also the form a clerk fills in: the figures a person
// writes are unlocked, marked and validated; totals and labels are locked
// (without a password: the lock guards against slips, not people); a check
// row shows each identity of the format as the figures are typed. Below
// one table (table 三) the figures outside the tables (信息处理费) are
// filled in the same way, one a row, with the rules among them.

// inputs collects the cells a person fills in, by the range they accept.
type inputs map[render.Range][]string

// protect locks a sheet but for its unlocked cells.
func protect(f *excelize.File, sheet string) error {
	return f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
	})
}

// rangeRules are the validation of each range: its type, bounds and the
// message shown when the cell is selected and when the value is refused.
var rangeRules = map[render.Range]struct {
	typ        excelize.DataValidationType
	low, high  any
	hint, oops string
}{
	render.Count:   {excelize.DataValidationTypeWhole, 0, 999999999, "只填阿拉伯数字；没有发生的填 0", "这里只能填 0 或正整数"},
	render.Integer: {excelize.DataValidationTypeWhole, -999999999, 999999999, "本年增加填正数，减少填负数（如 -8）；没有变化填 0", "这里只能填整数"},
	render.Decimal: {excelize.DataValidationTypeDecimal, 0, 999999999999.0, "只填数字，可带小数（最多六位）；没有发生的填 0", "这里只能填 0 或正数"},
}

// validate restricts the input cells to their ranges, one rule per range.
func validate(f *excelize.File, sheet string, cells inputs) error {
	ranges := make([]render.Range, 0, len(cells))
	for r := range cells {
		ranges = append(ranges, r)
	}
	sort.Slice(ranges, func(i, j int) bool { return ranges[i] < ranges[j] })
	for _, r := range ranges {
		rule := rangeRules[r]
		dv := excelize.NewDataValidation(false)
		dv.SetSqref(strings.Join(cells[r], " "))
		if err := dv.SetRange(rule.low, rule.high, rule.typ, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetInput("填写说明", rule.hint)
		dv.SetError(excelize.DataValidationErrorStyleStop, "填写有误", rule.oops)
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	return nil
}

// form is what a table sheet holds below its table: the row of the
// table's checks, and on one sheet a blank row, the figures outside the
// tables (one a row) and the document's checks (one a row), each label
// across the table's width, the figure or result in its last column.
type form struct {
	table   *render.Table
	checks  int // grid row of the table's checks
	figures []render.Figure
	rules   []render.Check
	first   int // grid row of the first figure
	column  int // grid column of the figures and the results
}

// newForm lays out the form below a table whose figures are at addr;
// figures tells whether the document's figures and checks go on this
// sheet (a check among figures the sheet does not hold is left out).
func newForm(d *render.Document, t *render.Table, places [][]render.Place, addr map[string]string, figures bool) *form {
	fm := &form{table: t, checks: len(places), first: len(places) + 2, column: t.Columns - 1}
	if !figures {
		return fm
	}
	fm.figures = d.Figures
	held := func(k string) bool {
		return addr[k] != "" || slices.ContainsFunc(d.Figures, func(f render.Figure) bool { return f.Key == k })
	}
	for _, c := range d.Checks {
		if !slices.ContainsFunc(append(slices.Clone(c.Left), c.Right...), func(k string) bool { return !held(k) }) {
			fm.rules = append(fm.rules, c)
		}
	}
	return fm
}

// figureCell is the cell of the i-th figure.
func (fm *form) figureCell(i int) string { return Address(fm.first+i, fm.column) }

// ruleRow is the grid row of the i-th document check.
func (fm *form) ruleRow(i int) int { return fm.first + len(fm.figures) + i }

// setup validates the cells a person fills in (the table's figures that
// are not totals, and the figures below it), colours the check cells by
// their result, and protects the sheet. It comes before the rows are
// streamed: the stream writer keeps what the sheet has.
func (fm *form) setup(f *excelize.File, sheet string, places [][]render.Place, addr map[string]string) error {
	cells := inputs{}
	for _, row := range places {
		for _, p := range row {
			if c := p.Cell; c.Number && len(c.Sum) == 0 {
				cells[c.Range] = append(cells[c.Range], Address(p.Row, p.Col))
			}
		}
	}
	for i, fig := range fm.figures {
		cells[fig.Range] = append(cells[fig.Range], fm.figureCell(i))
	}
	if err := validate(f, sheet, cells); err != nil {
		return err
	}
	var results []string
	for _, c := range fm.table.Checks {
		col, _, _ := excelize.CellNameToCoordinates(addr[c.Left[0]])
		results = append(results, Address(fm.checks, col-1))
	}
	for i := range fm.rules {
		results = append(results, Address(fm.ruleRow(i), fm.column))
	}
	if err := colourResults(f, sheet, results); err != nil {
		return err
	}
	return protect(f, sheet)
}

// Conditional formats of the check cells: Excel's "light red fill with dark
// red text" when a rule is broken, green when it holds.
var (
	brokenStyle = excelize.Style{Font: &excelize.Font{Color: "9C0006", Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}}
	heldStyle   = excelize.Style{Font: &excelize.Font{Color: "006100"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6EFCE"}}}
)

// colourResults formats the check cells by their value: 0 (the rule
// holds) green, anything else red.
func colourResults(f *excelize.File, sheet string, cells []string) error {
	if len(cells) == 0 {
		return nil
	}
	var opts []excelize.ConditionalFormatOptions
	for _, r := range []struct {
		style    excelize.Style
		criteria string
	}{{brokenStyle, "!="}, {heldStyle, "=="}} {
		id, err := f.NewConditionalStyle(&r.style)
		if err != nil {
			return err
		}
		opts = append(opts, excelize.ConditionalFormatOptions{Type: "cell", Criteria: r.criteria, Value: "0", Format: &id})
	}
	return f.SetConditionalFormat(sheet, strings.Join(cells, " "), opts)
}

// checkFormats show a check's result: "✓" when it holds (0), else what is
// wrong; the conditional format colours it.
var checkFormats = map[render.CheckKind]string{
	render.Equal:  `"✗ 差 "General;"✗ 差 -"General;"✓"`,
	render.AtMost: `"✗ 多 "General;"✗";"✓"`,
	render.Needs:  `"✗ "General" 件";"✗";"✓"`,
}

// checkCell is the cell that computes a check: 0 when it holds, else
// the difference (Equal), the excess (AtMost) or the figures that should
// be 0 (Needs); with its computed value.
func checkCell(st *styles, c render.Check, addr map[string]string, values map[string]float64) (excelize.Cell, error) {
	id, err := st.get("check:" + checkFormats[c.Kind])
	if err != nil {
		return excelize.Cell{}, err
	}
	left, right := strings.Join(refs(c.Left, addr), "+"), strings.Join(refs(c.Right, addr), "+")
	l, r := sumOf(c.Left, values), sumOf(c.Right, values)
	cell := excelize.Cell{StyleID: id}
	switch c.Kind {
	case render.AtMost:
		cell.Formula, cell.Value = fmt.Sprintf("MAX(0,%s-(%s))", left, right), max(0, l-r)
	case render.Needs:
		cell.Formula, cell.Value = fmt.Sprintf("IF((%s)>0,0,%s)", right, left), l
		if r > 0 {
			cell.Value = 0.0
		}
	default:
		cell.Formula, cell.Value = fmt.Sprintf("%s-(%s)", left, right), l-r
	}
	return cell, nil
}

// checkRow writes the table's identities under it: the label over the
// label columns, in each figure column the difference of the two sides.
func (fm *form) checkRow(sw *excelize.StreamWriter, st *styles, addr map[string]string, values map[string]float64) error {
	t := fm.table
	if len(t.Checks) == 0 {
		return nil
	}
	first := t.Columns
	cells := make([]any, t.Columns)
	for _, c := range t.Checks {
		col, _, _ := excelize.CellNameToCoordinates(addr[c.Left[0]])
		first = min(first, col-1)
		cell, err := checkCell(st, c, addr, values)
		if err != nil {
			return err
		}
		cells[col-1] = cell
	}
	name, _, _ := strings.Cut(t.Checks[0].Label, "·")
	return labelRow(sw, st, fm.checks, first, "checklabel", "勾稽关系检查："+name, cells, 30)
}

// labelRow writes a row whose label fills the columns before first,
// merged, and whose other cells are given.
func labelRow(sw *excelize.StreamWriter, st *styles, row, first int, style, text string, cells []any, height float64) error {
	label, err := st.get(style)
	if err != nil {
		return err
	}
	cells[0] = excelize.Cell{StyleID: label, Value: text}
	for i := 1; i < first; i++ {
		cells[i] = excelize.Cell{StyleID: label}
	}
	if first > 1 {
		if err := sw.MergeCell(Address(row, 0), Address(row, first-1)); err != nil {
			return err
		}
	}
	return sw.SetRow(Address(row, 0), cells, excelize.RowOpts{Height: height})
}

// figureRows writes the figures a person fills in below the table, one a
// row beside its label, and the document's checks among them; it returns
// the figures for the data sheet, each reading its cell. addr and values
// gain the figures.
func (fm *form) figureRows(sw *excelize.StreamWriter, st *styles, sheet string, widths []float64, addr map[string]string, values map[string]float64) ([]dataRow, error) {
	var out []dataRow
	for i, fig := range fm.figures {
		c := &render.Cell{Value: fig.Value, Number: true, Range: fig.Range}
		id, err := st.get("input:" + numberFormat(c))
		if err != nil {
			return nil, err
		}
		v, err := number(c)
		if err != nil {
			return nil, err
		}
		addr[fig.Key], values[fig.Key] = fm.figureCell(i), v
		cells := make([]any, fm.column+1)
		cells[fm.column] = excelize.Cell{StyleID: id, Value: v}
		if err := labelRow(sw, st, fm.first+i, fm.column, "label", fig.Label, cells, rowHeight(&render.Cell{Text: fig.Label}, widths[:fm.column], nil)); err != nil {
			return nil, err
		}
		out = append(out, dataRow{table: "六", row: fig.Label, key: fig.Key, value: fig.Value, source: "填报",
			ref: quoteSheet(sheet) + "!" + fm.figureCell(i)})
	}
	for i, c := range fm.rules {
		cell, err := checkCell(st, c, addr, values)
		if err != nil {
			return nil, err
		}
		cells := make([]any, fm.column+1)
		cells[fm.column] = cell
		text := "检查：" + c.Label
		if err := labelRow(sw, st, fm.ruleRow(i), fm.column, "checklabel", text, cells, max(30, rowHeight(&render.Cell{Text: text}, widths[:fm.column], nil))); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func refs(keys []string, addr map[string]string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = addr[k]
	}
	return out
}

func sumOf(keys []string, values map[string]float64) float64 {
	s := 0.0
	for _, k := range keys {
		s += values[k]
	}
	return s
}
