package docx

import "nianbao/spec"

// Relationship ids of the parts document.xml refers to.
const (
	ridOddFooter  = "rIdFooterOdd"
	ridEvenFooter = "rIdFooterEven"
)

// section writes the page: A4, the 版心 margins, the odd and even footers
// and the grid of 22 lines × 28 characters.
func section(x *xmlw) {
	x.open("w:sectPr")
	x.empty("w:footerReference", "w:type", "default", "r:id", ridOddFooter)
	x.empty("w:footerReference", "w:type", "even", "r:id", ridEvenFooter)
	x.empty("w:pgSz", "w:w", itoa(pageW), "w:h", itoa(pageH))
	x.empty("w:pgMar", "w:top", itoa(marginTop), "w:right", itoa(marginRight), "w:bottom", itoa(marginBottom),
		"w:left", itoa(marginLeft), "w:header", itoa(twips(15)), "w:footer", itoa(footerDistance), "w:gutter", "0")
	x.empty("w:cols", "w:space", "425")
	x.empty("w:docGrid", "w:type", "linesAndChars", "w:linePitch", itoa(linePitch), "w:charSpace", itoa(charSpace))
	x.close("w:sectPr")
}

// folioLine is the height of the page number's line: 1.5 × 四号.
const folioLine = sizePage * 10 * 3 / 2

// footerDistance puts the page number 7 mm below the 版心, where the PDF
// has it: the footer's lower edge is this far above the foot of the page.
// The digits begin about 2 mm below the top of their line (LibreOffice with
// the PDF's fonts; 宋体 in Word sits a little lower), so the line starts
// 2 mm higher.
var footerDistance = twips(spec.PageHeight-spec.MarginTop-spec.TextHeight-spec.FolioDrop+2) - folioLine

// footerXML is a footer part holding the page number "— N —" in 四号 宋体,
// one character in from the right edge (odd pages) or the left (even).
func footerXML(odd bool) string {
	x := newPart()
	x.open("w:ftr", "xmlns:w", nsW, "xmlns:r", nsR)
	in := itoa(sizePage * 10) // one 四号 character
	para(x, styleFolio, func() {
		if odd {
			x.empty("w:ind", "w:right", in)
			x.val("w:jc", "right")
		} else {
			x.empty("w:ind", "w:left", in)
			x.val("w:jc", "left")
		}
	}, run{text: "— "}, run{text: "PAGE", field: true}, run{text: " —"})
	x.close("w:ftr")
	return x.String()
}
