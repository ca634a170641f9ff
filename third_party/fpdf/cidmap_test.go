package fpdf

import (
	"bytes"
	"testing"
)

// TestWriteCIDToGIDMap: the stream is the table fpdf used to fill: two
// bytes per CID of the BMP, the glyph where mapped and 0 elsewhere.
func TestWriteCIDToGIDMap(t *testing.T) {
	for _, glyphs := range []map[int]int{
		{},
		{0x20: 1, 0x4e00: 2, 0x9fa5: 0x1234, 0xff0c: 3},
		{0: 7, 0xffff: 0xabcd, 70000: 9}, // 70000 is beyond the BMP: left out
	} {
		want := make([]byte, 256*256*2)
		for cc, glyph := range glyphs {
			if cc < 256*256 {
				want[cc*2] = byte(glyph >> 8)
				want[cc*2+1] = byte(glyph & 0xFF)
			}
		}
		var got bytes.Buffer
		if err := writeCIDToGIDMap(&got, glyphs); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%v: the stream differs from the table (%d bytes)", glyphs, got.Len())
		}
	}
}
