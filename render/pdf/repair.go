package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"nianbao/render"
)

// candidate is a way to end a line: before unit end, or with the first
// head runes of unit end split off onto it.
type candidate struct {
	end  int
	head int     // runes of unit end the line takes; 0: none
	bad  float64 // the line's badness (justify.go)
}

// lookBack is how many units a break before a bad line may move back, and
// window how many lines before it may take part of its stretch.
const (
	lookBack = 6
	window   = 3
)

// minSplit is the fewest characters either part of a split word keeps.
const minSplit = 3

// next chooses where the line from start ends and appends its start to
// starts. The greedy break stands unless justifying the line would stretch
// its CJK gaps past the limit. Then, in turn, as a typesetter would:
// squeeze marks to take more of what follows, break a telephone number
// after its area code, move the breaks of the lines before back so that
// they take part of the stretch, split a Latin word between two letters.
// A number, a code or a piece of an address is never split. When nothing
// keeps within the limit, the least bad way is taken and justify leaves
// the rest of the stretch at the line's end.
func (b breaker) next(us []unit, starts []int, start int) ([]int, candidate) {
	c := b.best(us, start, false)
	if c.bad <= b.limit {
		return append(starts, start), c
	}
	pick := choice{append(starts, start), c, b.cost(c.bad)}
	if s, r, cost := b.rebalance(us, starts, start); cost.less(pick.cost) {
		pick = choice{s, r, cost}
	}
	if pick.cost.over > 0 {
		if w := b.best(us, start, true); b.cost(w.bad).less(pick.cost) {
			pick = choice{append(starts, start), w, b.cost(w.bad)}
		}
	}
	return pick.starts, pick.c
}

// choice is a way to break the lines up to and including the current one:
// their starts, the current line's end, and its cost.
type choice struct {
	starts []int
	c      candidate
	cost   cost
}

// cost judges a way to break some lines: first how many lines need more
// stretch than the limit, then how much more, summed, then the worst
// badness. A stretch that cannot be taken lands on as few lines as it can.
type cost struct {
	over          int
	excess, worst float64
}

func (b breaker) cost(bad float64) cost {
	if bad > b.limit {
		return cost{1, bad - b.limit, bad}
	}
	return cost{0, 0, bad}
}

// add counts one more line.
func (c cost) add(d cost) cost {
	return cost{c.over + d.over, c.excess + d.excess, max(c.worst, d.worst)}
}

// less reports whether c is cheaper than d by more than rounding.
func (c cost) less(d cost) bool {
	switch {
	case c.over != d.over:
		return c.over < d.over
	case math.Abs(c.excess-d.excess) > 1e-6:
		return c.excess < d.excess
	}
	return c.worst < d.worst-1e-6
}

// best returns the greedy break from start, or, if it stretches past the
// limit, the first acceptable of the alternatives (the least bad if none).
func (b breaker) best(us []unit, start int, words bool) candidate {
	end := kinsoku(us, start, b.fill(us, start))
	c := candidate{end: end}
	if b.limit <= 0 || end >= len(us) {
		return c
	}
	if c.bad = b.badness(trimSpaces(us[start:end])); c.bad <= b.limit {
		return c
	}
	for _, alt := range b.alternatives(us, start, end, words) {
		if alt.bad <= b.limit {
			return alt
		}
		if alt.bad < c.bad {
			c = alt
		}
	}
	return c
}

// alternatives lists the other ends of the line from start, least
// compromise first: the breaks beyond the greedy end that squeezing marks
// lets the line reach, then the unit after the longest of them split
// after a telephone's area code, or (words) between two letters.
func (b breaker) alternatives(us []unit, start, end int, words bool) []candidate {
	var out []candidate
	last := end
	for e := end + 1; e <= len(us); e++ {
		ln := trimSpaces(us[start:e])
		bad := b.badness(ln)
		if math.IsInf(bad, 1) && b.room(ln) < 0 {
			break
		}
		last = e
		switch {
		case e == len(us):
			out = append(out, candidate{end: e})
		case breakable(us, start, e):
			out = append(out, candidate{end: e, bad: bad})
		}
	}
	if last == len(us) || last == start {
		return out
	}
	for _, k := range heads(us[last], words) {
		head, _ := b.split(us[last], k)
		ln := append(slices.Clone(us[start:last]), head)
		if bad := b.badness(ln); !math.IsInf(bad, 1) {
			out = append(out, candidate{end: last, head: k, bad: bad})
		}
	}
	return out
}

