package author

import (
	"fmt"
	"strings"

	"nianbao/render"
	"nianbao/spec"
)

// Options tune the rules.
type Options struct {
	// Previous is last year's report of the same agency, for the cross-year
	// rules; nil skips them.
	Previous *Report
	// MaxOtherShare is the share of （六）其他处理 in （七）总计 above which
	// OTHER-HIGH warns; 0 means the default 0.3.
	MaxOtherShare float64
	// Glyphs tells which characters the fonts of the PDF can draw, for
	// GLYPH-MISSING; nil skips the rule.
	Glyphs Glyphs
}

// Glyphs is a set of fonts by role.
type Glyphs interface {
	Has(role render.Role, r rune) bool
}

// checker applies the rules to one loaded report.
type checker struct {
	r   *Report
	opt Options
	fs  Findings
}

// check is one rule of the registry and the function that applies it.
type check struct {
	rule *spec.Rule
	run  func(c *checker, rule *spec.Rule)
}

// checks are the rules Check applies, in order. Every rule of stage
// spec.Checks has exactly one entry (a test holds this).
var checks = []check{
	{spec.T3RowTotal, (*checker).requestRowTotals},
	{spec.T4Total, (*checker).appealRowTotals},
	{spec.T3Results, (*checker).results},
	{spec.T3Balance, (*checker).balance},
	{spec.OtherHighRule, (*checker).otherShare},
	{spec.CrossYear, (*checker).crossYear},
	{spec.RepeatText, (*checker).repeatText},
	{spec.RepeatFigures, (*checker).repeatFigures},
	{spec.CrossTable2, (*checker).crossTable2},
	{spec.FeeFigures, (*checker).feeFigures},
	{spec.ProseYear, (*checker).proseYear},
	{spec.DateFormat, (*checker).dateFormat},
	{spec.DateMissing, (*checker).dateMissing},
	{spec.DateLate, (*checker).dateLate},
	{spec.DocNumber, (*checker).docNumber},
	{spec.Punctuation, (*checker).punctuation},
	{spec.SectionEmpty, (*checker).sectionsEmpty},
	{spec.FeeMissing, (*checker).feeMissing},
	{spec.Unfinished, (*checker).unfinished},
	{spec.OverviewLength, (*checker).overviewLength},
	{spec.RefUnknown, (*checker).refs},
	{spec.ProseFigure, (*checker).figures},
	{spec.GlyphMissing, (*checker).glyphs},
}

func (c *checker) add(rule *spec.Rule, pos Pos, cell, msg string) {
	c.fs = append(c.fs, newFinding(rule, c.r.File, pos, cell, msg))
}

// addEq reports a broken equation with both sides and their difference.
func (c *checker) addEq(rule *spec.Rule, pos Pos, cell, left string, l Decimal, right string, r Decimal) {
	diff, _ := l.Sub(r)
	f := newFinding(rule, c.r.File, pos, cell, fmt.Sprintf("%s ≠ %s，差 %s", side(left, l), side(right, r), diff))
	f.Left, f.Right, f.Diff = l.String(), r.String(), diff.String()
	c.fs = append(c.fs, f)
}

// side writes one side of an equation: "一(60)+二(0)=60", or "总计(0)" for a
// single term.
func side(expr string, v Decimal) string {
	if strings.Contains(expr, "+") {
		return expr + "=" + v.String()
	}
	return expr + "(" + v.String() + ")"
}

// Check applies every rule of the registry that applies to the report's
// format and returns the findings, sorted by place.
func Check(r *Report, opt Options) Findings {
	if opt.MaxOtherShare == 0 {
		opt.MaxOtherShare = 0.3
	}
	c := &checker{r: r, opt: opt}
	for _, ch := range checks {
		if ch.rule.AppliesTo(r.Spec) {
			ch.run(c, ch.rule)
		}
	}
	c.fs.Sort()
	return c.fs
}

// sumExpr writes "自然人(1)+商业企业(0)+…".
func sumExpr(cols []spec.Column, vs []Value) string {
	var parts []string
	for i, col := range cols {
		parts = append(parts, fmt.Sprintf("%s(%s)", col.Label, vs[i].Num))
	}
	return strings.Join(parts, "+")
}

// rowTotals checks every total the user wrote in a table against the sum of
// the figures the report prints in its row: for a derived row (（七）总计)
// the figures the user wrote, not the tool's sums (whose disagreement is
// T3-RESULTS's).
func (c *checker) rowTotals(rule *spec.Rule, t *spec.Table) {
	for _, s := range t.Rows {
		row := c.r.Row(s)
		printed := row.Values
		if s.Derived {
			printed = row.Claimed
		}
		if row.Reported == nil || row.Reported.Bad || printed == nil || anyBadValue(printed) {
			continue
		}
		sum, err := sumValues(printed)
		if err == nil && row.Reported.Num.Cmp(sum) != 0 {
			c.addEq(rule, row.Reported.Pos, s.Cell(s.Total), s.Total.Label, row.Reported.Num, sumExpr(s.Columns, printed), sum)
		}
	}
}

func anyBadValue(vs []Value) bool {
	for _, v := range vs {
		if v.Bad {
			return true
		}
	}
	return false
}

// requestRowTotals applies T3-ROW-TOTAL.
func (c *checker) requestRowTotals(rule *spec.Rule) { c.rowTotals(rule, &c.r.Spec.Requests.Table) }

