// Package spec describes the official formats of the 政府信息公开工作年度报告
// (annual report on government information disclosure) as registered values:
// each format's notice, the report years it serves, its six sections, its
// three tables (blocks, rows, columns, labels, notes, derived cells and the
// identities between them), the 信息处理费 statement, the template texts and
// the limits the notice sets; and the registry of rules that check a report.
//
// It is the only place where an official label, section title, notice
// number or format fact is typed. Everything else (the YAML loader and
// writer, the rules, the JSON Schema, the document builder, the readers of
// workbooks and published pages) reads it. It knows nothing of YAML files,
// findings or rendering.
//
// A format is one value registered in one file (format2021.go,
// format2019.go, hubei2020.go). Get returns a format resolved for a report
// year: labels that name years are filled in and every data row has its
// typed identity (Row) with its YAML key, official name and short name.
package spec

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Kind is what a data cell holds.
type Kind int

// Cell kinds.
const (
	Count  Kind = iota // non-negative integer
	Signed             // integer that may be negative (2019 本年增/减)
	Money              // non-negative exact decimal (2021 收费金额, 万元)
	Amount             // a number with its unit as written (2019 采购总金额)
)

// Column is one data column of an official table.
type Column struct {
	Key     string   // name in figure references and the data sheet ("natural_person")
	Label   string   // official header text
	Kind    Kind     // what its cells hold
	Aliases []string // other wordings real reports print for the label
	Unit    string   // the unit its figures are in, when the format names one ("万元")
	// Max is the largest plausible figure (VALUE-LARGE); 0 means the
	// general bound of 100,000,000.
	Max int64
}

// Notice is the document that defines a format.
type Notice struct {
	Number string // 国办公开办函〔2021〕30号
	Title  string // the format's title, without book-title marks
	Date   string // date of the notice, ISO
}

// Years is the range of report years a format serves; To 0 means open.
type Years struct {
	From, To int
}

// Contains reports whether year falls in the range.
func (y Years) Contains(year int) bool {
	return year >= y.From && (y.To == 0 || year <= y.To)
}

// String writes the range in Chinese: "2019、2020 年度", "2021 年度起".
func (y Years) String() string {
	switch {
	case y.To == 0:
		return fmt.Sprintf("%d 年度起", y.From)
	case y.To == y.From:
		return fmt.Sprintf("%d 年度", y.From)
	case y.To == y.From+1:
		return fmt.Sprintf("%d、%d 年度", y.From, y.To)
	}
	return fmt.Sprintf("%d—%d 年度", y.From, y.To)
}

// SectionKind says what a section holds.
type SectionKind int

// Section kinds.
const (
	ProseSection SectionKind = iota // text, optionally in titled parts
	TableSection                    // one official table
)

// Section is one of the six sections of a report.
type Section struct {
	Index    int         // 0..5, set by the registry
	Number   string      // "一"
	Key      string      // the YAML key: "overview"
	Title    string      // official heading text without its number: "总体情况"
	Aliases  []string    // other wordings real reports use for the heading
	Kind     SectionKind // prose or table
	Required bool        // must have content (SECTION-EMPTY)
	Fee      bool        // holds the 信息处理费 statement besides its text
	Limit    int         // length guidance in characters, 0 for none ("篇幅原则上不超过一千字")
	Guidance string      // what the format asks of the section, quoted, for the template
	Parts    []string    // part titles the template offers
}

// Heading is the numbered heading: "一、总体情况".
func (s *Section) Heading() string { return s.Number + "、" + s.Title }

// Format is one official format, or a regional variant of one, as
// registered; Get returns it resolved for a report year.
type Format struct {
	ID      string // "2021", "2019": the value of format: in a report file
	Variant string // "" or a regional variant such as "hubei-2020"
	Notice  Notice
	Years   Years

	Sections [6]*Section

	Proactive *ProactiveTable // table 二
	Requests  *RequestTable   // table 三
	Appeals   *AppealTable    // table 四

	Fee *FeeStatement // the 信息处理费 statement of section 六

	// OtherHigh is the notice's guidance on a high share of （六）其他处理,
	// and the rows it concerns; nil when the notice has none.
	OtherHigh *OtherHigh

	Texts Texts // the template texts

	// KeyFigures are the totals a status board shows for each unit.
	KeyFigures []KeyFigure
	// Terms are the phrases of prose that name figures (PROSE-FIGURE).
	Terms []*Term

	// Continuity are the identities between table 二 of this year and of
	// last year (CROSS-YEAR-TABLE2).
	Continuity []Continuity

	// Set by resolve:
	Year  int                // the report year the labels were filled in for
	Rows  []*Row             // every data row of tables 二, 三 and 四, in order
	cells map[string]CellRef // every figure by its key
	rows  map[string]*Row    // every data row by its key
}

