package docx

import (
	"testing"

	"nianbao/render"
)

// TestWordWrap: a paragraph with an address, an e-mail or a long Latin
// word lets Word break it at the end of a line (w:wordWrap 0); one with
// numbers and short words only keeps the default, so its numbers stay
// whole.
func TestWordWrap(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"本报告电子版可在青溪县人民政府门户网站（https://www.jnqx.gov.cn）查阅。", "0"},
		{"电子邮箱：qxxzwgk@jnqx.gov.cn）。", "0"},
		{"通过“Governmentinformation”专栏公开。", "0"},
		{"电话：0797-6621580；传真：0797-6621581。", ""},
		{"共收到申请20250000000012345678件。", ""},
		{"通过APP和gov.cn公开。", ""},
		// A word of 4.5 characters (9 half-width) may stretch the line
		// before it by 0.16 em a gap, more than the PDF allows; one of 4
		// by 0.14 em.
		{"通过APP和www.gov.cn公开。", "0"},
		{"在jnqx.gov公开。", ""},
		{"在jnqxx.gov公开。", "0"},
		{"统计期限为2023年1月1日至2023年12月31日。", ""},
	} {
		d := &render.Document{Blocks: []render.Block{&render.Paragraph{Text: c.text}, &render.Heading{Level: 2, Number: "（一）", Text: c.text}}}
		parts, _ := unpack(t, write(t, d))
		ps := parse(t, parts["word/document.xml"]).path("document", "body").all("p")
		for _, p := range ps[1:3] {
			ww := p.path("pPr", "wordWrap")
			if got := ww.attr("val"); got != c.want || (c.want == "") != (ww == nil) {
				t.Errorf("%s: wordWrap %q, want %q", c.text, got, c.want)
			}
		}
	}
}
