package author

import (
	"fmt"
	"sort"
	"strings"
)

// SumOptions name the jurisdiction whose total is made.
type SumOptions struct {
	Agency string
	Files  []string // the units' files, for the comment
}

// Sum adds the figures of units into one report file of the same format and
// year: every figure of tables 二, 三 and 四 and the 信息处理费, money as
// exact decimals, 采购总金额 in a common unit. Prose is left as placeholders
// for the office to write. Units must share format, variant and year.
func Sum(units []*Report, o SumOptions) ([]byte, error) {
	if len(units) == 0 {
		return nil, fmt.Errorf("没有可汇总的报告")
	}
	if err := sameKind(units, o.Files); err != nil {
		return nil, err
	}
	first := units[0]
	totals := map[string]Value{}
	for _, u := range units {
		for _, ref := range u.figureRefs() {
			v := ref.value
			t, ok := totals[ref.key]
			if !ok {
				totals[ref.key] = v
				continue
			}
			sum, err := addValues(t, v)
			if err != nil {
				return nil, fmt.Errorf("%s：%v", ref.key, err)
			}
			totals[ref.key] = sum
		}
	}
	figures := map[string]string{}
	for k, v := range totals {
		figures[k] = v.String()
	}
	names := make([]string, len(units))
	for i, u := range units {
		names[i] = strings.TrimSpace(u.Agency.S)
	}
	return Template(TemplateOptions{
		Format: first.Format, Variant: first.Variant, Year: first.Year, Agency: o.Agency,
		Source:  fmt.Sprintf("汇总 %d 个单位（由 nianbao sum 生成；文字部分待填写）：%s", len(units), strings.Join(names, "、")),
		Figures: figures,
	})
}

// sameKind refuses units of different formats, variants or years, naming
// the ones that differ from the majority.
func sameKind(units []*Report, files []string) error {
	kind := func(u *Report) string {
		return fmt.Sprintf("%s 格式%s %d 年度", u.Format, variantNote(u.Variant), u.Year)
	}
	count := map[string]int{}
	for _, u := range units {
		count[kind(u)]++
	}
	if len(count) == 1 {
		return nil
	}
	var kinds []string
	for k := range count {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		return count[kinds[i]] > count[kinds[j]] || (count[kinds[i]] == count[kinds[j]] && kinds[i] < kinds[j])
	})
	var odd []string
	for i, u := range units {
		if kind(u) != kinds[0] {
			odd = append(odd, fmt.Sprintf("%s（%s）", files[i], kind(u)))
		}
	}
	return fmt.Errorf("只能汇总同一格式、同一年度的报告：多数为 %s，不同的有 %s", kinds[0], strings.Join(odd, "、"))
}

func variantNote(v string) string {
	if v == "" {
		return ""
	}
	return "（" + v + "）"
}

// figureRef is one figure a unit reports, by key.
type figureRef struct {
	key   string
	value Value
}

// figureRefs lists the figures a report states: every data cell of the
// tables and the 信息处理费.
func (r *Report) figureRefs() []figureRef {
	var out []figureRef
	for path, row := range r.Rows {
		if path == r.Spec.TotalRow() {
			continue
		}
		for i, c := range r.Spec.rowColumns(path) {
			out = append(out, figureRef{path + "." + c.Key, row.Values[i]})
		}
	}
	if r.Fee != nil {
		for i, v := range []*Value{r.Fee.Notices, r.Fee.Billed, r.Fee.Collected} {
			if v != nil {
				out = append(out, figureRef{"other_matters.processing_fee." + feeKeys[i], *v})
			}
		}
	}
	return out
}

// unitScale is each amount unit's size in 元, as a power of ten.
var unitScale = map[string]int{"": 0, "元": 0, "万元": 4, "亿元": 8}

// addValues adds two figures exactly; amounts in different units are added
// in 元.
func addValues(a, b Value) (Value, error) {
	if a.Unit != b.Unit {
		var err error
		if a, err = inYuan(a); err == nil {
			b, err = inYuan(b)
		}
		if err != nil {
			return a, err
		}
	}
	sum, err := a.Num.Add(b.Num)
	return Value{Num: sum, Unit: a.Unit, Plus: a.Plus || b.Plus}, err
}

// inYuan converts an amount to 元.
func inYuan(v Value) (Value, error) {
	n, err := v.Num.Mul10(unitScale[v.Unit])
	return Value{Num: n, Unit: "元"}, err
}
