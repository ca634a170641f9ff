package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// The printed page: A4 with Excel's "normal" margins, in inches.
const (
	paperW, paperH = 210 / 25.4, 297 / 25.4
	marginSide     = 0.7
	marginEnd      = 0.75 // top and bottom
	marginBand     = 0.3  // header and footer
	// pxPerWidth is what a unit of column width measures at 96 dpi: the
	// widest digit of the workbook's default font (Calibri or its metric
	// twin Carlito, 11 pt).
	pxPerWidth = 7.0
	ptPerWidth = pxPerWidth * 72 / 96
	// fill is the share of the printable width a table is sized to, a
	// little under all of it so that rounding never pushes it over.
	fill = 0.97
)

// printable returns the printable width of a page in units of column width
// and its printable height in points.
func printable(landscape bool) (width, height float64) {
	w, h := paperW, paperH
	if landscape {
		w, h = h, w
	}
	return (w - 2*marginSide) * 96 / pxPerWidth, (h - 2*marginEnd) * 72
}

// fitWidths stretches the columns, in proportion, until the table fills
// the printable width; when it is then taller than the page, which prints
// it smaller, it widens them further so that it fills the width at that
// size. adjust corrects scaled widths, keeping their sum; height measures
// the table for given widths (points).
func fitWidths(widths []float64, landscape bool, adjust func([]float64) []float64, height func([]float64) float64) []float64 {
	pw, ph := printable(landscape)
	target := pw * fill
	out := widths
	for range 8 {
		// measured as the workbook keeps them, so that the labels broken
		// for the height are those written
		out = excelWidths(adjust(scaled(widths, target/sum(widths))))
		h := height(out)
		if h <= ph {
			break
		}
		target = pw * fill * h / ph
	}
	return out
}

// excelWidths rounds column widths up to what a workbook keeps, 1/256 of a
// character, so that what was measured to fit still fits: the same
// workbook on every platform (arm64 and loong64 fuse multiplications and
// additions, and so differ from amd64 in the last digits of a float; a
// width a whole number of 1/256 but for such a difference stays as it is).
func excelWidths(ws []float64) []float64 {
	out := make([]float64, len(ws))
	for i, w := range ws {
		out[i] = math.Ceil(w*256-1e-6) / 256
	}
	return out
}

func scaled(ws []float64, k float64) []float64 {
	out := make([]float64, len(ws))
	for i, w := range ws {
		out[i] = w * k
	}
	return out
}

func sum(ws []float64) float64 {
	s := 0.0
	for _, w := range ws {
		s += w
	}
	return s
}

// tableHeight is the height of a table sheet as printed: the title rows and
// every row of the table (points), the labels broken through texts.
func tableHeight(places [][]render.Place, widths []float64, texts labelTexts) float64 {
	h := titleHeight + nameHeight
	for _, row := range places {
		h += rowsHeight(row, widths, texts)
	}
	return h
}

// printSetup prints the sheet on A4 with normal margins, centred, one page
// wide, its first titleRows repeated on every page, the agency and page
// numbers in the footer.
func printSetup(f *excelize.File, sheet, agency string, titleRows int, landscape bool) error {
	orientation := "portrait"
	if landscape {
		orientation = "landscape"
	}
	size, one, zero := 9, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	side, end, band, centred := marginSide, marginEnd, marginBand, true
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &end, Bottom: &end,
		Header: &band, Footer: &band, Horizontally: &centred}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: boolPtr(true)}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$%d", sheet, titleRows), Scope: sheet}); err != nil {
		return err
	}
	footer := "&L" + footerText(agency) + "&C第 &P 页，共 &N 页"
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer, EvenFooter: footer})
}

// fitOnePage prints a table sheet on a single page.
func fitOnePage(f *excelize.File, sheet string) error {
	one := 1
	return f.SetPageLayout(sheet, &excelize.PageLayoutOptions{FitToHeight: &one})
}

// hideData keeps the data sheet out of print: a printed workbook is the
// three tables, and its footers count their pages only. The sheet stays in
// the workbook, hidden (Excel and WPS: 取消隐藏).
func hideData(f *excelize.File) error {
	return f.SetSheetVisible(DataSheet, false)
}

// maxFooterAgency is how much of the agency's name a page footer holds:
// Excel's footer holds 255 characters in all.
const maxFooterAgency = 60

// footerText is the agency's name as a footer shows it: "&" escaped, a name
// too long for a footer shortened with "…".
func footerText(agency string) string {
	if r := []rune(agency); len(r) > maxFooterAgency {
		agency = string(r[:maxFooterAgency-1]) + "…"
	}
	return strings.ReplaceAll(agency, "&", "&&")
}
