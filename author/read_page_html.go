package author

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// posAttr carries each element's place in the source through the parser.
const posAttr = "data-nianbao-pos"

// Limits on what a page's table may claim, so no page exhausts the tool.
const (
	maxSpan  = 64  // a cell's rowspan or colspan
	maxGrid  = 200 // columns of a table
	maxCells = 100000
)

// parseHTML reads an HTML page: its text in reading order, block by block,
// and its data tables as grids; navigation, scripts, styles and hidden
// elements are left out, layout tables are read as the blocks they hold.
func parseHTML(name, src string) *page {
	doc, err := html.Parse(strings.NewReader(annotate(src)))
	if err != nil {
		return &page{name: name}
	}
	w := &htmlWalker{p: &page{name: name}}
	w.head(doc)
	w.block(doc)
	w.flush()
	return w.p
}

// annotate adds each start tag's line and column as an attribute, so the
// parsed tree keeps the places of elements.
func annotate(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src) + len(src)/4)
	line, col := 1, 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := string(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			tok := z.Token()
			tok.Attr = append(tok.Attr, html.Attribute{Key: posAttr, Val: fmt.Sprintf("%d:%d", line, col)})
			b.WriteString(tok.String())
		} else {
			b.WriteString(raw)
		}
		for _, r := range raw {
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
	}
	return b.String()
}

// htmlWalker collects a page's items from its parsed tree.
type htmlWalker struct {
	p      *page
	line   strings.Builder // the text of the line being collected
	at     Pos             // where it started
	level  int             // its heading level
	nav    bool            // all its text so far is in links or list items
	tables int             // data tables seen
}

// skipped are the elements whose content is not the report.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Select: true, atom.Button: true, atom.Iframe: true, atom.Object: true, atom.Svg: true,
	atom.Canvas: true, atom.Nav: true, atom.Textarea: true, atom.Caption: true,
}

// inline are the elements that do not break a line.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Big: true,
	atom.Cite: true, atom.Code: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Ins: true,
	atom.Del: true, atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true,
	atom.Img: true, atom.Wbr: true, atom.Data: true, atom.Dfn: true, atom.Nobr: true,
}

// savedFrom is the comment browsers write into a saved page.
var savedFrom = regexp.MustCompile(`saved from url=\(\d+\)(\S+)`)

// head reads what the page says about itself: its title and address.
func (w *htmlWalker) head(n *html.Node) {
	switch {
	case n.Type == html.CommentNode:
		if m := savedFrom.FindStringSubmatch(n.Data); m != nil && w.p.url == "" {
			w.p.url = m[1]
		}
	case n.Type == html.ElementNode && n.DataAtom == atom.Title && w.p.title == "":
		w.p.title = collapse(textOf(n))
	case n.Type == html.ElementNode && n.DataAtom == atom.Meta:
		if strings.EqualFold(attr(n, "property"), "og:url") {
			w.p.url = or(w.p.url, strings.TrimSpace(attr(n, "content")))
		}
	case n.Type == html.ElementNode && n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical"):
		w.p.url = or(w.p.url, strings.TrimSpace(attr(n, "href")))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.head(c)
	}
}

// block walks the content of an element, breaking lines at block elements.
func (w *htmlWalker) block(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if w.line.Len() == 0 {
				w.at, w.level, w.nav = htmlPos(c), headingLevel(c.Parent), true
			}
			if strings.TrimSpace(c.Data) != "" {
				w.nav = w.nav && inNavigation(c)
			}
			w.line.WriteString(c.Data)
		case c.Type != html.ElementNode || skipped[c.DataAtom] || hidden(c):
		case c.DataAtom == atom.Br:
			w.flush()
		case c.DataAtom == atom.Table && !layoutTable(c):
			w.flush()
			w.table(c)
		case inline[c.DataAtom] || strings.Contains(c.Data, ":"): // <o:p>, <st1:…> of Word
			w.block(c)
		default:
			w.flush()
			w.block(c)
			w.flush()
		}
	}
}

// flush ends the line being collected.
func (w *htmlWalker) flush() {
	if w.line.Len() == 0 {
		return
	}
	if text := collapse(w.line.String()); text != "" {
		w.p.items = append(w.p.items, pageItem{text: text, pos: w.at, heading: w.level, nav: w.nav})
	}
	w.line.Reset()
}

