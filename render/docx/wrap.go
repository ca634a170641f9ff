package docx

import (
	"strings"

	"nianbao/render"
)

// longWord is the width (grid characters) of the widest word a line may
// have to leave for the next without stretching more than the PDF allows,
// a quarter of a character in each of the gaps of a line.
const longWord = charsPerLine / 4.0

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
