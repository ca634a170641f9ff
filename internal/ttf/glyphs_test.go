package ttf

import (
	"slices"
	"testing"
)

// TestGlyphTable: what is set is got back, nothing else is mapped, the
// runes come in order, and only the blocks holding a mapped code point
// are made.
func TestGlyphTable(t *testing.T) {
	var tab glyphTable
	set := map[rune]uint16{0x20: 3, 0x4E00: 7, 0x4E01: 8, 0x9FA5: 11, 0xFFFE: 2}
	for r, g := range set {
		tab.set(r, g)
	}
	for _, r := range []rune{-1, 0, 0x20, 0x21, 0x4DFF, 0x4E00, 0x4E01, 0x9FA5, 0xFFFE, 0xFFFF, 0x10000, 0x20000} {
		if got := tab.get(r); got != set[r] {
			t.Errorf("get(%U) = %d, want %d", r, got, set[r])
		}
	}
	if got, want := tab.runes(), []rune{0x20, 0x4E00, 0x4E01, 0x9FA5, 0xFFFE}; !slices.Equal(got, want) {
		t.Errorf("runes %U, want %U", got, want)
	}
	blocks := 0
	for _, b := range tab {
		if b != nil {
			blocks++
		}
	}
	if blocks != 4 {
		t.Errorf("%d blocks made, want 4", blocks)
	}
}
