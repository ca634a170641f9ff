package author

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"

	"nianbao/spec"
	"nianbao/templates"
)

// WriteOptions choose what WriteYAML writes around the report.
type WriteOptions struct {
	Schema string   // the schema file named in the yaml-language-server line
	Source []string // comment lines saying where the report came from
	// Notes are comment lines written with a prose section or one of its
	// parts (init --from: last year's text, for reference), by NotePath.
	Notes map[string][]string
}

// NotePath names a prose section ("overview") or one of its parts, by
// their indexes ("overview/0/1"), for WriteOptions.Notes.
func NotePath(section string, parts ...int) string {
	p := section
	for _, i := range parts {
		p += "/" + strconv.Itoa(i)
	}
	return p
}

var reportTemplate = template.Must(template.New("report").Parse(templates.ReportYAML))

// WriteYAML writes a report as a report file: every field present, the
// figures and reported totals as they are in the model, the prose, and a
// Chinese comment on every line. Loading the file gives the same report.
func WriteYAML(r *Report, o WriteOptions) []byte {
	f := r.Spec
	w := &yamlWriter{r: r, notes: o.Notes}
	var sections strings.Builder
	for _, s := range f.Sections {
		sections.WriteString(w.section(s))
		sections.WriteString("\n")
	}
	var b strings.Builder
	err := reportTemplate.Execute(&b, map[string]any{
		"Schema": o.Schema, "Source": oneLines(o.Source), "Title": oneLine(r.Title()),
		"NoticeTitle": f.Notice.Title, "Notice": f.Notice.Number,
		"Total": f.Requests.Total.Label, "Ref": f.Requests.Table.Rows[0].Key + "." + f.Requests.Total.Key,
		"Header": w.header(), "Sections": strings.TrimSuffix(sections.String(), "\n"),
	})
	if err != nil {
		panic("report template: " + err.Error()) // the template is part of the program
	}
	return []byte(b.String())
}

// oneLine makes text safe in a comment line: line breaks become spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ReplaceAll(s, "\r", " "), "\n", " ")), " ")
}

func oneLines(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = oneLine(s)
	}
	return out
}

// yamlWriter writes the parts of a report file.
type yamlWriter struct {
	r     *Report
	notes map[string][]string
}

// header writes the fields before the sections.
func (w *yamlWriter) header() string {
	r := w.r
	var y yamlLines
	var choices []string
	for _, f := range spec.Formats() {
		choices = append(choices, fmt.Sprintf("\"%s\"（%s）", f.ID, f.Years))
	}
	y.add(0, keyFormat, fmt.Sprintf("%q", r.Spec.ID), "年报格式："+strings.Join(choices, "或 "))
	if r.Spec.Variant != "" {
		y.add(0, keyVariant, r.Spec.Variant, "地方变体")
	}
	agency := r.Agency.S
	if agency == "" {
		agency = r.Spec.Texts.Placeholder
	}
	y.add(0, keyAgency, yamlString(agency), "报告机关全称")
	y.add(0, keyYear, fmt.Sprint(r.Year), "报告年度")
	if d := r.Date; d != nil {
		y.add(0, keyDate, fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day), "落款日期（可省略）")
	} else {
		y.comment(0, fmt.Sprintf("%s: %d-01-20  （落款日期，可省略）", keyDate, r.Year+1))
	}
	y.add(0, keyWebsite, yamlString(r.Website.S), "本报告电子版查阅网址（可省略）")
	y.add(0, keyContact, "", "联系方式（可省略；用于生成前言）")
	labels := r.Spec.Texts.ContactLabels
	for i, t := range r.Contact.fields() {
		y.add(1, contactKeys[i], yamlString(t.S), labels[i])
	}
	if r.Preamble.S != "" {
		y.add(0, keyPreamble, yamlText(r.Preamble.S, 0), "前言")
	} else {
		y.comment(0, keyPreamble+": |   （前言，可省略：省略时由上面各项自动生成）")
	}
	return y.String()
}

// section writes one section with its heading and guidance as comments.
func (w *yamlWriter) section(s *spec.Section) string {
	var y yamlLines
	y.comment(0, s.Heading())
	if s.Guidance != "" {
		y.comment(0, "格式要求："+s.Guidance)
	}
	switch {
	case s.Kind == spec.TableSection:
		w.table(&y, s)
	case s.Fee:
		y.add(0, s.Key, "", "")
		w.fee(&y)
		w.prose(&y, 1, keyText, NotePath(s.Key), w.r.Prose[s.Index])
	default:
		w.prose(&y, 0, s.Key, NotePath(s.Key), w.r.Prose[s.Index])
	}
	return y.String()
}

// prose writes a section's text, or its parts, under key; path names the
// section for its notes.
func (w *yamlWriter) prose(y *yamlLines, indent int, key, path string, p Prose) {
	w.note(y, indent, path)
	if len(p.Parts) == 0 {
		y.add(indent, key, yamlText(p.Text.S, indent), "")
		return
	}
	y.add(indent, key, "", "")
	if p.Text.S != "" {
		y.raw(strings.Repeat("  ", indent+1) + "- " + yamlText(p.Text.S, indent+1))
	}
	w.parts(y, indent+1, path, p.Parts)
}

