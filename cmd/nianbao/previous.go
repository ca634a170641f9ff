package main

import (
	"fmt"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// previousSet holds last year's reports, by agency.
type previousSet struct {
	byAgency   map[string][]*author.Report // by author.AgencyKey
	single     *author.Report              // the one report of a --previous FILE
	renames    map[string]string           // this year's agency key → last year's name
	unreadable []unreadable                // files that could not be read as reports
}

// unreadable is a file of --previous that holds no report to compare with.
type unreadable struct {
	path, why string
}

// loadPrevious reads --previous: a report file, or a directory of them,
// and --previous-map, the units renamed since. A file that cannot be read
// (not a regular file, no permission) or holds no report (broken YAML)
// is noted in unreadable and left out; the check goes on without it.
func loadPrevious(arg, renames string) (*previousSet, error) {
	units, err := expand([]string{arg})
	if err != nil {
		return nil, err
	}
	set := &previousSet{byAgency: map[string][]*author.Report{}}
	if renames != "" {
		if set.renames, err = readRenames(renames); err != nil {
			return nil, err
		}
	}
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
		key := author.AgencyKey(r.AgencyName())
		set.byAgency[key] = append(set.byAgency[key], r)
		if u.root == "" {
			set.single = r
		}
	}
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

// match finds last year's report of r's agency (the year before r's when
// there are several), under its name of last year when the office gave
// one. A --previous FILE also matches the one report of a batch of one,
// whatever its agency.
func (s *previousSet) match(r *author.Report, solo bool) *author.Report {
	if s == nil {
		return nil
	}
	if s.single != nil && solo {
		return s.single
	}
	key := author.AgencyKey(r.AgencyName())
	if old, ok := s.renames[key]; ok {
		key = author.AgencyKey(old)
	}
	var best *author.Report
	for _, p := range s.byAgency[key] {
		if best == nil || p.Year == r.Year-1 {
			best = p
		}
	}
	return best
}
