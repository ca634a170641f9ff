package author

import (
	"fmt"
	"strings"

	"nianbao/spec"
)

// crossTable2 checks table 二 against last year's (CROSS-YEAR-TABLE2): for
// each identity of the format, this year's column equals last year's
// figures plus this year's additions less its removals.
func (c *checker) crossTable2(rule *spec.Rule) {
	prev := c.lastYear()
	if prev == nil || prev.Spec.ID != c.r.Spec.ID {
		return
	}
	for _, k := range c.r.Spec.Continuity {
		for _, key := range k.Rows {
			this, last := c.r.RowAt(key), prev.RowAt(key)
			if this == nil || last == nil || this.Bad() || last.Bad() || (this.Spec.Optional && !this.Given) {
				continue
			}
			c.continuity(rule, k, this, last, prev.Year)
		}
	}
}

// continuity checks one row against one identity.
func (c *checker) continuity(rule *spec.Rule, k spec.Continuity, this, last *Row, lastYear int) {
	col := func(row *Row, key string) (Decimal, string) {
		for i, cl := range row.Spec.Columns {
			if cl.Key == key {
				return row.Values[i].Num, cl.Label
			}
		}
		return Int(0), ""
	}
	want, expr := Int(0), []string{}
	add := func(row *Row, keys []string, sign int64, year string) {
		for _, key := range keys {
			v, label := col(row, key)
			if sign < 0 {
				v.Coef = -v.Coef
			}
			want, _ = want.Add(v)
			op := "+"
			if sign < 0 {
				op = "−"
			}
			expr = append(expr, fmt.Sprintf("%s%s%s(%s)", op, year, label, col1(row, key)))
		}
	}
	add(last, k.Last, 1, fmt.Sprintf("%d年", lastYear))
	add(this, k.Plus, 1, "")
	add(this, k.Minus, -1, "")
	got, label := col(this, k.Col)
	if got.Cmp(want) == 0 {
		return
	}
	i := columnIndex(this.Spec, k.Col)
	c.addEq(rule, this.Values[i].Pos, this.Spec.Cell(&this.Spec.Columns[i]), label, got,
		strings.TrimPrefix(strings.Join(expr, ""), "+"), want)
}

// col1 writes a row's figure in a column as printed.
func col1(row *Row, key string) string {
	if i := columnIndex(row.Spec, key); i >= 0 {
		return row.Values[i].Num.String()
	}
	return "0"
}

// columnIndex is the index of a row's column with the key, or -1.
func columnIndex(s *spec.Row, key string) int {
	for i, c := range s.Columns {
		if c.Key == key {
			return i
		}
	}
	return -1
}

// feeFigures checks the 信息处理费 statement against itself and table 三
// (FEE-FIGURES): no more collected than billed, and no application dropped
// for an unpaid fee when no fee notice was sent.
func (c *checker) feeFigures(rule *spec.Rule) {
	r, fee := c.r, c.r.Spec.Fee
	billed, collected, notices := r.Fee.Get(fee, spec.FeeBilled), r.Fee.Get(fee, spec.FeeCollected), r.Fee.Get(fee, spec.FeeNotices)
	field := func(role spec.FeeRole) spec.FeeField {
		for _, f := range fee.Fields {
			if f.Role == role {
				return f
			}
		}
		return spec.FeeField{}
	}
	name := func(role spec.FeeRole) string { return fee.FieldName(field(role)) }
	if billed != nil && collected != nil && !billed.Bad && !collected.Bad && collected.Num.Cmp(billed.Num) > 0 {
		c.addEq(rule, collected.Pos, name(spec.FeeCollected), field(spec.FeeCollected).Label, collected.Num, field(spec.FeeBilled).Label, billed.Num)
	}
	unpaid := r.RowAt(fee.Unpaid)
	if unpaid == nil || notices == nil || notices.Bad || !notices.Num.IsZero() || unpaid.Bad() || unpaid.Total.IsZero() {
		return
	}
	c.add(rule, unpaid.Pos, unpaid.Spec.FullName(), fmt.Sprintf("有 %s 件申请因逾期未缴费不再处理，但%s为 0：没有发出收费通知就不会逾期未缴费，请核对", unpaid.Total, name(spec.FeeNotices)))
}
