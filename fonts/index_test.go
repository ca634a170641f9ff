package fonts

import (
	"bytes"
	"testing"

	"nianbao/internal/ttf"
)

// TestIndexCurrent: each embedded glyph index is the one the embedded font
// gives (after rebuilding the fonts, run go generate ./fonts), and the
// font parses with it.
func TestIndexCurrent(t *testing.T) {
	for name, c := range map[string]struct{ font, index []byte }{
		"Body": {Body, BodyGlyphs}, "Title": {Title, TitleGlyphs}, "Hei": {Hei, HeiGlyphs}, "Kai": {Kai, KaiGlyphs},
	} {
		f, err := ttf.Parse(c.font)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.Index(), c.index) {
			t.Errorf("%s: the glyph index is not the font's; run go generate ./fonts", name)
		}
		if _, err := ttf.ParseIndexed(c.font, c.index); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
