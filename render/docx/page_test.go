package docx

import (
	"strconv"
	"strings"
	"testing"
)

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestPage: A4, margins that leave the 156 × 225 mm 版心 at 37 mm from the
// top and 28 mm from the left, a grid of 22 lines × 28 characters, and
// different odd and even footers holding the page number.
func TestPage(t *testing.T) {
	_, data := build(t, "example-2021.yaml")
	parts, _ := unpack(t, data)
	sect := parse(t, parts["word/document.xml"]).path("document", "body", "sectPr")
	mm := func(twips string) float64 { return float64(atoi(twips)) * 25.4 / 1440 }
	pg, mar, grid := sect.child("pgSz"), sect.child("pgMar"), sect.child("docGrid")
	for _, c := range []struct {
		what      string
		got, want float64
	}{
		{"page width", mm(pg.attr("w")), 210}, {"page height", mm(pg.attr("h")), 297},
		{"天头", mm(mar.attr("top")), 37}, {"订口", mm(mar.attr("left")), 28},
		{"版心 width", 210 - mm(mar.attr("left")) - mm(mar.attr("right")), 156},
		{"版心 height", 297 - mm(mar.attr("top")) - mm(mar.attr("bottom")), 225},
	} {
		if c.got < c.want-0.1 || c.got > c.want+0.1 {
			t.Errorf("%s %.2f mm, want %.0f", c.what, c.got, c.want)
		}
	}
	height := atoi(pg.attr("h")) - atoi(mar.attr("top")) - atoi(mar.attr("bottom"))
	width := float64(atoi(pg.attr("w"))-atoi(mar.attr("left"))-atoi(mar.attr("right"))) / 20
	pitch := bodyPt + float64(atoi(grid.attr("charSpace")))/4096
	if grid.attr("type") != "linesAndChars" || height/atoi(grid.attr("linePitch")) != 22 || int(width/pitch) != 28 {
		t.Errorf("grid %v: not 22 lines × 28 characters", grid.attrs)
	}
	settings := parse(t, parts["word/settings.xml"]).child("settings")
	if settings.child("evenAndOddHeaders") == nil {
		t.Error("odd and even footers are not different")
	}
	rels := map[string]string{}
	for _, r := range parse(t, parts["word/_rels/document.xml.rels"]).path("Relationships").all("Relationship") {
		rels[r.attr("Id")] = "word/" + r.attr("Target")
	}
	refs := map[string]string{}
	for _, ref := range sect.all("footerReference") {
		refs[ref.attr("type")] = rels[ref.attr("id")]
	}
	for _, f := range []struct{ kind, side string }{{"default", "right"}, {"even", "left"}} {
		part := parts[refs[f.kind]]
		p := parse(t, part).path("ftr", "p")
		jc, in := p.path("pPr", "jc").attr("val"), p.path("pPr", "ind").attr(f.side)
		field := strings.Contains(string(part), `<w:instrText xml:space="preserve"> PAGE </w:instrText>`)
		if jc != f.side || in != itoa(sizePage*10) || !field || p.texts() != "— 1 —" {
			t.Errorf("%s footer: %s-aligned, indent %s, PAGE field %v, text %q", f.kind, jc, in, field, p.texts())
		}
	}
}

// TestStyles: the named paragraph styles carry GB/T 9704's faces and sizes,
// and the font table names the fallbacks Word and WPS resolve.
func TestStyles(t *testing.T) {
	_, data := build(t, "example-2021.yaml")
	parts, _ := unpack(t, data)
	root := parse(t, parts["word/styles.xml"]).child("styles")
	defaults := root.path("docDefaults", "rPrDefault", "rPr")
	styles := map[string]*node{}
	for _, s := range root.all("style") {
		styles[s.attr("styleId")] = s
	}
	// prop follows basedOn up to the defaults.
	prop := func(id string, path ...string) *node {
		for s := styles[id]; s != nil; s = styles[s.child("basedOn").attr("val")] {
			if n := s.path(path...); n != nil {
				return n
			}
		}
		if path[0] == "rPr" {
			return defaults.path(path[1:]...)
		}
		return nil
	}
	for _, c := range []struct {
		id, name, font string
		size           string
		jc             string
	}{
		{styleTitle, "Title", "方正小标宋简体", "44", "center"},
		{styleBody, "Normal", "仿宋_GB2312", "32", "both"},
		{"Level1", "一级标题", "黑体", "32", "both"},
		{"Level2", "二级标题", "楷体_GB2312", "32", "both"},
		{"Level3", "三级标题", "仿宋_GB2312", "32", "both"},
		{styleSignature, "落款", "仿宋_GB2312", "32", "right"},
		{styleTable, "表格文字", "仿宋_GB2312", "21", "center"},
		{styleFolio, "页码", "宋体", "28", "both"},
	} {
		s := styles[c.id]
		if s == nil {
			t.Errorf("no style %s", c.id)
			continue
		}
		got := []string{s.child("name").attr("val"), prop(c.id, "rPr", "rFonts").attr("eastAsia"), prop(c.id, "rPr", "sz").attr("val"), prop(c.id, "pPr", "jc").attr("val")}
		want := []string{c.name, c.font, c.size, c.jc}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("style %s: %v, want %v", c.id, got, want)
		}
	}
	if ind := prop(styleBody, "pPr", "ind"); ind.attr("firstLineChars") != "200" {
		t.Errorf("body first-line indent %v, want two characters", ind.attrs)
	}
	alt := map[string]string{}
	for _, f := range parse(t, parts["word/fontTable.xml"]).child("fonts").all("font") {
		alt[f.attr("name")] = f.child("altName").attr("val")
	}
	for name, want := range map[string]string{"仿宋_GB2312": "仿宋", "仿宋": "FangSong", "楷体_GB2312": "楷体", "楷体": "KaiTi", "黑体": "SimHei", "方正小标宋简体": "宋体", "宋体": "SimSun"} {
		if alt[name] != want {
			t.Errorf("font %s falls back to %q, want %q", name, alt[name], want)
		}
	}
}

// TestProperties: title, author (the agency), language and the date.
func TestProperties(t *testing.T) {
	d, data := build(t, "example-2021.yaml")
	parts, _ := unpack(t, data)
	core := parse(t, parts["docProps/core.xml"]).child("coreProperties")
	for field, want := range map[string]string{"title": d.Title, "creator": d.Meta.Agency, "language": "zh-CN", "created": "2025-01-20T00:00:00Z", "modified": "2025-01-20T00:00:00Z"} {
		if got := core.child(field).text; got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
}
