package ttf

// glyphTable maps the BMP code points to glyphs in blocks of 256 code
// points, a block made only when the font maps one of its code points: a
// CJK font maps some 12,000 code points in about a hundred of the 256
// blocks, 50 KB where a flat table takes 128 KB of new memory in every
// process that draws with the font.
type glyphTable [256]*[256]uint16

// get is the glyph of r; 0 when the font has none.
func (t *glyphTable) get(r rune) uint16 {
	if r < 0 || r > 0xFFFF {
		return 0
	}
	if b := t[r>>8]; b != nil {
		return b[r&0xFF]
	}
	return 0
}

// set maps r to glyph g, which is not 0.
func (t *glyphTable) set(r rune, g uint16) {
	b := &t[r>>8]
	if *b == nil {
		*b = new([256]uint16)
	}
	(*b)[r&0xFF] = g
}

// runes lists the code points with a glyph, in order.
func (t *glyphTable) runes() []rune {
	var out []rune
	for hi, b := range t {
		if b == nil {
			continue
		}
		for lo, g := range b {
			if g != 0 {
				out = append(out, rune(hi<<8|lo))
			}
		}
	}
	return out
}
