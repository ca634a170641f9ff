// Package ttf reads the few tables of a TrueType (glyf) font that nianbao
// needs to lay out and embed text: the Unicode cmap, the advance widths and
// the glyph outlines, and writes subsets of it. A Font is parsed once and
// is then only read, so any number of goroutines may share it.
//
// golang.org/x/image/font/sfnt measures glyphs but cannot cut a subset, and
// fpdf's subsetter parses the whole font again for every document (and
// writes into the bytes it is given); this package indexes a font once and
// cuts a subset in time proportional to the glyphs it keeps.
package ttf

import (
	"encoding/binary"
	"errors"
	"sort"
)

// Font is a parsed TrueType font. Its methods only read it.
type Font struct {
	data   []byte
	tables map[string][]byte
	// the tables read for every glyph, kept at hand
	glyfTable, locaTable, hmtxTable []byte
	glyfAt                          int // where the glyf table starts in data
	numGlyphs                       int
	numHMetrics                     int
	longLoca                        bool
	upem                            int
	glyphs                          Index // the glyph of each BMP code point
}

// Errors of Parse, in the words a user reads.
var (
	ErrCollection = errors.New("是字体集（TTC），请改用单个 TrueType（.ttf）文件")
	ErrCFF        = errors.New("是 CFF 轮廓的 OpenType 字体，PDF 生成器只支持 TrueType（glyf）轮廓的 .ttf")
	ErrNotFont    = errors.New("不是 TrueType 字体文件")
	ErrDamaged    = errors.New("字体文件已损坏")
	ErrNoGlyf     = errors.New("没有 glyf 轮廓表，PDF 生成器无法使用")
	ErrNoCmap     = errors.New("没有 Unicode 字符映射表（cmap 格式 4 或 12）")
	ErrIndex      = errors.New("与它的字形索引不符（请重新生成：go generate ./fonts）")
)

// required are the tables a font must have to be measured and embedded.
var required = []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "post", "name"}

// Parse indexes a TrueType font. data is kept and never written to.
func Parse(data []byte) (*Font, error) {
	f, err := parseTables(data)
	if err != nil {
		return nil, err
	}
	if err := f.parseCmap(); err != nil {
		return nil, err
	}
	return f, nil
}

// ParseIndexed is Parse for a font whose Index was made before (see
// Font.Index): it takes the glyphs of the code points from index instead of
// decoding the font's cmap, which is most of the work of Parse. An index
// that does not fit the font is ErrIndex.
func ParseIndexed(data []byte, index Index) (*Font, error) {
	f, err := parseTables(data)
	if err != nil {
		return nil, err
	}
	if !index.check(f.numGlyphs) {
		return nil, ErrIndex
	}
	f.glyphs = index
	return f, nil
}

// parseTables reads the table directory and the metrics.
func parseTables(data []byte) (*Font, error) {
	if len(data) < 12 {
		return nil, ErrNotFont
	}
	switch string(data[:4]) {
	case "ttcf":
		return nil, ErrCollection
	case "OTTO":
		return nil, ErrCFF
	case "\x00\x01\x00\x00", "true":
	default:
		return nil, ErrNotFont
	}
	f := &Font{data: data, tables: map[string][]byte{}}
	n := int(u16(data, 4))
	if len(data) < 12+16*n {
		return nil, ErrDamaged
	}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		off, size := int(u32(rec, 8)), int(u32(rec, 12))
		if off < 0 || size < 0 || off > len(data) || size > len(data)-off {
			return nil, ErrDamaged
		}
		f.tables[string(rec[:4])] = data[off : off+size : off+size]
		if string(rec[:4]) == "glyf" {
			f.glyfAt = off
		}
	}
	f.glyfTable, f.locaTable, f.hmtxTable = f.tables["glyf"], f.tables["loca"], f.tables["hmtx"]
	if f.glyfTable == nil {
		if f.tables["CFF "] != nil || f.tables["CFF2"] != nil {
			return nil, ErrCFF
		}
		return nil, ErrNoGlyf
	}
	for _, t := range required {
		if f.tables[t] == nil {
			return nil, ErrDamaged
		}
	}
	if err := f.parseMetrics(); err != nil {
		return nil, err
	}
	return f, nil
}

// parseMetrics reads the counts and formats the other tables depend on.
func (f *Font) parseMetrics() error {
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return ErrDamaged
	}
	f.upem = int(u16(head, 18))
	f.longLoca = u16(head, 50) == 1
	f.numGlyphs = int(u16(maxp, 4))
	f.numHMetrics = int(u16(hhea, 34))
	locaEntry := 2
	if f.longLoca {
		locaEntry = 4
	}
	if f.upem == 0 || f.numGlyphs == 0 || f.numHMetrics == 0 || f.numHMetrics > f.numGlyphs ||
		len(f.hmtxTable) < 4*f.numHMetrics+2*(f.numGlyphs-f.numHMetrics) ||
		len(f.locaTable) < locaEntry*(f.numGlyphs+1) {
		return ErrDamaged
	}
	for g := 0; g < f.numGlyphs; g++ {
		if start, end := f.glyfRange(g); start > end || end > len(f.glyfTable) {
			return ErrDamaged
		}
	}
	return nil
}