func (w *yamlWriter) parts(y *yamlLines, indent int, path string, ps []Part) {
	pad := strings.Repeat("  ", indent)
	for i, p := range ps {
		at := path + "/" + strconv.Itoa(i)
		if p.Title.S == "" {
			w.note(y, indent, at)
			y.raw(pad + "- " + yamlText(p.Text.S, indent))
			continue
		}
		y.raw(pad + "- " + keyTitle + ": " + yamlString(p.Title.S))
		w.note(y, indent+1, at)
		if p.Text.S != "" {
			y.raw(pad + "  " + keyText + ": " + yamlText(p.Text.S, indent+1))
		}
		if len(p.Parts) > 0 {
			y.raw(pad + "  " + keyParts + ":")
			w.parts(y, indent+2, at, p.Parts)
		}
	}
}

// note writes the notes of a section or part as comments.
func (w *yamlWriter) note(y *yamlLines, indent int, path string) {
	for _, line := range w.notes[path] {
		y.comment(indent, line)
	}
}

// fee writes the 信息处理费 statement.
func (w *yamlWriter) fee(y *yamlLines) {
	r, fee := w.r, w.r.Spec.Fee
	if r.Fee == nil {
		return
	}
	var items, names []string
	for i, field := range fee.Fields {
		if x := r.Fee.Values[i]; x != nil {
			items = append(items, field.Key+": "+figureText(*x))
			names = append(names, field.Label)
		}
	}
	y.add(1, fee.Key, "{"+strings.Join(items, ", ")+"}", fee.Label+"："+strings.Join(names, ", "))
}

// figureText writes a figure as a YAML scalar: plain when it reads back as
// the same number, else quoted ("+303", "12932.14万元", a blank's text).
func figureText(v Value) string {
	s := v.String()
	if v.Bad {
		s = v.Raw
	}
	if _, err := ParseDecimal(s); err != nil || strings.HasPrefix(s, "+") {
		return yamlString(s)
	}
	return s
}

// figureCells writes each figure of a row, and the reported total when there
// is one.
func figureCells(vs []Value, reported *Value) []string {
	var cells []string
	for _, v := range vs {
		cells = append(cells, figureText(v))
	}
	if reported != nil {
		cells = append(cells, figureText(*reported))
	}
	return cells
}

// rowText writes a row's figures as a flow sequence (a bare scalar for one),
// with the reported total when there is one.
func rowText(vs []Value, reported *Value, bare bool) string {
	cells := figureCells(vs, reported)
	if bare && len(cells) == 1 {
		return cells[0]
	}
	return "[" + strings.Join(cells, ", ") + "]"
}

// table writes a table section.
func (w *yamlWriter) table(y *yamlLines, s *spec.Section) {
	switch f := w.r.Spec; s.Index {
	case f.Proactive.Section:
		w.proactive(y)
	case f.Requests.Section:
		w.requests(y)
	case f.Appeals.Section:
		w.appeals(y)
	}
}

func (w *yamlWriter) proactive(y *yamlLines) {
	t := w.r.Spec.Proactive
	y.add(0, t.Key, "", "")
	for _, b := range t.Blocks {
		y.comment(1, b.Title+"（"+labels(b.Columns)+"）")
		for _, ln := range b.Lines {
			row := w.r.Row(ln.Row)
			value := rowText(row.Values, nil, true)
			if ln.Optional && !row.Given {
				y.comment(1, ln.Key+": "+value+"  # "+ln.Label+"（可选行，部分省份要求：需要时去掉行首的 #）")
				continue
			}
			y.add(1, ln.Key, value, ln.Label)
		}
	}
}

func (w *yamlWriter) requests(y *yamlLines) {
	t := w.r.Spec.Requests
	y.add(0, t.Key, "", "")
	y.comment(1, fmt.Sprintf("每行 %d 个数：%s。%s由工具计算；", len(t.Applicants), labels(t.Applicants), t.Total.Label))
	y.comment(1, fmt.Sprintf("照抄已有报告时可在行末加第 %d 个数（%s），工具会核对。", len(t.Applicants)+1, t.Total.Label))
	var walk func(ns []*spec.Node, indent int)
	walk = func(ns []*spec.Node, indent int) {
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
				w.derivedRow(y, indent, n)
			default:
				row := w.r.Row(n.Row)
				y.add(indent, n.Key, rowText(row.Values, row.Reported, false), label)
			}
		}
	}
	walk(t.Nodes, 1)
}

// derivedRow writes the derived row: the figures the report states, or a
// comment that the tool computes it.
func (w *yamlWriter) derivedRow(y *yamlLines, indent int, n *spec.Node) {
	row := w.r.Row(n.Row)
	if row.Claimed == nil {
		y.comment(indent, fmt.Sprintf("%s：由工具计算，不必填写（照抄已有报告时可写 %s: [...] 供核对）", n.Label, n.Key))
		return
	}
	y.add(indent, n.Key, rowText(row.Claimed, row.Reported, false), n.Label+"（照抄的数字，工具核对）")
}

func (w *yamlWriter) appeals(y *yamlLines) {
	t := w.r.Spec.Appeals
	y.add(0, t.Key, "", "")
	y.comment(1, fmt.Sprintf("每行 %d 个数：%s。%s由工具计算（可加第 %d 个数供核对）。", len(t.Outcomes), labels(t.Outcomes), t.Total.Label, len(t.Outcomes)+1))
	for _, g := range t.Groups {
		row := w.r.Row(g.Row)
		y.add(1, g.Key, rowText(row.Values, row.Reported, false), g.Label)
	}
}
