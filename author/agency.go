package author

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// AgencyKey is an agency's name for matching one list against another:
// full- and half-width forms folded, spaces, brackets and other punctuation
// dropped, so that "中共某县委办公室（某县人民政府办公室）" and "中共某县委办公室
// (某县人民政府办公室)" are one agency.
func AgencyKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, width.Fold.String(name))
}

// AgencyName is the report's agency as written, trimmed.
func (r *Report) AgencyName() string { return strings.TrimSpace(r.Agency.S) }
