package xlsx

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// The workbook is also the form a clerk fills in: the figures a person
// writes are unlocked, marked and validated; totals and labels are locked
// (without a password: the lock guards against slips, not people); a check
// row shows each identity of the format as the figures are typed.

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

// checkFormat shows a check's difference: "✓" when the sides agree, else
// "✗ 差 N" in red; the colour comes from the format, so every spreadsheet
// program shows it.
const checkFormat = `[Red]"✗ 差 "0.######;[Red]"✗ 差 -"0.######;"✓"`

// checkRow writes the table's identities under it: the label over the
// label columns, in each figure column the difference of the two sides.
func checkRow(sw *excelize.StreamWriter, st *styles, t *render.Table, row int, addr map[string]string, values map[string]float64) error {
	if len(t.Checks) == 0 {
		return nil
	}
	first := t.Columns
	cells := make([]any, t.Columns)
	for _, c := range t.Checks {
		col, _, _ := excelize.CellNameToCoordinates(addr[c.Left[0]])
		first = min(first, col-1)
		diff := sumOf(c.Left, values) - sumOf(c.Right, values)
		id, err := st.get("check:" + checkFormat)
		if err != nil {
			return err
		}
		cells[col-1] = excelize.Cell{StyleID: id, Value: diff,
			Formula: fmt.Sprintf("%s-(%s)", strings.Join(refs(c.Left, addr), "+"), strings.Join(refs(c.Right, addr), "+"))}
	}
	label, err := st.get("checklabel")
	if err != nil {
		return err
	}
	name, _, _ := strings.Cut(t.Checks[0].Label, "·")
	cells[0] = excelize.Cell{StyleID: label, Value: "勾稽关系检查：" + name}
	for i := 1; i < first; i++ {
		cells[i] = excelize.Cell{StyleID: label}
	}
	if first > 1 {
		if err := sw.MergeCell(Address(row, 0), Address(row, first-1)); err != nil {
			return err
		}
	}
	return sw.SetRow(Address(row, 0), cells, excelize.RowOpts{Height: 30})
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
