package fonts

import (
	"os"
	"testing"

	"nianbao/internal/ttf"
)

// TestGlyphsTogether: the glyphs a report draws lie together at the front
// of each font (build.sh orders them by order.txt and the common
// characters), so that cutting a subset reads a few 64 KB stretches of the
// font, not stretches all over it. The report is the long example, 735
// distinct characters: 9–10 stretches a face, where the fonts' original
// glyph order had 50–74 (a report outside order.txt's corpus, 394
// characters of four other agencies' published reports, 10–14 against
// 47–65).
func TestGlyphsTogether(t *testing.T) {
	text, err := os.ReadFile("../testdata/long-2021.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"Body": Body, "Title": Title, "Hei": Hei, "Kai": Kai} {
		f, err := ttf.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		stretches := map[int]bool{}
		for _, r := range string(text) {
			if at, ok := f.GlyphOffset(f.Glyph(r)); ok {
				stretches[at/(64<<10)] = true
			}
		}
		t.Logf("%s: %d stretches", name, len(stretches))
		if len(stretches) > 12 {
			t.Errorf("%s: the glyphs of the example lie in %d stretches of 64 KB, want at most 12", name, len(stretches))
		}
	}
}
