package spec

import (
	"fmt"
	"strconv"
	"strings"
)

// Year tokens in labels and terms, filled in for the report year by Get:
// "（指{上年}年事项数）" → "（指2019年事项数）".
const (
	TokenYear     = "{年度}"
	TokenLastYear = "{上年}"
	TokenNextYear = "{下年}"
)

// resolve returns a copy of f for a report year, with year tokens filled in
// and every row's identity computed.
func (f *Format) resolve(year int) *Format {
	r := f.clone()
	r.Year = year
	fill := strings.NewReplacer(TokenYear, strconv.Itoa(year), TokenLastYear, strconv.Itoa(year-1), TokenNextYear, strconv.Itoa(year+1)).Replace
	r.eachText(func(s *string) { *s = fill(*s) })
	r.index()
	return r
}

// index computes the rows, their identities and the lookups.
func (f *Format) index() {
	for i, s := range f.Sections {
		s.Index = i
	}
	f.rows = map[string]*Row{}
	f.cells = map[string]CellRef{}
	add := func(row *Row) {
		row.Index = len(f.Rows)
		f.Rows = append(f.Rows, row)
		row.Table.Rows = append(row.Table.Rows, row)
		f.rows[row.Key] = row
		if len(row.Columns) == 1 && row.Total == nil {
			f.cells[row.Key] = CellRef{Row: row}
		}
		for i := range row.Columns {
			c := CellRef{Row: row, Col: i}
			f.cells[c.Key()] = c
		}
		if row.Total != nil {
			c := CellRef{Row: row, Total: true}
			f.cells[c.Key()] = c
		}
	}
	f.Proactive.rows(add)
	f.Requests.rows(add)
	f.Appeals.rows(add)
	var results []*Row
	for _, row := range f.Requests.Table.Rows {
		if row.Result {
			results = append(results, row)
		}
	}
	for _, row := range f.Requests.Table.Rows {
		if row.Derived {
			row.SumOf = results
		}
	}
	for _, id := range []*Identity{&f.Requests.Balance, &f.Requests.Carry} {
		id.left, id.right = f.tableRows(&f.Requests.Table, id.Left), f.tableRows(&f.Requests.Table, id.Right)
	}
	compileTerms(f.Terms)
	if f.OtherHigh != nil {
		f.OtherHigh.rows = f.keyRows(f.OtherHigh.Rows)
	}
	for i := range f.KeyFigures {
		f.KeyFigures[i].rows = f.keyRows(f.KeyFigures[i].Rows)
	}
}

// tableRows resolves keys relative to a table.
func (f *Format) tableRows(t *Table, keys []string) []*Row {
	full := make([]string, len(keys))
	for i, k := range keys {
		full[i] = t.Key + "." + k
	}
	return f.keyRows(full)
}

// keyRows resolves full row keys; an unknown key is a mistake in the format
// description.
func (f *Format) keyRows(keys []string) []*Row {
	var out []*Row
	for _, k := range keys {
		row := f.rows[k]
		if row == nil {
			panic(fmt.Sprintf("spec: %s names unknown row %q", f.Name(), k))
		}
		out = append(out, row)
	}
	return out
}

func (t *ProactiveTable) rows(add func(*Row)) {
	for _, b := range t.Blocks {
		for _, ln := range b.Lines {
			ln.Row = &Row{Table: &t.Table, Key: t.Key + "." + ln.Key, Label: ln.Label, Note: ln.Note,
				Name: ln.Label, Short: ln.Label, Aliases: ln.Aliases, Columns: b.Columns, Optional: ln.Optional}
			add(ln.Row)
		}
	}
}

func (t *RequestTable) rows(add func(*Row)) {
	var walk func(ns []*Node, prefix string, group *Node, results bool)
	walk = func(ns []*Node, prefix string, group *Node, results bool) {
		for _, n := range ns {
			path := prefix
			if n.Key != "" {
				path = prefix + "." + n.Key
			}
			if len(n.Children) > 0 {
				g := group
				if n.Key != "" {
					g = n
				}
				walk(n.Children, path, g, results || n.Results)
				continue
			}
			row := &Row{Table: &t.Table, Key: path, Label: n.Label, Note: n.Note, Name: n.Label,
				Short: shortName(n.Label), Aliases: n.Aliases, Columns: t.Applicants, Total: &t.Total,
				Result: results && !n.Derived, Derived: n.Derived, Group: group, Node: n}
			if group != nil {
				row.Name = group.Label + "·" + n.Label
				row.Short = shortName(group.Label) + shortName(n.Label)
			}
			n.Row = row
			add(row)
		}
	}
	walk(t.Nodes, t.Key, nil, false)
}

func (t *AppealTable) rows(add func(*Row)) {
	for _, g := range t.Groups {
		g.Row = &Row{Table: &t.Table, Key: t.Key + "." + g.Key, Label: g.Label, Name: g.Label, Short: g.Label,
			Aliases: g.Aliases, Columns: t.Outcomes, Total: &t.Total}
		add(g.Row)
	}
}
