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

// Cells measures text in the character cells of a Chinese page grid: one
// for a Chinese character or any sign a Chinese font sets full width
// (quotation marks, dashes: East Asian ambiguous), one half for others
// (digits, Latin letters).
func Cells(s string) float64 {
	n := 0.0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
			n++
		default:
			n += 0.5
		}
	}
	return n
}
