package docx

import (
	"encoding/xml"
	"strings"
)

// xmlHeader starts every part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces of the parts.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// xmlw builds the text of a part. Element names and attribute names are
// the package's own constants; every attribute value and every text goes
// through xml.EscapeText, which also replaces characters XML cannot hold.
type xmlw struct {
	strings.Builder
}

// newPart starts a part with the XML declaration.
func newPart() *xmlw {
	x := &xmlw{}
	x.WriteString(xmlHeader)
	return x
}

// open writes a start tag; attrs are name, value pairs.
func (x *xmlw) open(name string, attrs ...string) { x.tag(name, attrs, false) }

// empty writes an empty element.
func (x *xmlw) empty(name string, attrs ...string) { x.tag(name, attrs, true) }

// close writes an end tag.
func (x *xmlw) close(name string) {
	x.WriteString("</")
	x.WriteString(name)
	x.WriteByte('>')
}

// elem writes an element holding text.
func (x *xmlw) elem(name, text string, attrs ...string) {
	x.open(name, attrs...)
	x.text(text)
	x.close(name)
}

// val writes an element whose only attribute is w:val, the common shape of
// a WordprocessingML property.
func (x *xmlw) val(name, v string) { x.empty(name, "w:val", v) }

// text writes escaped character data.
func (x *xmlw) text(s string) {
	_ = xml.EscapeText(x, []byte(s)) // a strings.Builder does not fail
}

func (x *xmlw) tag(name string, attrs []string, empty bool) {
	if len(attrs)%2 != 0 {
		panic("docx: odd attribute list for " + name)
	}
	x.WriteByte('<')
	x.WriteString(name)
	for i := 0; i < len(attrs); i += 2 {
		x.WriteByte(' ')
		x.WriteString(attrs[i])
		x.WriteString(`="`)
		x.text(attrs[i+1])
		x.WriteByte('"')
	}
	if empty {
		x.WriteByte('/')
	}
	x.WriteByte('>')
}
