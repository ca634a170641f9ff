package author

import (
	"fmt"

	"nianbao/spec"
)

// Pos is a place in the user's source, for messages: a line and column
// (1-based) of a text file, or a named place such as a workbook cell
// ("表三!D5") or an element of a page.
type Pos struct {
	Line, Col int
	Ref       string
}

// String writes the place as it follows the file name: "63:40" or "表三!D5".
func (p Pos) String() string {
	switch {
	case p.Ref != "":
		return p.Ref
	case p.Line > 0:
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return ""
}

// Value is one figure as the user wrote it.
type Value struct {
	Num  Decimal
	Unit string // spec.Amount only: the unit written after the number ("万元")
	Plus bool   // written with a "+" sign (2019 本年增/减: "+303"), kept when printed
	Pos  Pos
	Bad  bool   // unreadable (reported already): rules skip what depends on it
	Raw  string // an unreadable figure's text as written, to write it back
}

// String writes the value as it is to be printed.
func (v Value) String() string {
	if v.Plus && v.Num.Sign() > 0 {
		return "+" + v.Num.String() + v.Unit
	}
	return v.Num.String() + v.Unit
}

// Row is one data row: the cells the user writes, and for tables 三 and 四
// the derived total.
type Row struct {
	Spec     *spec.Row
	Values   []Value // one per data column, derived total excluded
	Total    Decimal // derived: the sum of Values (tables 三 and 四)
	Reported *Value  // the total the user wrote as an extra number, if any
	Claimed  []Value // a derived row's figures as the user wrote them, if any
	Pos      Pos     // the row's value in the file, or its parent's when absent
	Given    bool    // the row is in the file
}

// Text is a piece of user prose with its place.
type Text struct {
	S   string
	Pos Pos
	// Lines, for a text read from a page, are where each of its lines
	// ("\n"-separated) starts in the page; nil for a report file's text,
	// whose lines are found in the file.
	Lines []Pos
}

// Part is a titled part of a prose section; parts nest (（一） → 1. → （1）).
// A part without a title is plain paragraphs, not numbered.
type Part struct {
	Title Text
	Text  Text
	Parts []Part
}

// Prose is a section's text: either plain text or a list of titled parts.
type Prose struct {
	Text  Text
	Parts []Part
	Pos   Pos
}

// Date is a calendar date.
type Date struct {
	Year, Month, Day int
}

// Contact holds the preamble's contact details; every field is optional.
type Contact struct {
	Office, Address, Postcode, Phone, Fax, Email Text
}

// fields lists the contact fields in the order of spec.Texts.ContactLabels.
func (c *Contact) fields() []*Text {
	return []*Text{&c.Office, &c.Address, &c.Postcode, &c.Phone, &c.Fax, &c.Email}
}

// Fee is the 信息处理费 reported in section 六: one figure per field of the
// format's fee statement (nil when not given).
type Fee struct {
	Values []*Value
	Pos    Pos
}

// Get returns the figure of a role, or nil.
func (f *Fee) Get(s *spec.FeeStatement, role spec.FeeRole) *Value {
	if f == nil {
		return nil
	}
	for i, field := range s.Fields {
		if field.Role == role {
			return f.Values[i]
		}
	}
	return nil
}

// Report is a loaded annual report: the user's figures and prose with their
// places, and the totals the tool derived.
type Report struct {
	File string
	Spec *spec.Format

	Agency   Text
	Year     int
	YearPos  Pos
	Date     *Date
	DatePos  Pos
	Website  Text
	Contact  Contact
	Preamble Text

	// Prose holds the prose of each prose section (一, 五, 六) by section index.
	Prose [6]Prose
	// TableNotes holds the text a published page prints in a table section
	// (二, 三, 四) besides its table, by section index: the prose checks read
	// it; a report file has no place for it (import names it in a comment).
	TableNotes [6]Text
	Fee        *Fee

	// Rows holds every data row of tables 二, 三 and 四, in the order of
	// Spec.Rows, present or not (absent rows are zeros with Given false).
	Rows []*Row

	// SectionPos is where each section's key is, for findings about it.
	SectionPos [6]Pos

	src [][]byte // the file's lines (a text page's too), to place findings inside prose
}

// Row returns the report's row of a spec row.
func (r *Report) Row(s *spec.Row) *Row { return r.Rows[s.Index] }

// RowAt returns the row with the key ("requests.new"), or nil.
func (r *Report) RowAt(key string) *Row {
	if s := r.Spec.Row(key); s != nil {
		return r.Row(s)
	}
	return nil
}

// Bad reports whether any figure of the row is unreadable.
func (row *Row) Bad() bool {
	for _, v := range row.Values {
		if v.Bad {
			return true
		}
	}
	return row.Reported != nil && row.Reported.Bad
}

// anyBad reports whether column col (or the whole row, col < 0) of any of
// the rows is unreadable.
func (r *Report) anyBad(col int, rows ...*spec.Row) bool {
	for _, s := range rows {
		row := r.Row(s)
		if (col < 0 && row.Bad()) || (col >= 0 && row.Values[col].Bad) {
			return true
		}
	}
	return false
}

// newRows makes the zero rows of a format, all at pos.
func newRows(f *spec.Format, pos Pos) []*Row {
	rows := make([]*Row, len(f.Rows))
	for i, s := range f.Rows {
		row := &Row{Spec: s, Pos: pos, Values: make([]Value, len(s.Columns))}
		for j := range row.Values {
			row.Values[j] = Value{Pos: pos}
		}
		rows[i] = row
	}
	return rows
}
