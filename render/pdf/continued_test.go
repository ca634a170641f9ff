package pdf

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"nianbao/internal/testtool"
	"nianbao/render"
)

// requestsTable returns table 三 of a document and the index of its block.
func requestsTable(t *testing.T, d *render.Document) (*render.Table, int) {
	for i, b := range d.Blocks {
		if tb, ok := b.(*render.Table); ok && tb.ID == "t3" {
			return tb, i
		}
	}
	t.Fatal("no table 三")
	return nil, 0
}

// withFiller inserts n one-line paragraphs and a one-column table of k
// rows before the block at i: paragraphs move what follows by the line
// pitch, table rows by their own height, so together they place it to a
// fraction of a millimetre.
func withFiller(d *render.Document, i, n, k int) *render.Document {
	c := *d
	c.Blocks = append([]render.Block(nil), d.Blocks[:i]...)
	for range n {
		c.Blocks = append(c.Blocks, &render.Paragraph{Text: "填充"})
	}
	if k > 0 {
		filler := &render.Table{ID: "filler", Columns: 1, Widths: []int{1}}
		for range k {
			filler.Groups = append(filler.Groups, [][]render.Cell{{{Text: "填充", Header: true}}})
		}
		c.Blocks = append(c.Blocks, filler)
	}
	c.Blocks = append(c.Blocks, d.Blocks[i:]...)
	return &c
}

// pageOf returns the pages on which a text is drawn.
func pagesOf(l *layout, text string) []int {
	var pages []int
	for _, o := range l.ops {
		if o.kind == opText && o.text == text && (len(pages) == 0 || pages[len(pages)-1] != o.page) {
			pages = append(pages, o.page)
		}
	}
	return pages
}

// labelOn joins the lines of a label drawn on a page, in order.
func labelOn(l *layout, page int, label string) (string, []string) {
	var lines []string
	joined := ""
	for _, o := range l.ops {
		if o.kind == opText && o.page == page && o.text != "" && strings.HasPrefix(label, joined+o.text) {
			joined += o.text
			lines = append(lines, o.text)
		}
	}
	return joined, lines
}

// TestContinuedTable: table 三 pushed down until it breaks right after its
// first result row. The label "三、本年度办理结果", which spans the result
// rows, is drawn whole on both pages, and the second page says "续表" above
// the repeated header. The PDF's text layer shows the same.
func TestContinuedTable(t *testing.T) {
	d, _ := build(t, "example-2021.yaml")
	tb, at := requestsTable(t, d)
	var label, first, second string // the spanning label, the first two result rows
	for _, row := range tb.Rows()[len(tb.Head):] {
		for _, c := range row {
			switch {
			case c.RowSpan > 1 && label == "":
				label = c.Text
			case label != "" && c.Header && first == "":
				first = c.Text
			case first != "" && c.Header && second == "" && c.RowSpan == 1:
				second = c.Text
			}
		}
	}
	for i := 0; i < linesPerPage*12; i++ {
		n, k := i/12, i%12
		doc := withFiller(d, at, n, k) // right before the table
		l := newLayout(mustFonts(t))
		l.document(doc)
		firstPages, secondPages := pagesOf(l, first), pagesOf(l, firstLineOf(l, second))
		if len(firstPages) != 1 || len(secondPages) != 1 || secondPages[0] != firstPages[0]+1 {
			continue
		}
		p := firstPages[0]
		t.Logf("%d filler lines and %d rows: table 三 breaks after %q on page %d", n, k, first, p)
		var want [2][]string
		for i := range want {
			joined, lines := labelOn(l, p+i, label)
			if joined != label {
				t.Fatalf("%d filler lines, %d rows: page %d shows %q of %q", n, k, p+i, joined, label)
			}
			want[i] = lines
		}
		if got := pagesOf(l, render.Continued); len(got) == 0 || got[0] != p+1 {
			t.Errorf("%q on pages %v, want %d", render.Continued, got, p+1)
		}
		checkPageText(t, doc, p, append(want[0], first))
		checkPageText(t, doc, p+1, append(want[1], render.Continued))
		return
	}
	t.Fatal("no filler made table 三 break after its first result row")
}

// firstLineOf returns the first drawn text that begins a cell's text.
func firstLineOf(l *layout, text string) string {
	for _, o := range l.ops {
		if o.kind == opText && o.text != "" && strings.HasPrefix(text, o.text) {
			return o.text
		}
	}
	return ""
}

// checkPageText reads one page of the document's PDF with pdftotext and
// looks for texts on it (spaces ignored).
func checkPageText(t *testing.T, d *render.Document, page int, want []string) {
	t.Helper()
	pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
	var buf bytes.Buffer
	if err := Write(&buf, d, Options{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	n := strconv.Itoa(page)
	text := strings.Join(strings.Fields(command(t, pdftotext, "-f", n, "-l", n, "-enc", "UTF-8", writeTemp(t, buf.Bytes()), "-")), "")
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("page %d lacks %q:\n%s", page, w, text)
		}
	}
}
