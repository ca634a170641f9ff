package main

import (
	"fmt"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// previousSet holds last year's reports.
type previousSet struct {
	reports    []*author.Report
	files      []string
	agencies   []string            // each report's agency, for matching
	single     bool                // --previous named one file
	index      *author.AgencyIndex // the agencies, ready to be matched
	unreadable []unreadable        // files that could not be read as reports
}

// unreadable is a file of --previous that holds no report to compare with.
type unreadable struct {
	path, why string
}

// loadPrevious reads --previous: a report file, or a directory of them. A
// file that cannot be read (not a regular file, no permission) or holds no
// report (broken YAML) is noted in unreadable and left out; the check goes
// on without it.
func loadPrevious(arg string, names *author.Agencies) (*previousSet, error) {
	units, err := expand([]string{arg})
	if err != nil {
		return nil, err
	}
	set := &previousSet{single: len(units) == 1 && units[0].root == ""}
	for _, u := range units {
		r, fs, err := author.ReadFile(u.path)
		switch {
		case err != nil:
			set.unreadable = append(set.unreadable, unreadable{u.path, safefile.Describe(err)})
			continue
		case r == nil:
			set.unreadable = append(set.unreadable, unreadable{u.path, worstFirst(fs).Rule + " " + worstFirst(fs).Message})
			continue
		}
		set.reports = append(set.reports, r)
		set.files = append(set.files, u.path)
		set.agencies = append(set.agencies, r.AgencyName())
	}
	set.index = names.Index(set.agencies)
	return set, nil
}

// missingNote is what a PREVIOUS-MISSING finding adds when files of
// --previous could not be read: the report may be among them.
func (s *previousSet) missingNote() string {
	if len(s.unreadable) == 0 {
		return ""
	}
	names := make([]string, len(s.unreadable))
	for i, u := range s.unreadable {
		names[i] = u.path
	}
	if len(names) > 3 {
		names = append(names[:3], "等")
	}
	return fmt.Sprintf("；--previous 中有 %d 份文件读不出来，没有参加对照（%s），可能其中有它", len(s.unreadable), strings.Join(names, "、"))
}

// unclearPrevious ends a PREVIOUS-MISSING message when a report of this
// year and one of last year cannot be told to be one agency's: what was not
// compared, and how to say which they are.
const unclearPrevious = "：结转数和雷同没有核对；在 --previous-map 对照表中写明（今年的名称, 上年的名称）"

// match finds last year's report of r's agency: the one of the year before
// r's, named as r's agency or as the office's table of renamed units says
// (short forms and places left out tolerated). A --previous FILE also
// matches the one report of a batch of one, whatever its agency. When
// there is none, why says what was found instead: nothing, a report of
// another year, or reports of two agencies the name could be.
func (s *previousSet) match(r *author.Report, solo bool) (prev *author.Report, file, why string) {
	candidates, ambiguous := s.index.Partners(r.AgencyName(), -1)
	if s.single && solo && len(s.reports) == 1 {
		candidates, ambiguous = []int{0}, false
	}
	if ambiguous {
		return nil, "", fmt.Sprintf("上年的报告中 %s都对得上“%s”，无法判断是哪一个%s", s.describe(candidates), r.AgencyName(), unclearPrevious)
	}
	for _, i := range candidates {
		if s.reports[i].Year == r.Year-1 {
			return s.reports[i], s.files[i], ""
		}
	}
	if len(candidates) > 0 {
		return nil, "", fmt.Sprintf("找到的 %s不是 %d 年度的报告：结转数和雷同没有核对；把“%s”%d 年度的报告放进 --previous 目录",
			s.describe(candidates), r.Year-1, r.AgencyName(), r.Year-1)
	}
	return nil, "", fmt.Sprintf("没有找到“%s”%d 年度的报告，结转数和雷同没有核对：改过名的单位用 --previous-map 对照表.csv（今年的名称, 上年的名称）%s", r.AgencyName(), r.Year-1, s.missingNote())
}

// describe names last year's reports: "2023/教育局.yaml（江南市教育局 2023 年度）".
func (s *previousSet) describe(idx []int) string {
	var out []string
	for _, i := range idx {
		out = append(out, fmt.Sprintf("%s（%s %d 年度）", s.files[i], s.agencies[i], s.reports[i].Year))
	}
	return strings.Join(out, "、")
}
