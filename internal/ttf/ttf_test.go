package ttf

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var fontFiles = []string{"NotoSerifSC-Regular-S1.ttf", "NotoSerifSC-Bold-S1.ttf", "NotoSansSC-Medium-S1.ttf", "NianbaoKai-Regular-S1.ttf"}

func load(t testing.TB, name string) ([]byte, *Font) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "fonts", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return data, f
}

// loadBoth parses a font with this package and with sfnt, and gives sfnt's
// units per em.
func loadBoth(t *testing.T, name string) (*Font, *sfnt.Font, fixed.Int26_6) {
	data, f := load(t, name)
	ref, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f, ref, fixed.Int26_6(ref.UnitsPerEm())
}

// TestAgainstSfnt: every BMP code point maps to the glyph and advance that
// golang.org/x/image/font/sfnt finds.
func TestAgainstSfnt(t *testing.T) {
	for _, name := range fontFiles {
		f, ref, upem := loadBoth(t, name)
		var b sfnt.Buffer
		for r := rune(0); r < 0xFFFF; r++ {
			want, _ := ref.GlyphIndex(&b, r)
			if got := f.Glyph(r); got != uint16(want) {
				t.Fatalf("%s U+%04X: glyph %d, sfnt %d", name, r, got, want)
			}
			if want == 0 {
				continue
			}
			adv, err := ref.GlyphAdvance(&b, want, upem<<6, 0)
			if err != nil || f.Advance(uint16(want)) != int(adv>>6) {
				t.Fatalf("%s U+%04X: advance %d, sfnt %d (%v)", name, r, f.Advance(uint16(want)), adv>>6, err)
			}
		}
	}
}

// TestSubset: a subset maps the same runes to the same outlines and
// advances, and parses again.
func TestSubset(t *testing.T) {
	runes := []rune("政府信息公开工作年度报告，（一）。“”ABC123 —①％")
	for _, name := range fontFiles {
		data, f := load(t, name)
		cut, err := f.Subset(runes)
		if err != nil {
			t.Fatal(err)
		}
		if len(cut) > 64<<10 {
			t.Errorf("%s: subset of %d runes is %d bytes", name, len(runes), len(cut))
		}
		sub, err := Parse(cut)
		if err != nil {
			t.Fatalf("%s: subset does not parse: %v", name, err)
		}
		ref, _ := sfnt.Parse(data)
		refSub, err := sfnt.Parse(cut)
		if err != nil {
			t.Fatalf("%s: sfnt cannot read the subset: %v", name, err)
		}
		var b1, b2 sfnt.Buffer
		for _, r := range runes {
			g0, g1 := f.Glyph(r), sub.Glyph(r)
			if (g0 == 0) != (g1 == 0) || f.Advance(g0) != sub.Advance(g1) {
				t.Errorf("%s %q: glyph %d→%d, advance %d→%d", name, r, g0, g1, f.Advance(g0), sub.Advance(g1))
				continue
			}
			s0, err0 := ref.LoadGlyph(&b1, sfnt.GlyphIndex(g0), 1000<<6, nil)
			s1, err1 := refSub.LoadGlyph(&b2, sfnt.GlyphIndex(g1), 1000<<6, nil)
			if err0 != nil || err1 != nil || !reflect.DeepEqual(s0, s1) {
				t.Errorf("%s %q: outlines differ (%v, %v)", name, r, err0, err1)
			}
		}
		if data[0] != 0 || data[1] != 1 {
			t.Errorf("%s: the source was written to", name)
		}
	}
}

// TestInk: a glyph's ink extent is the one sfnt computes from its outline,
// and a Chinese comma's ink lies in the left half of its em, an opening
// bracket's in the right half.
func TestInk(t *testing.T) {
	for _, name := range fontFiles {
		f, ref, upem := loadBoth(t, name)
		var b sfnt.Buffer
		for _, r := range "，。（政A1" {
			g := f.Glyph(r)
			xMin, xMax, ok := f.Ink(g)
			bounds, _, err := ref.GlyphBounds(&b, sfnt.GlyphIndex(g), upem<<6, 0)
			if !ok || err != nil || abs(xMin-int(bounds.Min.X>>6)) > 1 || abs(xMax-int(bounds.Max.X>>6)) > 1 {
				t.Errorf("%s %c: ink %d–%d (%v), sfnt %d–%d (%v)", name, r, xMin, xMax, ok, bounds.Min.X>>6, bounds.Max.X>>6, err)
			}
		}
		if _, xMax, _ := f.Ink(f.Glyph('，')); xMax > f.UnitsPerEm()/2 {
			t.Errorf("%s: comma ink ends at %d", name, xMax)
		}
		if xMin, _, _ := f.Ink(f.Glyph('（')); xMin < f.UnitsPerEm()/2 {
			t.Errorf("%s: opening bracket ink starts at %d", name, xMin)
		}
		if _, _, ok := f.Ink(f.Glyph(' ')); ok {
			t.Errorf("%s: a space has ink", name)
		}
	}
}

