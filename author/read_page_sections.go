package author

import (
	"fmt"
	"regexp"
	"strings"

	"nianbao/spec"
)

// text reads what surrounds the tables: the preamble with the address and
// contacts in it, the prose of sections 一, 五 and 六 with their parts, the
// signature's date and the 信息处理费 statement; and notes the text of the
// table sections that has no place in the report.
func (rd *pageReader) text(r *Report) {
	items, lay, f := rd.p.items, &rd.lay, r.Spec
	first := lay.end
	for _, at := range lay.sections {
		if at >= 0 {
			first = min(first, at)
		}
	}
	rd.preamble(r, items[max(lay.title+1, 0):first])
	r.Fee = nil
	for i, s := range f.Sections {
		at := lay.sections[i]
		r.Prose[i] = Prose{}
		if at < 0 {
			r.SectionPos[i] = rd.titlePos()
			if s.Kind == spec.ProseSection {
				rd.add(spec.SectionMissing, rd.titlePos(), s.Heading(), "页面上找不到这一部分的标题："+s.Title)
			}
			continue
		}
		r.SectionPos[i] = items[at].pos
		end := lay.end
		for _, next := range lay.sections[i+1:] {
			if next > at {
				end = min(end, next)
				break
			}
		}
		body := items[at+1 : max(end, at+1)]
		switch {
		case s.Kind == spec.TableSection:
			r.TableNotes[i] = rd.offTable(s, body)
		case s.Fee:
			body = rd.generatedFee(r, body)
			r.Prose[i] = proseOf(body, items[at].pos)
			if r.Fee == nil {
				rd.statedFee(r, body)
			}
		default:
			r.Prose[i] = proseOf(body, items[at].pos)
		}
	}
	if lay.date != nil {
		r.Date, r.DatePos = lay.date, lay.datePos
	}
}

// offTable returns the paragraphs of a table section other than its
// table, for the prose checks, and notes them as not imported.
func (rd *pageReader) offTable(s *spec.Section, body []pageItem) Text {
	var paras []string
	var text Text
	for _, it := range body {
		if it.table == nil && runes(it.text) >= 20 && !isFigure(it.text) && !rd.x.inLabel(it.text) {
			paras = append(paras, it.text)
			addLine(&text, Text{S: it.text, Pos: textPlace(it.pos)})
		}
	}
	if len(paras) > 0 {
		first := []rune(paras[0])
		rd.src.Unmapped = append(rd.src.Unmapped, fmt.Sprintf("%s：表格以外的文字 %d 段（本格式这一部分只有表格），首段“%s…”",
			s.Heading(), len(paras), string(first[:min(len(first), 30)])))
	}
	return text
}

// preamble reads the paragraphs between the title and the first section:
// the preamble, and the website and contacts it names.
func (rd *pageReader) preamble(r *Report, items []pageItem) {
	var text Text
	for _, it := range items {
		if it.table != nil || it.blank || runes(it.text) < 30 || isFurniture(it.text) {
			continue
		}
		if _, _, ok := titleOf(it.text, true); ok {
			continue
		}
		addLine(&text, Text{S: it.text, Pos: textPlace(it.pos)})
	}
	r.Preamble = text
	at := text.Pos
	r.Website = Text{S: website(r.Preamble.S), Pos: at}
	rd.contact(r, at)
}

// webAddress finds an address: "http://www.x.gov.cn/", also written with
// a space after "//" or without the scheme.
var webAddress = regexp.MustCompile(`(?i)(?:https?://\s*|www\.)[a-z0-9.\-]+(?:/[^\s（）()，,。；;“”"'<>]*)?`)

// website is the first address in a text, its spaces removed.
func website(s string) string {
	return strings.ReplaceAll(webAddress.FindString(s), " ", "")
}

// contactOffice finds whom the preamble says to ask.
var contactOffice = regexp.MustCompile(`请(?:与|联系)([^，,。；;（(]{2,40}?)联系`)

