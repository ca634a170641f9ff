package docx

import (
	"strings"
	"testing"

	"nianbao/render"
	"nianbao/spec"
)

// cellLines reads a cell's text back as lines: its runs, split at w:br.
func cellLines(tc *node) []string {
	var lines []string
	var b strings.Builder
	for _, p := range tc.all("p") {
		for _, r := range p.all("r") {
			if r.child("br") != nil {
				lines = append(lines, b.String())
				b.Reset()
			}
			b.WriteString(r.texts())
		}
	}
	if b.Len() > 0 || len(lines) > 0 {
		lines = append(lines, b.String())
	}
	return lines
}

// TestLabelBreaks: the labels of the tables break where the PDF breaks
// them (render.LabelLines, for the cell's width) with explicit line
// breaks: balanced lines, no character alone on the last line, numbers
// whole. The columns are the PDF's: a label spanning rows has room for
// three characters a line.
func TestLabelBreaks(t *testing.T) {
	want := map[string]string{
		"三、本年度办理结果":    "三、本|年度办|理结果",
		"自然人":          "自然人",
		"（三）不予公开":      "（三）|不予公开",
		"3.危及“三安全一稳定”": "3.危及“三安|全一稳定”",
		"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）": "（本列数据的勾稽关系为：第一项加第|二项之和，等于第三项加第四项之和）",
		"本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）":  "本年增/减（指|2020年增加或|减少的事项|数，减用负值|表示，如-8）",
	}
	seen := map[string]bool{}
	for _, name := range []string{"example-2021.yaml", "qiaokou-2020.yaml"} {
		_, data := build(t, name)
		parts, _ := unpack(t, data)
		for _, tbl := range parse(t, parts["word/document.xml"]).path("document", "body").all("tbl") {
			for _, tr := range tbl.all("tr") {
				for _, tc := range tr.all("tc") {
					lines := cellLines(tc)
					text := strings.Join(lines, "")
					w := atoi(tc.path("tcPr", "tcW").attr("w"))
					if len(lines) > 1 {
						checkLabelLines(t, name, lines, w)
					}
					if exp, ok := want[text]; ok {
						seen[text] = true
						if got := strings.Join(lines, "|"); got != exp {
							t.Errorf("%s: %s breaks as %s, want %s", name, text, got, exp)
						}
					}
				}
			}
		}
	}
	for text := range want {
		if !seen[text] {
			t.Errorf("no cell %s", text)
		}
	}
}

// checkLabelLines checks a broken label: every line fits the cell, none
// begins with a closing mark or ends with an opening one, and no number or
// word is cut in two.
func checkLabelLines(t *testing.T, name string, lines []string, w int) {
	t.Helper()
	room := float64(w-2*cellPadX) / 20
	for i, ln := range lines {
		if width := render.Cells(ln) * spec.SizeTable; width > room+0.001 {
			t.Errorf("%s: %q is %.1f pt in a cell of %.1f pt", name, ln, width, room)
		}
		first, last := []rune(ln)[0], []rune(ln)[len([]rune(ln))-1]
		if i > 0 && strings.ContainsRune(render.NoStart, first) || i < len(lines)-1 && strings.ContainsRune(render.NoEnd, last) {
			t.Errorf("%s: kinsoku broken in %q", name, strings.Join(lines, "|"))
		}
		if i > 0 && render.IsWordRune(first) && render.IsWordRune([]rune(lines[i-1])[len([]rune(lines[i-1]))-1]) {
			t.Errorf("%s: a word cut in %q", name, strings.Join(lines, "|"))
		}
	}
}
