package author

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// clauseEnds end the clauses findAllNear tries a regexp on.
const clauseEnds = "。；\n"

// findAllNear is re.FindAllStringSubmatchIndex(s, -1) for a regexp whose
// every match contains need and no clause end (。, ； or a line break). It
// tries re only on the clauses of s that contain need: an unanchored
// regexp without a literal prefix is otherwise tried at every byte of the
// whole text, once for each match. A "^" in re matches at the start of
// each clause, where the whole text has a clause end: such regexps begin
// (?:^|[^\d]) and use the groups, not where the whole match starts.
func findAllNear(re *regexp.Regexp, s, need string) [][]int {
	var out [][]int
	base := 0 // where rest starts in s: always at the start of a clause
	rest := s
	for {
		i := strings.Index(rest, need)
		if i < 0 {
			return out
		}
		start := 0
		if k := strings.LastIndexAny(rest[:i], clauseEnds); k >= 0 {
			_, w := utf8.DecodeRuneInString(rest[k:])
			start = k + w
		}
		end := len(rest)
		if j := strings.IndexAny(rest[i:], clauseEnds); j >= 0 {
			end = i + j
		}
		for _, m := range re.FindAllStringSubmatchIndex(rest[start:end], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += base + start
				}
			}
			out = append(out, m)
		}
		if end == len(rest) {
			return out
		}
		_, w := utf8.DecodeRuneInString(rest[end:])
		base += end + w
		rest = rest[end+w:]
	}
}
