package spec

// The page of a printed report, as GB/T 9704-2012 (党政机关公文格式) sets a
// 公文 and agencies print their annual reports: A4, a 天头 (top margin) of
// 37 mm and a 订口 (binding margin) of 28 mm around a 版心 (text block) of
// 156 × 225 mm that holds 22 lines of 28 characters of 三号 body text; the
// title in 二号, tables in 五号, page numbers in 四号 7 mm below the 版心.
// The PDF and the Word document are both laid out on it.
const (
	PageWidth, PageHeight = 210.0, 297.0 // mm, A4
	MarginTop             = 37.0         // mm, 天头
	MarginLeft            = 28.0         // mm, 订口
	TextWidth, TextHeight = 156.0, 225.0 // mm, 版心
	LinesPerPage          = 22
	CharsPerLine          = 28
	FolioDrop             = 7.0 // mm from the foot of the 版心 to the page number's line

	SizeTitle = 22.0 // pt, 二号
	SizeBody  = 16.0 // pt, 三号
	SizePage  = 14.0 // pt, 四号: page numbers
	SizeTable = 10.5 // pt, 五号
)
