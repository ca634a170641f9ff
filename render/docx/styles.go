package docx

import "nianbao/render"

// Paragraph styles. Body text is Word's built-in Normal, which Word and WPS
// show as 正文, and the title the built-in Title, shown as 标题: a clerk's
// new paragraph is body text, and the style gallery reads as it should.
// The headings are styles of their own with outline levels, so they appear
// in the navigation pane.
const (
	styleBody      = "Normal"
	styleTitle     = "Title"
	styleSignature = "Signature"
	styleTable     = "TableText"
	styleFolio     = "Folio"
)

// headingStyles are the style ids of heading levels 1–4 and their names.
var headingStyles = []struct{ id, name string }{
	{"Level1", "一级标题"}, {"Level2", "二级标题"}, {"Level3", "三级标题"}, {"Level4", "四级标题"},
}

// headingStyle is the style id of a heading level.
func headingStyle(level int) string {
	return headingStyles[min(max(level, 1), len(headingStyles))-1].id
}

// fonts writes w:rFonts naming one face for every script.
func fonts(x *xmlw, name string) {
	x.empty("w:rFonts", "w:ascii", name, "w:hAnsi", name, "w:eastAsia", name, "w:cs", name)
}

// size writes w:sz and w:szCs.
func size(x *xmlw, halfPoints int) {
	x.val("w:sz", itoa(halfPoints))
	x.val("w:szCs", itoa(halfPoints))
}

// exactLine sets one grid line of exact height, so every line of text sits
// on the grid whatever the font's own line height.
func exactLine(x *xmlw, before, after int) {
	x.empty("w:spacing", "w:before", itoa(before), "w:after", itoa(after), "w:line", itoa(linePitch), "w:lineRule", "exact")
}

// noIndent clears the body's first-line indent.
func noIndent(x *xmlw) { x.empty("w:ind", "w:firstLineChars", "0", "w:firstLine", "0") }

// stylesXML is word/styles.xml.
func stylesXML() string {
	x := newPart()
	x.open("w:styles", "xmlns:w", nsW)
	x.open("w:docDefaults")
	x.open("w:rPrDefault")
	x.open("w:rPr")
	fonts(x, roleFonts[render.RoleBody])
	size(x, sizeBody)
	x.empty("w:lang", "w:val", "en-US", "w:eastAsia", "zh-CN", "w:bidi", "ar-SA")
	x.close("w:rPr")
	x.close("w:rPrDefault")
	x.open("w:pPrDefault")
	x.open("w:pPr")
	// As in the PDF, no extra space between Chinese and Latin text or digits.
	x.val("w:autoSpaceDE", "0")
	x.val("w:autoSpaceDN", "0")
	x.close("w:pPr")
	x.close("w:pPrDefault")
	x.close("w:docDefaults")

	style(x, styleBody, "Normal", "", func() {
		x.val("w:widowControl", "0")
		x.val("w:overflowPunct", "0") // punctuation stays inside the 版心, as in the PDF
		x.val("w:snapToGrid", "0")    // see condense
		exactLine(x, 0, 0)
		x.empty("w:ind", "w:firstLineChars", "200", "w:firstLine", itoa(chars(2)))
		x.val("w:jc", "both")
	}, func() {
		x.val("w:spacing", itoa(condense))
		// Repeated from the defaults: LibreOffice sizes the grid's
		// character from the Normal style's own size.
		size(x, sizeBody)
	})
	style(x, styleTitle, "Title", styleBody, func() {
		x.empty("w:keepNext")
		x.val("w:snapToGrid", "0")
		exactLine(x, 0, linePitch)
		noIndent(x)
		x.val("w:jc", "center")
	}, func() {
		fonts(x, roleFonts[render.RoleTitle])
		x.val("w:spacing", "0")
		size(x, sizeTitle)
	})
	for i, h := range headingStyles {
		style(x, h.id, h.name, styleBody, func() {
			x.empty("w:keepNext")
			x.val("w:outlineLvl", itoa(i))
		}, func() {
			if role := render.HeadingRole(i + 1); role != render.RoleBody {
				fonts(x, roleFonts[role])
			}
		})
	}
	style(x, styleSignature, "落款", styleBody, func() {
		noIndent(x)
		x.val("w:jc", "right")
	}, nil)
	style(x, styleTable, "表格文字", styleBody, func() {
		x.val("w:snapToGrid", "0")
		x.empty("w:spacing", "w:line", itoa(tableLine), "w:lineRule", "exact")
		noIndent(x)
		x.val("w:jc", "center")
	}, func() {
		x.val("w:spacing", "0")
		size(x, sizeTable)
	})
	style(x, styleFolio, "页码", styleBody, func() {
		x.val("w:snapToGrid", "0")
		x.empty("w:spacing", "w:line", itoa(folioLine), "w:lineRule", "exact")
		noIndent(x)
	}, func() {
		fonts(x, folioFont)
		x.val("w:spacing", "0")
		size(x, sizePage)
	})
	x.close("w:styles")
	return x.String()
}

// style writes a paragraph style; ppr and rpr write its properties, in
// the order the schema requires.
func style(x *xmlw, id, name, basedOn string, ppr, rpr func()) {
	attrs := []string{"w:type", "paragraph", "w:styleId", id}
	if basedOn == "" {
		attrs = append(attrs, "w:default", "1")
	}
	x.open("w:style", attrs...)
	x.val("w:name", name)
	if basedOn != "" {
		x.val("w:basedOn", basedOn)
		x.val("w:next", styleBody)
	}
	x.empty("w:qFormat")
	for _, part := range []struct {
		tag string
		f   func()
	}{{"w:pPr", ppr}, {"w:rPr", rpr}} {
		if part.f != nil {
			x.open(part.tag)
			part.f()
			x.close(part.tag)
		}
	}
	x.close("w:style")
}

// fontTable lists the faces with the names Word and WPS fall back to when
// a face is not installed (w:altName), and the GB2312 character set.
var fontTable = []struct{ name, alt string }{
	{"方正小标宋简体", "宋体"},
	{"仿宋_GB2312", "仿宋"},
	{"仿宋", "FangSong"},
	{"黑体", "SimHei"},
	{"楷体_GB2312", "楷体"},
	{"楷体", "KaiTi"},
	{"宋体", "SimSun"},
}

// fontTableXML is word/fontTable.xml.
func fontTableXML() string {
	x := newPart()
	x.open("w:fonts", "xmlns:w", nsW)
	for _, f := range fontTable {
		x.open("w:font", "w:name", f.name)
		x.val("w:altName", f.alt)
		x.val("w:charset", "86")
		x.val("w:family", "auto")
		x.val("w:pitch", "variable")
		x.close("w:font")
	}
	x.close("w:fonts")
	return x.String()
}

// settingsXML is word/settings.xml: different footers on odd and even
// pages, punctuation not compressed (each mark takes its grid cell), and
// the current layout rules (compatibility mode 15).
func settingsXML() string {
	x := newPart()
	x.open("w:settings", "xmlns:w", nsW)
	x.val("w:defaultTabStop", itoa(chars(1)))
	x.empty("w:evenAndOddHeaders")
	x.val("w:characterSpacingControl", "doNotCompress")
	x.open("w:compat")
	x.empty("w:compatSetting", "w:name", "compatibilityMode", "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15")
	x.close("w:compat")
	x.empty("w:themeFontLang", "w:val", "en-US", "w:eastAsia", "zh-CN")
	x.close("w:settings")
	return x.String()
}