// OtherHigh is a notice's guidance on reports with much （六）其他处理.
type OtherHigh struct {
	Rows  []string // keys of the rows counted as 其他处理
	Quote string   // the notice's sentence, quoted in the finding
	rows  []*Row
}

// Counted returns the rows counted as 其他处理.
func (o *OtherHigh) Counted() []*Row { return o.rows }

// Label is the official label of what the guidance is about: the group of
// the rows counted, or the row itself ("（六）其他处理" in both formats).
func (o *OtherHigh) Label() string {
	r := o.rows[0]
	if r.Group != nil {
		return r.Group.Label
	}
	return r.Label
}

// KeyFigure is a total shown on the status board: the sum of the totals of
// its rows.
type KeyFigure struct {
	Label string
	Rows  []string // row keys
	rows  []*Row
}

// Sum returns the rows the figure adds up.
func (k KeyFigure) Sum() []*Row { return k.rows }

// Name is the format's name in messages: "2021 格式", "2019 格式（hubei-2020）".
func (f *Format) Name() string {
	if f.Variant != "" {
		return fmt.Sprintf("%s 格式（%s）", f.ID, f.Variant)
	}
	return f.ID + " 格式"
}

// OneRowName names the newest format before f in which the group of the
// row r (a leaf of a group of table 三) is one data row: the format a
// report follows when it prints the group as one row ("2019 格式" for
// （六）其他处理 of the 2021 format); "旧格式" when no registered format does.
func (f *Format) OneRowName(r *Row) string {
	group := r.Key[:max(strings.LastIndexByte(r.Key, '.'), 0)]
	fs := Formats()
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].Years.From >= f.Years.From {
			continue
		}
		if old, err := Get(fs[i].ID, "", fs[i].Years.From); err == nil && old.Row(group) != nil {
			return old.Name()
		}
	}
	return "旧格式"
}

// Section returns the section with the YAML key, or nil.
func (f *Format) Section(key string) *Section {
	for _, s := range f.Sections {
		if s.Key == key {
			return s
		}
	}
	return nil
}

// ProseSections lists the sections that hold prose (一, 五, 六).
func (f *Format) ProseSections() []*Section {
	var out []*Section
	for _, s := range f.Sections {
		if s.Kind == ProseSection {
			out = append(out, s)
		}
	}
	return out
}

// Tables lists the three official tables in order.
func (f *Format) Tables() []*Table {
	return []*Table{&f.Proactive.Table, &f.Requests.Table, &f.Appeals.Table}
}

// Table returns the table of a table section, or nil.
func (f *Format) Table(s *Section) *Table {
	for _, t := range f.Tables() {
		if t.Section == s.Index {
			return t
		}
	}
	return nil
}

// Row returns the data row with the key ("requests.new"), or nil.
func (f *Format) Row(key string) *Row { return f.rows[key] }

// CellRef names one figure: a data cell of a row, or the row's derived total.
type CellRef struct {
	Row   *Row
	Col   int  // index in Row.Columns; unused for a total
	Total bool // the row's derived total
}

// Key is the figure's stable name: "requests.new.natural_person".
func (c CellRef) Key() string {
	if c.Total {
		return c.Row.Key + "." + c.Row.Total.Key
	}
	return c.Row.Key + "." + c.Row.Columns[c.Col].Key
}

// Name is the figure's official name: "表三·一、本年新收政府信息公开申请数量·总计".
func (c CellRef) Name() string {
	if c.Total {
		return c.Row.Cell(c.Row.Total)
	}
	return c.Row.Cell(&c.Row.Columns[c.Col])
}

// Cell returns the figure with the key, as written in a figure reference:
// "requests.new.total", "proactive.licensing" (a one-column row).
func (f *Format) Cell(key string) (CellRef, bool) {
	c, ok := f.cells[key]
	return c, ok
}

