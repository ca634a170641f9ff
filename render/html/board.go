package html

import (
	"html/template"
	"io"
	"sort"

	"nianbao/render"
	"nianbao/templates"
)

var board = template.Must(template.New("board").Funcs(template.FuncMap{
	"add": func(a, b int) int { return a + b },
}).Parse(templates.BoardHTML))

// WriteBoard draws the status board of a batch: one row per unit, the
// ones that need work first, sortable by any column in the browser without
// a network, readable on a phone.
func WriteBoard(w io.Writer, b *render.Board) error {
	units := append([]render.BoardUnit(nil), b.Units...)
	sort.SliceStable(units, func(i, j int) bool { return units[i].Status < units[j].Status })
	sorted := *b
	sorted.Units = units
	return board.Execute(w, &sorted)
}
