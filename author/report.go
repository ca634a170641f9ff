package author

// Pos is a place in the user's YAML file, 1-based.
type Pos struct {
	Line, Col int
}

// Value is one figure as the user wrote it.
type Value struct {
	Num  Decimal
	Unit string // KindAmount only: the unit written after the number ("万元")
	Plus bool   // written with a "+" sign (2019 本年增/减: "+303"), kept when printed
	Pos  Pos
	Bad  bool // unreadable (reported already): rules skip what depends on it
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
	Path     string  // full YAML path: "requests.withheld.state_secret"
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

// Fee is the 信息处理费 reported in section 六.
type Fee struct {
	Notices, Billed, Collected *Value
	Pos                        Pos
}

// Report is a loaded annual report: the user's figures and prose with their
// places, and the totals the tool derived.
type Report struct {
	File    string
	Spec    *Spec
	Format  Format
	Variant string

	Agency   Text
	Year     int
	YearPos  Pos
	Date     *Date
	DatePos  Pos
	Website  Text
	Contact  Contact
	Preamble Text

	Overview     Prose
	Problems     Prose
	OtherMatters Prose
	Fee          *Fee

	// Rows holds every data row of tables 二, 三 and 四 by full YAML path,
	// present or not (absent rows are zeros with Given false).
	Rows map[string]*Row

	// SectionPos is where each section's key is, for findings about it.
	SectionPos [6]Pos

	src [][]byte // the file's lines, to place findings inside prose
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
// the rows at paths is unreadable.
func (r *Report) anyBad(col int, paths ...string) bool {
	for _, p := range paths {
		row := r.Rows[p]
		if (col < 0 && row.Bad()) || (col >= 0 && row.Values[col].Bad) {
			return true
		}
	}
	return false
}