// appealRowTotals applies T4-TOTAL.
func (c *checker) appealRowTotals(rule *spec.Rule) { c.rowTotals(rule, &c.r.Spec.Appeals.Table) }

// results checks a derived row the user wrote (（七）总计) against the sum
// of its rows, column by column (T3-RESULTS).
func (c *checker) results(rule *spec.Rule) {
	for _, s := range c.r.Spec.Requests.Table.Rows {
		row := c.r.Row(s)
		if !s.Derived || row.Claimed == nil {
			continue
		}
		for i := range s.Columns {
			if row.Claimed[i].Bad || c.r.anyBadDerived(s, i) || row.Claimed[i].Num.Cmp(row.Values[i].Num) == 0 {
				continue
			}
			c.addEq(rule, row.Claimed[i].Pos, s.Cell(&s.Columns[i]),
				s.Label, row.Claimed[i].Num, sumName(s.SumOf), row.Values[i].Num)
		}
	}
}

// sumName names the sum of rows: "（一）至（六）各项之和".
func sumName(rows []*spec.Row) string {
	first, last := rows[0], rows[len(rows)-1]
	short := func(s *spec.Row) string {
		if s.Group != nil {
			return s.Short[:strings.Index(s.Short, "）")+len("）")]
		}
		return s.Short
	}
	return short(first) + "至" + short(last) + "各项之和"
}

// anyBadDerived reports whether column i of a derived row is uncertain: a
// row it adds up, or the user's own figure, is unreadable.
func (r *Report) anyBadDerived(s *spec.Row, i int) bool {
	row := r.Row(s)
	return r.anyBad(i, s.SumOf...) || (row.Claimed != nil && row.Claimed[i].Bad)
}

// shown is column i of a row as the report states it: the user's figure
// of a derived row when given, else the row's own.
func (r *Report) shown(s *spec.Row, i int) Decimal {
	row := r.Row(s)
	if row.Claimed != nil {
		return row.Claimed[i].Num
	}
	return row.Values[i].Num
}

// shownTotal is the total of a row as the report states it.
func (r *Report) shownTotal(s *spec.Row) Decimal {
	sum := Int(0)
	for i := range s.Columns {
		sum, _ = sum.Add(r.shown(s, i))
	}
	return sum
}

// balance checks the identity of table 三's corner note column by column
// (T3-BALANCE): 一 + 二 = （七） + 四. A derived row enters as the report
// states it.
func (c *checker) balance(rule *spec.Rule) {
	r := c.r
	t := r.Spec.Requests
	left, right := t.Balance.Sides()
	all := append(append([]*spec.Row(nil), left...), right...)
	for i, col := range t.Applicants {
		if r.anyBad(i, all...) || anyDerivedBad(r, all, i) {
			continue
		}
		l, lexpr, err1 := r.sideSum(left, i)
		rt, rexpr, err2 := r.sideSum(right, i)
		if err1 != nil || err2 != nil || l.Cmp(rt) == 0 {
			continue
		}
		c.addEq(rule, r.Row(left[0]).Values[i].Pos, t.Number+"·"+col.Label+"列", lexpr, l, rexpr, rt)
	}
}

func anyDerivedBad(r *Report, rows []*spec.Row, i int) bool {
	for _, s := range rows {
		if s.Derived && r.anyBadDerived(s, i) {
			return true
		}
	}
	return false
}

// sideSum adds column i of rows as the report states them and writes the
// sum: "一(60)+二(0)"; a derived row the report does not print is marked
// as the tool's: "工具计算的（七）(85)".
func (r *Report) sideSum(rows []*spec.Row, i int) (Decimal, string, error) {
	sum := Int(0)
	var terms []string
	for _, s := range rows {
		v := r.shown(s, i)
		var err error
		if sum, err = sum.Add(v); err != nil {
			return sum, "", err
		}
		name := s.Short
		if s.Derived && r.Row(s).Claimed == nil {
			name = computedMark + name
		}
		terms = append(terms, fmt.Sprintf("%s(%s)", name, v))
	}
	return sum, strings.Join(terms, "+"), nil
}

// otherShare warns when （六）其他处理 is a large share of all results
// (OTHER-HIGH), with the notice's guidance when it has one.
func (c *checker) otherShare(rule *spec.Rule) {
	r := c.r
	oh := r.Spec.OtherHigh
	other := Int(0)
	var pos Pos
	for _, s := range oh.Counted() {
		row := r.Row(s)
		other, _ = other.Add(row.Total)
		if pos.Line == 0 || (row.Given && row.Total.Sign() > 0) {
			pos = row.Pos
		}
	}
	var results []*spec.Row
	all := Int(0)
	for _, s := range r.Spec.Requests.Table.Rows {
		if s.Derived {
			results = s.SumOf
			all = r.Row(s).Total
		}
	}
	if all.Cmp(Int(10)) < 0 || other.IsZero() || r.anyBad(-1, results...) {
		return
	}
	share := float64(other.Coef) / float64(all.Coef)
	if share <= c.opt.MaxOtherShare {
		return
	}
	name := oh.Counted()[0].Name
	msg := fmt.Sprintf("%s %s 件，占%s办理结果总数 %s 件的 %.0f%%（超过 %.0f%%）：请核实分类", name, other, computedMark, all, share*100, c.opt.MaxOtherShare*100)
	if oh.Quote != "" {
		msg += "，“" + oh.Quote + "”"
	}
	c.add(rule, pos, oh.Counted()[0].FullName(), msg)
}
