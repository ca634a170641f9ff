package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The justification model, after JIS X 4051 and the Chinese layout
// requirements (clreq), shared by the line breaker and the drawing.
//
// A line shorter than its measure widens, in turn:
//  1. the gaps between CJK text and a Latin word or number, and its spaces,
//     up to a quarter em each (the space a typesetter puts there anyway);
//  2. the gaps between CJK characters and marks, evenly, up to the
//     breaker's limit;
//  3. as a last resort, the gaps of step 1 up to half an em;
//
// and leaves what remains at its end. It never widens a gap inside a word
// or number, at an address's break points, or after the indent.
//
// A line longer than its measure sets full-width marks at half width
// (标点挤压): first the mark that ends the line (its blank half overhangs
// the edge), then a mark followed by another mark, then the pause marks
// ，、；： (as 开明式 sets them all).
const (
	mixedFirst = 0.25 // em, step 1
	mixedLast  = 0.5  // em, step 3
	markBlank  = 0.5  // em a full-width mark gives up at half width
)

// pauseMarks may be set at half width anywhere in a line.
const pauseMarks = "，、；："

// gapKind is what justification may put into the gap before a unit.
type gapKind uint8

const (
	gapFixed gapKind = iota // inside a word, at an address's break, after the indent or a space
	gapCJK                  // between CJK characters and marks (and a word and a mark)
	gapMixed                // between CJK text and a word or number, and before a space
)

// gapBefore classifies the gap between units i-1 and i of a line.
func gapBefore(ln []unit, i int) gapKind {
	a, b := ln[i-1], ln[i]
	switch {
	case b.join || a.indent || b.indent || a.space:
		return gapFixed
	case b.space || a.latin && !isMark(b) || b.latin && !isMark(a):
		return gapMixed
	}
	return gapCJK
}

// isMark reports whether a unit is a punctuation mark or symbol.
func isMark(u unit) bool {
	r, _ := utf8.DecodeRuneInString(u.text)
	return !u.latin && !u.space && !u.indent && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// gapsOf lists the units of a line after which justification may add
// space, by kind.
func gapsOf(ln []unit) (cjk, mixed []int) {
	cjk = make([]int, 0, len(ln))
	for i := 1; i < len(ln); i++ {
		switch gapBefore(ln, i) {
		case gapCJK:
			cjk = append(cjk, i-1)
		case gapMixed:
			mixed = append(mixed, i-1)
		}
	}
	return cjk, mixed
}

// squeezable lists the marks of a line that may be set at half width, in
// the order they are: the mark ending the line, marks before another mark,
// pause marks.
func (b breaker) squeezable(ln []unit) [3][]int {
	var tiers [3][]int
	if b.squeezes == nil {
		return tiers
	}
	for i, u := range ln {
		if !b.squeezes(u) {
			continue
		}
		switch r, _ := utf8.DecodeRuneInString(u.text); {
		case i == len(ln)-1:
			tiers[0] = append(tiers[0], i)
		case isMark(ln[i+1]):
			tiers[1] = append(tiers[1], i)
		case strings.ContainsRune(pauseMarks, r):
			tiers[2] = append(tiers[2], i)
		}
	}
	return tiers
}

// room is what a line lacks of its measure (pt); negative when too long.
func (b breaker) room(ln []unit) float64 { return b.max - natural(ln, b.spacing) }

// badness measures how far justifying a line strays: 0 for a line that
// fits or can be squeezed to fit; the stretch (pt) each CJK gap needs once
// the mixed gaps have taken a quarter em, while that is within the limit;
// beyond it, the limit plus what the CJK gaps cannot take, spread as if
// over a full line's gaps (charsPerLine), so that lines without CJK gaps
// (an address) compare too. +Inf for a line too long to squeeze.
func (b breaker) badness(ln []unit) float64 {
	room := b.room(ln)
	if room < 0 {
		n := 0
		for _, t := range b.squeezable(ln) {
			n += len(t)
		}
		if -room <= float64(n)*markBlank*b.em+0.001 {
			return 0
		}
		return math.Inf(1)
	}
	cjk, mixed := gapsOf(ln)
	room -= min(room, float64(len(mixed))*mixedFirst*b.em)
	if room <= float64(len(cjk))*b.limit+0.001 {
		return room / float64(max(len(cjk), 1))
	}
	return b.limit + (room-float64(len(cjk))*b.limit)/charsPerLine
}

// justify returns the space (pt) justification adds after each unit of a
// line, negative where a mark is squeezed. A paragraph's last line is not
// stretched, only squeezed if it must.
func (b breaker) justify(ln []unit, last bool) []float64 {
	after := make([]float64, len(ln))
	room := b.room(ln)
	if room < 0 {
		for _, tier := range b.squeezable(ln) {
			room -= spread(after, tier, -markBlank*b.em, room)
		}
		return after
	}
	if last {
		return after
	}
	cjk, mixed := gapsOf(ln)
	room -= spread(after, mixed, mixedFirst*b.em, room)
	room -= spread(after, cjk, b.limit, room)
	spread(after, mixed, (mixedLast-mixedFirst)*b.em, room)
	return after
}

// spread shares amount evenly among the units at idx, each taking at most
// most (both negative to take space away), and returns what it used.
func spread(after []float64, idx []int, most, amount float64) float64 {
	if len(idx) == 0 || amount*most <= 0 {
		return 0
	}
	each := amount / float64(len(idx))
	if math.Abs(each) > math.Abs(most) {
		each = most
	}
	for _, i := range idx {
		after[i] += each
	}
	return each * float64(len(idx))
}
