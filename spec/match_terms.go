package spec

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// phrase finds a term's phrase in text. A term's expression is a list of
// words, so a match can only start at one of a few characters: phrase
// tries the expression, anchored, only where one of them stands, instead
// of at every position as a regular expression search does (which, for
// every sentence and every term, was most of the cost of reading prose).
type phrase struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp // re at the start of the text only
	words    []string       // the alternatives of an expression of plain words, matched without a regexp
	starts   map[rune]bool  // the characters a match can start with
	any      bool           // a match can start with any character: search
}

// newPhrase compiles a term's expression: plain words ("予以公开|同意公开")
// as they are; otherwise anchored when its first characters are known,
// else for a search.
func newPhrase(expr string) phrase {
	var p phrase
	if p.words = plainWords(expr); p.words != nil {
		p.starts = map[rune]bool{}
		for _, w := range p.words {
			r, _ := utf8.DecodeRuneInString(w)
			p.starts[r] = true
		}
		return p
	}
	if p.starts, p.any = firstRunes(expr); p.any {
		p.re = regexp.MustCompile(expr)
	} else {
		p.anchored = regexp.MustCompile(`^(?:` + expr + `)`)
	}
	return p
}

// plainWords splits an expression made only of words joined by "|" into
// its words; nil when it has any other metacharacter or an empty word.
func plainWords(expr string) []string {
	words := strings.Split(expr, "|")
	for _, w := range words {
		if w == "" || regexp.QuoteMeta(w) != w {
			return nil
		}
	}
	return words
}

// findAll returns the matches of the phrase in s, as
// regexp.FindAllStringIndex does.
func (p phrase) findAll(s string) [][]int {
	if p.any {
		return p.re.FindAllStringIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if p.starts[r] {
			if n := p.prefix(s[i:]); n > 0 {
				out = append(out, []int{i, i + n})
				i += n
				continue
			}
		}
		i += size
	}
	return out
}

// prefix is the length of the match at the start of s, 0 for none. Of
// plain words the first that matches is taken, as a regexp's alternation
// does.
func (p phrase) prefix(s string) int {
	if p.words == nil {
		if m := p.anchored.FindStringIndex(s); m != nil {
			return m[1]
		}
		return 0
	}
	for _, w := range p.words {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// firstRunes lists the characters a match of expr can start with; any is
// true when that cannot be said simply (a match may start with any
// character, be empty, depend on case or on what stands around it).
func firstRunes(expr string) (starts map[rune]bool, any bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, true
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, true
	}
	for _, in := range prog.Inst {
		if in.Op == syntax.InstEmptyWidth || syntax.Flags(in.Arg)&syntax.FoldCase != 0 && (in.Op == syntax.InstRune || in.Op == syntax.InstRune1) {
			return nil, true
		}
	}
	starts = map[rune]bool{}
	seen := map[uint32]bool{}
	var walk func(pc uint32) bool
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			return walk(in.Out)
		case syntax.InstRune1:
			starts[in.Rune[0]] = true
			return true
		case syntax.InstRune:
			return addRanges(starts, in.Rune)
		}
		return false // any character, a match, a failure
	}
	if !walk(uint32(prog.Start)) {
		return nil, true
	}
	return starts, false
}

// addRanges adds the characters of a short class ("[至到]"); a long one
// makes the set not worth having.
func addRanges(set map[rune]bool, ranges []rune) bool {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	if n > 64 {
		return false
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			set[r] = true
		}
	}
	return true
}
