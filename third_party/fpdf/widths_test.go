package fpdf

import (
	"os"
	"testing"
)

// TestSubsetWidths: a font added as a subset measures text as the same font
// added whole, and the PDF lists the same widths, though it keeps its widths
// by character rather than in a table.
func TestSubsetWidths(t *testing.T) {
	data, err := os.ReadFile("../../fonts/NianbaoKai-Regular-S1.ttf")
	if err != nil {
		t.Skip("the project's fonts are not here:", err)
	}
	const text = "政府信息公开工作年度报告，2025年（A-z）：“一”"
	measure := func(add func(p *Fpdf)) (float64, []int) {
		p := New("P", "mm", "A4", "")
		add(p)
		p.SetFont("kai", "", 16)
		w := p.GetStringWidth(text)
		return w, p.currentFont.widths()
	}
	whole, wholeTable := measure(func(p *Fpdf) { p.AddUTF8FontFromBytes("kai", "", data) })
	sub, subTable := measure(func(p *Fpdf) { p.AddUTF8SubsetFontFromBytes("kai", "", data) })
	if whole == 0 || whole != sub {
		t.Errorf("width of the text: whole font %v, subset %v", whole, sub)
	}
	for _, r := range text {
		if wholeTable[r] != subTable[r] {
			t.Errorf("%q: %d against %d", r, wholeTable[r], subTable[r])
		}
	}
	p := New("P", "mm", "A4", "")
	p.AddUTF8SubsetFontFromBytes("kai", "", data)
	if def := p.fonts[getFontKey("kai", "")]; def.Cw != nil || def.sparse == nil || def.sparse.table != nil {
		t.Error("a subset font made a width table before any text was measured")
	}
}
