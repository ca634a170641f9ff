// Package docx draws a render.Document as a Word document (.docx) in the
// layout of GB/T 9704-2012, for the office's own editing and sign-off: A4,
// the 版心 as margins, a document grid of 22 lines × 28 characters, named
// paragraph styles in the faces the standard names, page numbers "— 1 —" in
// different odd and even footers, and the official tables with their merges.
//
// The WordprocessingML is written here with encoding/xml's escaping and
// archive/zip: no maintained Go library writes odd and even footers, the
// document grid and vertical merges together with a byte-identical package.
package docx

import (
	"io"
	"strings"
	"time"

	"nianbao/internal/zippkg"
	"nianbao/render"
)

// Options control a document.
type Options struct {
	Date time.Time // created and modified date, and the zip entries' time; never the clock
}

// part is one file of the package.
type part struct {
	name, contentType, text string
}

// Content types of the parts.
const (
	ctMain     = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctStyles   = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctSettings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	ctFonts    = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
	ctFooter   = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	ctCore     = "application/vnd.openxmlformats-package.core-properties+xml"
	ctApp      = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
)

// Relationship types.
const (
	relBase     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relCore     = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relDocument = relBase + "officeDocument"
	relApp      = relBase + "extended-properties"
	relStyles   = relBase + "styles"
	relSettings = relBase + "settings"
	relFonts    = relBase + "fontTable"
	relFooter   = relBase + "footer"
)

// Write draws d to w as a .docx package.
func Write(w io.Writer, d *render.Document, opt Options) error {
	parts := []part{
		{"word/document.xml", ctMain, documentXML(d)},
		{"word/styles.xml", ctStyles, stylesXML()},
		{"word/settings.xml", ctSettings, settingsXML()},
		{"word/fontTable.xml", ctFonts, fontTableXML()},
		{"word/footer1.xml", ctFooter, footerXML(true)},
		{"word/footer2.xml", ctFooter, footerXML(false)},
		{"docProps/core.xml", ctCore, coreXML(d, opt.Date)},
		{"docProps/app.xml", ctApp, appXML(d)},
	}
	files := []part{
		{name: "[Content_Types].xml", text: contentTypes(parts)},
		{name: "_rels/.rels", text: rels([]relation{
			{"rId1", relDocument, "word/document.xml"}, {"rId2", relCore, "docProps/core.xml"}, {"rId3", relApp, "docProps/app.xml"},
		})},
		{name: "word/_rels/document.xml.rels", text: rels([]relation{
			{"rId1", relStyles, "styles.xml"}, {"rId2", relSettings, "settings.xml"}, {"rId3", relFonts, "fontTable.xml"},
			{ridOddFooter, relFooter, "footer1.xml"}, {ridEvenFooter, relFooter, "footer2.xml"},
		})},
	}
	return writeZip(w, append(files, parts...), opt.Date)
}

// writeZip writes the files in the given order, each with the same time,
// so that the same document gives the same bytes.
func writeZip(w io.Writer, files []part, date time.Time) error {
	parts := make([]zippkg.Part, len(files))
	for i, f := range files {
		parts[i] = zippkg.Part{Name: f.name, Data: []byte(f.text)}
	}
	return zippkg.Write(w, parts, date)
}

// contentTypes is [Content_Types].xml.
func contentTypes(parts []part) string {
	x := newPart()
	x.open("Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")
	x.empty("Default", "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml")
	x.empty("Default", "Extension", "xml", "ContentType", "application/xml")
	for _, p := range parts {
		x.empty("Override", "PartName", "/"+p.name, "ContentType", p.contentType)
	}
	x.close("Types")
	return x.String()
}

// relation is one relationship of a part: its id, type and target.
type relation struct{ id, typ, target string }

// rels is a relationships part.
func rels(list []relation) string {
	x := newPart()
	x.open("Relationships", "xmlns", nsRel)
	for _, r := range list {
		x.empty("Relationship", "Id", r.id, "Type", r.typ, "Target", r.target)
	}
	x.close("Relationships")
	return x.String()
}

// coreXML is docProps/core.xml: title, subject, author (the agency),
// keywords, language and the dates.
func coreXML(d *render.Document, date time.Time) string {
	stamp := date.UTC().Format(time.RFC3339)
	x := newPart()
	x.open("cp:coreProperties",
		"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
		"xmlns:dc", "http://purl.org/dc/elements/1.1/",
		"xmlns:dcterms", "http://purl.org/dc/terms/",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
	x.elem("dc:title", d.Title)
	x.elem("dc:subject", d.Meta.Subject)
	x.elem("dc:creator", d.Meta.Agency)
	x.elem("cp:keywords", strings.Join(d.Meta.Keywords, " "))
	x.elem("dc:description", "由 "+d.Meta.Creator+" 生成")
	x.elem("cp:lastModifiedBy", d.Meta.Creator)
	x.elem("dc:language", d.Lang)
	x.elem("dcterms:created", stamp, "xsi:type", "dcterms:W3CDTF")
	x.elem("dcterms:modified", stamp, "xsi:type", "dcterms:W3CDTF")
	x.close("cp:coreProperties")
	return x.String()
}

// appXML is docProps/app.xml: the application that wrote the file.
func appXML(d *render.Document) string {
	x := newPart()
	x.open("Properties", "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
	x.elem("Application", d.Meta.Creator)
	x.close("Properties")
	return x.String()
}
