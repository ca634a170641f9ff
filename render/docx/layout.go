package docx

import (
	"math"
	"strconv"

	"nianbao/render"
	"nianbao/spec"
)

// twips converts millimetres to twentieths of a point, Word's length unit.
func twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// Page geometry of GB/T 9704-2012 (see spec) in twips: A4, 天头 37 mm,
// 订口 28 mm and a 版心 of 156 × 225 mm, which leaves 26 mm on the right and
// 35 mm at the foot.
var (
	pageW, pageH = twips(spec.PageWidth), twips(spec.PageHeight)
	marginTop    = twips(spec.MarginTop)
	marginLeft   = twips(spec.MarginLeft)
	marginRight  = twips(spec.PageWidth - spec.MarginLeft - spec.TextWidth)
	marginBottom = twips(spec.PageHeight - spec.MarginTop - spec.TextHeight)
	textW        = twips(spec.TextWidth) // 版心 width: tables are this wide
)

// The document grid: 22 lines of 28 characters of 三号 fill the 版心.
const (
	linesPerPage = spec.LinesPerPage
	charsPerLine = spec.CharsPerLine
	bodyPt       = spec.SizeBody // 三号
)

var (
	// linePitch is the grid line, 225 mm / 22 = 28.99 pt, rounded down so
	// that 22 lines always fit.
	linePitch = int(math.Floor(spec.TextHeight * 1440 / 25.4 / linesPerPage))
	// charPitch is one grid character, 156 mm / 28 = 15.79 pt.
	charPitch = spec.TextWidth * 1440 / 25.4 / charsPerLine
	// charSpace is how w:docGrid expresses the character pitch: the
	// difference from the 三号 body size in 4096ths of a point, rounded down
	// so that 28 characters always fit.
	charSpace = int(math.Floor((charPitch/20 - bodyPt) * 4096))
)

// condense is the character spacing of the body text in twips. Body
// paragraphs do not snap to the grid (LibreOffice gives a 16 pt character
// that snaps to a 15.79 pt grid two cells, and breaks lines at 14); −0.3 pt
// makes a 三号 character 15.7 pt, so that Word, WPS and LibreOffice all set
// 28 characters a line on the grid's 版心 without it.
const condense = -6

// Type sizes in half-points, as w:sz takes them.
const (
	sizeTitle = int(2 * spec.SizeTitle) // 二号 22 pt
	sizeBody  = int(2 * spec.SizeBody)  // 三号 16 pt
	sizePage  = int(2 * spec.SizePage)  // 四号 14 pt, page numbers
	sizeTable = int(2 * spec.SizeTable) // 五号 10.5 pt
)

// chars is n grid characters in twips.
func chars(n float64) int { return int(math.Round(n * charPitch)) }

// Fonts by role: the faces GB/T 9704 names. fontTable.xml gives each the
// name Word and WPS resolve on a PC without it (仿宋, 楷体, 黑体, 宋体).
var roleFonts = map[render.Role]string{
	render.RoleTitle: "方正小标宋简体",
	render.RoleBody:  "仿宋_GB2312",
	render.RoleHei:   "黑体",
	render.RoleKai:   "楷体_GB2312",
}

// folioFont sets page numbers: 宋体, as the standard says.
const folioFont = "宋体"

// itoa formats a length.
func itoa(n int) string { return strconv.Itoa(n) }