// table adds a data table as a grid.
func (w *htmlWalker) table(t *html.Node) {
	w.tables++
	base := fmt.Sprintf("table[%d]", w.tables)
	if id := attr(t, "id"); id != "" {
		base = "#" + id
	}
	pt := &pageTable{}
	taken := map[[2]int]bool{}
	cells := 0
	for r, tr := range rowsOf(t) {
		col := 0
		for c, td := range cellsOf(tr) {
			for taken[[2]int{r, col}] {
				col++
			}
			rs, cs := span(td, "rowspan"), span(td, "colspan")
			at := htmlPos(td)
			cell := &pageCell{text: cellText(td), row: r, col: col,
				pos: Pos{Line: at.Line, Col: at.Col, Ref: fmt.Sprintf("%d:%d %s/tr[%d]/%s[%d]", at.Line, at.Col, base, r+1, td.Data, c+1)}}
			for dr := range rs {
				for dc := range cs {
					if cells++; cells > maxCells || col+dc >= maxGrid {
						continue
					}
					taken[[2]int{r + dr, col + dc}] = true
					pt.set(r+dr, col+dc, cell)
				}
			}
			col += cs
		}
	}
	w.p.items = append(w.p.items, pageItem{table: pt, pos: htmlPos(t)})
}

// set puts a cell at a place of the grid.
func (t *pageTable) set(r, c int, cell *pageCell) {
	for len(t.grid) <= r {
		t.grid = append(t.grid, nil)
	}
	for len(t.grid[r]) <= c {
		t.grid[r] = append(t.grid[r], nil)
	}
	t.grid[r][c] = cell
}

// rowsOf lists a table's rows, in its sections or directly in it.
func rowsOf(t *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode || hidden(c):
			case c.DataAtom == atom.Tr:
				out = append(out, c)
			case c.DataAtom == atom.Thead || c.DataAtom == atom.Tbody || c.DataAtom == atom.Tfoot:
				walk(c)
			}
		}
	}
	walk(t)
	return out
}

// cellsOf lists a row's cells.
func cellsOf(tr *html.Node) []*html.Node {
	var out []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !hidden(c) {
			out = append(out, c)
		}
	}
	return out
}

// layoutTable reports whether a table lays out a page rather than holding
// data: it holds another table, or long text, or a single column.
func layoutTable(t *html.Node) bool {
	wide := false
	for _, tr := range rowsOf(t) {
		cs := cellsOf(tr)
		wide = wide || len(cs) > 1
		for _, td := range cs {
			if hasTable(td) || runes(textOf(td)) > 600 {
				return true
			}
		}
	}
	return !wide
}

func hasTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Table || hasTable(c)) {
			return true
		}
	}
	return false
}

// cellText is a cell's text, its lines (paragraphs, <br>) joined with "\n".
func cellText(td *html.Node) string {
	sub := &htmlWalker{p: &page{}}
	sub.block(td)
	sub.flush()
	var lines []string
	for _, it := range sub.p.items {
		if it.table == nil {
			lines = append(lines, it.text)
		}
	}
	return strings.Join(lines, "\n")
}

// textOf is all the text below a node.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !skipped[c.DataAtom] {
			b.WriteString(textOf(c))
		}
	}
	return b.String()
}

// hidden reports an element the page does not show.
func hidden(n *html.Node) bool {
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	_, hid := attrOK(n, "hidden")
	return hid || strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// headingLevel is the level of the heading element around n (h1 = 1), or 0.
func headingLevel(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return int(n.Data[1] - '0')
		case atom.P, atom.Div, atom.Td, atom.Th, atom.Li, atom.Body:
			return 0
		}
	}
	return 0
}

// inNavigation reports text in a link or a list item, as a page's
// navigation prints it.
func inNavigation(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.A, atom.Li:
			return true
		case atom.Body, atom.Td, atom.Th:
			return false
		}
	}
	return false
}

// span reads a rowspan or colspan, within limits.
func span(n *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, maxSpan)
}

// htmlPos is the place of the element at or around n.
func htmlPos(n *html.Node) Pos {
	for ; n != nil; n = n.Parent {
		if v, ok := attrOK(n, posAttr); ok {
			line, col, _ := strings.Cut(v, ":")
			l, _ := strconv.Atoi(line)
			c, _ := strconv.Atoi(col)
			return Pos{Line: l, Col: c}
		}
	}
	return Pos{}
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
