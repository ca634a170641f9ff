package author

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"nianbao/render"
)

// Creator names the tool in document properties; the CLI sets the version.
var Creator = "nianbao"

// Title is the report's title: 机关名称 + 年度 + 政府信息公开工作年度报告.
func (r *Report) Title() string {
	return fmt.Sprintf("%s%d年政府信息公开工作年度报告", strings.TrimSpace(r.Agency.S), r.Year)
}

// titleLines breaks the title as official documents do: a title longer
// than 20 characters goes on two lines, the agency on the first.
func (r *Report) titleLines() []string {
	t := r.Title()
	agency := strings.TrimSpace(r.Agency.S)
	if utf8.RuneCountInString(t) <= 20 || agency == "" {
		return []string{t}
	}
	return []string{agency, strings.TrimPrefix(t, agency)}
}

// Document builds the document model of a checked report. Figures come
// from the report, labels from its spec, totals from derive.
func (r *Report) Document() *render.Document {
	d := &render.Document{
		Title:      r.Title(),
		TitleLines: r.titleLines(),
		Lang:       "zh-CN",
		Meta: render.Meta{
			Format: string(r.Format), Variant: r.Variant,
			Agency: strings.TrimSpace(r.Agency.S), Year: r.Year, Creator: Creator,
			Subject:  fmt.Sprintf("%d年政府信息公开工作年度报告（%s）", r.Year, r.Spec.Notice),
			Keywords: []string{"政府信息公开", "年度报告", fmt.Sprintf("%d", r.Year)},
		},
		Signature: render.Signature{Agency: strings.TrimSpace(r.Agency.S)},
	}
	if r.Date != nil {
		d.Meta.Date = fmt.Sprintf("%04d-%02d-%02d", r.Date.Year, r.Date.Month, r.Date.Day)
		d.Signature.Date = fmt.Sprintf("%d年%d月%d日", r.Date.Year, r.Date.Month, r.Date.Day)
	}
	b := &docBuilder{r: r}
	b.paragraphs(r.preamble())
	for i := range SectionKeys {
		b.add(&render.Heading{Level: 1, Number: chineseNumber(i+1) + "、", Text: r.Spec.Sections[i]})
		switch i {
		case 0, 4:
			b.prose(r.section(i))
		case 1:
			b.add(r.proactiveTable())
		case 2:
			b.add(r.requestsTable())
		case 3:
			b.add(r.appealsTable())
		case 5:
			b.paragraphs(r.feeStatement())
			b.prose(r.OtherMatters)
		}
	}
	d.Blocks = b.blocks
	d.Figures = r.feeFigures()
	return d
}

// feeFigures lists the 信息处理费 figures of section 六.
func (r *Report) feeFigures() []render.Figure {
	if r.Fee == nil {
		return nil
	}
	var out []render.Figure
	for i, v := range []*Value{r.Fee.Notices, r.Fee.Billed, r.Fee.Collected} {
		if v != nil {
			out = append(out, render.Figure{Key: "other_matters.processing_fee." + feeKeys[i], Label: "信息处理费·" + feeLabels[i], Value: v.String()})
		}
	}
	return out
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

// prose adds a section's text and its numbered parts.
func (b *docBuilder) prose(p Prose) {
	b.paragraphs(p.Text.S)
	b.parts(p.Parts, 2)
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

// chineseNumber writes 1..99 in Chinese numerals: 一, 十, 十一, 二十三.
func chineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	}
	return digits[n/10] + "十" + digits[n%10]
}

// preamble is the user's, or one generated from the header fields.
func (r *Report) preamble() string {
	if strings.TrimSpace(r.Preamble.S) != "" {
		return r.Preamble.S
	}
	var titles []string
	for _, s := range r.Spec.Sections {
		titles = append(titles, s)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（%s）要求编制，由%s等六部分组成。", r.Spec.Notice, strings.Join(titles, "、"))
	fmt.Fprintf(&b, "本报告所列数据的统计期限为%d年1月1日至%d年12月31日。", r.Year, r.Year)
	if w := strings.TrimSpace(r.Website.S); w != "" {
		fmt.Fprintf(&b, "本报告电子版可在%s查阅。", w)
	}
	b.WriteString(r.contactSentence())
	return b.String()
}

func (r *Report) contactSentence() string {
	c := r.Contact
	var items []string
	for _, f := range []struct{ label, v string }{{"地址", c.Address.S}, {"邮编", c.Postcode.S}, {"电话", c.Phone.S}, {"传真", c.Fax.S}, {"电子邮箱", c.Email.S}} {
		if v := strings.TrimSpace(f.v); v != "" {
			items = append(items, f.label+"："+v)
		}
	}
	office := strings.TrimSpace(c.Office.S)
	if office == "" && len(items) == 0 {
		return ""
	}
	if office == "" {
		office = strings.TrimSpace(r.Agency.S)
	}
	s := "如对本报告有疑问，请与" + office + "联系"
	if len(items) > 0 {
		s += "（" + strings.Join(items, "；") + "）"
	}
	return s + "。"
}

// feeStatement reports the 信息处理费 in section 六 unless the user's own
// text already does.
func (r *Report) feeStatement() string {
	if r.Fee == nil || r.Fee.Collected == nil || strings.Contains(r.OtherMatters.allText(), "信息处理费") {
		return ""
	}
	f := r.Fee
	if f.Collected.Num.IsZero() && (f.Notices == nil || f.Notices.Num.IsZero()) {
		return fmt.Sprintf("%d年，本机关未收取政府信息公开信息处理费。", r.Year)
	}
	s := fmt.Sprintf("%d年，本机关", r.Year)
	if f.Notices != nil && !f.Notices.Num.IsZero() {
		s += fmt.Sprintf("发出信息处理费收费通知%s件", f.Notices.Num)
		if f.Billed != nil {
			s += fmt.Sprintf("，金额%s元", f.Billed.Num)
		}
		s += "，"
	}
	return s + fmt.Sprintf("实际收取信息处理费%s元。", f.Collected.Num)
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

// KeyFigureLabels name the figures a status board shows for each unit.
var KeyFigureLabels = []string{"新收申请", "办结", "行政复议", "行政诉讼"}

// KeyFigures returns, as KeyFigureLabels name them, the totals of 一、本年
// 新收, （七）总计, 行政复议 and 行政诉讼 (both kinds).
func (r *Report) KeyFigures() []string {
	lit, _ := r.Rows["appeals.litigation_direct"].Total.Add(r.Rows["appeals.litigation_after_review"].Total)
	return []string{r.Rows["requests.new"].Total.String(), r.Rows[r.Spec.TotalRow()].Total.String(),
		r.Rows["appeals.review"].Total.String(), lit.String()}
}
