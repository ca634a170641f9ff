package author

import (
	"fmt"
	"strings"
	"text/template"
	"time"

	"nianbao/templates"
)

// TemplateOptions choose what `nianbao init` writes.
type TemplateOptions struct {
	Format Format
	Year   int    // 0: last year
	Agency string // "": a placeholder
	Schema string // the schema file named in the yaml-language-server line
}

// Template returns a new report file: every field present, tables filled
// with zeros, prose placeholders, and a Chinese comment on every line.
func Template(o TemplateOptions) ([]byte, error) {
	if o.Year == 0 {
		o.Year = time.Now().Year() - 1
	}
	if o.Agency == "" {
		o.Agency = "（待填写）"
	}
	spec, err := NewSpec(o.Format, "", o.Year)
	if err != nil {
		return nil, err
	}
	t, err := template.New("report").Parse(templates.ReportYAML)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	err = t.Execute(&b, map[string]any{
		"Format": o.Format, "F2021": o.Format == Format2021, "Notice": spec.Notice,
		"Year": o.Year, "NextYear": o.Year + 1, "Agency": o.Agency, "Schema": o.Schema,
		"Proactive": spec.proactiveYAML(), "Requests": spec.requestsYAML(), "Appeals": spec.appealsYAML(),
		"Fee": "信息处理费：" + strings.Join(feeLabels, ", "),
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

func zeros(n int, kinds ...Kind) string {
	z := make([]string, n)
	for i := range z {
		z[i] = "0"
		if i < len(kinds) && kinds[i] == KindAmount {
			z[i] = `"0元"`
		}
	}
	if n == 1 {
		return z[0]
	}
	return "[" + strings.Join(z, ", ") + "]"
}

func labels(cols []Column) string {
	var ls []string
	for _, c := range cols {
		ls = append(ls, c.Label)
	}
	return strings.Join(ls, ", ")
}

func (s *Spec) proactiveYAML() string {
	var y yamlLines
	y.add(0, "proactive", "", "")
	for _, b := range s.Proactive {
		y.comment(1, b.Title+"（"+labels(b.Columns)+"）")
		var kinds []Kind
		for _, c := range b.Columns {
			kinds = append(kinds, c.Kind)
		}
		for _, ln := range b.Lines {
			comment := ln.Label
			if ln.Optional {
				comment += "（可选行，部分省份要求）"
			}
			y.add(1, ln.Key, zeros(len(b.Columns), kinds...), comment)
		}
	}
	return y.String()
}

func (s *Spec) requestsYAML() string {
	var y yamlLines
	y.add(0, "requests", "", "")
	y.comment(1, fmt.Sprintf("每行六个数：%s。总计由工具计算；", labels(s.Applicants)))
	y.comment(1, "照抄已有报告时可在行末加第七个数（总计），工具会核对。")
	var walk func(ns []*RowNode, indent int)
	walk = func(ns []*RowNode, indent int) {
		for _, n := range ns {
			label := n.Label + n.Note
			switch {
			case n.Key == "":
				y.comment(indent, label)
				walk(n.Children, indent)
			case len(n.Children) > 0:
				y.add(indent, n.Key, "", label)
				walk(n.Children, indent+1)
			case n.Derived:
				y.comment(indent, label+"：由工具计算，不必填写（照抄已有报告时可写 total: [...] 供核对）")
			default:
				y.add(indent, n.Key, zeros(len(s.Applicants)), label)
			}
		}
	}
	walk(s.Requests, 1)
	return y.String()
}

func (s *Spec) appealsYAML() string {
	var y yamlLines
	y.add(0, "appeals", "", "")
	y.comment(1, fmt.Sprintf("每行四个数：%s。总计由工具计算（可加第五个数供核对）。", labels(s.AppealOutcomes)))
	for _, g := range s.AppealGroups {
		y.add(1, g.Key, zeros(len(s.AppealOutcomes)), g.Label)
	}
	return y.String()
}
