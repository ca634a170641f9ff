package testtool

import (
	"encoding/xml"
	"os/exec"
	"strings"
	"testing"
)

// Layout is a PDF's text as pdftotext -bbox-layout places it, in points
// from the top left of each page.
type Layout struct {
	Pages []struct {
		Width  float64 `xml:"width,attr"`
		Height float64 `xml:"height,attr"`
		Lines  []Line  `xml:"flow>block>line"`
	} `xml:"body>doc>page"`
}

// Line is a line of text and its box.
type Line struct {
	XMin  float64  `xml:"xMin,attr"`
	YMin  float64  `xml:"yMin,attr"`
	XMax  float64  `xml:"xMax,attr"`
	YMax  float64  `xml:"yMax,attr"`
	Words []string `xml:"word"`
}

// Text is the line's words joined without spaces, as Chinese is read.
func (l Line) Text() string { return strings.Join(l.Words, "") }

// ReadLayout runs pdftotext -bbox-layout on the PDF file at path.
func ReadLayout(t testing.TB, pdftotext, path string) Layout {
	t.Helper()
	out, err := exec.Command(pdftotext, "-bbox-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	var l Layout
	if err := xml.Unmarshal(out, &l); err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return l
}
