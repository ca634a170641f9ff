package author

import (
	"slices"
	"strings"
)

// How the office's lists name an agency and how its report does rarely
// agree letter for letter: the roster and last year's folder write
// "临川区教育局" for this year's "江南市临川区教育局", "发改委" for
// "发展和改革委员会". Agencies tells whether two names are one agency,
// tolerating exactly these renamings and no others:
//
//   - the usual short forms of the parts of a name (agencyAbbreviations);
//   - the upper-level places in front of a name, left out ("临川区教育局" is
//     "江南市临川区教育局"; "江南市教育局" is not, nor "东乡区教育局");
//   - the pairs of names the office says are one agency (its table of
//     renamed units, --previous-map), each side matched the same way.
//
// A short name that matches two agencies which are not one ("教育局" with
// both "江南市教育局" and "江南市临川区教育局") is not resolved: Partners
// says so and the caller reports it.

// agencyAbbreviations lists the usual short forms of parts of agencies'
// names: each line the full form, then its short forms. A name is compared
// with every short form written in full.
var agencyAbbreviations = [][]string{
	partyNames,
	{"人民政府办公室", "政府办公室", "政府办"},
	{"人民政府", "政府"},
	{"发展和改革委员会", "发展改革委员会", "发展改革委", "发改委"},
	{"发展和改革局", "发展改革局", "发改局"},
	{"人力资源和社会保障局", "人力资源社会保障局", "人社局"},
	{"住房和城乡建设局", "住房城乡建设局", "住建局"},
	{"市场监督管理局", "市场监管局"},
	{"卫生健康委员会", "卫生健康委", "卫健委"},
}

var partyPrefix = []rune(partyName)

// canonical is an agency's name for comparison: AgencyKey, with every
// short form of agencyAbbreviations written in full (the longest form that
// fits at each place wins).
func canonical(name string) []rune {
	key := []rune(AgencyKey(name))
	var out []rune
	for i := 0; i < len(key); {
		full, n := "", 0
		for _, forms := range agencyAbbreviations {
			for _, form := range forms {
				f := []rune(form)
				if len(f) > n && hasPrefixRunes(key[i:], f) {
					full, n = forms[0], len(f)
				}
			}
		}
		if n == 0 {
			out = append(out, key[i])
			i++
			continue
		}
		out = append(out, []rune(full)...)
		i += n
	}
	return out
}

func hasPrefixRunes(s, prefix []rune) bool {
	return len(s) >= len(prefix) && slices.Equal(s[:len(prefix)], prefix)
}

// samePlaced reports whether two canonical names are one agency: equal, or
// the longer one is the shorter one with upper-level places in front. A
// leading 中国共产党 must be on both or neither and is set aside first.
func samePlaced(a, b []rune) bool {
	pa, pb := hasPrefixRunes(a, partyPrefix), hasPrefixRunes(b, partyPrefix)
	if pa != pb {
		return false
	}
	if pa {
		a, b = a[len(partyPrefix):], b[len(partyPrefix):]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < 2 || !slices.Equal(a[len(a)-len(b):], b) {
		return false
	}
	return isPlaces(a[:len(a)-len(b)])
}

// isPlaces reports whether s is empty or a run of place names, each of at
// least two characters and ending in one of upperDivisions ("江南市临川区",
// "徐州市沛县"): the places above a unit, never its township (place.go).
func isPlaces(s []rune) bool {
	ok := make([]bool, len(s)+1) // ok[i]: s[:i] is a run of places
	ok[0] = true
	for end := 2; end <= len(s); end++ {
		if !strings.ContainsRune(upperDivisions, s[end-1]) {
			continue
		}
		for start := 0; start+2 <= end && !ok[end]; start++ {
			ok[end] = ok[start]
		}
	}
	return ok[len(s)]
}

// Agencies compares agencies' names: the usual renamings, and the pairs of
// names an office's table says are one agency.
type Agencies struct {
	pairs [][2][]rune // canonical names, this year's and last year's
}

// NewAgencies makes a comparer that also takes each pair of names as one
// agency.
func NewAgencies(pairs [][2]string) *Agencies {
	a := &Agencies{}
	for _, p := range pairs {
		a.pairs = append(a.pairs, [2][]rune{canonical(p[0]), canonical(p[1])})
	}
	return a
}

// match tells how two names are one agency: 2 when written alike (after
// the short forms) or as a pair of the table is, 1 when only with places
// left out, 0 when they are not.
func (a *Agencies) match(x, y []rune) int {
	if slices.Equal(x, y) {
		return 2
	}
	best := 0
	if samePlaced(x, y) {
		best = 1
	}
	for _, p := range a.pairs {
		for _, q := range [][2][]rune{p, {p[1], p[0]}} {
			switch {
			case slices.Equal(x, q[0]) && slices.Equal(y, q[1]):
				return 2
			case samePlaced(x, q[0]) && samePlaced(y, q[1]):
				best = 1
			}
		}
	}
	return best
}

// Same reports whether two names are one agency.
func (a *Agencies) Same(x, y string) bool { return a.match(canonical(x), canonical(y)) > 0 }

// AgencyIndex is a list of names made ready to be searched many times: each
// written in full once (a batch compares each of its thousand units with
// every other).
type AgencyIndex struct {
	agencies *Agencies
	keys     [][]rune
}

// Index makes names ready for Partners.
func (a *Agencies) Index(names []string) *AgencyIndex {
	x := &AgencyIndex{agencies: a, keys: make([][]rune, len(names))}
	for i, n := range names {
		x.keys[i] = canonical(n)
	}
	return x
}

// Partners returns the indexes of the index's names that are name's
// agency, leaving out the one at skip (the name's own place in the list, or
// -1): those written alike when there are any, else those that are it with
// places left out. ambiguous is true when they are not all one agency: the
// name is too short to tell which one it is.
func (x *AgencyIndex) Partners(name string, skip int) (found []int, ambiguous bool) {
	key := canonical(name)
	best := 0
	for i, other := range x.keys {
		if i == skip {
			continue
		}
		m := x.agencies.match(key, other)
		if m > best {
			found, best = nil, m
		}
		if m > 0 && m == best {
			found = append(found, i)
		}
	}
	for i, a := range found {
		for _, b := range found[i+1:] {
			if x.agencies.match(x.keys[a], x.keys[b]) == 0 {
				return found, true
			}
		}
	}
	return found, false
}
