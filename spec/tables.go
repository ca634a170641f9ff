package spec

import "strings"

// Table is what the three official tables share.
type Table struct {
	ID      string // short stable name: "t2", "t3", "t4"
	Number  string // "表二"
	Title   string // short title: "主动公开政府信息情况"
	Key     string // the YAML key of its section: "proactive"
	Section int    // index of the section that holds it
	// Widths are the relative column widths of its grid; equal widths when
	// they do not match the grid.
	Widths []int
	// Wide tables need the full text width and a smaller type; Dense ones
	// have many narrow columns (the smallest type, a landscape sheet).
	Wide, Dense bool

	Rows []*Row // its data rows in order; set by resolve
}

// Name is the numbered short name: "表三 收到和处理政府信息公开申请情况".
func (t *Table) Name() string { return t.Number + " " + t.Title }

// Row is one data row of an official table: a line of table 二, a leaf of
// table 三, a row group of table 四. Its identity is computed once, when the
// format is resolved.
type Row struct {
	Index   int    // position in Format.Rows
	Table   *Table // the table it belongs to
	Key     string // full YAML path: "requests.withheld.state_secret"
	Label   string // official label of the row itself: "1.属于国家秘密"
	Note    string // printed after the label in a lighter face
	Name    string // official name in messages: "（三）不予公开·1.属于国家秘密"
	Short   string // short name in equations: "一", "（七）", "（三）1"
	Aliases []string

	Columns []Column // the data columns the user writes
	Total   *Column  // the derived total column (tables 三 and 四), or nil

	Optional bool   // a row only some provinces add
	Result   bool   // counts toward the results total (table 三)
	Derived  bool   // the row is the sum of SumOf, column by column
	SumOf    []*Row // for a derived row: the rows it adds up
	Group    *Node  // table 三: the category node of a leaf in a group
	Node     *Node  // table 三: the leaf's node
}

// Cell names one of the row's figures: "表三·一、本年新收政府信息公开申请数量·总计".
func (r *Row) Cell(c *Column) string { return r.FullName() + "·" + c.Label }

// FullName is the row's name with its table: "表二·规章".
func (r *Row) FullName() string { return r.Table.Number + "·" + r.Name }

// ProactiveTable is table 二: groups of lines under 第二十条 items, each group
// with its own header of data columns.
type ProactiveTable struct {
	Table
	Blocks []*Block
}

// Block is one 第二十条第（X）项 group of table 二.
type Block struct {
	Title   string   // 第二十条第（一）项
	Aliases []string // other wordings real reports print for the title
	Corner  string   // 信息内容
	Columns []Column // data columns; the last spans what is left of the grid
	Lines   []*Line
}

// Line is one data row of table 二.
type Line struct {
	Key      string // YAML key under proactive
	Label    string
	Note     string // explanatory note printed after the label (variants)
	Optional bool   // a row only some provinces add
	Aliases  []string
	Row      *Row // set by resolve
}

// Grid is the width of table 二's grid: the label column and the widest
// block's data columns.
func (t *ProactiveTable) Grid() int {
	n := 0
	for _, b := range t.Blocks {
		n = max(n, len(b.Columns))
	}
	return n + 1
}

// Spans returns the grid columns each of a block's data columns covers: one
// each, the last covering what is left.
func (t *ProactiveTable) Spans(b *Block) []int {
	spans := make([]int, len(b.Columns))
	for i := range spans {
		spans[i] = 1
	}
	if len(spans) > 0 {
		spans[len(spans)-1] = t.Grid() - len(b.Columns)
	}
	return spans
}

// RequestTable is table 三: a tree of row labels over seven data columns.
type RequestTable struct {
	Table
	Corner     string    // the 勾稽 note in the corner
	Head       []*Header // header tree above the data columns
	Applicants []Column  // the six applicant columns
	Total      Column    // the derived 总计 column
	Nodes      []*Node   // top-level rows
	// Balance is the identity the corner note states, column by column.
	Balance Identity
	// Carry pairs this year's rows (Left) with last year's (Right) that
	// must equal them, column by column.
	Carry Identity
	// LabelColumns is the width of the label part of the grid.
	LabelColumns int
}

