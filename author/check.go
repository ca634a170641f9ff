package author

import (
	"fmt"
	"strings"

	"nianbao/render"
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

func (c *checker) add(rule string, sev Severity, pos Pos, cell, msg string) {
	c.fs = append(c.fs, Finding{Rule: rule, Severity: sev, File: c.r.File, Line: pos.Line, Col: pos.Col, Cell: cell, Message: msg})
}

// addEq reports a broken equation with both sides and their difference.
func (c *checker) addEq(rule string, sev Severity, pos Pos, cell, left string, l Decimal, right string, r Decimal) {
	diff, _ := l.Sub(r)
	c.fs = append(c.fs, Finding{Rule: rule, Severity: sev, File: c.r.File, Line: pos.Line, Col: pos.Col, Cell: cell,
		Message: fmt.Sprintf("%s ≠ %s，差 %s", side(left, l), side(right, r), diff),
		Left:    l.String(), Right: r.String(), Diff: diff.String()})
}

// side writes one side of an equation: "一(60)+二(0)=60", or "总计(0)" for a
// single term.
func side(expr string, v Decimal) string {
	if strings.Contains(expr, "+") {
		return expr + "=" + v.String()
	}
	return expr + "(" + v.String() + ")"
}

// Check applies every rule to a loaded report and returns the findings,
// sorted by place.
func Check(r *Report, opt Options) Findings {
	if opt.MaxOtherShare == 0 {
		opt.MaxOtherShare = 0.3
	}
	c := &checker{r: r, opt: opt}
	c.rowTotals()
	c.results()
	c.balance()
	c.otherShare()
	if opt.Previous != nil {
		c.previous(opt.Previous)
	}
	c.sections()
	c.prose()
	if opt.Glyphs != nil {
		c.glyphs(opt.Glyphs)
	}
	c.fs.Sort()
	return c.fs
}

// sumExpr writes "自然人(1)+商业企业(0)+…".
func sumExpr(cols []Column, vs []Value) string {
	var parts []string
	for i, col := range cols {
		parts = append(parts, fmt.Sprintf("%s(%s)", col.Label, vs[i].Num))
	}
	return strings.Join(parts, "+")
}

// rowTotals checks every 总计 the user wrote against the sum of its row
// (T3-ROW-TOTAL, T4-TOTAL).
func (c *checker) rowTotals() {
	spec := c.r.Spec
	for _, leaf := range spec.Leaves() {
		row := c.r.Rows["requests."+leaf.Path]
		if leaf.Node.Derived && c.r.anyBad(-1, spec.ResultRows()...) {
			continue
		}
		if row.Reported != nil && !row.Bad() && row.Reported.Num.Cmp(row.Total) != 0 {
			c.addEq("T3-ROW-TOTAL", Error, row.Reported.Pos, Table3+"·"+leaf.Name()+"·总计",
				"总计", row.Reported.Num, sumExpr(spec.Applicants, row.Values), row.Total)
		}
	}
	for _, g := range spec.AppealGroups {
		row := c.r.Rows["appeals."+g.Key]
		if row.Reported != nil && !row.Bad() && row.Reported.Num.Cmp(row.Total) != 0 {
			c.addEq("T4-TOTAL", Error, row.Reported.Pos, Table4+"·"+g.Label+"·总计",
				"总计", row.Reported.Num, sumExpr(spec.AppealOutcomes, row.Values), row.Total)
		}
	}
}

// results checks a （七）总计 the user wrote against the sum of the result
// rows, column by column (T3-RESULTS).
func (c *checker) results() {
	spec := c.r.Spec
	seven := c.r.Rows[spec.TotalRow()]
	for i, col := range spec.Applicants {
		if seven.Claimed == nil || seven.Claimed[i].Bad || spec.anyBadResult(c.r, i) || seven.Claimed[i].Num.Cmp(seven.Values[i].Num) == 0 {
			continue
		}
		c.addEq("T3-RESULTS", Error, seven.Claimed[i].Pos, Table3+"·（七）总计·"+col.Label,
			"（七）总计", seven.Claimed[i].Num, "（一）至（六）各项之和", seven.Values[i].Num)
	}
}

// anyBadResult reports whether column i of the （七）总计 is uncertain: a
// result row, or the user's own （七） figure, is unreadable.
func (s *Spec) anyBadResult(r *Report, i int) bool {
	seven := r.Rows[s.TotalRow()]
	return r.anyBad(i, s.ResultRows()...) || (seven.Claimed != nil && seven.Claimed[i].Bad)
}

// shownTotal is the （七）总计 of column i as the report states it: the user's
// figure when given, else the derived one.
func (r *Report) shownTotal(i int) Decimal {
	seven := r.Rows[r.Spec.TotalRow()]
	if seven.Claimed != nil {
		return seven.Claimed[i].Num
	}
	return seven.Values[i].Num
}

// shownGrandTotal is the 总计 column of （七）总计 as the report states it.
func (r *Report) shownGrandTotal() Decimal {
	sum := Int(0)
	for i := range r.Spec.Applicants {
		sum, _ = sum.Add(r.shownTotal(i))
	}
	return sum
}

// balance checks 一 + 二 = （七） + 四 per applicant column (T3-BALANCE), the
// rule printed in the corner of table 三.
func (c *checker) balance() {
	r := c.r
	in, carried, out := r.Rows["requests.new"], r.Rows["requests.carried_in"], r.Rows["requests.carried_forward"]
	for i, col := range r.Spec.Applicants {
		if r.anyBad(i, "requests.new", "requests.carried_in", "requests.carried_forward") || r.Spec.anyBadResult(r, i) {
			continue
		}
		seven := r.shownTotal(i)
		left, err1 := in.Values[i].Num.Add(carried.Values[i].Num)
		right, err2 := seven.Add(out.Values[i].Num)
		if err1 != nil || err2 != nil || left.Cmp(right) == 0 {
			continue
		}
		c.addEq("T3-BALANCE", Error, in.Values[i].Pos, Table3+"·"+col.Label+"列",
			fmt.Sprintf("一(%s)+二(%s)", in.Values[i].Num, carried.Values[i].Num), left,
			fmt.Sprintf("（七）(%s)+四(%s)", seven, out.Values[i].Num), right)
	}
}

// otherShare warns when （六）其他处理 is a large share of all results
// (OTHER-HIGH): the 2019 notice asks offices to look into such reports.
func (c *checker) otherShare() {
	r := c.r
	other := Int(0)
	var pos Pos
	for _, path := range r.Spec.ResultRows() {
		if strings.HasPrefix(path, "requests.other") {
			row := r.Rows[path]
			other, _ = other.Add(row.Total)
			if pos.Line == 0 || (row.Given && row.Total.Sign() > 0) {
				pos = row.Pos
			}
		}
	}
	all := r.Rows[r.Spec.TotalRow()].Total
	if all.Cmp(Int(10)) < 0 || other.IsZero() || r.anyBad(-1, r.Spec.ResultRows()...) {
		return
	}
	share := float64(other.Coef) / float64(all.Coef)
	if share > c.opt.MaxOtherShare {
		c.add("OTHER-HIGH", Warning, pos, Table3+"·（六）其他处理",
			fmt.Sprintf("其他处理 %s 件，占办理结果总数 %s 件的 %.0f%%（超过 %.0f%%）：请核实分类，“对‘其他处理’数量偏高的行政机关，要了解情况”", other, all, share*100, c.opt.MaxOtherShare*100))
	}
}
