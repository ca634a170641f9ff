package docx

import (
	"strings"

	"nianbao/render"
)

// longWord is the width (grid characters) of the widest word a line may
// have to leave for the next: the line is then short by up to the word's
// width, which Word and WPS spread over its gaps, about one a character,
// and render.MaxHanStretch in each of them, as the PDF allows, takes
// 4.2 characters of the 28 a line holds.
const longWord = render.MaxHanStretch * charsPerLine

// wrapWords returns the direct properties of a text block: w:wordWrap 0
// when it holds a web address, an e-mail or a Latin word wider than
// longWord, then those of ppr (nil for none). Word and WPS then break such
// a word at the end of a line instead of letter-spacing the line before it
// ("子 版 可 在 … （ https://"), adding no character to the text (a
// zero-width space would be copied into the web editors the text goes
// to). A paragraph of numbers keeps them whole, as the PDF does.
// LibreOffice does not read the setting.
func wrapWords(x *xmlw, text string, ppr func()) func() {
	if !hasLongWord(text) {
		return ppr
	}
	return func() {
		x.val("w:wordWrap", "0")
		if ppr != nil {
			ppr()
		}
	}
}

// hasLongWord reports whether text holds a word with a letter wider than
// longWord.
func hasLongWord(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !render.IsWordRune(r) }) {
		if render.Cells(w) > longWord && strings.IndexFunc(w, render.IsLetter) >= 0 {
			return true
		}
	}
	return false
}
