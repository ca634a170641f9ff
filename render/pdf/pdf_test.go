package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"nianbao/internal/testtool"
	"nianbao/render"
)

var reports = []string{"example-2021.yaml", "qiaokou-2020.yaml", "bad/pdf-syntax.yaml"}

// build renders a test report to PDF bytes.
func build(t testing.TB, name string) (*render.Document, []byte) {
	t.Helper()
	d := testtool.Document(t, name)
	var b bytes.Buffer
	if err := Write(&b, d, Options{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	return d, b.Bytes()
}

// writeTemp writes a PDF for the command-line tools.
func writeTemp(t *testing.T, data []byte) string {
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func TestDeterministic(t *testing.T) {
	for _, name := range reports {
		_, a := build(t, name)
		_, b := build(t, name)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", name)
		}
	}
}

func TestQpdfCheck(t *testing.T) {
	qpdf := testtool.Need(t, "qpdf", "apt-get install qpdf")
	for _, name := range reports {
		_, data := build(t, name)
		if out := command(t, qpdf, "--check", writeTemp(t, data)); !strings.Contains(out, "No syntax or stream encoding errors found") {
			t.Errorf("%s: %s", name, out)
		}
	}
}

func TestFontsEmbedded(t *testing.T) {
	pdffonts := testtool.Need(t, "pdffonts", "apt-get install poppler-utils")
	_, data := build(t, "example-2021.yaml")
	out := command(t, pdffonts, writeTemp(t, data))
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(lines) != 4 {
		t.Errorf("want the four faces:\n%s", out)
	}
	// Each face is named as it is (a subset tag, "+", its PostScript name),
	// marked a subset, embedded, with a Unicode map.
	named := regexp.MustCompile(`^[A-Z]{6}\+(NotoSerifSC-Regular|NotoSerifSC-Bold|NotoSansSC-Medium|NianbaoKai-Regular) +CID TrueType +Identity-H +yes +yes +yes\b`)
	seen := map[string]bool{}
	for _, l := range lines {
		m := named.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("font not embedded as a named Unicode subset: %s", l)
			continue
		}
		seen[m[1]] = true
	}
	if len(seen) != 4 {
		t.Errorf("want four distinct faces:\n%s", out)
	}
}

// hanzi returns the Han characters of s in order.
func hanzi(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			out = append(out, r)
		}
	}
	return out
}

// TestTextComplete: every Han character of the prose comes back from
// pdftotext, in order, and the document has as many Han characters as were
// drawn (fpdf's MultiCell would drop one at every line break).
func TestTextComplete(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
	pdfinfo := testtool.Need(t, "pdfinfo", "apt-get install poppler-utils")
	for _, name := range reports {
		d, data := build(t, name)
		path := writeTemp(t, data)
		got := hanzi(command(t, pdftotext, "-enc", "UTF-8", path, "-"))
		var prose strings.Builder
		prose.WriteString(d.Title)
		for _, b := range d.Blocks {
			switch b := b.(type) {
			case *render.Paragraph:
				prose.WriteString(b.Text)
			case *render.Heading:
				prose.WriteString(b.Number + b.Text)
			}
		}
		want := hanzi(prose.String())
		i := 0
		for _, r := range got {
			if i < len(want) && r == want[i] {
				i++
			}
		}
		if i != len(want) {
			t.Errorf("%s: prose character %d (%c) of %d not found in order", name, i, want[i], len(want))
		}
		l := newLayout(mustFonts(t))
		l.document(d)
		drawn := 0
		for _, o := range l.ops {
			if o.kind == opText {
				drawn += len(hanzi(o.text))
			}
		}
		if len(got) != drawn {
			t.Errorf("%s: pdftotext has %d Han characters, %d were drawn", name, len(got), drawn)
		}
		info := command(t, pdfinfo, path)
		if !strings.Contains(info, "Page size:       595.28 x 841.89 pts (A4)") || !strings.Contains(info, "Pages:           "+strconv.Itoa(l.page)+"\n") {
			t.Errorf("%s: pages or size wrong:\n%s", name, info)
		}
		for _, want := range []string{"Title:           " + d.Title, "Author:          " + d.Meta.Agency, "Creator:         nianbao"} {
			if !strings.Contains(info, want) {
				t.Errorf("%s: metadata %q missing", name, want)
			}
		}
	}
}

