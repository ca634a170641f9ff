package docx

import (
	"fmt"
	"strings"
	"testing"

	"nianbao/render"
)

// gcell is a cell read back from a w:tbl, with the spans its merges make.
type gcell struct {
	text             string
	colSpan, rowSpan int
	fill             string
	restart          bool // the cell starts a vertical merge
}

// wtable is a w:tbl read back: the cells by their top-left grid slot, the
// header and unsplittable rows, and the caption.
type wtable struct {
	cells     map[[2]int]*gcell
	head      []bool
	cantSplit []bool
	columns   []int
	caption   string
}

// readTable resolves w:gridSpan and w:vMerge into cells with spans.
func readTable(t *testing.T, tbl *node) *wtable {
	t.Helper()
	wt := &wtable{cells: map[[2]int]*gcell{}, caption: tbl.path("tblPr", "tblCaption").attr("val")}
	for _, gc := range tbl.path("tblGrid").all("gridCol") {
		var w int
		fmt.Sscan(gc.attr("w"), &w)
		wt.columns = append(wt.columns, w)
	}
	above := map[int]*gcell{} // the cell covering each column in the row above
	for r, tr := range tbl.all("tr") {
		wt.head = append(wt.head, tr.path("trPr", "tblHeader") != nil)
		wt.cantSplit = append(wt.cantSplit, tr.path("trPr", "cantSplit") != nil)
		col, row := 0, map[int]*gcell{}
		for _, tc := range tr.all("tc") {
			span := 1
			if s := tc.path("tcPr", "gridSpan").attr("val"); s != "" {
				fmt.Sscan(s, &span)
			}
			var c *gcell
			if m := tc.path("tcPr", "vMerge"); m != nil && m.attr("val") != "restart" {
				if c = above[col]; c == nil || !c.restart {
					t.Fatalf("row %d col %d: vMerge continues no merge", r, col)
				}
				if c.colSpan != span || tc.texts() != "" {
					t.Errorf("row %d col %d: continuation of %q has span %d and text %q", r, col, c.text, span, tc.texts())
				}
				c.rowSpan++
			} else {
				c = &gcell{text: tc.texts(), colSpan: span, rowSpan: 1, fill: tc.path("tcPr", "shd").attr("fill"),
					restart: tc.path("tcPr", "vMerge").attr("val") == "restart"}
				wt.cells[[2]int{r, col}] = c
			}
			for i := 0; i < span; i++ {
				row[col+i] = c
			}
			col += span
		}
		if col != len(wt.columns) {
			t.Errorf("row %d covers %d of %d grid columns", r, col, len(wt.columns))
		}
		above = row
	}
	return wt
}

// cellText is what a model cell prints.
func cellText(c *render.Cell) string {
	if !c.Header {
		return c.Value
	}
	return c.Text + c.Note
}

// checkTable compares a table read back with the model's.
func checkTable(t *testing.T, name string, tb *render.Table, wt *wtable) {
	places, _ := render.Grid(tb.Rows(), tb.Columns)
	n := 0
	for _, row := range places {
		for _, p := range row {
			n++
			got := wt.cells[[2]int{p.Row, p.Col}]
			want := gcell{text: cellText(p.Cell), colSpan: max(p.Cell.ColSpan, 1), rowSpan: max(p.Cell.RowSpan, 1), restart: p.Cell.RowSpan > 1}
			if p.Cell.Title {
				want.fill = titleFill
			}
			if got == nil || *got != want {
				t.Errorf("%s %s row %d col %d: got %+v, want %+v", name, tb.Name, p.Row, p.Col, got, want)
			}
		}
	}
	if len(wt.cells) != n {
		t.Errorf("%s %s: %d cells, the model has %d", name, tb.Name, len(wt.cells), n)
	}
	for r := range wt.head {
		if wt.head[r] != (r < len(tb.Head)) || !wt.cantSplit[r] {
			t.Errorf("%s %s row %d: header %v, cantSplit %v", name, tb.Name, r, wt.head[r], wt.cantSplit[r])
		}
	}
	sum := 0
	for _, w := range wt.columns {
		sum += w
	}
	if sum != textW || len(wt.columns) != tb.Columns {
		t.Errorf("%s %s: %d columns %d twips wide, want %d across the 版心 (%d)", name, tb.Name, len(wt.columns), sum, tb.Columns, textW)
	}
	if wt.caption != tb.Name {
		t.Errorf("%s: caption %q, want %q", name, wt.caption, tb.Name)
	}
}

// TestStructure reads word/document.xml back and finds the title, every
// heading, paragraph and table of the model in order, each table's labels
// and figures in their grid slots with the official merges, and the
// signature, in the styles that carry their layout.
func TestStructure(t *testing.T) {
	for _, name := range reports {
		d, data := build(t, name)
		parts, _ := unpack(t, data)
		body := parse(t, parts["word/document.xml"]).path("document", "body")
		var items []*node
		for _, c := range body.children {
			if c.name != "sectPr" {
				items = append(items, c)
			}
		}
		type want struct {
			style, text string
			table       *render.Table
		}
		wants := []want{{style: styleTitle, text: strings.Join(d.TitleLines, "")}}
		for _, b := range d.Blocks {
			switch b := b.(type) {
			case *render.Heading:
				wants = append(wants, want{style: headingStyle(b.Level), text: b.Number + b.Text})
			case *render.Paragraph:
				wants = append(wants, want{style: styleBody, text: b.Text})
			case *render.Table:
				wants = append(wants, want{table: b})
			}
		}
		for _, s := range []string{d.Signature.Agency, d.Signature.Date} {
			if s != "" {
				wants = append(wants, want{style: styleSignature, text: s})
			}
		}
		if len(items) != len(wants) {
			t.Errorf("%s: %d body elements, want %d", name, len(items), len(wants))
		}
		tables := 0
		for i := range min(len(items), len(wants)) {
			it, w := items[i], wants[i]
			if w.table != nil {
				if it.name != "tbl" {
					t.Errorf("%s item %d: %s, want the table %s", name, i, it.name, w.table.Name)
					continue
				}
				tables++
				checkTable(t, name, w.table, readTable(t, it))
				continue
			}
			if style := it.path("pPr", "pStyle").attr("val"); it.name != "p" || style != w.style || it.texts() != w.text {
				t.Errorf("%s item %d: %s %s %q, want %s %q", name, i, it.name, style, it.texts(), w.style, w.text)
			}
		}
		if tables != 3 {
			t.Errorf("%s: %d tables", name, tables)
		}
	}
}
