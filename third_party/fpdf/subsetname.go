package fpdf

import (
	"crypto/sha1"
	"strings"
)

// subsetFontName is the PDF name of an embedded subset font: a tag of six
// capital letters, "+", and the font's PostScript name (ISO 32000-1,
// 9.6.4), so that readers and pdffonts show the real font. The tag comes
// from the subset's bytes, so the same subset is always named alike. A
// font without a usable PostScript name keeps fallback.
func subsetFontName(postScript string, subset []byte, fallback string) string {
	name := strings.Map(func(r rune) rune {
		if r <= ' ' || r > '~' || strings.ContainsRune("()<>[]{}/%#", r) {
			return -1
		}
		return r
	}, postScript)
	if name == "" {
		return fallback
	}
	sum := sha1.Sum(subset)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag) + "+" + name
}
