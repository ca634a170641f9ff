package author

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// page is a published report reduced to what the page readers need: its
// lines of text in reading order (paragraphs and headings of an HTML page,
// every line of a text file with the empty ones), and the tables of an
// HTML page as grids of cells, each with its place in the file.
type page struct {
	name  string
	items []pageItem
	url   string // the page's own address, when it shows one
	title string // an HTML page's <title>
}

// pageItem is one line of a page, or one of its tables.
type pageItem struct {
	text    string     // the line, spaces collapsed and trimmed
	pos     Pos        // where it starts
	blank   bool       // an empty line of a text file: perhaps an empty cell
	cell    bool       // one of several cells of a text line (tabs or "|" between them)
	heading int        // the level of an HTML heading (h1 = 1), else 0
	nav     bool       // an HTML line all of whose text is in links or list items: navigation
	table   *pageTable // an HTML table instead of a line
}

// pageTable is a table of an HTML page as a grid: grid[r][c] is the cell
// that covers row r, column c (a cell spanning rows or columns covers
// several), nil where a row is short.
type pageTable struct {
	grid [][]*pageCell
}

// pageCell is one cell of a page's table.
type pageCell struct {
	text     string // its text, lines joined with "\n"
	pos      Pos
	row, col int // the grid row and column of its top left corner
}

// own reports whether the cell starts in grid row r (it does not merely
// hang down into r from a row above).
func (c *pageCell) own(r int) bool { return c.row == r }

// figureLike matches what a table cell holds: a number as pages print it
// (signs, decimals, thousands separators, full-width digits, a unit or a
// counter after it) or a mark for nothing.
var figureLike = regexp.MustCompile(`^[+＋\-－]?[0-9０-９][0-9０-９,，.．]*\s*(?:万元|亿元|元|件|个|项|次|条)?$|^(?:-+|—+|－+|–+|/|／|无|N/A|n/a)$`)

// isFigure reports whether a cell's text is a figure, a mark for nothing or
// empty.
func isFigure(s string) bool {
	s = strings.TrimFunc(s, unicode.IsSpace)
	return s == "" || figureLike.MatchString(s)
}

// collapse turns runs of white space into one space, dropping those between
// two Chinese characters that only break a line of the source (as
// browsers do), and trims the ends.
func collapse(s string) string {
	var b strings.Builder
	var prev rune
	space, broke := false, false
	for _, r := range s {
		if r == '\u00A0' || r == '\u3000' || unicode.IsSpace(r) {
			space = true
			broke = broke || r == '\n'
			continue
		}
		if space && b.Len() > 0 && !(broke && wide(prev) && wide(r)) {
			b.WriteByte(' ')
		}
		space, broke = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// wide reports whether a character is Chinese or full-width punctuation.
func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// runes counts the characters of s.
func runes(s string) int { return utf8.RuneCountInString(s) }
