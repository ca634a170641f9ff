package author

import (
	"regexp"
	"strings"
)

// refRE matches a figure reference in prose: {{requests.new.total}}.
var refRE = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// Refs lists every figure a prose reference may name, in table order.
func (s *Spec) Refs() []string {
	var out []string
	for _, b := range s.Proactive {
		for _, ln := range b.Lines {
			base := "proactive." + ln.Key
			if len(b.Columns) == 1 {
				out = append(out, base)
			}
			for _, c := range b.Columns {
				out = append(out, base+"."+c.Key)
			}
		}
	}
	for _, leaf := range s.Leaves() {
		for _, c := range append(append([]Column(nil), s.Applicants...), s.RequestTotal) {
			out = append(out, "requests."+leaf.Path+"."+c.Key)
		}
	}
	for _, g := range s.AppealGroups {
		for _, c := range append(append([]Column(nil), s.AppealOutcomes...), s.AppealTotal) {
			out = append(out, "appeals."+g.Key+"."+c.Key)
		}
	}
	return out
}

// Lookup returns the printed value of a figure reference such as
// "requests.new.total" or "proactive.licensing".
func (r *Report) Lookup(ref string) (string, bool) {
	if row, ok := r.Rows[ref]; ok && len(row.Values) == 1 {
		return row.Values[0].String(), true
	}
	i := strings.LastIndexByte(ref, '.')
	if i < 0 {
		return "", false
	}
	row, ok := r.Rows[ref[:i]]
	if !ok {
		return "", false
	}
	col := ref[i+1:]
	if col == "total" && !strings.HasPrefix(ref, "proactive.") {
		return row.Total.String(), true
	}
	for j, c := range r.Spec.rowColumns(row.Path) {
		if c.Key == col {
			return row.Values[j].String(), true
		}
	}
	return "", false
}

// rowColumns returns the data columns of the row at a full path.
func (s *Spec) rowColumns(path string) []Column {
	switch {
	case strings.HasPrefix(path, "requests."):
		return s.Applicants
	case strings.HasPrefix(path, "appeals."):
		return s.AppealOutcomes
	}
	for _, b := range s.Proactive {
		for _, ln := range b.Lines {
			if "proactive."+ln.Key == path {
				return b.Columns
			}
		}
	}
	return nil
}

// Expand replaces the figure references in s with their values; unknown
// references are left as they are (Check reports them).
func (r *Report) Expand(s string) string {
	return refRE.ReplaceAllStringFunc(s, func(m string) string {
		if v, ok := r.Lookup(refRE.FindStringSubmatch(m)[1]); ok {
			return v
		}
		return m
	})
}
