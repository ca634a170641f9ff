package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// streamStart is where a compressed stream of fpdf's starts, its length
// in the group.
var streamStart = regexp.MustCompile(`/Filter /FlateDecode /Length (\d+)>>\nstream\n`)

// textState is an operator of the text state a page sets: a font and size
// ("/F… 16.00 Tf") or a character spacing ("-0.207 Tc").
var textState = regexp.MustCompile(`/F\w+ [\d.]+ Tf|-?[\d.]+ Tc`)

// TestTextStateOnce: the text of a page sets its font, size and character
// spacing only when they change (fpdf writes the font at every SetFont,
// and the spacing used to be set and reset around each run), so that no
// operator repeats the state the page already has.
func TestTextStateOnce(t *testing.T) {
	_, data := build(t, "long-2021.yaml")
	pages := 0
	for _, m := range streamStart.FindAllSubmatchIndex(data, -1) {
		n, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		zr, err := zlib.NewReader(bytes.NewReader(data[m[1]:min(m[1]+n, len(data))]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err != nil || !bytes.Contains(content, []byte("Tj ET")) {
			continue // a font file, a map, not a page
		}
		pages++
		// fpdf's AddPage sets the font of the page before, twice; what
		// the renderer writes is from the first text on.
		first := bytes.Index(content, []byte("Tj ET"))
		font, tc := "", "0 Tc"
		for _, op := range textState.FindAllIndex(content, -1) {
			s := string(content[op[0]:op[1]])
			last := &font
			if strings.HasSuffix(s, " Tc") {
				last = &tc
			}
			if s == *last && op[0] > first {
				t.Fatalf("page %d sets %q again", pages, s)
			}
			*last = s
		}
	}
	if pages < 10 {
		t.Fatalf("%d pages of text found", pages)
	}
}
