package main

import (
	"fmt"
	"slices"
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
	outcomes []*outcome // in input order; reports dropped unless the batch is small
	missing  []string   // roster units without a report
	extra    []string   // agencies of the batch not on the roster
	unclear  []string   // names of the roster or the batch too short to tell which unit they are
	roster   bool
	previous bool
}

// keptReports is how many units' reports a batch keeps from their check
// for their build; a larger batch reads each report again when it builds
// it, so that its memory does not grow with the batch.
const keptReports = 8

// survey checks every unit (jobs at a time), adds the batch's findings and
// then sums every unit up for the board.
func (c *checker) survey(units []unit, jobs int, prog *progress) *survey {
	s := &survey{roster: c.roster != nil, previous: c.previous != nil}
	keep := len(units) <= keptReports
	judge := func(u unit) *outcome {
		o := c.judge(u)
		if !keep {
			o.report = nil
		}
		return o
	}
	runUnits(units, jobs, judge, func(o *outcome) { s.outcomes = append(s.outcomes, o) }, prog)
	s.duplicates(c.names)
	s.previousShared(c.names)
	s.compare(c.roster, c.names)
	for _, o := range s.outcomes {
		o.row = boardRow(o)
	}
	return s
}

// duplicates marks every report whose agency and year another file of the
// batch also reports (DUPLICATE), naming the other files; agencies match
// as author.Agencies says. A report whose agency's name is too short to
// tell which of two units of the batch it is is an error too
// (AGENCY-AMBIGUOUS): its figures must not be added up twice either.
func (s *survey) duplicates(names *author.Agencies) {
	byYear := map[int][]*outcome{}
	for _, o := range s.outcomes {
		if o.agency != "" {
			byYear[o.year] = append(byYear[o.year], o)
		}
	}
	for _, group := range byYear {
		agencies := make([]string, len(group))
		for i, o := range group {
			agencies[i] = o.agency
		}
		links := pairUp(names, agencies, agencies, true)
		for i, o := range group {
			var others []string
			for _, j := range links.partners[i] {
				others = append(others, group[j].path)
			}
			var candidates []*outcome
			for _, j := range links.candidates[i] {
				candidates = append(candidates, group[j])
			}
			switch {
			case links.ambiguous[i]:
				o.findings = append(o.findings, author.BatchFinding(spec.AgencyAmbiguous, o.path,
					fmt.Sprintf("机关名称“%s”与同一批中 %s都对得上，无法判断是哪一个单位、是否重复报送：写机关全称", o.agency, describeOutcomes(candidates))))
			case len(others) > 0:
				o.findings = append(o.findings, author.BatchFinding(spec.Duplicate, o.path,
					fmt.Sprintf("与 %s 是同一机关、同一年度的报告（%s %d 年度）：只保留一份，重新提交的报告应替换原文件", strings.Join(others, "、"), o.agency, o.year)))
			default:
				continue
			}
			o.findings.Sort()
		}
	}
}

// describeOutcomes names units: "a.yaml（江南市教育局）、b.yaml（…）".
func describeOutcomes(units []*outcome) string {
	var out []string
	for _, o := range units {
		out = append(out, fmt.Sprintf("%s（%s）", o.path, o.agency))
	}
	return strings.Join(out, "、")
}

// previousShared undoes the comparison of units that matched the same
// report of last year when they are not one agency: that report's name is
// too short to tell whose it is (PREVIOUS-MISSING).
func (s *survey) previousShared(names *author.Agencies) {
	users := map[string][]*outcome{}
	for _, o := range s.outcomes {
		if o.previous != "" {
			users[o.previous] = append(users[o.previous], o)
		}
	}
	for file, group := range users {
		if oneAgency(names, group) {
			continue
		}
		for _, o := range group {
			o.previous = ""
			o.findings = append(o.findings.WithoutCrossYear(), author.BatchFinding(spec.PreviousMissing, o.path,
				fmt.Sprintf("上年的 %s 与本批的 %s都对得上，无法判断是哪个单位的%s", file, describeOutcomes(group), unclearPrevious)))
			o.findings.Sort()
		}
	}
}

// oneAgency reports whether the units are all one agency.
func oneAgency(names *author.Agencies, group []*outcome) bool {
	for _, o := range group[1:] {
		if !names.Same(group[0].agency, o.agency) {
			return false
		}
	}
	return true
}

// links pairs the names of two lists: for each name of the first, the
// names of the second it is (partners), those it could be (candidates), and
// whether it is too short to tell (ambiguous).
type links struct {
	partners, candidates [][]int
	ambiguous            []bool
}

