package fpdf

import (
	"os"
	"testing"
)

// TestUTF8FontIDFromKey: a UTF-8 font's Id (its name in the pages'
// resources) comes from its key alone (patch 16): the same family added
// from two different files has the same Id, and two families in one
// document have different Ids.
func TestUTF8FontIDFromKey(t *testing.T) {
	kai, err1 := os.ReadFile("../../fonts/NianbaoKai-Regular-S1.ttf")
	hei, err2 := os.ReadFile("../../fonts/NotoSansSC-Medium-S1.ttf")
	if err1 != nil || err2 != nil {
		t.Skip("the project's fonts are not here:", err1, err2)
	}
	id := func(p *Fpdf, family string) string {
		if err := p.Error(); err != nil {
			t.Fatal(err)
		}
		return p.fonts[getFontKey(family, "")].i
	}
	a, b := New("P", "mm", "A4", ""), New("P", "mm", "A4", "")
	a.AddUTF8FontFromBytes("body", "", kai)
	a.AddUTF8FontFromBytes("hei", "", hei)
	b.AddUTF8FontFromBytes("body", "", hei)
	if id(a, "body") != id(b, "body") {
		t.Errorf("the family body has the Id %s from one file and %s from another", id(a, "body"), id(b, "body"))
	}
	if id(a, "body") == id(a, "hei") {
		t.Errorf("two families share the Id %s", id(a, "body"))
	}
}
