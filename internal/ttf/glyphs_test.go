package ttf

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

// TestIndex: what is set is got back, nothing else is mapped, the runes
// come in order, only the blocks holding a mapped code point are made, and
// the index is well formed for glyphs below the highest it holds.
func TestIndex(t *testing.T) {
	var x Index
	set := map[rune]uint16{0x20: 3, 0x4E00: 7, 0x4E01: 8, 0x9FA5: 11, 0xFFFE: 2}
	for _, r := range []rune{0x20, 0x4E00, 0x4E01, 0x9FA5, 0xFFFE} {
		x.set(r, set[r])
	}
	for _, r := range []rune{-1, 0, 0x20, 0x21, 0x4DFF, 0x4E00, 0x4E01, 0x9FA5, 0xFFFE, 0xFFFF, 0x10000, 0x20000} {
		if got := x.Glyph(r); got != set[r] {
			t.Errorf("Glyph(%U) = %d, want %d", r, got, set[r])
		}
	}
	if got, want := x.runes(), []rune{0x20, 0x4E00, 0x4E01, 0x9FA5, 0xFFFE}; !slices.Equal(got, want) {
		t.Errorf("runes %U, want %U", got, want)
	}
	if blocks := len(x)/indexBlock - 1; blocks != 4 {
		t.Errorf("%d blocks made, want 4", blocks)
	}
	if !x.check(12) || x.check(11) {
		t.Errorf("check: glyph 11 is in the index, so 12 glyphs fit and 11 do not")
	}
	var empty Index
	if empty.Glyph('a') != 0 || empty.check(12) {
		t.Error("an empty index maps a code point or passes the check")
	}
}

// TestParseIndexed: a font parsed with the index Parse made is the same
// font, and an index that does not fit is refused.
func TestParseIndexed(t *testing.T) {
	data, f := load(t, fontFiles[0])
	g, err := ParseIndexed(data, f.Index())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g.Index(), f.Index()) || g.numGlyphs != f.numGlyphs || g.Glyph('政') != f.Glyph('政') || g.Glyph('政') == 0 {
		t.Error("the font parsed with its index differs from the one parsed from its cmap")
	}
	bad := []Index{nil, f.Index()[:len(f.Index())-2], append(Index{0xFF, 0xFF}, f.Index()[2:]...)}
	for i, x := range bad {
		if _, err := ParseIndexed(data, x); !errors.Is(err, ErrIndex) {
			t.Errorf("bad index %d: %v, want ErrIndex", i, err)
		}
	}
}
