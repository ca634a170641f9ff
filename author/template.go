package author

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"
	"time"

	"gopkg.in/yaml.v3"

	"nianbao/templates"
)

// TemplateOptions choose what `nianbao init` (or `import`) writes.
type TemplateOptions struct {
	Format  Format
	Variant string
	Year    int    // 0: last year
	Agency  string // "": a placeholder
	Date    string // 落款日期, "" to leave it out
	Schema  string // the schema file named in the yaml-language-server line
	Source  string // a comment line saying where the figures came from
	// Figures are the values to write, by key as in Report.Lookup
	// ("requests.new.natural_person"); nil writes a blank template of zeros.
	Figures map[string]string
	// Totals writes each row's total from Figures ("requests.new.total") as
	// its last number, so check compares it with the sum.
	Totals bool
}

// Template returns a report file: every field present, tables filled with
// the figures (or zeros), prose placeholders, and a Chinese comment on every
// line.
func Template(o TemplateOptions) ([]byte, error) {
	if o.Year == 0 {
		o.Year = time.Now().Year() - 1
	}
	if o.Agency == "" {
		o.Agency = Placeholder
	}
	spec, err := NewSpec(o.Format, o.Variant, o.Year)
	if err != nil {
		return nil, err
	}
	v := values{m: o.Figures, totals: o.Totals}
	t, err := template.New("report").Parse(templates.ReportYAML)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	err = t.Execute(&b, map[string]any{
		"Format": o.Format, "Variant": o.Variant, "F2021": o.Format == Format2021, "Notice": spec.Notice,
		"Year": o.Year, "NextYear": o.Year + 1, "Agency": yamlString(o.Agency), "Date": o.Date,
		"Schema": o.Schema, "Source": o.Source,
		"Proactive": spec.proactiveYAML(v), "Requests": spec.requestsYAML(v), "Appeals": spec.appealsYAML(v),
		"Fee": "信息处理费：" + strings.Join(feeLabels, ", "), "FeeValues": v.fee(),
	})
	return []byte(b.String()), err
}

// yamlLines writes aligned "key: value  # comment" lines.
type yamlLines struct {
	b    strings.Builder
	rows [][3]string // indent+key, value, comment
}

func (y *yamlLines) add(indent int, key, value, comment string) {
	y.rows = append(y.rows, [3]string{strings.Repeat("  ", indent) + key + ":", value, comment})
}

func (y *yamlLines) comment(indent int, text string) {
	y.rows = append(y.rows, [3]string{strings.Repeat("  ", indent) + "# " + text})
}

func (y *yamlLines) String() string {
	width := 0
	for _, r := range y.rows {
		if r[1] != "" || r[2] != "" {
			width = max(width, len(r[0])+1+len(r[1]))
		}
	}
	for _, r := range y.rows {
		line := r[0]
		if r[1] != "" {
			line += " " + r[1]
		}
		if r[2] != "" {
			line += strings.Repeat(" ", width-len(line)+2) + "# " + r[2]
		}
		y.b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return y.b.String()
}

// values supplies the figures a template writes.
type values struct {
	m      map[string]string
	totals bool
}

// get returns the figure at key as a YAML scalar: "0" when there is none,
// quoted when it is not a plain number.
func (v values) get(key string) string {
	s, ok := v.m[key]
	if !ok {
		return "0"
	}
	if _, err := ParseDecimal(s); err != nil || strings.HasPrefix(s, "+") {
		return yamlString(s)
	}
	return s
}

// row writes a row's figures as a flow sequence (a bare scalar for one),
// with its total when figures were given.
func (v values) row(path string, cols []Column, total bool) string {
	var cells []string
	for _, c := range cols {
		cells = append(cells, v.get(path+"."+c.Key))
	}
	if total && v.totals {
		cells = append(cells, v.get(path+".total"))
	}
	if len(cells) == 1 {
		return cells[0]
	}
	return "[" + strings.Join(cells, ", ") + "]"
}

// fee writes the processing_fee mapping.
func (v values) fee() string {
	var parts []string
	for _, k := range feeKeys {
		parts = append(parts, k+": "+v.get("other_matters.processing_fee."+k))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// yamlString quotes s when YAML would not read it back as the same text.
func yamlString(s string) string {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("x: "+s), &n); err == nil && len(n.Content) > 0 {
		if m := n.Content[0]; len(m.Content) == 2 && m.Content[1].Tag == "!!str" && m.Content[1].Value == s {
			return s
		}
	}
	return strconv.Quote(s)
}

func labels(cols []Column) string {
	var ls []string
	for _, c := range cols {
		ls = append(ls, c.Label)
	}
	return strings.Join(ls, ", ")
}

func (s *Spec) proactiveYAML(v values) string {
	var y yamlLines
	y.add(0, "proactive", "", "")
	for _, b := range s.Proactive {
		y.comment(1, b.Title+"（"+labels(b.Columns)+"）")
		for _, ln := range b.Lines {
			comment := ln.Label
			if ln.Optional {
				_, given := v.m["proactive."+ln.Key+"."+b.Columns[0].Key]
				if v.m == nil {
					y.comment(1, ln.Key+": "+v.row("proactive."+ln.Key, b.Columns, false)+"  # "+comment+"（可选行，部分省份要求：需要时去掉行首的 #）")
				}
				if !given {
					continue
				}
			}
			y.add(1, ln.Key, v.row("proactive."+ln.Key, b.Columns, false), comment)
		}
	}
	return y.String()
}

func (s *Spec) requestsYAML(v values) string {
	var y yamlLines
	y.add(0, "requests", "", "")
	y.comment(1, fmt.Sprintf("每行六个数：%s。总计由工具计算；", labels(s.Applicants)))
	y.comment(1, "照抄已有报告时可在行末加第七个数（总计），工具会核对。")
	var walk func(ns []*RowNode, indent int, prefix string)
	walk = func(ns []*RowNode, indent int, prefix string) {
		for _, n := range ns {
			label := n.Label + n.Note
			path := join(prefix, n.Key)
			switch {
			case n.Key == "":
				y.comment(indent, label)
				walk(n.Children, indent, prefix)
			case len(n.Children) > 0:
				y.add(indent, n.Key, "", label)
				walk(n.Children, indent+1, path)
			case n.Derived && !v.totals:
				y.comment(indent, label+"：由工具计算，不必填写（照抄已有报告时可写 total: [...] 供核对）")
			default:
				y.add(indent, n.Key, v.row(path, s.Applicants, true), label)
			}
		}
	}
	walk(s.Requests, 1, "requests")
	return y.String()
}

func (s *Spec) appealsYAML(v values) string {
	var y yamlLines
	y.add(0, "appeals", "", "")
	y.comment(1, fmt.Sprintf("每行四个数：%s。总计由工具计算（可加第五个数供核对）。", labels(s.AppealOutcomes)))
	for _, g := range s.AppealGroups {
		y.add(1, g.Key, v.row("appeals."+g.Key, s.AppealOutcomes, true), g.Label)
	}
	return y.String()
}

// Blank returns a report of zeros in a format: the layout of its tables,
// for reading a workbook back. Optional rows (其他主动公开文件) are in it
// when keys, the figures the workbook lists, name them.
func Blank(f Format, variant string, year int, keys []string) (*Report, error) {
	zeros := map[string]string{}
	for _, k := range keys {
		zeros[k] = "0"
	}
	data, err := Template(TemplateOptions{Format: f, Variant: variant, Year: year, Agency: "x", Figures: zeros})
	if err != nil {
		return nil, err
	}
	r, fs := Load("blank.yaml", data)
	if r == nil {
		return nil, fmt.Errorf("blank %s report: %v", f, fs)
	}
	return r, nil
}
