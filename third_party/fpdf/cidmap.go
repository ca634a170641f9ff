// Copyright ©2025 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"io"
	"sort"
)

// cidToGIDMapSize is the number of CIDs a CIDToGIDMap stream covers: the
// Basic Multilingual Plane, two bytes each.
const cidToGIDMapSize = 256 * 256

// zeros is a run of unmapped CIDs, written between the mapped ones.
var zeros [4096]byte

// writeCIDToGIDMap writes a font's CIDToGIDMap stream: for each CID of the
// BMP the glyph it maps to, big-endian, 0 where it maps to none. It writes
// the same bytes as filling a 128 KB table, without the table.
func writeCIDToGIDMap(w io.Writer, glyphs map[int]int) error {
	cids := make([]int, 0, len(glyphs))
	for cid := range glyphs {
		if cid >= 0 && cid < cidToGIDMapSize {
			cids = append(cids, cid)
		}
	}
	sort.Ints(cids)
	next := 0 // the next CID to write
	for _, cid := range cids {
		if err := writeZeros(w, 2*(cid-next)); err != nil {
			return err
		}
		glyph := glyphs[cid]
		if _, err := w.Write([]byte{byte(glyph >> 8), byte(glyph)}); err != nil {
			return err
		}
		next = cid + 1
	}
	return writeZeros(w, 2*(cidToGIDMapSize-next))
}

// writeZeros writes n zero bytes.
func writeZeros(w io.Writer, n int) error {
	for n > 0 {
		k := min(n, len(zeros))
		if _, err := w.Write(zeros[:k]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}
