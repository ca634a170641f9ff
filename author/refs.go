package author

import (
	"regexp"
)

// refRE matches a figure reference in prose: {{requests.new.total}}.
var refRE = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// Lookup returns the printed value of a figure reference such as
// "requests.new.total" or "proactive.licensing".
func (r *Report) Lookup(ref string) (string, bool) {
	c, ok := r.Spec.Cell(ref)
	if !ok {
		v, name := r.feeFigure(ref)
		if v == nil {
			return "", name != ""
		}
		return v.String(), true
	}
	row := r.Row(c.Row)
	if c.Total {
		return row.Total.String(), true
	}
	return row.Values[c.Col].String(), true
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
