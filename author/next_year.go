package author

import (
	"fmt"
	"strings"

	"nianbao/spec"
)

// NextYear starts this year's report from last year's (a report file, a
// workbook or a published page): the agency, website and contacts, the
// titles of the prose sections' parts are kept; each part's text is the
// placeholder, with last year's text as comments (the Notes of the
// returned WriteOptions); every figure is 0 but 二、上年结转, which is last
// year's 四、结转下年度继续办理. o.Year 0 means the year after last year's;
// the format is the one that serves the year unless o.Format names one; an
// empty o.Agency keeps last year's.
func NextYear(prev *Report, o BlankOptions) (*Report, WriteOptions, error) {
	if o.Year == 0 {
		o.Year = prev.Year + 1
	}
	if o.Format == "" {
		o.Format = spec.ForYear(o.Year)
	}
	if _, err := spec.Get(o.Format, prev.Spec.Variant, o.Year); err == nil && o.Format == prev.Spec.ID {
		o.Variant = prev.Spec.Variant
	}
	if o.Agency == "" {
		o.Agency = strings.TrimSpace(prev.Agency.S)
	}
	r, err := Blank(o)
	if err != nil {
		return nil, WriteOptions{}, err
	}
	r.Website, r.Contact = Text{S: prev.Website.S}, prev.Contact
	for _, c := range r.Contact.fields() {
		c.Pos = Pos{}
	}
	for _, row := range r.Rows {
		if p := prev.Spec.Row(row.Spec.Key); p != nil && row.Spec.Optional {
			row.Given = prev.Row(p).Given
		}
	}
	wo := WriteOptions{Notes: map[string][]string{}}
	wo.Source = append(wo.Source, fmt.Sprintf("由 %d 年度的年报开始：机关、网址、联系方式和各部分的小标题沿用上年，正文待填写（上年的正文写在各部分下的注释里，供参考）", prev.Year))
	in, out := CarryNames(r.Spec)
	if missing := carry(r, prev); len(missing) > 0 {
		wo.Source = append(wo.Source, fmt.Sprintf("上年“%s”有读不出的数（%s），本年“%s”相应填 0，请核对", out, strings.Join(missing, "、"), in))
	} else {
		wo.Source = append(wo.Source, fmt.Sprintf("“%s”已填上年“%s”的数字；其余数字为 0（填好本年数字之前，check 会报 %s）", in, out, spec.T3Balance.ID))
	}
	for _, s := range r.Spec.ProseSections() {
		if p := prev.Prose[s.Index]; !p.empty() {
			r.Prose[s.Index] = restart(p, r.Spec.Texts.Placeholder, NotePath(s.Key), wo.Notes, prev.Year)
		}
	}
	if err := r.derive(); err != nil {
		return nil, WriteOptions{}, err
	}
	return r, wo, nil
}

// CarryNames names the rows NextYear fills in from last year's report in
// the format f (its Carry identity): this year's rows and last year's, each
// joined with "、" ("二、上年结转政府信息公开申请数量", "四、结转下年度继续办理").
func CarryNames(f *spec.Format) (in, out string) {
	names := func(rows []*spec.Row) string {
		var s []string
		for _, r := range rows {
			s = append(s, r.Name)
		}
		return strings.Join(s, "、")
	}
	left, right := f.Requests.Carry.Sides()
	return names(left), names(right)
}

// carry sets this year's carried-in figures to last year's carried-forward
// ones, column by column (the format's Carry identity), and names the cells
// last year's report could not give.
func carry(r, prev *Report) []string {
	left, right := r.Spec.Requests.Carry.Sides()
	var missing []string
	for i, l := range left {
		if i >= len(right) {
			break
		}
		from := prev.Spec.Row(right[i].Key)
		if from == nil {
			continue
		}
		src, dst := prev.Row(from), r.Row(l)
		for j := range dst.Values {
			k := slotOf(from.Columns, l.Columns[j].Label)
			switch {
			case k < 0:
			case src.Values[k].Bad:
				missing = append(missing, from.Cell(&from.Columns[k]))
			default:
				dst.Values[j] = Value{Num: src.Values[k].Num}
			}
		}
	}
	return missing
}

// restart keeps a section's part titles, puts the placeholder in place of
// every text, and files last year's texts as notes under path.
func restart(p Prose, placeholder, path string, notes map[string][]string, year int) Prose {
	head := fmt.Sprintf("%d 年度的文字（供参考，不会写入报告）：", year)
	note := func(at string, t Text) {
		if s := strings.TrimSpace(t.S); s != "" {
			notes[at] = append([]string{head}, strings.Split(s, "\n")...)
		}
	}
	out := Prose{}
	if len(p.Parts) == 0 {
		note(path, p.Text)
		out.Text = Text{S: placeholder}
		return out
	}
	var walk func(ps []Part, at string) []Part
	walk = func(ps []Part, at string) []Part {
		var res []Part
		for i, part := range ps {
			here := fmt.Sprintf("%s/%d", at, i)
			note(here, part.Text)
			np := Part{Title: Text{S: part.Title.S}, Parts: walk(part.Parts, here)}
			if len(np.Parts) == 0 || strings.TrimSpace(part.Text.S) != "" {
				np.Text = Text{S: placeholder}
			}
			res = append(res, np)
		}
		return res
	}
	out.Parts = walk(p.Parts, path)
	if s := strings.TrimSpace(p.Text.S); s != "" {
		note(path, p.Text)
	}
	return out
}