// Node is a row label of table 三. Leaves carry data; inner nodes group
// leaves under a merged label cell.
type Node struct {
	Key      string // YAML key under its parent; "" for a keyless group (三、本年度办理结果)
	Label    string
	Note     string // printed after the label in a lighter face
	Aliases  []string
	Children []*Node
	Results  bool // the group whose leaves are the handling results
	Derived  bool // the results total, computed by the tool
	// Lump is the key of the child that takes a group's figures when a
	// report prints the group as one row in the manner of an older format
	// (洪泽区 2023: （六）其他处理 as the 2019 format's single row).
	Lump string
	Row  *Row // a leaf's row; set by resolve
}

// Header is a header cell of table 三 or 四; leaves are data columns.
type Header struct {
	Label    string
	Aliases  []string
	Children []*Header
}

// Identity is an equation between sums of rows that holds column by column.
type Identity struct {
	Left, Right []string // row keys relative to the table ("new")
	left, right []*Row
}

// Sides returns the rows of each side.
func (id Identity) Sides() (left, right []*Row) { return id.left, id.right }

// AppealTable is table 四: one data row of row groups side by side.
type AppealTable struct {
	Table
	Head     []*Header // header tree
	Groups   []*Group
	Outcomes []Column // 结果维持 … 尚未审结
	Total    Column
}

// Group is one row group of table 四: a YAML row drawn as five columns.
type Group struct {
	Key     string // YAML key under appeals
	Label   string // full name in messages
	Aliases []string
	Row     *Row // set by resolve
}

// Continuity is an identity between a column of table 二 this year and
// last year's figures, for each of its rows: Col = Σ Last (last year) +
// Σ Plus − Σ Minus (this year). It holds for real reports in some years
// and not in others, so a break is a warning.
type Continuity struct {
	Rows              []string // row keys
	Col               string   // this year's column
	Last, Plus, Minus []string // column keys
}

// FeeStatement is the 信息处理费 statement of section 六.
type FeeStatement struct {
	Key      string // YAML key under other_matters: "processing_fee"
	Label    string // "信息处理费"
	Fields   []FeeField
	Required bool // the notice asks for it, also when nothing was charged (FEE-MISSING)
	// Unpaid is the row of table 三 of applications no longer processed
	// because a fee went unpaid, "" when the format has none: it cannot be
	// more than 0 when no fee notice was sent.
	Unpaid string
}

// FeeField is one figure of the 信息处理费 statement.
type FeeField struct {
	Key   string // "collected"
	Label string // "实际收取金额（元）"
	Kind  Kind
	Role  FeeRole
}

// FeeRole says what a fee figure stands for.
type FeeRole int

// Fee roles.
const (
	FeeNotices   FeeRole = iota // notices sent
	FeeBilled                   // amount billed
	FeeCollected                // amount collected
)

// FieldKey is a fee field's figure key: "other_matters.processing_fee.collected".
func (f *FeeStatement) FieldKey(section string, field FeeField) string {
	return section + "." + f.Key + "." + field.Key
}

// FieldName is a fee field's name in messages: "信息处理费·实际收取金额（元）".
func (f *FeeStatement) FieldName(field FeeField) string { return f.Label + "·" + field.Label }

// Texts are the fixed texts of reports and templates.
type Texts struct {
	Title       string   // the report's title after agency and year: 政府信息公开工作年度报告
	Keywords    []string // document keywords
	Placeholder string   // prose still to be written: （待填写）
	Law         string   // the regulation the report follows, without book-title marks
	// Preamble is the generated preamble's opening sentence; %s are the
	// law, the format title, the notice number and the section titles.
	Preamble string
	Period   string // the statistics period; %d are the year twice
	Website  string // where the report is online; %s is the address
	Contact  string // whom to ask; %s is the office
	// ContactLabels name the contact fields in the preamble, in the order
	// office, address, postcode, phone, fax, email (office unused).
	ContactLabels [6]string
	FeeNone       string // no fee charged; %d is the year
	FeeCharged    string // fee charged; %d is the year, %s the amount
	FeeNotices    string // notices sent; %s the count
	FeeBilled     string // amount billed; %s the amount
}

// shortName is the numbering at the start of a label, used as the row's
// short name: "一、本年新收…" → "一", "（七）总计" → "（七）", "1.属于…" → "1".
func shortName(label string) string {
	switch {
	case strings.HasPrefix(label, "（"):
		if i := strings.Index(label, "）"); i > 0 {
			return label[:i+len("）")]
		}
	case strings.Contains(label, "、"):
		return label[:strings.Index(label, "、")]
	case strings.Contains(label, "."):
		return label[:strings.Index(label, ".")]
	}
	return label
}
