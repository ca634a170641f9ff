package pdf

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"nianbao/internal/testtool"
	"nianbao/render"
)

// outlineItem is an entry of qpdf's JSON outline.
type outlineItem struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []outlineItem `json:"kids"`
}

// TestOutline: the PDF has a bookmark for each of the six sections and one
// under it for each of its numbered parts, each on the page of its heading.
func TestOutline(t *testing.T) {
	qpdf := testtool.Need(t, "qpdf", "apt-get install qpdf")
	for _, name := range []string{"example-2021.yaml", "qiaokou-2020.yaml"} {
		d, data := build(t, name)
		var out struct {
			Outlines []outlineItem `json:"outlines"`
		}
		if err := json.Unmarshal([]byte(command(t, qpdf, "--json", "--json-key=outlines", writeTemp(t, data))), &out); err != nil {
			t.Fatal(err)
		}
		l := newLayout(mustFonts(t))
		l.document(d)
		var want []outlineItem
		for _, b := range d.Blocks {
			h, ok := b.(*render.Heading)
			if !ok || h.Level > 2 {
				continue
			}
			item := outlineItem{Title: h.Number + h.Text, Page: pagesOf(l, h.Number+h.Text)[0]}
			if h.Level == 1 {
				want = append(want, item)
			} else {
				want[len(want)-1].Kids = append(want[len(want)-1].Kids, item)
			}
		}
		if len(want) != 6 {
			t.Fatalf("%s: %d sections", name, len(want))
		}
		if got, exp := flatten(out.Outlines, 0), flatten(want, 0); !slices.Equal(got, exp) {
			t.Errorf("%s: outline\n%q\nwant\n%q", name, got, exp)
		}
	}
}

// flatten lists an outline as "depth page title" lines.
func flatten(items []outlineItem, depth int) []string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%d p%d %s", depth, it.Page, it.Title))
		out = append(out, flatten(it.Kids, depth+1)...)
	}
	return out
}
