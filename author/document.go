package author

import (
	"fmt"
	"slices"
	"strings"

	"nianbao/render"
	"nianbao/spec"
)

// Creator names the tool in document properties; the CLI sets the version.
var Creator = "nianbao"

// Title is the report's title: 机关名称 + 年度 + 政府信息公开工作年度报告.
func (r *Report) Title() string {
	return fmt.Sprintf("%s%d年%s", strings.TrimSpace(r.Agency.S), r.Year, r.Spec.Texts.Title)
}

// Document builds the document model of a checked report. Figures come
// from the report, labels from its format, totals from derive.
func (r *Report) Document() *render.Document {
	f := r.Spec
	d := &render.Document{
		Title:      r.Title(),
		TitleWords: r.titleLines(),
		Lang:       "zh-CN",
		Meta: render.Meta{
			Format: f.ID, Variant: f.Variant,
			Agency: strings.TrimSpace(r.Agency.S), Year: r.Year, Creator: Creator,
			Subject:  fmt.Sprintf("%d年%s（%s）", r.Year, f.Texts.Title, f.Notice.Number),
			Keywords: append(append([]string(nil), f.Texts.Keywords...), fmt.Sprintf("%d", r.Year)),
		},
		Signature: render.Signature{Agency: strings.TrimSpace(r.Agency.S)},
	}
	for _, ws := range d.TitleWords {
		d.TitleLines = append(d.TitleLines, strings.Join(ws, ""))
	}
	if r.Date != nil {
		d.Meta.Date = fmt.Sprintf("%04d-%02d-%02d", r.Date.Year, r.Date.Month, r.Date.Day)
		d.Signature.Date = fmt.Sprintf("%d年%d月%d日", r.Date.Year, r.Date.Month, r.Date.Day)
	}
	b := &docBuilder{r: r}
	b.paragraphs(r.preamble())
	for _, s := range f.Sections {
		b.add(&render.Heading{Level: 1, Number: s.Number + "、", Text: s.Title})
		switch {
		case s.Kind == spec.TableSection:
			b.add(r.table(s))
		case s.Fee:
			b.paragraphs(r.feeStatement())
			b.prose(r.Prose[s.Index])
		default:
			b.prose(r.Prose[s.Index])
		}
	}
	d.Blocks = b.blocks
	d.Figures = r.feeFigures()
	d.FiguresBeside, d.Checks = r.feeChecks(d.Figures)
	return d
}

// table lays out the table of a table section.
func (r *Report) table(s *spec.Section) *render.Table {
	switch f := r.Spec; s.Index {
	case f.Proactive.Section:
		return r.proactiveTable()
	case f.Requests.Section:
		return r.requestsTable()
	}
	return r.appealsTable()
}

// feeFigures lists the 信息处理费 figures of section 六.
func (r *Report) feeFigures() []render.Figure {
	if r.Fee == nil {
		return nil
	}
	fee := r.Spec.Fee
	var out []render.Figure
	for i, field := range fee.Fields {
		if v := r.Fee.Values[i]; v != nil {
			out = append(out, render.Figure{Key: fee.FieldKey(r.feeSection().Key, field), Label: fee.FieldName(field), Value: v.String(), Range: ranges[field.Kind]})
		}
	}
	return out
}

// feeChecks are the rules of FEE-FIGURES among the 信息处理费 figures a
// report gives, for a workbook to show as they are typed: 实际收取 ≤
// 通知金额; no application closed for an unpaid fee (表三) without a
// notice. They go beside table 三, which holds that row.
func (r *Report) feeChecks(figures []render.Figure) (string, []render.Check) {
	fee := r.Spec.Fee
	keys := map[spec.FeeRole]string{}
	names := map[spec.FeeRole]string{}
	for _, field := range fee.Fields {
		key := fee.FieldKey(r.feeSection().Key, field)
		if slices.ContainsFunc(figures, func(f render.Figure) bool { return f.Key == key }) {
			keys[field.Role], names[field.Role] = key, fee.FieldName(field)
		}
	}
	var out []render.Check
	if keys[spec.FeeCollected] != "" && keys[spec.FeeBilled] != "" {
		out = append(out, render.Check{Kind: render.AtMost, Label: names[spec.FeeCollected] + " ≤ " + names[spec.FeeBilled],
			Left: []string{keys[spec.FeeCollected]}, Right: []string{keys[spec.FeeBilled]}})
	}
	if unpaid := r.RowAt(fee.Unpaid); unpaid != nil && unpaid.Spec.Total != nil && keys[spec.FeeNotices] != "" {
		total := spec.CellRef{Row: unpaid.Spec, Total: true}
		out = append(out, render.Check{Kind: render.Needs, Label: fmt.Sprintf("%s 不为 0 时，%s 不为 0", total.Name(), names[spec.FeeNotices]),
			Left: []string{total.Key()}, Right: []string{keys[spec.FeeNotices]}})
	}
	return r.Spec.Requests.ID, out
}

// docBuilder collects blocks.
type docBuilder struct {
	r      *Report
	blocks []render.Block
}

func (b *docBuilder) add(bl render.Block) { b.blocks = append(b.blocks, bl) }

// paragraphs adds one paragraph per non-empty line, figure references expanded.
func (b *docBuilder) paragraphs(text string) {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.add(&render.Paragraph{Text: b.r.Expand(line)})
		}
	}
}