func abs(i int) int { return max(i, -i) }

// TestComposite: a composite glyph brings its components, renumbered.
func TestComposite(t *testing.T) {
	for _, name := range fontFiles {
		_, f := load(t, name)
		for _, r := range f.Runes() {
			g := f.Glyph(r)
			if len(f.components(g)) == 0 {
				continue
			}
			cut, err := f.Subset([]rune{r})
			if err != nil {
				t.Fatal(err)
			}
			sub, err := Parse(cut)
			if err != nil {
				t.Fatal(err)
			}
			if want, got := len(f.components(g)), len(sub.components(sub.Glyph(r))); got != want || sub.numGlyphs < 2+want-1 {
				t.Errorf("%s %q: %d components, subset has %d of %d glyphs", name, r, want, got, sub.numGlyphs)
			}
			for _, c := range sub.components(sub.Glyph(r)) {
				if int(c) >= sub.numGlyphs || c == 0 {
					t.Errorf("%s %q: component %d not in the subset", name, r, c)
				}
			}
			return // one is enough
		}
	}
	t.Log("no composite glyph in the built-in fonts")
}

func TestParseRefuses(t *testing.T) {
	for _, c := range []struct {
		data string
		want error
	}{
		{"ttcf\x00\x01\x00\x00\x00\x00\x00\x00", ErrCollection},
		{"OTTO\x00\x01\x00\x00\x00\x00\x00\x00", ErrCFF},
		{"PK\x03\x04 not a font at all", ErrNotFont},
		{"\x00\x01\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00", ErrDamaged},
		{"\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", ErrNoGlyf},
	} {
		if _, err := Parse([]byte(c.data)); !errors.Is(err, c.want) {
			t.Errorf("%q: %v, want %v", c.data, err, c.want)
		}
	}
}

// FuzzParse: no input panics Parse or a subset of what it accepts.
func FuzzParse(f *testing.F) {
	data, _ := load(f, "NianbaoKai-Regular-S1.ttf")
	font, _ := Parse(data)
	small, _ := font.Subset([]rune("年报（一）"))
	f.Add(small)
	runes := []rune("年报（一）A")
	f.Fuzz(func(t *testing.T, b []byte) {
		font, err := Parse(b)
		if err == nil {
			font.Subset(runes)
			again, err := ParseIndexed(b, font.Index())
			if err != nil && len(font.Index()) > 0 {
				t.Fatalf("the font does not parse with its own index: %v", err)
			}
			for _, r := range runes {
				if err == nil && again.Glyph(r) != font.Glyph(r) {
					t.Fatalf("%c: glyph %d with the index, %d from the cmap", r, again.Glyph(r), font.Glyph(r))
				}
			}
		}
		// Bytes that are not an index: refused, or a font that cuts subsets.
		if font, err := ParseIndexed(data, Index(b)); err == nil {
			font.Subset(runes)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	data, _ := load(b, "NotoSerifSC-Regular-S1.ttf")
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSubset(b *testing.B) {
	_, f := load(b, "NotoSerifSC-Regular-S1.ttf")
	runes := f.Runes()[3000:4000]
	for b.Loop() {
		if _, err := f.Subset(runes); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSubsetChecksums: each table's checksum in the directory is the sum
// of its words, and the whole file sums to 0xB1B0AFBA with head's
// checkSumAdjustment, as the OpenType spec asks (assemble adds up the
// tables' sums instead of reading the file again).
func TestSubsetChecksums(t *testing.T) {
	for _, name := range fontFiles {
		_, f := load(t, name)
		cut, err := f.Subset([]rune("政府信息公开工作年度报告，（一）。ABC123"))
		if err != nil {
			t.Fatal(err)
		}
		n := int(u16(cut, 4))
		for i := range n {
			rec := cut[12+16*i:]
			at, size := int(u32(rec, 8)), int(u32(rec, 12))
			table := append([]byte(nil), cut[at:at+size]...)
			if string(rec[:4]) == "head" {
				binary.BigEndian.PutUint32(table[8:], 0) // summed without the adjustment
			}
			if got, want := u32(rec, 4), checksum(table); got != want {
				t.Errorf("%s %s: checksum %08x, want %08x", name, rec[:4], got, want)
			}
		}
		var sum uint32
		for i := 0; i < len(cut); i += 4 {
			var w [4]byte
			copy(w[:], cut[i:])
			sum += binary.BigEndian.Uint32(w[:])
		}
		if sum != 0xB1B0AFBA {
			t.Errorf("%s: the file sums to %08x, want b1b0afba", name, sum)
		}
	}
}
