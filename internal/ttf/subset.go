package ttf

import (
	"encoding/binary"
	"errors"
	"slices"
)

// ErrTooManyRunes is returned when a subset's character map would not fit
// a format-4 cmap (more than about 8,000 separate runs of code points).
var ErrTooManyRunes = errors.New("一种字体用到的字符过多，无法写入 PDF 字体")

// copied are the tables a subset takes over unchanged when the font has them
// (hinting programs stay valid: glyph instructions refer to them, not to
// glyph indices).
var copied = []string{"name", "OS/2", "cvt ", "fpgm", "prep", "gasp"}

// Subset returns a TrueType font with .notdef, the glyphs of runes and the
// glyphs their composite outlines use, and a format-4 cmap for runes.
// Glyphs are numbered in code-point order, so the cmap has one segment per
// run of consecutive code points. It reads only the glyphs it keeps.
func (f *Font) Subset(runes []rune) ([]byte, error) {
	runes = slices.Clone(runes)
	slices.Sort(runes)
	runes = slices.Compact(runes)
	old := []uint16{0}                      // old glyph of each new one
	index := map[uint16]uint16{0: 0}        // new glyph of each old one
	mapped := make([][2]int, 0, len(runes)) // (rune, new glyph)
	keep := func(g uint16) uint16 {
		n, ok := index[g]
		if !ok {
			n = uint16(len(old))
			index[g] = n
			old = append(old, g)
		}
		return n
	}
	for _, r := range runes {
		if g := f.Glyph(r); g != 0 {
			mapped = append(mapped, [2]int{int(r), int(keep(g))})
		}
	}
	for i := 0; i < len(old); i++ { // composites add their components, which may add more
		for _, c := range f.components(old[i]) {
			keep(c)
		}
	}
	cmap, err := cmap4(mapped)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{"cmap": cmap}
	loca, glyf := f.glyfLoca(old, index)
	out["loca"] = loca
	out["hmtx"] = f.hmtx(old)
	out["head"] = patch(f.tables["head"], 50, 1) // long loca
	binary.BigEndian.PutUint32(out["head"][8:], 0)
	out["hhea"] = patch(f.tables["hhea"], 34, len(old))
	out["maxp"] = patch(f.tables["maxp"], 4, len(old))
	post := make([]byte, 32)
	copy(post, f.tables["post"])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names
	out["post"] = post
	for _, t := range copied {
		if b := f.tables[t]; b != nil {
			out[t] = b
		}
	}
	return assemble(out, map[string]lazy{"glyf": glyf}), nil
}

// components lists the glyphs a composite glyph is made of.
func (f *Font) components(g uint16) []uint16 {
	var out []uint16
	forComponents(f.glyph(g), func(at int, c uint16) {
		if int(c) < f.numGlyphs {
			out = append(out, c)
		}
	})
	return out
}

// glyph is the outline data of glyph g.
func (f *Font) glyph(g uint16) []byte {
	start, end := f.glyfRange(int(g))
	return f.glyfTable[start:end]
}

// forComponents calls fn with the offset and glyph of each component of a
// composite outline; a simple or malformed outline has none.
func forComponents(data []byte, fn func(at int, g uint16)) {
	if len(data) < 10 || int16(u16(data, 0)) >= 0 {
		return
	}
	const (
		argWords  = 0x0001
		scale     = 0x0008
		more      = 0x0020
		xyScale   = 0x0040
		twoByTwo  = 0x0080
		flagsSize = 4
	)
	for at := 10; at+flagsSize <= len(data); {
		flags := u16(data, at)
		fn(at+2, u16(data, at+2))
		at += flagsSize + 2
		if flags&argWords != 0 {
			at += 2
		}
		switch {
		case flags&scale != 0:
			at += 2
		case flags&xyScale != 0:
			at += 4
		case flags&twoByTwo != 0:
			at += 8
		}
		if flags&more == 0 {
			return
		}
	}
}

// glyfLoca lays out the kept outlines, 4-byte aligned: their long-format
// offsets, and the glyf table to be written in place in the font file
// (components renumbered).
func (f *Font) glyfLoca(old []uint16, index map[uint16]uint16) (loca []byte, glyf lazy) {
	loca = make([]byte, 4*(len(old)+1))
	for i, g := range old {
		glyf.size += (len(f.glyph(g)) + 3) &^ 3
		binary.BigEndian.PutUint32(loca[4*i+4:], uint32(glyf.size))
	}
	glyf.fill = func(dst []byte) {
		at := 0
		for _, g := range old {
			outline := dst[at : at+copy(dst[at:], f.glyph(g))]
			forComponents(outline, func(pos int, c uint16) { binary.BigEndian.PutUint16(outline[pos:], index[c]) })
			at += (len(outline) + 3) &^ 3
		}
	}
	return loca, glyf
}

