package spec

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// This file holds how a label printed on a published page is compared with
// the format's labels. Differences of typography are code (Fold); genuine
// differences of wording are the Aliases of each label, typed next to the
// label in its format's file.

// Fold normalises a label as a page prints it, for comparison: full-width
// letters, digits and brackets become half-width; spaces (also no-break
// and ideographic), zero-width characters and punctuation (brackets,
// 、，。：；, quotes, dots) are dropped. "第二十条第(一)项" and
// "第二十条第（一）项", "1、属于国家秘密" and "1.属于国家秘密", "商业 企业"
// and "商业企业" fold alike.
func Fold(s string) string {
	s = width.Fold.String(s)
	var b strings.Builder
	for _, r := range s {
		if keep(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// keep reports whether a character counts when labels are compared.
func keep(r rune) bool {
	switch {
	case unicode.IsSpace(r), unicode.IsPunct(r), unicode.Is(unicode.Cf, r):
		return false
	case r == '+' || r == '<' || r == '>' || r == '|' || r == '~' || r == '=':
		return false
	}
	return true
}

// opening brackets that start a note printed after a label.
const noteOpeners = "(（[【〔〈<"

// Match tells how well text printed on a page names one of names: 0 when
// it does not; else the folded length of the name it matched, doubled when
// the text is the name (after Fold) rather than the name followed by a
// note in brackets ("现行有效件数 (历史累计)" names 现行有效件数).
func Match(text string, names ...string) int { return NewNames(names...).Match(text, Fold(text)) }

// Names are wordings folded once, for matching many texts.
type Names []string

// NewNames folds names for matching.
func NewNames(names ...string) Names {
	out := make(Names, 0, len(names))
	for _, n := range names {
		if f := Fold(n); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Match is the package's Match for a text whose folded form the caller has.
func (ns Names) Match(text, folded string) int {
	best := 0
	for _, n := range ns {
		switch {
		case folded == n:
			best = max(best, 2*utf8.RuneCountInString(n))
		case strings.HasPrefix(folded, n) && noteFollows(text, utf8.RuneCountInString(n)):
			best = max(best, utf8.RuneCountInString(n))
		}
	}
	return best
}

// noteFollows reports whether, after the first n characters of text that
// Fold keeps, the text goes on with a bracketed note.
func noteFollows(text string, n int) bool {
	text = width.Fold.String(text)
	for i, r := range text {
		if n == 0 {
			rest := strings.TrimLeftFunc(text[i:], unicode.IsSpace)
			r, _ := utf8.DecodeRuneInString(rest)
			return strings.ContainsRune(noteOpeners, r)
		}
		if keep(r) {
			n--
		}
	}
	return false
}

// Names lists how a section's heading may be written: its title and aliases.
func (s *Section) Names() []string { return append([]string{s.Title}, s.Aliases...) }

// Names lists how a column's header may be written.
func (c *Column) Names() []string { return append([]string{c.Label}, c.Aliases...) }

// Names lists how a block's title may be written.
func (b *Block) Names() []string { return append([]string{b.Title}, b.Aliases...) }

// Names lists how a header cell may be written.
func (h *Header) Names() []string { return append([]string{h.Label}, h.Aliases...) }

// Names lists how a row's label may be written: the label, the label with
// its note, and the aliases.
func (r *Row) Names() []string { return labelNames(r.Label, r.Note, r.Aliases) }

// Names lists how a node's label may be written, as Row.Names.
func (n *Node) Names() []string { return labelNames(n.Label, n.Note, n.Aliases) }

func labelNames(label, note string, aliases []string) []string {
	out := []string{label}
	if note != "" {
		out = append(out, label+note)
	}
	return append(out, aliases...)
}
