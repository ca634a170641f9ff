package fpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand"
	"testing"
)

// TestCIDToGIDMapStream: the stream inflates to the table fpdf used to fill
// and compress, two bytes per CID of the BMP, the glyph where mapped and 0
// elsewhere; zlib's reader checks its Adler-32. The maps hold runs of
// zeros of every length from 0 to a whole table, glyphs with either byte
// 0, bytes under and over 144 (8- and 9-bit literals), and a document's
// worth of random CIDs; it stays small.
func TestCIDToGIDMapStream(t *testing.T) {
	random := map[int]int{}
	r := rand.New(rand.NewSource(1))
	for range 800 {
		random[0x4e00+r.Intn(0x5200)] = r.Intn(0x10000)
	}
	runs := map[int]int{}
	for i, gap := 0, 1; i < cidToGIDMapSize; i, gap = i+gap, gap+1 {
		runs[i] = i % 0x10000 // every gap length, from adjacent CIDs up
	}
	for _, glyphs := range []map[int]int{
		{},
		{0x20: 1, 0x4e00: 2, 0x9fa5: 0x1234, 0xff0c: 3},
		{0: 7, 0xffff: 0xabcd, 70000: 9},                     // 70000 is beyond the BMP: left out
		{1: 0x0100, 2: 0x00ff, 3: 0x9090, 4: 0x8f8f, 130: 0}, // zero bytes inside glyphs; a glyph 0
		random,
		runs,
	} {
		want := make([]byte, 256*256*2)
		for cc, glyph := range glyphs {
			if cc < 256*256 {
				want[cc*2] = byte(glyph >> 8)
				want[cc*2+1] = byte(glyph & 0xFF)
			}
		}
		stream := cidToGIDMapStream(glyphs)
		zr, err := zlib.NewReader(bytes.NewReader(stream))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%d glyphs: %v", len(glyphs), err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%d glyphs: the stream differs from the table (%d bytes)", len(glyphs), len(got))
		}
		if len(glyphs) < 1000 && len(stream) > 4096+5*len(glyphs) {
			t.Errorf("%d glyphs: %d bytes", len(glyphs), len(stream))
		}
	}
}

func BenchmarkCIDToGIDMapStream(b *testing.B) {
	glyphs := map[int]int{}
	r := rand.New(rand.NewSource(1))
	for range 735 {
		glyphs[0x4e00+r.Intn(0x5200)] = r.Intn(800)
	}
	for b.Loop() {
		cidToGIDMapStream(glyphs)
	}
}
