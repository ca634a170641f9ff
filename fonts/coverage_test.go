package fonts

import (
	"testing"
	"unicode"

	"nianbao/internal/ttf"
)

// TestCoverageCurrent: the generated coverage tables are those of the
// embedded fonts (after rebuilding the fonts, run go generate ./fonts).
func TestCoverageCurrent(t *testing.T) {
	for name, c := range map[string]struct {
		data  []byte
		table *unicode.RangeTable
	}{"Body": {Body, BodyCoverage}, "Title": {Title, TitleCoverage}, "Hei": {Hei, HeiCoverage}, "Kai": {Kai, KaiCoverage}} {
		f, err := ttf.Parse(c.data)
		if err != nil {
			t.Fatal(err)
		}
		for r := rune(0); r <= 0xFFFF; r++ {
			if has := f.Glyph(r) != 0; has != unicode.Is(c.table, r) {
				t.Fatalf("%s U+%04X: font %v, table %v; run go generate ./fonts", name, r, has, !has)
			}
		}
	}
}
