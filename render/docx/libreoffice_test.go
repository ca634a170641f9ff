package docx

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"nianbao/internal/testtool"
	"nianbao/render"
)

// substitutes are the open fonts the PDF draws each face with; the test
// makes LibreOffice find them under the names the document uses, as an
// office PC finds the licensed faces.
var substitutes = map[string]string{
	"方正小标宋简体":   "Noto Serif SC:bold",
	"仿宋_GB2312": "Noto Serif SC", "仿宋": "Noto Serif SC", "FangSong": "Noto Serif SC",
	"宋体": "Noto Serif SC", "SimSun": "Noto Serif SC",
	"黑体": "Noto Sans SC", "SimHei": "Noto Sans SC",
	"楷体_GB2312": "Nianbao Kai", "楷体": "Nianbao Kai", "KaiTi": "Nianbao Kai",
}

// fontsConf writes a fontconfig file that holds only the project's fonts
// and maps the faces of the document to them.
func fontsConf(t *testing.T, dir string) string {
	fonts, err := filepath.Abs(filepath.Join("..", "..", "fonts"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\"?>\n<fontconfig>\n<dir>%s</dir>\n<cachedir>%s</cachedir>\n", fonts, filepath.Join(dir, "cache"))
	for name, sub := range substitutes {
		family, bold, _ := strings.Cut(sub, ":")
		fmt.Fprintf(&b, "<match target=\"pattern\"><test name=\"family\"><string>%s</string></test>"+
			"<edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>%s</string></edit>", name, family)
		if bold != "" {
			b.WriteString("<edit name=\"weight\" mode=\"assign\" binding=\"strong\"><const>bold</const></edit>")
		}
		b.WriteString("</match>\n")
	}
	b.WriteString("</fontconfig>\n")
	path := filepath.Join(dir, "fonts.conf")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// convert turns the documents into PDFs with LibreOffice Writer, in one run.
func convert(t *testing.T, docs map[string][]byte) (dir string) {
	soffice := testtool.Need(t, "soffice", "apt-get install libreoffice-writer")
	dir = t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir}
	for name, data := range docs {
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	cmd := exec.Command(soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir, "FONTCONFIG_FILE="+fontsConf(t, dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return dir
}

// bline is a line of text on a page, in millimetres.
type bline struct {
	x0, y0, x1, y1 float64
	size           float64 // the type size, pt
	text           string
	words          []string
}

// pdfLines reads the lines of every page, top to bottom.
func pdfLines(t *testing.T, pdftotext, path string) [][]bline {
	doc := testtool.ReadLayout(t, pdftotext, path)
	mm := func(pt float64) float64 { return pt * 25.4 / 72 }
	var pages [][]bline
	for _, p := range doc.Pages {
		if p.Width < 594 || p.Width > 597 || p.Height < 841 || p.Height > 843 {
			t.Errorf("%s: page %.1f × %.1f pt, not A4", path, p.Width, p.Height)
		}
		var lines []bline
		for _, l := range p.Lines {
			// LibreOffice's boxes are 1.3 em tall with the fonts of the test.
			lines = append(lines, bline{mm(l.XMin), mm(l.YMin), mm(l.XMax), mm(l.YMax), (l.YMax - l.YMin) / 1.3, l.Text(), l.Words})
		}
		pages = append(pages, lines)
	}
	return pages
}

// The 版心 in millimetres, and the grid pitch.
const (
	blockLeft, blockTop, blockW, blockH = 28.0, 37.0, 156.0, 225.0
	pitchMM                             = blockH / linesPerPage
	folioMM                             = 14 * 25.4 / 72 // one 四号 character
)

var folioText = regexp.MustCompile(`^—(\d+)—$`)

// TestLibreOffice converts the documents with a real word processor and
// measures the PDF's text layer: A4; text inside the 版心 (within 1 mm);
// full pages of 22 lines on the grid; full lines of 28 characters; the page
// number 7 mm below the 版心, one character in from the right edge on odd
// pages and from the left on even pages; every character and figure of the
// tables on the pages; every line of a broken label set as it was broken.
func TestLibreOffice(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
	names := []string{"example-2021.yaml", "qiaokou-2020.yaml", "bad/pdf-syntax.yaml"}
	docs, models := map[string][]byte{}, map[string]*render.Document{}
	for i, name := range names {
		d, data := build(t, name)
		key := "r" + strconv.Itoa(i)
		docs[key], models[key] = data, d
	}
	dir := convert(t, docs)
	fullPages, fullLines, exactLines := 0, 0, 0
	for i, name := range names {
		key := "r" + strconv.Itoa(i)
		pages := pdfLines(t, pdftotext, filepath.Join(dir, key+".pdf"))
		for p, lines := range pages {
			fullPages += checkPage(t, name, p+1, lines, p > 0 && p < len(pages)-1)
			full, exact := checkLines(t, name, p+1, lines)
			fullLines, exactLines = fullLines+full, exactLines+exact
		}
		raw, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", filepath.Join(dir, key+".pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		checkComplete(t, name, models[key], string(raw), pages)
		checkLabelsKept(t, name, docs[key], pages)
	}
	// Lines with digits or Latin, and lines that leave a closing mark off
	// the next line's start, hold fewer.
	if fullPages < 5 || fullLines < 100 || exactLines < fullLines/2 {
		t.Errorf("%d full pages, %d full lines, %d of them 28 Chinese characters", fullPages, fullLines, exactLines)
	}
	t.Logf("%d full pages of 22 lines, %d full lines, %d of them 28 Chinese characters", fullPages, fullLines, exactLines)
}

// checkPage checks a page's text block and page number; it reports whether
// the page is a full page of prose (22 lines on the grid).
func checkPage(t *testing.T, name string, page int, lines []bline, inner bool) (full int) {
	var body []bline
	prose := true
	for _, l := range lines {
		if l.y0 > blockTop+blockH+3 {
			checkFolio(t, name, page, l)
			continue
		}
		if l.x0 < blockLeft-1 || l.x1 > blockLeft+blockW+1+hanging(l) || l.y0 < blockTop-1 || l.y1 > blockTop+blockH+1 {
			t.Errorf("%s p%d: %q at x %.1f–%.1f y %.1f–%.1f mm, outside the 版心", name, page, l.text, l.x0, l.x1, l.y0, l.y1)
		}
		switch {
		case l.size > 15 && l.size < 17:
			body = append(body, l)
		default:
			prose = false
		}
	}
	if !prose || !inner {
		return 0
	}
	if len(body) > linesPerPage {
		t.Errorf("%s p%d: a page of prose has %d lines, want %d", name, page, len(body), linesPerPage)
	}
	for i, l := range body {
		row := blockTop + float64(i)*pitchMM
		if l.y0 < row || l.y1 > row+pitchMM+0.1 {
			t.Errorf("%s p%d: line %d at %.1f–%.1f mm, not in grid row %.1f–%.1f", name, page, i+1, l.y0, l.y1, row, row+pitchMM)
		}
	}
	if len(body) == linesPerPage { // not a page that leaves a heading to the next
		return 1
	}
	return 0
}

// hanging is how far a line may reach past the 版心's right edge: one
// character when it ends in a punctuation mark. LibreOffice 7.4 hangs such
// marks although the document says w:overflowPunct 0 (it reads the
// setting inverted); Word and WPS keep them inside as the PDF does.
func hanging(l bline) float64 {
	rs := []rune(l.text)
	if len(rs) > 0 && unicode.IsPunct(rs[len(rs)-1]) && l.x1 > blockLeft+blockW+1 {
		return bodyPt * 25.4 / 72
	}
	return 0
}

// checkFolio checks a page number: "— N —" in 四号, its line 7 mm below the
// 版心, one character in from the outer edge.
func checkFolio(t *testing.T, name string, page int, l bline) {
	m := folioText.FindStringSubmatch(l.text)
	if m == nil || m[1] != strconv.Itoa(page) || l.size < 13 || l.size > 15 {
		t.Errorf("%s p%d: %q (%.1f pt) below the 版心, want “— %d —” in 四号", name, page, l.text, l.size, page)
		return
	}
	edge, want := l.x1, blockLeft+blockW-folioMM
	if page%2 == 0 {
		edge, want = l.x0, blockLeft+folioMM
	}
	if top := blockTop + blockH + 7; edge < want-1 || edge > want+1 || (l.y0+l.y1)/2 < top || (l.y0+l.y1)/2 > top+folioMM {
		t.Errorf("%s p%d: page number at x %.1f–%.1f y %.1f–%.1f mm", name, page, l.x0, l.x1, l.y0, l.y1)
	}
}

// checkLines checks that no full body line holds more than 28 characters;
// it returns how many it measured, and how many of them are 28 Chinese
// characters and marks.
func checkLines(t *testing.T, name string, page int, lines []bline) (full, exact int) {
	for _, l := range lines {
		if l.size < 15 || l.size > 17 || l.x1-l.x0 < blockW-1 {
			continue
		}
		full++
		n, wide := 0.0, true
		text := l.text
		if hanging(l) > 0 {
			text = string([]rune(text)[:len([]rune(text))-1])
		}
		for _, r := range text {
			if unicode.Is(unicode.Han, r) || unicode.IsPunct(r) && r > 0x2000 {
				n++
			} else {
				n, wide = n+0.5, false
			}
		}
		if n > charsPerLine {
			t.Errorf("%s p%d: %.1f characters on a full line: %s", name, page, n, l.text)
		}
		if wide && n == charsPerLine {
			exact++
		}
	}
	return full, exact
}

// checkComplete: the prose comes back in order, the tables' characters and
// figures are all on the pages.
func checkComplete(t *testing.T, name string, d *render.Document, raw string, pages [][]bline) {
	han := func(s string) []rune {
		var out []rune
		for _, r := range s {
			if unicode.Is(unicode.Han, r) {
				out = append(out, r)
			}
		}
		return out
	}
	var prose strings.Builder
	prose.WriteString(d.Title)
	inPDF := map[rune]int{}
	for _, r := range han(raw) {
		inPDF[r]++
	}
	inTables, figures := map[rune]int{}, map[string]int{}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *render.Heading:
			prose.WriteString(b.Number + b.Text)
		case *render.Paragraph:
			prose.WriteString(b.Text)
		case *render.Table:
			for _, row := range b.Rows() {
				for _, c := range row {
					for _, r := range han(cellText(&c)) {
						inTables[r]++
					}
					if c.Number {
						figures[strings.TrimSuffix(c.Value, c.Unit)]++
					}
				}
			}
		}
	}
	prose.WriteString(d.Signature.Agency + d.Signature.Date)
	want, got := han(prose.String()), han(raw)
	i := 0
	for _, r := range got {
		if i < len(want) && r == want[i] {
			i++
		}
	}
	if i != len(want) {
		t.Errorf("%s: prose character %d (%c) of %d not found in order", name, i, want[i], len(want))
	}
	for _, r := range want {
		inTables[r]++
	}
	for r, n := range inTables {
		if inPDF[r] < n {
			t.Errorf("%s: %c %d times in the document, %d in the PDF", name, r, n, inPDF[r])
		}
	}
	printed := map[string]int{}
	for _, lines := range pages {
		for _, l := range lines {
			if l.size > 9 && l.size < 12 { // 五号 table text
				for _, w := range l.words {
					printed[w]++
				}
			}
		}
	}
	for v, n := range figures {
		if printed[v] < n {
			t.Errorf("%s: the figure %s is in the tables %d times, printed %d", name, v, n, printed[v])
		}
	}
}

// checkLabelsKept: each line the document breaks a table label into is a
// line in the PDF too: the word processor found room for it in its cell
// and did not wrap it again ("三、本" → "三、/本").
func checkLabelsKept(t *testing.T, name string, data []byte, pages [][]bline) {
	var printed strings.Builder
	for _, lines := range pages {
		for _, l := range lines {
			if l.size < 15 { // table text, not the body's 三号
				printed.WriteString(l.text + "\n")
			}
		}
	}
	parts, _ := unpack(t, data)
	n := 0
	for _, tbl := range parse(t, parts["word/document.xml"]).path("document", "body").all("tbl") {
		for _, tr := range tbl.all("tr") {
			for _, tc := range tr.all("tc") {
				lines := cellLines(tc)
				for _, ln := range lines {
					if len(lines) > 1 && !strings.Contains(printed.String(), strings.ReplaceAll(ln, " ", "")) {
						t.Errorf("%s: the label line %q (of %s) is wrapped again", name, ln, strings.Join(lines, "|"))
					}
					n++
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("%s: %d label lines", name, n)
	}
}
