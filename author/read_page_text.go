package author

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cellSeparator splits a text line into table cells: browsers copy a table
// row as cells separated by tabs, some tools write " | ".
var cellSeparator = regexp.MustCompile(`\t|\s*\|\s*`)

// parseText reads a page saved as text: one item per line, empty lines
// kept (they may be empty cells), lines of cells split into their cells.
func parseText(name, src string) *page {
	p := &page{name: name}
	for i, line := range strings.Split(src, "\n") {
		n := i + 1
		if !strings.ContainsAny(line, "\t|") {
			text := collapse(line)
			p.items = append(p.items, pageItem{text: text, blank: text == "", pos: Pos{Line: n, Col: indent(line)}})
			continue
		}
		cells := cellSeparator.Split(line, -1)
		offsets := cellSeparator.FindAllStringIndex(line, -1)
		for len(cells) > 1 && strings.TrimSpace(cells[len(cells)-1]) == "" {
			cells = cells[:len(cells)-1]
		}
		at, col := 0, 1 // the cell's byte offset and column, counted on from the last
		for j, c := range cells {
			p.items = append(p.items, pageItem{text: collapse(c), cell: true, pos: Pos{Line: n, Col: col}})
			if j < len(offsets) {
				col += utf8.RuneCountInString(line[at:offsets[j][1]])
				at = offsets[j][1]
			}
		}
	}
	return p
}

// indent is the column where a line's text starts.
func indent(line string) int {
	return utf8.RuneCountInString(line[:len(line)-len(strings.TrimLeftFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u3000'
	}))]) + 1
}