// contact reads the office, address, postcode, phone, fax and email of the
// preamble's contact sentence.
func (rd *pageReader) contact(r *Report, at Pos) {
	s := r.Preamble.S
	m := contactOffice.FindStringSubmatchIndex(s)
	if m == nil {
		return
	}
	r.Contact.Office = Text{S: strings.TrimSpace(s[m[2]:m[3]]), Pos: at}
	rest := s[m[1]:]
	fields := r.Contact.fields()
	for i, label := range r.Spec.Texts.ContactLabels {
		if i == 0 {
			continue
		}
		re := regexp.MustCompile(regexp.QuoteMeta(label) + `\s*[:：]?\s*([^，,；;。）)\s]+)`)
		if v := re.FindStringSubmatch(rest); v != nil {
			*fields[i] = Text{S: v[1], Pos: at}
		}
	}
}

// fmtRegexp turns a Printf format of spec.Texts into an expression: %d a
// number, %s any text.
func fmtRegexp(format string, anchored bool) *regexp.Regexp {
	q := strings.NewReplacer("%d", `(\d+)`, "%s", `(.*?)`).Replace(regexp.QuoteMeta(format))
	if anchored {
		q = "^" + q + "$"
	}
	return regexp.MustCompile(q)
}

// generatedFee reads the 信息处理费 statement nianbao writes at the head of
// section 六 (its own pages), and returns the section's lines without it.
// Only what the statement prints is set: it leaves out the notices when
// none were sent (or their number is not known).
func (rd *pageReader) generatedFee(r *Report, body []pageItem) []pageItem {
	t := r.Spec.Texts
	for i, it := range body {
		if it.table != nil || it.blank {
			continue
		}
		if fmtRegexp(t.FeeNone, true).MatchString(it.text) {
			rd.setFee(r, it.pos, "", "", "0")
			return append(body[:i:i], body[i+1:]...)
		}
		m := fmtRegexp(t.FeeCharged, true).FindStringSubmatch(it.text)
		if m == nil {
			return body
		}
		notices, billed := "", ""
		if n := fmtRegexp(t.FeeNotices, false).FindStringSubmatch(m[2]); n != nil {
			notices = n[1]
			if b := fmtRegexp(t.FeeBilled, false).FindStringSubmatch(m[2]); b != nil {
				billed = b[1]
			}
		}
		rd.setFee(r, it.pos, notices, billed, m[3])
		return append(body[:i:i], body[i+1:]...)
	}
	return body
}

// noFee and feeAmount read a report's own sentence on the 信息处理费.
var (
	noFee     = regexp.MustCompile(`(?:未|没有|无|不|免于|免)(?:向[^，。；]{0,12})?(?:收取|收费|产生|发生)`)
	feeAmount = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*元`)
)

// statedFee reads the 信息处理费 from a sentence of section 六 that states
// it: nothing charged, or the amount collected. Only the amount collected
// is set: the notices sent and the amount billed stay unknown (a report
// may not collect a fee it billed), so that check neither takes them for
// zeros nor reports the fee missing.
func (rd *pageReader) statedFee(r *Report, body []pageItem) {
	label := r.Spec.Fee.Label
	for _, it := range body {
		for _, sentence := range strings.FieldsFunc(it.text, func(c rune) bool { return strings.ContainsRune("。；;！", c) }) {
			i := strings.Index(sentence, label)
			if i < 0 {
				continue
			}
			if noFee.MatchString(sentence) {
				rd.setFee(r, it.pos, "", "", "0")
				return
			}
			if m := feeAmount.FindStringSubmatch(sentence[i:]); m != nil {
				rd.setFee(r, it.pos, "", "", m[1])
				return
			}
		}
	}
}

// setFee sets the 信息处理费 figures: notices, billed, collected ("" for
// not stated).
func (rd *pageReader) setFee(r *Report, pos Pos, figures ...string) {
	fee := r.Spec.Fee
	r.Fee = &Fee{Pos: pos, Values: make([]*Value, len(fee.Fields))}
	roles := map[spec.FeeRole]string{spec.FeeNotices: figures[0], spec.FeeBilled: figures[1], spec.FeeCollected: figures[2]}
	for i, field := range fee.Fields {
		if s := roles[field.Role]; s != "" {
			v := rd.value(&pageCell{text: s, pos: pos}, spec.Column{Kind: field.Kind}, fee.FieldName(field))
			r.Fee.Values[i] = &v
		}
	}
}