// UnitsPerEm is the font's design grid.
func (f *Font) UnitsPerEm() int { return f.upem }

// Glyph returns the glyph of a code point, 0 when the font has none (and
// for every code point beyond the BMP).
func (f *Font) Glyph(r rune) uint16 {
	return f.glyphs.Glyph(r)
}

// Advance returns the advance width of a glyph in font units.
func (f *Font) Advance(g uint16) int {
	hmtx := f.hmtxTable
	if int(g) >= f.numHMetrics {
		g = uint16(f.numHMetrics - 1)
	}
	return int(u16(hmtx, 4*int(g)))
}

// Ink returns the horizontal extent of a glyph's outline in font units
// (from the glyf header); ok is false for a glyph without an outline.
func (f *Font) Ink(g uint16) (xMin, xMax int, ok bool) {
	if int(g) >= f.numGlyphs {
		return 0, 0, false
	}
	d := f.glyph(g)
	if len(d) < 10 {
		return 0, 0, false
	}
	return int(int16(u16(d, 2))), int(int16(u16(d, 6))), true
}

// Runes lists the BMP code points the font maps to a glyph, in order.
func (f *Font) Runes() []rune {
	return f.glyphs.runes()
}

// Index is the glyph of each BMP code point, in the form ParseIndexed
// takes. It is the font's own: not to be written to.
func (f *Font) Index() Index {
	return f.glyphs
}

// GlyphOffset is where the outline of glyph g starts in the font file;
// false for glyph 0 (no glyph) and for a glyph without an outline.
func (f *Font) GlyphOffset(g uint16) (int, bool) {
	if g == 0 || int(g) >= f.numGlyphs {
		return 0, false
	}
	start, end := f.glyfRange(int(g))
	if start == end {
		return 0, false
	}
	return f.glyfAt + start, true
}

// glyfRange is where glyph g's outline lies in the glyf table.
func (f *Font) glyfRange(g int) (start, end int) {
	loca := f.locaTable
	if f.longLoca {
		return int(u32(loca, 4*g)), int(u32(loca, 4*g+4))
	}
	return 2 * int(u16(loca, 2*g)), 2 * int(u16(loca, 2*g+2))
}

// parseCmap builds the BMP glyph table from the best Unicode subtable:
// format 12 (full repertoire) or format 4 (BMP).
func (f *Font) parseCmap() error {
	cmap := f.tables["cmap"]
	if len(cmap) < 4 {
		return ErrDamaged
	}
	best, bestFormat := -1, 0
	for i := 0; i < int(u16(cmap, 2)); i++ {
		if 4+8*i+8 > len(cmap) {
			return ErrDamaged
		}
		platform, encoding, off := u16(cmap, 4+8*i), u16(cmap, 6+8*i), int(u32(cmap, 8+8*i))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off+4 > len(cmap) {
			continue
		}
		if format := int(u16(cmap, off)); (format == 4 || format == 12) && format > bestFormat {
			best, bestFormat = off, format
		}
	}
	switch bestFormat {
	case 4:
		return f.cmap4(cmap[best:])
	case 12:
		return f.cmap12(cmap[best:])
	}
	return ErrNoCmap
}

// cmap4 reads a segment-mapping subtable.
func (f *Font) cmap4(t []byte) error {
	if len(t) < 14 {
		return ErrDamaged
	}
	segs := int(u16(t, 6)) / 2
	ends, starts, deltas, offsets := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(t) < offsets+2*segs {
		return ErrDamaged
	}
	next := 0 // segments are sorted and disjoint; a font that overlaps them costs no more
	for s := 0; s < segs; s++ {
		end, start := int(u16(t, ends+2*s)), int(u16(t, starts+2*s))
		delta, ro := int(u16(t, deltas+2*s)), int(u16(t, offsets+2*s))
		for c := max(start, next); c <= end && c < 0xFFFF; c++ {
			g := 0
			if ro == 0 {
				g = (c + delta) & 0xFFFF
			} else if at := offsets + 2*s + ro + 2*(c-start); at+2 <= len(t) {
				if g = int(u16(t, at)); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g != 0 && g < f.numGlyphs {
				f.glyphs.set(rune(c), uint16(g))
			}
		}
		next = max(next, end+1)
	}
	return nil
}

// cmap12 reads the BMP part of a segmented-coverage subtable.
func (f *Font) cmap12(t []byte) error {
	if len(t) < 16 {
		return ErrDamaged
	}
	n := int(u32(t, 12))
	if n < 0 || n > (len(t)-16)/12 {
		return ErrDamaged
	}
	next := 0 // groups are sorted and disjoint, as in cmap4
	for i := 0; i < n; i++ {
		start, end, g := int(u32(t, 16+12*i)), int(u32(t, 20+12*i)), int(u32(t, 24+12*i))
		for c := max(start, next); c <= end && c < 0xFFFF; c++ {
			if gc := g + c - start; gc > 0 && gc < f.numGlyphs {
				f.glyphs.set(rune(c), uint16(gc))
			}
		}
		next = max(next, end+1)
	}
	return nil
}

// sortedTags lists table tags in the order a font's directory lists them.
func sortedTags(m map[string]int) []string {
	tags := make([]string, 0, len(m))
	for t := range m {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	return tags
}

func u16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func u32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }
