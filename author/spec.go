package author

import "fmt"

// Format identifies the national template a report follows.
type Format string

// The two national formats.
const (
	Format2019 Format = "2019" // 国办公开办函〔2019〕60号, reports for 2019 and 2020
	Format2021 Format = "2021" // 国办公开办函〔2021〕30号, reports for 2021 onward
)

// VariantHubei2020 is the Hubei 2020 variant of the 2019 format: notes in the
// labels of table 二 and the extra row 其他主动公开文件.
const VariantHubei2020 = "hubei-2020"

// Kind is what a data cell holds.
type Kind int

// Cell kinds.
const (
	KindCount  Kind = iota // non-negative integer
	KindSigned             // integer that may be negative (2019 本年增/减)
	KindMoney              // non-negative exact decimal (2021 收费金额, 万元)
	KindAmount             // a number with its unit as written (2019 采购总金额)
)

// Column is one data column of an official table.
type Column struct {
	Key   string // name used in placeholders and the data sheet
	Label string // official header text
	Span  int    // grid columns the cell covers (table 二 only)
	Kind  Kind
}

// Line is one data row of table 二.
type Line struct {
	Key      string // YAML key under proactive
	Label    string // official row label
	Note     string // explanatory note printed after the label (variants)
	Optional bool   // a row only some provinces add
}

// Block is one 第二十条第（X）项 group of table 二.
type Block struct {
	Title   string   // 第二十条第（一）项
	Corner  string   // 信息内容
	Columns []Column // data columns
	Lines   []Line
}

// RowNode is a row label of table 三. Leaves carry data; inner nodes group
// leaves under a merged label cell.
type RowNode struct {
	Key      string // YAML key under its parent; "" for 三、本年度办理结果
	Label    string
	Note     string // printed after the label in a lighter face
	Children []*RowNode
	Derived  bool // （七）总计: computed by the tool
}

// HeaderNode is a header cell of table 三 or 四; leaves are data columns.
type HeaderNode struct {
	Label    string
	Children []*HeaderNode
}

// AppealGroup is one row group of table 四 (a YAML row, drawn as five columns).
type AppealGroup struct {
	Key   string // YAML key under appeals
	Label string // full name used in messages
}

// Spec is the single description of a format's tables and sections. The
// loader, the rules, the template, the schema and the document all read it.
type Spec struct {
	Format   Format
	Variant  string
	Notice   string    // the notice that defines the format
	Sections [6]string // section titles without their numbers
	// TableNames are the short numbered names of tables 二, 三 and 四
	// (sheet names of the workbook).
	TableNames [3]string

	Proactive []Block

	RequestCorner string        // the 勾稽 note in the corner of table 三
	RequestHead   []*HeaderNode // header tree above the data columns
	Applicants    []Column      // the six applicant columns
	RequestTotal  Column        // the derived 总计 column
	Requests      []*RowNode    // top-level rows

	AppealHead     []*HeaderNode // header tree of table 四
	AppealGroups   []AppealGroup
	AppealOutcomes []Column // 结果维持 … 尚未审结
	AppealTotal    Column
}

// Table names used in messages and captions.
const (
	Table2 = "表二"
	Table3 = "表三"
	Table4 = "表四"
)

// Section keys: the top-level YAML keys of the six sections, in order.
var SectionKeys = [6]string{"overview", "proactive", "requests", "appeals", "problems", "other_matters"}

// NewSpec returns the description for a format, variant and report year.
func NewSpec(f Format, variant string, year int) (*Spec, error) {
	if variant != "" && (variant != VariantHubei2020 || f != Format2019) {
		return nil, fmt.Errorf("未知的 variant %q（仅支持 2019 格式的 %s）", variant, VariantHubei2020)
	}
	s := &Spec{
		Format:  f,
		Variant: variant,
		Sections: [6]string{"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
			"政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"},
		RequestCorner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
		TableNames:    [3]string{Table2 + " 主动公开政府信息情况", Table3 + " 收到和处理政府信息公开申请情况", Table4 + " 行政复议、行政诉讼情况"},
	}
	switch f {
	case Format2021:
		s.Notice = "国办公开办函〔2021〕30号"
		s.Proactive = proactive2021()
	case Format2019:
		s.Notice = "国办公开办函〔2019〕60号"
		s.Proactive = proactive2019(variant, year)
	default:
		return nil, fmt.Errorf("未知的格式 %q（可选 \"2021\" 或 \"2019\"）", f)
	}
	s.setRequests()
	s.setAppeals()
	return s, nil
}

// Leaves returns the data rows of table 三 in order, with their YAML paths
// relative to requests ("withheld.state_secret").
func (s *Spec) Leaves() []LeafRow {
	var out []LeafRow
	var walk func(prefix string, ns []*RowNode, parents []*RowNode)
	walk = func(prefix string, ns []*RowNode, parents []*RowNode) {
		for _, n := range ns {
			key := n.Key
			if prefix != "" && key != "" {
				key = prefix + "." + key
			} else if key == "" {
				key = prefix
			}
			chain := append(append([]*RowNode(nil), parents...), n)
			if len(n.Children) == 0 {
				out = append(out, LeafRow{Path: key, Node: n, Chain: chain})
				continue
			}
			walk(key, n.Children, chain)
		}
	}
	walk("", s.Requests, nil)
	return out
}

// LeafRow is a data row of table 三 with its place in the label tree.
type LeafRow struct {
	Path  string     // YAML path below requests
	Node  *RowNode   // the leaf
	Chain []*RowNode // from the top-level node down to the leaf
}

// Result reports whether the row counts toward （七）总计.
func (l LeafRow) Result() bool {
	return len(l.Chain) > 1 && !l.Node.Derived
}

// Name is the row's official name for messages: the leaf label, prefixed by
// its group where the leaf alone is ambiguous ("（六）其他处理·3.其他").
func (l LeafRow) Name() string {
	if len(l.Chain) == 3 {
		return l.Chain[1].Label + "·" + l.Node.Label
	}
	return l.Node.Label
}
