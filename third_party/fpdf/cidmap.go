// Copyright ©2025 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"encoding/binary"
	"math/bits"
	"sort"
)

// cidToGIDMapSize is the number of CIDs a CIDToGIDMap stream covers: the
// Basic Multilingual Plane, two bytes each.
const cidToGIDMapSize = 256 * 256

// cidToGIDMapStream returns a font's CIDToGIDMap stream, zlib-compressed:
// for each CID of the BMP the glyph it maps to, big-endian, 0 where it
// maps to none. It holds the same bytes as filling a 128 KB table and
// compressing it, without the table, and without compressing the zeros
// one by one: a font of a document maps a few hundred CIDs, and
// compress/flate spent about 0.1 ms a font on the 128 KB of zeros
// between them (four fonts a document). The stream is one deflate block
// with the fixed codes of RFC 1951: the mapped glyphs as literals, each
// run of zeros as one literal 0 and copies of the byte before it.
func cidToGIDMapStream(glyphs map[int]int) []byte {
	cids := make([]int, 0, len(glyphs))
	for cid := range glyphs {
		if cid >= 0 && cid < cidToGIDMapSize {
			cids = append(cids, cid)
		}
	}
	sort.Ints(cids)
	d := deflateRuns{out: make([]byte, 0, 2048+4*len(cids)), a: 1}
	d.out = append(d.out, 0x78, 0x01) // zlib: deflate, 32 KB window, no dictionary
	d.bits(1, 1)                      // the final block
	d.bits(1, 2)                      // fixed codes
	next := 0                         // the next CID to write
	for _, cid := range cids {
		d.zeros(2 * (cid - next))
		glyph := glyphs[cid]
		d.literal(byte(glyph >> 8))
		d.literal(byte(glyph))
		next = cid + 1
	}
	d.zeros(2 * (cidToGIDMapSize - next))
	d.code(256, 7) // end of block
	if d.n > 0 {
		d.out = append(d.out, byte(d.acc))
	}
	return binary.BigEndian.AppendUint32(d.out, d.b<<16|d.a)
}

// deflateRuns writes a deflate block with fixed codes (RFC 1951 3.2.6) and
// keeps the Adler-32 checksum of what it encodes (RFC 1950).
type deflateRuns struct {
	out  []byte
	acc  uint32 // bits not yet written, first in the lowest
	n    uint   // how many
	a, b uint32 // Adler-32
}

const adlerMod = 65521

// bits writes the low n bits of v, lowest first, as deflate packs its
// header and extra bits.
func (d *deflateRuns) bits(v uint32, n uint) {
	d.acc |= v << d.n
	d.n += n
	for d.n >= 8 {
		d.out = append(d.out, byte(d.acc))
		d.acc >>= 8
		d.n -= 8
	}
}

// code writes an n-bit Huffman code, highest bit first.
func (d *deflateRuns) code(c uint32, n uint) {
	d.bits(bits.Reverse32(c)>>(32-n), n)
}

// literal encodes the byte v.
func (d *deflateRuns) literal(v byte) {
	if v < 144 {
		d.code(0x30+uint32(v), 8)
	} else {
		d.code(0x190+uint32(v)-144, 9)
	}
	d.a = (d.a + uint32(v)) % adlerMod
	d.b = (d.b + d.a) % adlerMod
}

// Match lengths: the first length of each length code from 257 on, and
// its number of extra bits.
var (
	lengthBase  = [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [...]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
)

// zeros encodes n zero bytes: a literal 0, then copies of the byte before,
// up to 258 bytes each.
func (d *deflateRuns) zeros(n int) {
	if n == 0 {
		return
	}
	d.literal(0)
	rest := n - 1
	for rest > 0 {
		l := min(rest, 258)
		if l < 3 {
			for range l {
				d.literal(0)
			}
			break
		}
		d.match(l)
		rest -= l
	}
}

// match encodes a copy of length l (3–258) at distance 1.
func (d *deflateRuns) match(l int) {
	i := sort.SearchInts(lengthBase[:], l+1) - 1
	if sym := uint32(257 + i); sym < 280 {
		d.code(sym-256, 7)
	} else {
		d.code(0xC0+sym-280, 8)
	}
	d.bits(uint32(l-lengthBase[i]), lengthExtra[i])
	d.code(0, 5) // distance code 0: distance 1
	d.b = uint32((uint64(d.b) + uint64(l)*uint64(d.a)) % adlerMod)
}
