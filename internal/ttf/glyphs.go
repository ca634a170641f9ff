package ttf

import "encoding/binary"

// An Index is the BMP part of a font's Unicode cmap, ready to be read
// without decoding: 256 little-endian uint16 block numbers, one for each
// block of 256 code points (0 when the font maps none of them), then the
// blocks, 256 little-endian uint16 glyphs each, block n at byte 512·n.
// A CJK font maps some 12,000 code points in some 120 blocks, so an
// index is about 60 KB. Parse builds one from the cmap; Font.Index hands it
// out, so that it can be generated once with an embedded font and given to
// ParseIndexed (or asked directly) in every process after.
type Index []byte

const indexBlock = 512 // bytes: 256 uint16

// Glyph is the glyph of r; 0 when the font has none.
func (x Index) Glyph(r rune) uint16 {
	if r < 0 || r > 0xFFFF || len(x) < indexBlock {
		return 0
	}
	b := int(binary.LittleEndian.Uint16(x[2*(r>>8):]))
	if b == 0 {
		return 0
	}
	return binary.LittleEndian.Uint16(x[indexBlock*b+2*int(r&0xFF):])
}

// set maps r to glyph g, which is not 0, making r's block when it is the
// first of its block. The cmap's code points come in order, so the blocks
// do too and the same font gives the same bytes.
func (x *Index) set(r rune, g uint16) {
	if len(*x) == 0 {
		*x = make(Index, indexBlock, 128*indexBlock) // room for a CJK font's blocks
	}
	at := 2 * int(r>>8)
	b := int(binary.LittleEndian.Uint16((*x)[at:]))
	if b == 0 {
		b = len(*x) / indexBlock
		binary.LittleEndian.PutUint16((*x)[at:], uint16(b))
		*x = append(*x, make([]byte, indexBlock)...)
	}
	binary.LittleEndian.PutUint16((*x)[indexBlock*b+2*int(r&0xFF):], g)
}

// runes lists the code points with a glyph, in order.
func (x Index) runes() []rune {
	var out []rune
	for r := rune(0); r <= 0xFFFF; r++ {
		if x.Glyph(r) != 0 {
			out = append(out, r)
		}
	}
	return out
}

// check reports whether x is a well-formed index of glyphs below numGlyphs.
func (x Index) check(numGlyphs int) bool {
	if len(x) < indexBlock || len(x)%indexBlock != 0 {
		return false
	}
	blocks := len(x)/indexBlock - 1
	for i := 0; i < len(x); i += 2 {
		v := int(binary.LittleEndian.Uint16(x[i:]))
		if (i < indexBlock && v > blocks) || (i >= indexBlock && v >= numGlyphs) {
			return false
		}
	}
	return true
}