// pairUp matches the names xs with the names ys, both ways: x and y are
// one agency when either finds the other (author.AgencyIndex.Partners) and
// neither is ambiguous. With self, xs and ys are one list and a name is
// not its own partner.
func pairUp(names *author.Agencies, xs, ys []string, self bool) links {
	finds := func(from []string, among *author.AgencyIndex) links {
		l := links{partners: make([][]int, len(from)), candidates: make([][]int, len(from)), ambiguous: make([]bool, len(from))}
		for i, name := range from {
			skip := -1
			if self {
				skip = i
			}
			l.candidates[i], l.ambiguous[i] = among.Partners(name, skip)
		}
		return l
	}
	l, back := finds(xs, names.Index(ys)), finds(ys, names.Index(xs))
	found := make([][]int, len(xs)) // the ys that find each x, or that it finds
	for i, js := range l.candidates {
		found[i] = append(found[i], js...)
	}
	for j, is := range back.candidates {
		for _, i := range is {
			found[i] = append(found[i], j)
		}
	}
	for i, js := range found {
		slices.Sort(js)
		for _, j := range slices.Compact(js) {
			if !l.ambiguous[i] && !back.ambiguous[j] {
				l.partners[i] = append(l.partners[i], j)
			}
		}
	}
	return l
}

// compare sets the roster's units without a report, the batch's agencies
// not on the roster, and the names of either too short to tell which unit
// of the other they are.
func (s *survey) compare(roster []string, names *author.Agencies) {
	if roster == nil {
		return
	}
	var agencies []string
	for _, o := range s.outcomes {
		if o.agency != "" {
			agencies = append(agencies, o.agency)
		}
	}
	listed := pairUp(names, roster, agencies, false)
	reported := pairUp(names, agencies, roster, false)
	for i, name := range roster {
		switch {
		case listed.ambiguous[i]:
			s.unclear = append(s.unclear, fmt.Sprintf("名单中的“%s”可能是 %s", name, strings.Join(pick(agencies, listed.candidates[i]), "、")))
		case len(listed.partners[i]) == 0 && !anyOf(reported.ambiguous, listed.candidates[i]):
			s.missing = append(s.missing, name)
		}
	}
	seen := map[string]bool{}
	for j, agency := range agencies {
		switch {
		case reported.ambiguous[j]:
			s.unclear = append(s.unclear, fmt.Sprintf("报送的“%s”可能是名单中的 %s", agency, strings.Join(pick(roster, reported.candidates[j]), "、")))
		case len(reported.partners[j]) == 0 && !anyOf(listed.ambiguous, reported.candidates[j]) && !seen[agency]:
			s.extra = append(s.extra, agency)
		}
		seen[agency] = true
	}
}

// pick returns the names at the indexes.
func pick(names []string, idx []int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = names[j]
	}
	return out
}

// anyOf reports whether any of the flags at the indexes is set.
func anyOf(flags []bool, idx []int) bool {
	for _, i := range idx {
		if flags[i] {
			return true
		}
	}
	return false
}

// code is the batch's exit code: the worst unit's, and 1 when units of the
// roster are missing and the office asked for all of them.
func (s *survey) code(requireAll bool) int {
	code := exitOK
	for _, o := range s.outcomes {
		code = max(code, o.code())
	}
	if requireAll && len(s.missing)+len(s.unclear) > 0 {
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
	if d := s.count(spec.AgencyAmbiguous); d > 0 {
		lines = append(lines, fmt.Sprintf("机关名称不全：%d 份报告的机关名称对得上同一批中两个以上的单位（%s）", d, spec.AgencyAmbiguous.ID))
	}
	if s.previous {
		compared := 0
		for _, o := range s.outcomes {
			if o.previous != "" {
				compared++
			}
		}
		lines = append(lines, fmt.Sprintf("与上年对照：%d 个单位已对照，%d 个单位没有对照（%s）", compared, s.count(spec.PreviousMissing), spec.PreviousMissing.ID))
	}
	if s.roster {
		line := fmt.Sprintf("应报送名单：未报送 %d 个%s；不在名单中的 %d 个%s", len(s.missing), listed(s.missing), len(s.extra), listed(s.extra))
		if len(s.unclear) > 0 {
			line += fmt.Sprintf("；名称对不上、无法判断的 %d 个%s", len(s.unclear), listed(s.unclear))
		}
		lines = append(lines, line)
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
