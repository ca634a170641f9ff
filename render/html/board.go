package html

import (
	"html/template"
	"io"
	"sort"

	"nianbao/render"
	"nianbao/templates"
)

// statusRank orders units on the board: the ones that need work first.
var statusRank = map[string]int{"fault": 0, "unreadable": 1, "error": 2, "warning": 3, "clean": 4}

var board = template.Must(template.New("board").Funcs(template.FuncMap{
	"add":        func(a, b int) int { return a + b },
	"rank":       func(s string) int { return statusRank[s] },
	"statusName": func(s string) string { return render.StatusNames[s] },
}).Parse(templates.BoardHTML))

// WriteBoard draws the status board of a batch: one row per unit, the
// ones that need work first, sortable by any column in the browser without
// a network, readable on a phone.
func WriteBoard(w io.Writer, b *render.Board) error {
	units := append([]render.BoardUnit(nil), b.Units...)
	sort.SliceStable(units, func(i, j int) bool { return statusRank[units[i].Status] < statusRank[units[j].Status] })
	sorted := *b
	sorted.Units = units
	return board.Execute(w, &sorted)
}
