// Package render holds the document model every output format is drawn
// from: a title, numbered headings, paragraphs, tables of cells with spans,
// and a signature block. Package author builds it once from a checked
// report; the renderers in the subpackages (html, …) each draw it and know
// nothing of YAML keys or consistency rules.
package render

// Document is a report ready to be drawn.
type Document struct {
	Title      string   // 机关名称+年度+“政府信息公开工作年度报告”
	TitleLines []string // the title broken at word boundaries for display (≤ 20 characters a line where possible)
	Lang       string   // "zh-CN"
	Meta       Meta     // document properties
	Blocks     []Block  // the body, in order
	Signature  Signature
	// Figures are the reported figures outside the tables (信息处理费), for
	// outputs that list every figure; a workbook lets a person fill them in
	// below the table whose ID is FiguresBeside (the last table when none
	// is), with the Checks.
	Figures       []Figure
	FiguresBeside string
	// Checks are rules among the Figures and the tables' figures, for
	// outputs that can show them live.
	Checks []Check
	// TitleWords are the TitleLines in their words (the parts of the
	// agency's name, the year, the words of the title): where a display too
	// narrow for a line may break it.
	TitleWords [][]string
}

// Tables are the document's tables, in order.
func (d *Document) Tables() []*Table {
	var out []*Table
	for _, b := range d.Blocks {
		if t, ok := b.(*Table); ok {
			out = append(out, t)
		}
	}
	return out
}

// Figure is a named figure outside the tables.
type Figure struct {
	Key   string // stable name: "other_matters.processing_fee.collected"
	Label string // "信息处理费·实际收取金额（元）"
	Value string // as printed
	Range Range  // what a person may write for it
}

// Meta are the document properties written into files that carry them.
type Meta struct {
	Format   string // "2021" or "2019": the template the report follows
	Variant  string // a regional variant, e.g. "hubei-2020"
	Agency   string // author
	Year     int    // report year
	Subject  string
	Keywords []string
	Date     string // 落款日期 as ISO date "2025-01-20", or ""
	Creator  string // the tool and its version
}

// Signature is the closing block: the agency and the date, right-aligned.
type Signature struct {
	Agency string
	Date   string // "2025年1月20日", or ""
}

// Block is a piece of the body: *Heading, *Paragraph or *Table.
type Block interface{ block() }

// Heading is a numbered heading. Level 1 is "一、", 2 "（一）", 3 "1.", 4 "（1）".
type Heading struct {
	Level  int
	Number string // "一、", "（一）", "1.", "（1）"
	Text   string
}

// Paragraph is a body paragraph, first line indented two characters.
type Paragraph struct {
	Text string
}

// Table is an official table laid out on a grid.
type Table struct {
	ID      string     // short stable name: "t2", "t3", "t4"
	Name    string     // numbered short name: "表三 收到和处理政府信息公开申请情况"
	Caption string     // accessible name
	Columns int        // grid width
	Widths  []int      // relative column widths, len Columns
	Wide    bool       // needs the full width and a smaller type (tables 三 and 四)
	Dense   bool       // many narrow columns: the smallest type, a landscape sheet (table 四)
	Head    [][]Cell   // header rows, repeated when the table breaks across pages
	Groups  [][][]Cell // body row groups (table 二: one per 第二十条 item)
	// Checks are the identities the table's figures must satisfy, for
	// outputs that can show them live (the workbook's check row).
	Checks []Check
}

// Check is a rule between sums of figures: an identity, one per column it
// holds for ("一+二=（七）+四" for 自然人, …), or a bound.
type Check struct {
	Label       string   // "一+二=（七）+四·自然人"
	Left, Right []string // keys of the figures each side adds up
	Kind        CheckKind
}

// CheckKind says how a check's sides compare.
type CheckKind int

// Check kinds.
const (
	Equal  CheckKind = iota // Left = Right
	AtMost                  // Left ≤ Right
	Needs                   // Left is 0 unless Right is not
)

// Range is what a figure cell may hold when a person fills it in.
type Range int

// Ranges.
const (
	Count   Range = iota // a non-negative whole number
	Integer              // a whole number, negative too (本年增/减)
	Decimal              // a non-negative number with up to six decimal places
)

// Cell is one grid cell; cells covered by another's span are not listed.
type Cell struct {
	Text    string
	Note    string   // a note printed after the text in a lighter face
	ColSpan int      // ≥ 1
	RowSpan int      // ≥ 1
	Header  bool     // a label (th), not a figure
	Title   bool     // a section title row inside a table (第二十条第（一）项)
	Corner  bool     // the note cell in the corner of table 三
	Key     string   // figures: a stable name ("requests.new.natural_person")
	Number  bool     // figures: right content is a number
	Value   string   // figures: the number as printed ("0", "+303", "5949.088667", "12932.14万元")
	Unit    string   // figures: the unit printed after the number ("万元"), if any
	Sum     []string // derived figures: the keys of the cells it adds up
	Range   Range    // figures: what a person may write in the cell
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*Table) block()     {}

// Rows returns every row of the table, head first.
func (t *Table) Rows() [][]Cell {
	rows := append([][]Cell(nil), t.Head...)
	for _, g := range t.Groups {
		rows = append(rows, g...)
	}
	return rows
}

// Place is a cell with its grid position.
type Place struct {
	Row, Col int
	Cell     *Cell
}

