package fpdf

import (
	"bytes"
	"os"
	"regexp"
	"testing"
)

// widthsArray is the /W array of a document's font.
var widthsArray = regexp.MustCompile(`(?s)/W \[(.*?)\]\n/CIDToGIDMap`)

// TestSubsetWidths: a font added as a subset measures text as the same font
// added whole, and its document lists the same widths (/W), though it keeps
// its widths by character rather than in a table.
func TestSubsetWidths(t *testing.T) {
	data, err := os.ReadFile("../../fonts/NianbaoKai-Regular-S1.ttf")
	if err != nil {
		t.Skip("the project's fonts are not here:", err)
	}
	const text = "政府信息公开工作年度报告，2025年（A-z）：“一”"
	measure := func(add func(p *Fpdf)) (float64, []int, []byte) {
		p := New("P", "mm", "A4", "")
		add(p)
		p.SetFont("kai", "", 16)
		w, table := p.GetStringWidth(text), p.currentFont.widths()
		p.AddPage()
		p.Cell(0, 10, text)
		var doc bytes.Buffer
		if err := p.Output(&doc); err != nil {
			t.Fatal(err)
		}
		m := widthsArray.FindSubmatch(doc.Bytes())
		if m == nil || len(bytes.Fields(m[1])) < 10 {
			t.Fatalf("no /W array of the font: %q", m)
		}
		return w, table, m[1]
	}
	whole, wholeTable, wholeW := measure(func(p *Fpdf) { p.AddUTF8FontFromBytes("kai", "", data) })
	sub, subTable, subW := measure(func(p *Fpdf) { p.AddUTF8SubsetFontFromBytes("kai", "", data) })
	if whole == 0 || whole != sub {
		t.Errorf("width of the text: whole font %v, subset %v", whole, sub)
	}
	for _, r := range text {
		if wholeTable[r] != subTable[r] {
			t.Errorf("%q: %d against %d", r, wholeTable[r], subTable[r])
		}
	}
	if !bytes.Equal(wholeW, subW) {
		t.Errorf("/W of the whole font:\n%s\nof the subset:\n%s", wholeW, subW)
	}
	p := New("P", "mm", "A4", "")
	p.AddUTF8SubsetFontFromBytes("kai", "", data)
	if def := p.fonts[getFontKey("kai", "")]; def.Cw != nil || def.sparse == nil || def.sparse.table != nil {
		t.Error("a subset font made a width table before any text was measured")
	}
}

// TestWidthBeyondTable: a character past the width table (U+10000 and
// above) measures as a missing glyph; upstream's bounds test indexed one
// past the end of the table at U+10000.
func TestWidthBeyondTable(t *testing.T) {
	data, err := os.ReadFile("../../fonts/NianbaoKai-Regular-S1.ttf")
	if err != nil {
		t.Skip("the project's fonts are not here:", err)
	}
	p := New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("kai", "", data)
	p.SetFont("kai", "", 16)
	missing := p.currentFont.Desc.MissingWidth
	for _, s := range []string{"\U00010000", "\U00020BB7"} {
		if got := p.GetStringSymbolWidth(s); got != missing {
			t.Errorf("%U: width %d, want the missing width %d", []rune(s)[0], got, missing)
		}
	}
}