// hmtx writes a full metric (advance, left side bearing) for every glyph.
func (f *Font) hmtx(old []uint16) []byte {
	src := f.hmtxTable
	out := make([]byte, 4*len(old))
	for i, g := range old {
		lsb := 4*f.numHMetrics + 2*(int(g)-f.numHMetrics)
		if int(g) < f.numHMetrics {
			lsb = 4*int(g) + 2
		}
		binary.BigEndian.PutUint16(out[4*i:], uint16(f.Advance(g)))
		copy(out[4*i+2:4*i+4], src[lsb:lsb+2])
	}
	return out
}

// cmap4 writes a (3,1) format-4 cmap of (rune, glyph) pairs sorted by rune:
// one segment per run of consecutive runes and glyphs.
func cmap4(pairs [][2]int) ([]byte, error) {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, p := range pairs {
		if n := len(segs); n > 0 && segs[n-1].end+1 == p[0] && segs[n-1].delta == p[1]-p[0] {
			segs[n-1].end++
			continue
		}
		segs = append(segs, seg{p[0], p[0], p[1] - p[0]})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, ErrTooManyRunes
	}
	b := make([]byte, 12+length)
	put := func(at, v int) { binary.BigEndian.PutUint16(b[at:], uint16(v)) }
	put(2, 1)                             // one subtable
	put(4, 3)                             // Windows
	put(6, 1)                             // Unicode BMP
	binary.BigEndian.PutUint32(b[8:], 12) // its offset
	t := 12
	put(t, 4)
	put(t+2, length)
	put(t+6, 2*n)
	sr, sel := searchParams(n)
	put(t+8, 2*sr)
	put(t+10, sel)
	put(t+12, 2*n-2*sr)
	for i, s := range segs {
		put(t+14+2*i, s.end)
		put(t+16+2*n+2*i, s.start)
		put(t+16+4*n+2*i, s.delta&0xFFFF)
		// idRangeOffset stays 0
	}
	return b, nil
}

// searchParams returns the largest power of two ≤ n and its log2, as the
// binary-search fields of the font directory and cmap format 4 want them.
func searchParams(n int) (pow, log int) {
	pow = 1
	for pow*2 <= n {
		pow *= 2
		log++
	}
	return pow, log
}

// patch copies a table with one 16-bit field replaced.
func patch(t []byte, at, v int) []byte {
	out := slices.Clone(t)
	binary.BigEndian.PutUint16(out[at:], uint16(v))
	return out
}

// lazy is a table written in place in the font file: its size, and what
// writes it into a zeroed slice of that size.
type lazy struct {
	size int
	fill func(dst []byte)
}

// assemble writes the font file: directory, tables in tag order (4-byte
// aligned) and head's checkSumAdjustment.
func assemble(tables map[string][]byte, inPlace map[string]lazy) []byte {
	sizes := map[string]int{}
	for t, b := range tables {
		sizes[t] = len(b)
	}
	for t, l := range inPlace {
		sizes[t] = l.size
	}
	tags := sortedTags(sizes)
	n := len(tags)
	size := 12 + 16*n
	for _, t := range tags {
		size += (sizes[t] + 3) &^ 3
	}
	out := make([]byte, size)
	binary.BigEndian.PutUint32(out, 0x00010000)
	sr, sel := searchParams(n)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16*sr))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16*sr))
	at, headAt := 12+16*n, 0
	var sum uint32 // of the whole file: the tables' sums (they are 4-byte aligned, padded with zeros) and the directory's
	for i, t := range tags {
		data := out[at : at+sizes[t]]
		if l, ok := inPlace[t]; ok {
			l.fill(data)
		} else {
			copy(data, tables[t])
		}
		rec := out[12+16*i:]
		copy(rec, t)
		c := checksum(data)
		sum += c
		binary.BigEndian.PutUint32(rec[4:], c)
		binary.BigEndian.PutUint32(rec[8:], uint32(at))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if t == "head" {
			headAt = at
		}
		at += (len(data) + 3) &^ 3
	}
	sum += checksum(out[:12+16*n])
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-sum)
	return out
}

// checksum is the TrueType table checksum: the sum of big-endian words,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	whole := len(b) &^ 3
	for i := 0; i < whole; i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	if whole < len(b) {
		var w [4]byte
		copy(w[:], b[whole:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