// breakable reports whether a line from start may end before unit e.
func breakable(us []unit, start, e int) bool {
	return e > start && e < len(us) && !startsBad(us[e]) && !endsBad(us[e-1])
}

// heads lists where a unit may be split, as rune counts of its head,
// longest first: after a telephone's area code; with words, anywhere in a
// word or code with a letter ("Windows", "91360100MA35G1234X"), minSplit
// from either end. A number stays whole.
func heads(u unit, words bool) []int {
	if u.addr || u.join {
		return nil
	}
	if parts := render.PhoneParts(u.text); len(parts) == 2 {
		return []int{utf8.RuneCountInString(parts[0])}
	}
	if !words || u.n < 2*minSplit || !strings.ContainsFunc(u.text, render.IsLetter) {
		return nil
	}
	var out []int
	for k := u.n - minSplit; k >= minSplit; k-- {
		out = append(out, k)
	}
	return out
}

// split cuts a unit after k runes: the tail joins the head's word.
func (b breaker) split(u unit, k int) (head, tail unit) {
	i := 0
	for range k {
		_, size := utf8.DecodeRuneInString(u.text[i:])
		i += size
	}
	head, tail = u, u
	head.text, head.n, head.width = u.text[:i], k, b.width(u.role, u.text[:i])
	tail.text, tail.n, tail.width, tail.join = u.text[i:], u.n-k, b.width(u.role, u.text[i:]), true
	return head, tail
}

// apply splits the unit a candidate breaks inside.
func (c candidate) apply(b breaker, us []unit) []unit {
	if c.head == 0 {
		return us
	}
	head, tail := b.split(us[c.end], c.head)
	return slices.Concat(us[:c.end], []unit{head, tail}, us[c.end+1:])
}

// rebalance moves the breaks before the line at start, and before up to
// window-1 lines above it, back by up to lookBack units each, so that the
// lines before take part of its stretch. It returns the starts and the
// candidate of the cheapest arrangement, and its cost; the lines before the
// window keep their breaks.
func (b breaker) rebalance(us []unit, starts []int, start int) ([]int, candidate, cost) {
	none := cost{math.MaxInt, math.Inf(1), math.Inf(1)}
	m := min(window, len(starts))
	if m == 0 {
		return nil, candidate{}, none
	}
	fixed := slices.Clone(starts[:len(starts)-m+1])
	moving := append(slices.Clone(starts[len(starts)-m+1:]), start)
	bestStarts, bestC, bestCost := []int(nil), candidate{}, none
	var try func(at []int, so cost)
	try = func(at []int, so cost) {
		if !so.less(bestCost) {
			return
		}
		prev := fixed[len(fixed)-1]
		if len(at) > 0 {
			prev = at[len(at)-1]
		}
		if k := len(at); k < len(moving) {
			for p := moving[k]; p >= moving[k]-lookBack && p > prev; p-- {
				if breakable(us, prev, p) && !us[p].space && hasText(us[prev:p]) {
					try(append(at[:k:k], p), so.add(b.cost(b.badness(trimSpaces(us[prev:p])))))
				}
			}
			return
		}
		c := b.best(us, prev, false)
		if total := so.add(b.cost(c.bad)); total.less(bestCost) {
			bestStarts, bestC, bestCost = slices.Concat(fixed, at), c, total
		}
	}
	try(nil, cost{})
	return bestStarts, bestC, bestCost
}

// hasText reports whether units hold more than blanks.
func hasText(us []unit) bool {
	return slices.ContainsFunc(us, func(u unit) bool { return !u.space && !u.indent })
}