// CellKeys lists every figure key in table order, totals included.
func (f *Format) CellKeys() []string {
	var out []string
	for _, row := range f.Rows {
		if len(row.Columns) == 1 && row.Total == nil {
			out = append(out, row.Key)
		}
		for i := range row.Columns {
			out = append(out, CellRef{Row: row, Col: i}.Key())
		}
		if row.Total != nil {
			out = append(out, CellRef{Row: row, Total: true}.Key())
		}
	}
	return out
}

// FeeKeys lists the figure keys of the 信息处理费 statement.
func (f *Format) FeeKeys() []string {
	var out []string
	for _, s := range f.Sections {
		if s.Fee {
			for _, field := range f.Fee.Fields {
				out = append(out, f.Fee.FieldKey(s.Key, field))
			}
		}
	}
	return out
}

// registry holds the registered formats by ID and variant.
var registry = struct {
	sync.Mutex
	formats  map[[2]string]*Format
	resolved map[resolvedKey]*Format
}{formats: map[[2]string]*Format{}, resolved: map[resolvedKey]*Format{}}

type resolvedKey struct {
	id, variant string
	year        int
}

// Register adds a format. Formats register themselves from their files; a
// test may register a fictional one. It panics on a duplicate. The titles
// of the rules that name formats and years follow.
func Register(f *Format) {
	registry.Lock()
	key := [2]string{f.ID, f.Variant}
	if _, dup := registry.formats[key]; dup {
		registry.Unlock()
		panic("spec: format registered twice: " + f.Name())
	}
	registry.formats[key] = f
	registry.Unlock()
	retitle()
}

// Formats lists the registered formats (variants excluded), oldest first.
func Formats() []*Format {
	registry.Lock()
	defer registry.Unlock()
	var out []*Format
	for _, f := range registry.formats {
		if f.Variant == "" {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Years.From < out[j].Years.From })
	return out
}

// Variants lists the registered variants of the format id.
func Variants(id string) []string {
	registry.Lock()
	defer registry.Unlock()
	var out []string
	for k := range registry.formats {
		if k[0] == id && k[1] != "" {
			out = append(out, k[1])
		}
	}
	sort.Strings(out)
	return out
}

// IDs lists the registered format IDs, oldest first.
func IDs() []string {
	var out []string
	for _, f := range Formats() {
		out = append(out, f.ID)
	}
	return out
}

// ForYear returns the ID of the format that serves a report year: the
// newest whose years contain it (a revision takes over from the format it
// revises), or "" when none does.
func ForYear(year int) string {
	fs := Formats()
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].Years.Contains(year) {
			return fs[i].ID
		}
	}
	return ""
}

// Lookup returns the registered, unresolved format, for deriving a revision
// or a variant from it (Clone it first); nil when there is none.
func Lookup(id, variant string) *Format {
	registry.Lock()
	defer registry.Unlock()
	return registry.formats[[2]string{id, variant}]
}

// Latest returns the ID of the newest format.
func Latest() string {
	fs := Formats()
	return fs[len(fs)-1].ID
}

// Get returns the format id (with a variant, or "") resolved for a report
// year: labels that name years are filled in and rows are indexed. The
// value is shared and must not be changed.
func Get(id, variant string, year int) (*Format, error) {
	registry.Lock()
	defer registry.Unlock()
	f, ok := registry.formats[[2]string{id, variant}]
	if !ok {
		return nil, unknown(id, variant)
	}
	key := resolvedKey{id, variant, year}
	if r, ok := registry.resolved[key]; ok {
		return r, nil
	}
	r := f.resolve(year)
	registry.resolved[key] = r
	return r, nil
}

// unknown explains an unregistered format or variant; called with the
// registry locked.
func unknown(id, variant string) error {
	var ids []string
	var variants []string
	for k := range registry.formats {
		if k[1] == "" {
			ids = append(ids, fmt.Sprintf("%q", k[0]))
		}
		if k[0] == id && k[1] != "" {
			variants = append(variants, k[1])
		}
	}
	sort.Strings(ids)
	sort.Strings(variants)
	if _, base := registry.formats[[2]string{id, ""}]; base && variant != "" {
		if len(variants) == 0 {
			return fmt.Errorf("未知的 variant %q（%s 格式没有地方变体）", variant, id)
		}
		return fmt.Errorf("未知的 variant %q（%s 格式可用：%s）", variant, id, strings.Join(variants, "、"))
	}
	return fmt.Errorf("未知的格式 %q（可选 %s）", id, strings.Join(ids, " 或 "))
}
