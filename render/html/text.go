package html

import (
	"strings"
	"unicode/utf8"

	"nianbao/render"
)

// text escapes body text and lets its web addresses and e-mails break
// after their "/", ".", "@"… (<wbr>), and anywhere in a piece too long for
// a line (overflow-wrap); numbers and words stay whole.
func (r *writer) text(s string) string {
	var b strings.Builder
	for _, w := range words(s) {
		if !w.latin {
			b.WriteString(esc(w.text))
			continue
		}
		frags := render.AddressFragments(w.text)
		if len(frags) == 1 {
			b.WriteString(esc(w.text))
			continue
		}
		for k, f := range frags {
			frags[k] = esc(f)
		}
		b.WriteString("<span" + r.attr("addr") + ">" + strings.Join(frags, "<wbr>") + "</span>")
	}
	return b.String()
}

// word is a run of text: a Latin word, number or address, or the text
// between two of them.
type word struct {
	text  string
	latin bool
}

// words cuts s into Latin words (numbers, addresses) and the text between.
func words(s string) []word {
	var out []word
	for i := 0; i < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i:])
		latin := render.IsWordRune(r)
		j := i
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if render.IsWordRune(r) != latin {
				break
			}
			j += w
		}
		out = append(out, word{s[i:j], latin})
		i = j
	}
	return out
}

// ragged reports whether a paragraph holds a web address, an e-mail or a
// number or word of at least longRun characters, which a browser cannot
// break (Chromium keeps "0797-8213456" whole too). Such a run, arriving at the end
// of a line, would leave the line before it short by up to its width, and
// a browser justifying it would spread that over the few gaps between its
// Chinese characters with no limit (Chromium has none): the paragraph is
// set flush left instead, its lines a little uneven but never
// letter-spaced.
func ragged(s string) bool {
	for _, w := range words(s) {
		if !w.latin {
			continue
		}
		if len(render.AddressFragments(w.text)) > 1 || utf8.RuneCountInString(w.text) >= longRun {
			return true
		}
	}
	return false
}

// longRun is the length of a number or word from which a paragraph is set
// flush left: half-width characters as wide as render.MaxHanStretch in
// each of the phoneGaps gaps of a line (0.15 × 20 = 3 em, six characters).
const longRun = render.MaxHanStretch * phoneGaps * 2

// phoneGaps are the gaps of the shortest line a phone sets: at 375 px a
// line of 15 px type holds 23 characters, the first line of a paragraph 21
// after its indent (templates/report.css).
const phoneGaps = 20

// title writes the title's lines, each breakable only between its words
// (the parts of the agency's name, the year, the words of the title) when
// a narrow screen cannot hold it: never "报告" alone.
func (r *writer) title(d *render.Document) string {
	var b strings.Builder
	for i, l := range d.TitleLines {
		words := []string{l}
		if i < len(d.TitleWords) && strings.Join(d.TitleWords[i], "") == l {
			words = d.TitleWords[i]
		}
		var escaped []string
		for _, w := range words {
			escaped = append(escaped, esc(w))
		}
		b.WriteString("<span" + r.attr("title-line") + ">" + strings.Join(escaped, "<wbr>") + "</span>")
	}
	return b.String()
}
