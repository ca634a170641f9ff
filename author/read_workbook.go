package author

import (
	"time"

	"nianbao/render/xlsx"
	"nianbao/spec"
)

// problemRules are the rules of the problems a workbook reader reports.
var problemRules = map[xlsx.ProblemKind]*spec.Rule{
	xlsx.NotOurs: spec.XLSXNotOurs, xlsx.Label: spec.XLSXLabel, xlsx.Unreadable: spec.XLSXValue, xlsx.Data: spec.XLSXData,
}

// ReadWorkbook reads an annex nianbao wrote back into a report: the figures
// of its tables, cell by cell (each row's total as the report's stated
// total, so Check compares it), the 信息处理费 of its data sheet, and the
// properties; the prose is the placeholders. Findings name the workbook's
// cells. It returns nil when the file is not such a workbook.
func ReadWorkbook(name string, data []byte) (*Report, Findings) {
	var fs Findings
	book, err := xlsx.Open(data)
	if err != nil {
		return nil, Findings{newFinding(spec.XLSXNotOurs, name, Pos{}, "", err.Error())}
	}
	defer book.Close()
	r, err := Blank(BlankOptions{Format: book.Format, Variant: book.Variant, Year: book.Year, Agency: book.Agency})
	if err != nil {
		return nil, Findings{newFinding(spec.FormatUnknown, name, Pos{}, "", err.Error())}
	}
	r.File = name
	if rule, msg := agencyProblem(book.Agency); rule != nil {
		fs = append(fs, newFinding(rule, name, Pos{Ref: "文档属性·作者"}, "agency 机关名称", msg))
	}
	keys := map[string]bool{}
	for _, k := range book.DataKeys() {
		keys[k] = true
	}
	for _, row := range r.Rows {
		if row.Spec.Optional {
			row.Given = keys[spec.CellRef{Row: row.Spec}.Key()]
		}
	}
	figures, problems := book.Read(r.Document())
	for _, p := range problems {
		fs = append(fs, newFinding(problemRules[p.Kind], name, Pos{Ref: p.Ref}, "", p.Message))
	}
	w := &workbookReport{r: r, figures: figures}
	w.rows()
	w.fee()
	if d, err := time.Parse("2006-01-02", book.Date); err == nil {
		r.Date = &Date{Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
	}
	fs = append(fs, w.fs...)
	if err := r.derive(); err != nil {
		fs = append(fs, newFinding(spec.ValueType, name, Pos{}, "", "数值过大，无法求和"))
		return nil, fs
	}
	fs = groupBlanks(fs)
	fs.Sort()
	return r, fs
}

// workbookReport fills a blank report with the figures of a workbook.
type workbookReport struct {
	r       *Report
	figures map[string]xlsx.Figure
	fs      Findings
}

// value reads the figure with the key; ok is false when the workbook has none.
func (w *workbookReport) value(key string, c spec.Column, cell string) (Value, bool) {
	fig, ok := w.figures[key]
	if !ok {
		return Value{}, false
	}
	v, problems := parseFigure(fig.Text, Pos{Ref: fig.Ref}, c)
	for _, p := range problems {
		w.fs = append(w.fs, newFinding(p.rule, w.r.File, v.Pos, cell, p.msg))
	}
	return v, true
}

// formulas reports whether every figure of a derived row is still the
// workbook's formula.
func (w *workbookReport) formulas(s *spec.Row) bool {
	for i := range s.Columns {
		if !w.figures[spec.CellRef{Row: s, Col: i}.Key()].Formula {
			return false
		}
	}
	return true
}

// rows reads every row of the tables.
func (w *workbookReport) rows() {
	for _, row := range w.r.Rows {
		s := row.Spec
		if s.Optional && !row.Given {
			continue
		}
		values := make([]Value, len(s.Columns))
		for i := range s.Columns {
			c := spec.CellRef{Row: s, Col: i}
			values[i], _ = w.value(c.Key(), s.Columns[i], c.Name())
		}
		switch {
		case !s.Derived:
			row.Values = values
		case !w.formulas(s):
			row.Claimed = values // figures typed over the sums: the report's own, to be checked
		}
		if s.Total != nil {
			c := spec.CellRef{Row: s, Total: true}
			if fig := w.figures[c.Key()]; !fig.Formula {
				if v, ok := w.value(c.Key(), spec.Column{Kind: spec.Count}, c.Name()); ok {
					row.Reported = &v // a total typed over its formula
				}
			}
		}
		row.Pos = values[0].Pos
	}
}

// fee reads the 信息处理费 statement from the data sheet.
func (w *workbookReport) fee() {
	r := w.r
	fee := r.Spec.Fee
	found := false
	for i, field := range fee.Fields {
		key := fee.FieldKey(r.feeSection().Key, field)
		if v, ok := w.value(key, spec.Column{Kind: field.Kind}, fee.FieldName(field)); ok {
			r.Fee.Values[i] = &v
			found = true
		} else {
			r.Fee.Values[i] = nil
		}
	}
	if !found {
		r.Fee = nil
	}
}
