package fpdf

import (
	"bytes"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// widthsArray is the /W array of a document's font.
var widthsArray = regexp.MustCompile(`(?s)/W \[(.*?)\]\n/CIDToGIDMap`)

// TestSubsetWidths: a font added as a subset measures text as the same font
// added whole, and its document gives every character the same width in
// its /W array (written as runs, not as the general algorithm's ranges),
// though it keeps its widths by character rather than in a table.
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
	if w, sw := widthsOf(t, wholeW), widthsOf(t, subW); !reflect.DeepEqual(w, sw) || len(w) < 10 {
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

// widthsOf reads a /W array: "first [w1 w2 …]" and "first last w" entries.
func widthsOf(t *testing.T, w []byte) map[int]int {
	t.Helper()
	fields := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(string(w)))
	num := func(i int) int {
		if i >= len(fields) {
			t.Fatalf("/W array cut short: %s", w)
		}
		n, err := strconv.Atoi(fields[i])
		if err != nil {
			t.Fatalf("/W array: %q is not a number in %s", fields[i], w)
		}
		return n
	}
	out := map[int]int{}
	for i := 0; i < len(fields); {
		c := num(i)
		if i+1 < len(fields) && fields[i+1] == "[" {
			i += 2
			for ; i < len(fields) && fields[i] != "]"; i++ {
				out[c] = num(i)
				c++
			}
			i++
			continue
		}
		last, width := num(i+1), num(i+2)
		for ; c <= last; c++ {
			out[c] = width
		}
		i += 3
	}
	return out
}
