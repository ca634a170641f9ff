package html

import (
	"strings"
	"unicode/utf8"

	"nianbao/render"
)

// text escapes body text and lets its web addresses, e-mails and long
// codes of letters and digits break, so that the line before them is filled
// rather than stretched: an address may break after its "/", ".", "@"…
// (<wbr>), and a piece longer than longWord between any two characters;
// the scheme ("https://"), short pieces ("www.", "gov.") and numbers stay
// whole.
func (r *writer) text(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && render.IsWordRune(rs[j]) {
			j++
		}
		if j == i {
			b.WriteString(esc(string(rs[i])))
			i++
			continue
		}
		word := string(rs[i:j])
		frags := render.AddressFragments(word)
		if len(frags) > 1 || strings.ContainsFunc(word, render.IsLetter) && utf8.RuneCountInString(word) > longWord {
			for k, f := range frags {
				frags[k] = esc(f)
				if utf8.RuneCountInString(f) > longWord && !strings.HasSuffix(f, "//") {
					frags[k] = "<span" + r.attr("code") + ">" + frags[k] + "</span>"
				}
			}
			b.WriteString("<span" + r.attr("addr") + ">" + strings.Join(frags, "<wbr>") + "</span>")
		} else {
			b.WriteString(esc(word))
		}
		i = j
	}
	return b.String()
}

// longWord is the length beyond which a piece of an address, or a code of
// letters and digits ("91360100MA35G1234X"), may break anywhere.
const longWord = 5

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
