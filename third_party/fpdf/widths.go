// Copyright ©2025 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"strconv"
	"sync"
)

// charWidths are the widths of a font embedded as given (a subset): by
// character, for the few hundred characters it has, and as the
// 65,536-entry table fpdf's text functions index, made only when one of
// them is called (a table costs 512 KB to clear for every document).
type charWidths struct {
	byChar map[int]int
	once   sync.Once
	table  []int
}

// dense returns the widths as a table indexed by character.
func (c *charWidths) dense() []int {
	c.once.Do(func() {
		c.table = make([]int, 256*256)
		for char, w := range c.byChar {
			if char >= 0 && char < len(c.table) {
				c.table[char] = w
			}
		}
	})
	return c.table
}

// asIs reports whether the font is embedded as given, not cut again to the
// characters used (AddUTF8SubsetFontFromBytes): the fonts that keep their
// widths by character.
func (fd *fontDefType) asIs() bool { return fd.sparse != nil }

// widths returns the font's width table indexed by character.
func (fd *fontDefType) widths() []int {
	if fd.sparse != nil {
		return fd.sparse.dense()
	}
	return fd.Cw
}

// width returns the width of a character, 0 when the font has none.
func (fd *fontDefType) width(char int) int {
	if fd.sparse != nil {
		return fd.sparse.byChar[char]
	}
	if char < 0 || char >= len(fd.Cw) {
		return 0
	}
	return fd.Cw[char]
}

// runsOfWidths is the content of the /W array of a font embedded as given,
// for the characters cids (sorted): each run of consecutive characters
// with a width as "first [w1 w2 …]", a width of 65535 written as 0 (as
// generateCIDFontMap does). generateCIDFontMap's general algorithm, which
// also writes "first last w" for ranges of one width and merges short runs,
// built its array through maps of interfaces, about 0.1 ms a font; a
// subset has a few hundred characters in short runs.
func runsOfWidths(font *fontDefType, cids []int) string {
	b := make([]byte, 0, 8*len(cids))
	next := -1 // the character after the current run
	for _, cid := range cids {
		w := font.width(cid)
		if w == 0 {
			continue
		}
		if w == 65535 {
			w = 0
		}
		if cid != next {
			if next >= 0 {
				b = append(b, " ]"...)
			}
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(cid), 10)
			b = append(b, " ["...)
		}
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(w), 10)
		next = cid + 1
	}
	if next >= 0 {
		b = append(b, " ]"...)
	}
	return string(b)
}
