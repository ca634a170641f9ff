package main

import (
	"fmt"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// previousSet holds last year's reports, by agency.
type previousSet struct {
	byAgency map[string][]*author.Report // by author.AgencyKey
	single   *author.Report              // the one report of a --previous FILE
	renames  map[string]string           // this year's agency key → last year's name
}

// loadPrevious reads --previous: a report file, or a directory of them,
// and --previous-map, the units renamed since.
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
		r, _, err := author.ReadFile(u.path)
		if err != nil {
			return nil, fmt.Errorf("%s: 无法读取上年报告：%s", u.path, safefile.Describe(err))
		}
		if r == nil {
			continue // unreadable: it cannot be compared with
		}
		key := author.AgencyKey(r.AgencyName())
		set.byAgency[key] = append(set.byAgency[key], r)
		if u.root == "" {
			set.single = r
		}
	}
	return set, nil
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
