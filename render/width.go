package render

import "golang.org/x/text/width"

// DisplayWidth is how many columns s takes in a terminal, an editor or an
// Excel column: two for a Chinese character or a full-width sign, one for
// others.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
