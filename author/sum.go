package author

import (
	"fmt"
	"sort"
	"strings"
)

// Sum adds the figures of units into a new report of the same format and
// year for the jurisdiction: every figure of tables 二, 三 and 四 and the
// 信息处理费, money as exact decimals, 采购总金额 in a common unit. Prose is
// left as placeholders for the office to write. Units must share format,
// variant and year; files name them in messages.
func Sum(units []*Report, agency string, files []string) (*Report, error) {
	if len(units) == 0 {
		return nil, fmt.Errorf("没有可汇总的报告")
	}
	if err := sameKind(units, files); err != nil {
		return nil, err
	}
	first := units[0]
	total, err := Blank(BlankOptions{Format: first.Spec.ID, Variant: first.Spec.Variant, Year: first.Year, Agency: agency})
	if err != nil {
		return nil, err
	}
	for i, row := range total.Rows {
		if row.Spec.Derived {
			continue
		}
		row.Given = false
		for _, u := range units {
			ur := u.Rows[i]
			row.Given = row.Given || ur.Given || !ur.Spec.Optional
			for j := range row.Values {
				if row.Values[j], err = addValues(row.Values[j], ur.Values[j], u == first); err != nil {
					return nil, fmt.Errorf("%s：%v", row.Spec.Cell(&row.Spec.Columns[j]), err)
				}
			}
		}
	}
	if err := sumFees(total, units); err != nil {
		return nil, err
	}
	return total, total.derive()
}

// sumFees adds the 信息处理费 figures the units report.
func sumFees(total *Report, units []*Report) error {
	for i := range total.Fee.Values {
		var sum *Value
		for _, u := range units {
			if u.Fee == nil || u.Fee.Values[i] == nil {
				continue
			}
			if sum == nil {
				v := *u.Fee.Values[i]
				sum = &v
				continue
			}
			v, err := addValues(*sum, *u.Fee.Values[i], false)
			if err != nil {
				return err
			}
			sum = &v
		}
		total.Fee.Values[i] = sum
	}
	for _, v := range total.Fee.Values {
		if v != nil {
			return nil
		}
	}
	total.Fee = nil
	return nil
}

// SumSource is the comment a summed report's file starts with.
func SumSource(units []*Report) string {
	names := make([]string, len(units))
	for i, u := range units {
		names[i] = strings.TrimSpace(u.Agency.S)
	}
	return fmt.Sprintf("汇总 %d 个单位（由 nianbao sum 生成；文字部分待填写）：%s", len(units), strings.Join(names, "、"))
}

// sameKind refuses units of different formats, variants or years, naming
// the ones that differ from the majority.
func sameKind(units []*Report, files []string) error {
	kind := func(u *Report) string {
		return fmt.Sprintf("%s %d 年度", u.Spec.Name(), u.Year)
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

// unitScale is each amount unit's size in 元, as a power of ten.
var unitScale = map[string]int{"": 0, "元": 0, "万元": 4, "亿元": 8}

// addValues adds two figures exactly; amounts in different units are added
// in 元. With first, b replaces a (the zero a blank report holds).
func addValues(a, b Value, first bool) (Value, error) {
	if first {
		return Value{Num: b.Num, Unit: b.Unit, Plus: b.Plus}, nil
	}
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
