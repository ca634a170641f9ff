package docx

import (
	"strings"

	"nianbao/render"
)

// run is a piece of text in one face. font "" keeps the style's face.
type run struct {
	text  string
	font  string
	brk   bool // a line break before the text
	field bool // text is a field instruction (PAGE)
}

// documentXML is word/document.xml: the title, the blocks in order, the
// signature, and the section that sets the page.
func documentXML(d *render.Document) string {
	x := newPart()
	x.open("w:document", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:body")
	title(x, d.TitleLines)
	for i, b := range d.Blocks {
		air := airAround(x, d.Blocks, i)
		switch b := b.(type) {
		case *render.Heading:
			text := b.Number + b.Text
			para(x, headingStyle(b.Level), wrapWords(x, text, air), run{text: text})
		case *render.Paragraph:
			para(x, styleBody, wrapWords(x, b.Text, air), run{text: b.Text})
		case *render.Table:
			table(x, b)
		}
	}
	signature(x, d.Signature)
	section(x)
	x.close("w:body")
	x.close("w:document")
	return x.String()
}

// tableAir is the space the PDF leaves above and below a table: a quarter
// of a line.
var tableAir = linePitch / 4

// airAround returns the direct spacing of the text block at i that keeps
// a quarter line between it and a table next to it, or nil.
func airAround(x *xmlw, blocks []render.Block, i int) func() {
	isTable := func(j int) bool {
		if j < 0 || j >= len(blocks) {
			return false
		}
		_, ok := blocks[j].(*render.Table)
		return ok
	}
	before, after := isTable(i-1), isTable(i+1)
	if !before && !after {
		return nil
	}
	return func() {
		var attrs []string
		if before {
			attrs = append(attrs, "w:before", itoa(tableAir))
		}
		if after {
			attrs = append(attrs, "w:after", itoa(tableAir))
		}
		x.empty("w:spacing", attrs...)
	}
}

// title writes the title as one paragraph, its display lines separated by
// line breaks.
func title(x *xmlw, lines []string) {
	var runs []run
	for i, l := range lines {
		runs = append(runs, run{text: l, brk: i > 0})
	}
	para(x, styleTitle, nil, runs...)
}

// signature writes the agency and the date after a blank line, as GB/T 9704
// sets them: the date four characters in from the right edge, the agency
// centred over the date.
func signature(x *xmlw, s render.Signature) {
	right := 4.0
	agency := right + (render.Cells(s.Date)-render.Cells(s.Agency))/2
	if s.Date == "" {
		agency = right
	}
	lines := []struct {
		text   string
		indent float64
	}{{s.Agency, max(agency, 0)}, {s.Date, right}}
	first := true
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		before, keep := 0, i == 0 && s.Date != ""
		if first {
			before, first = linePitch, false
		}
		para(x, styleSignature, func() {
			if keep {
				x.empty("w:keepNext")
			}
			x.empty("w:spacing", "w:before", itoa(before))
			x.empty("w:ind", "w:right", itoa(chars(l.indent)))
		}, run{text: l.text})
	}
}

// para writes a paragraph of a style; ppr writes its direct properties
// (in schema order, after the style), if any.
func para(x *xmlw, style string, ppr func(), runs ...run) {
	x.open("w:p")
	x.open("w:pPr")
	x.val("w:pStyle", style)
	if ppr != nil {
		ppr()
	}
	x.close("w:pPr")
	for _, r := range runs {
		writeRun(x, r)
	}
	x.close("w:p")
}

// writeRun writes a run of text, or a field.
func writeRun(x *xmlw, r run) {
	if r.field {
		field(x, r)
		return
	}
	x.open("w:r")
	runProps(x, r.font)
	if r.brk {
		x.empty("w:br")
	}
	if r.text != "" {
		attrs := []string{}
		if strings.TrimSpace(r.text) != r.text {
			attrs = []string{"xml:space", "preserve"}
		}
		x.elem("w:t", r.text, attrs...)
	}
	x.close("w:r")
}

// runProps writes a run's face, if it is not the style's.
func runProps(x *xmlw, font string) {
	if font != "" {
		x.open("w:rPr")
		fonts(x, font)
		x.close("w:rPr")
	}
}

// field writes a complex field with its current result, so that a reader
// that does not update fields still shows a number.
func field(x *xmlw, r run) {
	parts := []func(){
		func() { x.empty("w:fldChar", "w:fldCharType", "begin") },
		func() { x.elem("w:instrText", " "+r.text+" ", "xml:space", "preserve") },
		func() { x.empty("w:fldChar", "w:fldCharType", "separate") },
		func() { x.elem("w:t", "1") },
		func() { x.empty("w:fldChar", "w:fldCharType", "end") },
	}
	for _, p := range parts {
		x.open("w:r")
		runProps(x, r.font)
		p()
		x.close("w:r")
	}
}