// Grid resolves the spans of rows into positions: for each row the cells
// with their starting column, and the occupancy grid (each slot points to
// the cell that covers it). Renderers use it to map cells to coordinates.
func Grid(rows [][]Cell, columns int) (places [][]Place, cover [][]*Cell) {
	cover = make([][]*Cell, len(rows))
	for i := range cover {
		cover[i] = make([]*Cell, columns)
	}
	places = make([][]Place, len(rows))
	for r := range rows {
		c := 0
		for i := range rows[r] {
			cell := &rows[r][i]
			for c < columns && cover[r][c] != nil {
				c++
			}
			places[r] = append(places[r], Place{Row: r, Col: c, Cell: cell})
			for dr := 0; dr < max(cell.RowSpan, 1) && r+dr < len(rows); dr++ {
				for dc := 0; dc < max(cell.ColSpan, 1) && c+dc < columns; dc++ {
					cover[r+dr][c+dc] = cell
				}
			}
			c += max(cell.ColSpan, 1)
		}
	}
	return places, cover
}

// Role is the typeface a piece of text is drawn in, as official documents
// assign them: 小标宋 for the title, 仿宋 for the body, 黑体 for first-level
// headings, 楷体 for second-level headings and notes.
type Role int

// The four roles.
const (
	RoleBody Role = iota
	RoleTitle
	RoleHei
	RoleKai
)

// Roles lists every role.
var Roles = []Role{RoleBody, RoleTitle, RoleHei, RoleKai}

// String names the role in messages.
func (r Role) String() string {
	return [...]string{"正文（仿宋）", "标题（小标宋）", "一级标题（黑体）", "二级标题（楷体）"}[r]
}

// HeadingRole is the role of a heading of the given level.
func HeadingRole(level int) Role {
	switch level {
	case 1:
		return RoleHei
	case 2:
		return RoleKai
	}
	return RoleBody
}

// TextRole is the role of a cell's text (its Note is always RoleKai).
func (c *Cell) TextRole() Role {
	switch {
	case c.Corner:
		return RoleKai
	case c.Title:
		return RoleHei
	}
	return RoleBody
}

// LabelSpans is a label cell's text in its role (TextRole), then its note,
// if any, in 楷体: what a format breaks into lines (LabelLines).
func (c *Cell) LabelSpans() []Span {
	spans := []Span{{Text: c.Text, Role: c.TextRole()}}
	if c.Note != "" {
		spans = append(spans, Span{Text: c.Note, Role: RoleKai})
	}
	return spans
}

// HeadersOf returns the header cells that name the cell at p: the column
// headers covering its columns in the rows above it that hold only headers
// (up to the nearest such block, nearest first), and the row headers to its
// left (leftmost first).
func HeadersOf(p Place, places [][]Place, cover [][]*Cell) (cols, rows []*Cell) {
	seen := map[*Cell]bool{}
	add := func(list *[]*Cell, h *Cell) {
		if h != nil && h.Header && !seen[h] {
			seen[h] = true
			*list = append(*list, h)
		}
	}
	for row, inHead := p.Row-1, false; row >= 0; row-- {
		if !allHeaders(places[row]) {
			if inHead {
				break
			}
			continue
		}
		inHead = true
		for col := p.Col; col < p.Col+max(p.Cell.ColSpan, 1); col++ {
			add(&cols, cover[row][col])
		}
	}
	for col := 0; col < p.Col; col++ {
		add(&rows, cover[p.Row][col])
	}
	return cols, rows
}

func allHeaders(row []Place) bool {
	for _, p := range row {
		if !p.Cell.Header {
			return false
		}
	}
	return len(row) > 0
}

// Board is the status board of a batch of units: one row per unit.
type Board struct {
	Title    string
	Summary  []string // "共 49 个单位：通过 40，有警告 6，有错误 3", then duplicates, last year, the roster
	Figures  []string // the labels of the key figures of each unit
	Units    []BoardUnit
	Previous bool     // the units were compared with last year's reports: show the column
	Missing  []string // units of the roster that did not report
	Gone     []string // units no longer in the batch whose earlier files were removed
	Left     []string // earlier files changed since nianbao wrote them, left in place
}

// Status is what became of a unit of a batch; the most urgent first.
type Status int

// Statuses, most urgent first.
const (
	StatusFault      Status = iota // an internal error, recovered
	StatusUnreadable               // the file could not be read, or an output not written
	StatusError                    // the report has errors
	StatusWarning                  // warnings only
	StatusClean                    // no findings
)

// String names the status in Chinese.
func (s Status) String() string {
	return [...]string{"内部错误", "无法读取", "有错误", "有警告", "通过"}[s]
}

// Class names the status in markup: "fault", "clean" ….
func (s Status) Class() string {
	return [...]string{"fault", "unreadable", "error", "warning", "clean"}[s]
}

// BoardUnit is one unit on the board.
type BoardUnit struct {
	File     string // the input file
	Agency   string
	Year     int
	Status   Status
	Errors   int
	Warnings int
	Findings []BoardFinding // the unit's findings, one per rule
	Figures  []string       // key figures, as Board.Figures
	Links    []Link         // the unit's outputs
	Previous string         // with Board.Previous: "已对照", "未对照" (PREVIOUS-MISSING says why) or "—" (not read)
	Removed  []string       // earlier outputs removed because the unit now fails
}

// BoardFinding is one rule's findings for a unit: its ID and Chinese
// title, how many, and the first message with its place.
type BoardFinding struct {
	Rule, Title string
	Count       int
	First       string
}

// Link is a file an item links to.
type Link struct {
	Label, Href string
}
