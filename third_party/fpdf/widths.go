// Copyright ©2025 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import "sync"

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