// The levels of part headings below a section's "一、": （一）, 1. and
// （1）. The loader refuses parts below the last.
const (
	firstPartLevel = 2
	maxPartLevel   = 4
)

// prose adds a section's text and its numbered parts.
func (b *docBuilder) prose(p Prose) {
	b.paragraphs(p.Text.S)
	b.parts(p.Parts, firstPartLevel)
}

func (b *docBuilder) parts(ps []Part, level int) {
	n := 0
	for _, p := range ps {
		if title := strings.TrimSpace(p.Title.S); title != "" {
			n++
			b.add(&render.Heading{Level: level, Number: partNumber(level, n), Text: b.r.Expand(title)})
		}
		b.paragraphs(p.Text.S)
		b.parts(p.Parts, level+1)
	}
}

// partNumber numbers headings as official documents do: （一） 1. （1）.
func partNumber(level, n int) string {
	switch level {
	case 2:
		return "（" + chineseNumber(n) + "）"
	case 3:
		return fmt.Sprintf("%d.", n)
	}
	return fmt.Sprintf("（%d）", n)
}

// chineseNumber writes a positive number in Chinese numerals as headings
// number their parts: 一, 十, 十一, 二十三, 一百零五, 一千零一十; from
// 10,000 on in Arabic digits.
func chineseNumber(n int) string {
	digits := []rune("零一二三四五六七八九")
	units := []string{"千", "百", "十", ""}
	if n <= 0 || n >= 10000 {
		return fmt.Sprint(n)
	}
	var b strings.Builder
	zero := false
	for i, div := range []int{1000, 100, 10, 1} {
		d := n / div % 10
		switch {
		case d == 0:
			zero = b.Len() > 0
		case div == 10 && d == 1 && b.Len() == 0:
			b.WriteString("十") // 十一, not 一十一
		default:
			if zero {
				b.WriteRune(digits[0])
				zero = false
			}
			b.WriteRune(digits[d])
			b.WriteString(units[i])
		}
	}
	return b.String()
}

// preamble is the user's, or one generated from the header fields.
func (r *Report) preamble() string {
	if strings.TrimSpace(r.Preamble.S) != "" {
		return r.Preamble.S
	}
	f := r.Spec
	t := f.Texts
	var titles []string
	for _, s := range f.Sections {
		titles = append(titles, s.Title)
	}
	var b strings.Builder
	fmt.Fprintf(&b, t.Preamble, t.Law, f.Notice.Title, f.Notice.Number, strings.Join(titles, "、"))
	fmt.Fprintf(&b, t.Period, r.Year, r.Year)
	if w := strings.TrimSpace(r.Website.S); w != "" {
		fmt.Fprintf(&b, t.Website, w)
	}
	b.WriteString(r.contactSentence())
	return b.String()
}

func (r *Report) contactSentence() string {
	t := r.Spec.Texts
	var items []string
	for i, f := range r.Contact.fields() {
		if v := strings.TrimSpace(f.S); v != "" && i > 0 {
			items = append(items, t.ContactLabels[i]+"："+v)
		}
	}
	office := strings.TrimSpace(r.Contact.Office.S)
	if office == "" && len(items) == 0 {
		return ""
	}
	if office == "" {
		office = strings.TrimSpace(r.Agency.S)
	}
	s := fmt.Sprintf(t.Contact, office)
	if len(items) > 0 {
		s += "（" + strings.Join(items, "；") + "）"
	}
	return s + "。"
}

// feeStatement reports the 信息处理费 in section 六 unless the user's own
// text already does.
func (r *Report) feeStatement() string {
	fee, t := r.Spec.Fee, r.Spec.Texts
	collected := r.Fee.Get(fee, spec.FeeCollected)
	if collected == nil || strings.Contains(r.Prose[r.feeSection().Index].allText(), fee.Label) {
		return ""
	}
	notices, billed := r.Fee.Get(fee, spec.FeeNotices), r.Fee.Get(fee, spec.FeeBilled)
	if collected.Num.IsZero() && (notices == nil || notices.Num.IsZero()) {
		return fmt.Sprintf(t.FeeNone, r.Year)
	}
	sent := ""
	if notices != nil && !notices.Num.IsZero() {
		sent = fmt.Sprintf(t.FeeNotices, notices.Num)
		if billed != nil {
			sent += fmt.Sprintf(t.FeeBilled, billed.Num)
		}
		sent += "，"
	}
	return fmt.Sprintf(t.FeeCharged, r.Year, sent, collected.Num)
}

// allText joins every piece of the prose.
func (p Prose) allText() string {
	var b strings.Builder
	b.WriteString(p.Text.S)
	var walk func([]Part)
	walk = func(ps []Part) {
		for _, part := range ps {
			b.WriteString(part.Title.S + part.Text.S)
			walk(part.Parts)
		}
	}
	walk(p.Parts)
	return b.String()
}

// KeyFigures returns the totals the status board shows, as
// spec.KeyFigureLabels name them.
func (r *Report) KeyFigures() []string {
	var out []string
	for _, k := range r.Spec.KeyFigures {
		sum := Int(0)
		for _, s := range k.Sum() {
			sum, _ = sum.Add(r.Row(s).Total)
		}
		out = append(out, sum.String())
	}
	return out
}