func mustFonts(t *testing.T) *Fonts {
	f, err := DefaultFonts()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestGeometry reads text positions: the left margin is 28 mm, the first
// line sits below the 37 mm top margin, body lines (16 pt) hold at most 28
// characters and a page at most 22 of them, page numbers below the block.
func TestGeometry(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
	for _, name := range reports {
		_, data := build(t, name)
		doc := testtool.ReadLayout(t, pdftotext, writeTemp(t, data))
		mm := func(pt float64) float64 { return pt / ptPerMM }
		minX, fullLines := 1000.0, 0
		for p, page := range doc.Pages {
			body := 0
			for i, ln := range page.Lines {
				h := ln.YMax - ln.YMin
				text := ln.Text()
				if centre := mm(ln.YMin+ln.YMax) / 2; p == 0 && i == 0 && (centre < marginTop || centre > marginTop+pitch) {
					t.Errorf("%s: first line centred at %.1f mm, not on the first line of the text block", name, centre)
				}
				if mm(ln.YMin) > bottom()+5 { // page number
					if !regexp.MustCompile(`^—\d+—$`).MatchString(text) {
						t.Errorf("%s p%d: %q below the text block", name, p+1, text)
					}
					continue
				}
				if h < 20 || h > 26 { // not a 16 pt body line (poppler boxes are 1.44 em tall)
					continue
				}
				body++
				minX = min(minX, mm(ln.XMin))
				if n := render.Cells(text); n > charsPerLine {
					t.Errorf("%s p%d: %.1f characters on a line: %s", name, p+1, n, text)
				}
				if mm(ln.XMax-ln.XMin) > textW-1 {
					fullLines++
					if mm(ln.XMax) > marginLeft+textW+0.5 {
						t.Errorf("%s p%d: line ends at %.1f mm, beyond the right margin", name, p+1, mm(ln.XMax))
					}
				}
			}
			if body > linesPerPage {
				t.Errorf("%s p%d: %d body lines", name, p+1, body)
			}
		}
		if minX < marginLeft-0.5 || minX > marginLeft+0.5 {
			t.Errorf("%s: left margin %.1f mm", name, minX)
		}
		if fullLines < 10 {
			t.Errorf("%s: only %d justified full lines", name, fullLines)
		}
	}
}

func TestGlyphMissing(t *testing.T) {
	d, _ := build(t, "example-2021.yaml")
	d.Blocks = append(d.Blocks, &render.Paragraph{Text: "吉祥的𠮷"})
	err := Write(&bytes.Buffer{}, d, Options{})
	if ge, ok := err.(*GlyphError); !ok || ge.Runes[0] != 0x20BB7 {
		t.Errorf("err = %v", err)
	}
}

func TestCustomFont(t *testing.T) {
	if _, err := LoadFonts(map[render.Role]FontFile{render.RoleBody: {Name: "x.ttc", Data: []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x00")}}); err == nil || !strings.Contains(err.Error(), "TTC") {
		t.Errorf("TTC accepted: %v", err)
	}
	if _, err := LoadFonts(map[render.Role]FontFile{render.RoleBody: {Name: "x.otf", Data: []byte("OTTO\x00\x01\x00\x00\x00\x00\x00\x00")}}); err == nil || !strings.Contains(err.Error(), "CFF") {
		t.Errorf("CFF accepted: %v", err)
	}
	kai, err := os.ReadFile("../../fonts/NianbaoKai-Regular-S1.ttf")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := LoadFonts(map[render.Role]FontFile{render.RoleBody: {Name: "kai.ttf", Data: kai}})
	if err != nil || fs.faces[render.RoleBody].index != nil || !fs.Has(render.RoleBody, '楷') {
		t.Errorf("a TrueType font for the body: %v", err)
	}
}

// TestFontsCoverLabels: every label the tables print is in the fonts.
func TestFontsCoverLabels(t *testing.T) {
	fs := mustFonts(t)
	for _, name := range reports {
		d, _ := build(t, name)
		for _, b := range d.Blocks {
			tb, ok := b.(*render.Table)
			if !ok {
				continue
			}
			for _, row := range tb.Rows() {
				for _, c := range row {
					for _, r := range c.Text {
						if !fs.Has(c.TextRole(), r) {
							t.Errorf("%c of %q missing", r, c.Text)
						}
					}
				}
			}
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	d, _ := build(b, "example-2021.yaml")
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPDFSyntaxInText: parentheses, backslashes and PDF keywords in prose
// are text, not syntax.
func TestPDFSyntaxInText(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
	_, data := build(t, "bad/pdf-syntax.yaml")
	out := command(t, pdftotext, "-enc", "UTF-8", writeTemp(t, data), "-")
	if !strings.Contains(strings.Join(strings.Fields(out), " "), `括号) ( \\ \) %%EOF endstream >> <<`) {
		t.Errorf("text not found:\n%s", out[len(out)-400:])
	}
}

// TestHeadingsKeptWithNext: no page ends with a heading; what follows a
// heading starts on the same page.
func TestHeadingsKeptWithNext(t *testing.T) {
	for _, name := range reports {
		d, _ := build(t, name)
		l := newLayout(mustFonts(t))
		l.document(d)
		headings := map[string]bool{}
		for _, b := range d.Blocks {
			if h, ok := b.(*render.Heading); ok {
				headings[h.Number+h.Text] = true
			}
		}
		last := map[int]op{}
		for _, o := range l.ops {
			if o.kind == opText && o.y < bottom() { // page numbers sit below the block
				if prev, ok := last[o.page]; !ok || o.y >= prev.y {
					last[o.page] = o
				}
			}
		}
		for page, o := range last {
			if headings[o.text] && page < l.page {
				t.Errorf("%s: page %d ends with the heading %q", name, page, o.text)
			}
		}
	}
}
