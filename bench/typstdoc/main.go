// Command typstdoc writes a report as a Typst document with the same
// content and fonts as nianbao's PDF (title, numbered headings, justified
// paragraphs, the tables with their spans, signature, page numbers), so
// that bench/run.sh can compare the cost of the two PDFs.
//
//	go run ./bench/typstdoc testdata/long-2021.yaml > /tmp/long.typ
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"nianbao/author"
	"nianbao/render"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: typstdoc report.yaml > report.typ")
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	r, fs := author.Load(os.Args[1], data)
	if r == nil {
		log.Fatal(fs)
	}
	fmt.Print(typst(r.Document()))
}

// faces are the Typst font settings of the roles.
var faces = map[render.Role]string{
	render.RoleBody:  `font: "Noto Serif SC"`,
	render.RoleTitle: `font: "Noto Serif SC", weight: "bold"`,
	render.RoleHei:   `font: "Noto Sans SC", weight: "medium"`,
	render.RoleKai:   `font: "Nianbao Kai"`,
}

// typst writes the document in Typst's code mode, every text a string
// literal (no markup to escape).
func typst(d *render.Document) string {
	var b strings.Builder
	b.WriteString(`#set page(paper: "a4", margin: (top: 37mm, left: 28mm, right: 26mm, bottom: 35mm),` +
		` footer: context align(center, text(size: 14pt)[— #counter(page).display() —]))` + "\n")
	fmt.Fprintf(&b, "#set text(%s, size: 16pt, lang: \"zh\")\n", faces[render.RoleBody])
	b.WriteString("#set par(justify: true, first-line-indent: 2em, leading: 0.9em, spacing: 0.9em)\n")
	for _, l := range d.TitleLines {
		fmt.Fprintf(&b, "#align(center, text(%s, size: 22pt, %s))\n", faces[render.RoleTitle], lit(l))
	}
	for _, bl := range d.Blocks {
		switch bl := bl.(type) {
		case *render.Heading:
			fmt.Fprintf(&b, "#par(text(%s, %s))\n", faces[render.HeadingRole(bl.Level)], lit(bl.Number+bl.Text))
		case *render.Paragraph:
			fmt.Fprintf(&b, "#par(%s)\n", lit(bl.Text))
		case *render.Table:
			table(&b, bl)
		}
	}
	fmt.Fprintf(&b, "#align(right, block(%s + linebreak() + %s))\n", lit(d.Signature.Agency), lit(d.Signature.Date))
	return b.String()
}

// table writes an official table: header rows repeated, spans kept.
func table(b *strings.Builder, t *render.Table) {
	fmt.Fprintf(b, "#align(center, text(%s, %s))\n", faces[render.RoleHei], lit(t.Name))
	fmt.Fprintf(b, "#[#set text(size: 10.5pt)\n#set par(justify: false, first-line-indent: 0em)\n#table(columns: %d,\n", t.Columns)
	cells := func(rows [][]render.Cell) {
		for _, row := range rows {
			for _, c := range row {
				text := c.Text + c.Note
				if c.Number {
					text = c.Value
				}
				fmt.Fprintf(b, "table.cell(colspan: %d, rowspan: %d, text(%s, %s)), ", max(c.ColSpan, 1), max(c.RowSpan, 1), faces[c.TextRole()], lit(text))
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("table.header(")
	cells(t.Head)
	b.WriteString("),\n")
	for _, g := range t.Groups {
		cells(g)
	}
	b.WriteString(")]\n")
}

// lit is s as a Typst string literal.
func lit(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
