package main

import (
	"fmt"
	"sort"
	"strings"

	"nianbao/author"
	"nianbao/render"
	"nianbao/spec"
)

// survey is a batch after every unit was checked, with what only the whole
// batch shows: the same report given twice, the units of the roster that
// did not report, the reports of units not on it.
type survey struct {
	outcomes []*outcome // in input order; reports dropped
	missing  []string   // roster units without a report
	extra    []string   // agencies of the batch not on the roster
	roster   bool
	previous bool
}

// survey checks every unit (jobs at a time) and adds the batch's findings.
func (c *checker) survey(units []unit, jobs int, prog *progress) *survey {
	s := &survey{roster: c.roster != nil, previous: c.previous != nil}
	judge := func(u unit) *outcome {
		o := c.judge(u)
		o.row = boardRow(o)
		o.report = nil
		return o
	}
	runUnits(units, jobs, judge, func(o *outcome) { s.outcomes = append(s.outcomes, o) }, prog)
	s.duplicates()
	s.compare(c.roster)
	return s
}

// duplicates marks every report whose agency and year another file of the
// batch also reports (DUPLICATE), naming the other files.
func (s *survey) duplicates() {
	groups := map[string][]*outcome{}
	for _, o := range s.outcomes {
		if o.agency != "" {
			key := fmt.Sprintf("%s/%d", author.AgencyKey(o.agency), o.year)
			groups[key] = append(groups[key], o)
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		for _, o := range g {
			var others []string
			for _, x := range g {
				if x != o {
					others = append(others, x.path)
				}
			}
			o.findings = append(o.findings, author.BatchFinding(spec.Duplicate, o.path,
				fmt.Sprintf("与 %s 是同一机关、同一年度的报告（%s %d 年度）：只保留一份，重新提交的报告应替换原文件", strings.Join(others, "、"), o.agency, o.year)))
			o.findings.Sort()
		}
	}
}

// compare sets the roster's units without a report and the batch's
// agencies not on the roster.
func (s *survey) compare(roster []string) {
	if roster == nil {
		return
	}
	reported, listed := map[string]bool{}, map[string]bool{}
	for _, o := range s.outcomes {
		if o.agency != "" {
			reported[author.AgencyKey(o.agency)] = true
		}
	}
	for _, name := range roster {
		key := author.AgencyKey(name)
		listed[key] = true
		if !reported[key] {
			s.missing = append(s.missing, name)
		}
	}
	seen := map[string]bool{}
	for _, o := range s.outcomes {
		if key := author.AgencyKey(o.agency); o.agency != "" && !listed[key] && !seen[key] {
			seen[key] = true
			s.extra = append(s.extra, o.agency)
		}
	}
}

// code is the batch's exit code: the worst unit's, and 1 when units of the
// roster are missing and the office asked for all of them.
func (s *survey) code(requireAll bool) int {
	code := exitOK
	for _, o := range s.outcomes {
		code = max(code, o.code())
	}
	if requireAll && len(s.missing) > 0 {
		code = max(code, exitErrors)
	}
	return code
}

// counts are the units by status.
func (s *survey) counts() map[render.Status]int {
	out := map[render.Status]int{}
	for _, o := range s.outcomes {
		out[o.status()]++
	}
	return out
}

// count is how many units have a finding of the rule.
func (s *survey) count(rule *spec.Rule) int {
	n := 0
	for _, o := range s.outcomes {
		for _, f := range o.findings {
			if f.Rule == rule.ID {
				n++
				break
			}
		}
	}
	return n
}

// summary is the closing lines of a batch: the units by status, then
// duplicates, last year's coverage and the roster.
func (s *survey) summary() []string {
	n := s.counts()
	line := fmt.Sprintf("共 %d 个单位：通过 %d，有警告 %d，有错误 %d", len(s.outcomes), n[render.StatusClean], n[render.StatusWarning], n[render.StatusError])
	if n[render.StatusUnreadable] > 0 {
		line += fmt.Sprintf("，无法读取 %d", n[render.StatusUnreadable])
	}
	if n[render.StatusFault] > 0 {
		line += fmt.Sprintf("，内部错误 %d", n[render.StatusFault])
	}
	lines := []string{line}
	if d := s.count(spec.Duplicate); d > 0 {
		lines = append(lines, fmt.Sprintf("重复报送：%d 份文件是另一份的同一机关同一年度（%s）", d, spec.Duplicate.ID))
	}
	if s.previous {
		lines = append(lines, fmt.Sprintf("与上年对照：%d 个单位已对照，%d 个单位没有找到上年报告（%s）", len(s.outcomes)-s.count(spec.PreviousMissing), s.count(spec.PreviousMissing), spec.PreviousMissing.ID))
	}
	if s.roster {
		lines = append(lines, fmt.Sprintf("应报送名单：未报送 %d 个%s；不在名单中的 %d 个%s", len(s.missing), listed(s.missing), len(s.extra), listed(s.extra)))
	}
	return lines
}

// listed writes names after a count: "：甲、乙、丙".
func listed(names []string) string {
	if len(names) == 0 {
		return ""
	}
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	return "：" + strings.Join(sorted, "、")
}
