package main

import (
	"fmt"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// previousSet holds last year's reports, by agency.
type previousSet struct {
	byAgency map[string][]*author.Report
	single   *author.Report // the one report of a --previous FILE
}

// loadPrevious reads --previous: a report file, or a directory of them.
func loadPrevious(arg string) (*previousSet, error) {
	units, err := expand([]string{arg})
	if err != nil {
		return nil, err
	}
	set := &previousSet{byAgency: map[string][]*author.Report{}}
	for _, u := range units {
		r, _, err := author.ReadFile(u.path)
		if err != nil {
			return nil, fmt.Errorf("%s: 无法读取上年报告：%s", u.path, safefile.Describe(err))
		}
		if r == nil {
			continue // unreadable: it cannot be compared with
		}
		name := strings.TrimSpace(r.Agency.S)
		set.byAgency[name] = append(set.byAgency[name], r)
		if u.root == "" {
			set.single = r
		}
	}
	return set, nil
}

// match finds last year's report of r's agency (the year before r's when
// there are several). A --previous FILE also matches the one report of a
// batch of one, whatever its agency.
func (s *previousSet) match(r *author.Report, solo bool) *author.Report {
	if s == nil {
		return nil
	}
	if s.single != nil && solo {
		return s.single
	}
	var best *author.Report
	for _, p := range s.byAgency[strings.TrimSpace(r.Agency.S)] {
		if best == nil || p.Year == r.Year-1 {
			best = p
		}
	}
	return best
}
