// Package html draws a render.Document as a self-contained HTML page for an
// agency's portal, or as a fragment with inline styles for a CMS editor.
package html

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"

	"nianbao/render"
	"nianbao/templates"
)

// Options choose the kind of output.
type Options struct {
	// Fragment writes the body content only, styled inline, with no <style>
	// element and no classes, after a comment naming the generator (how a
	// later build knows the file for its own).
	Fragment bool
}

var page = template.Must(template.New("page").Parse(templates.PageHTML))

// Write draws d to w.
func Write(w io.Writer, d *render.Document, opt Options) error {
	bw := bufio.NewWriterSize(w, 16<<10)
	r := &writer{b: bw, fragment: opt.Fragment}
	if opt.Fragment {
		fmt.Fprintf(bw, "<!-- generator: %s -->\n", esc(d.Meta.Creator))
		r.document(d)
		return bw.Flush()
	}
	data := map[string]any{
		"Lang": d.Lang, "Title": d.Title, "Meta": d.Meta,
		"CSS": template.CSS(classCSS() + templates.ReportCSS), // page rules (phone, print) override
	}
	if err := page.ExecuteTemplate(bw, "head", data); err != nil {
		return err
	}
	r.document(d)
	if err := page.ExecuteTemplate(bw, "foot", data); err != nil {
		return err
	}
	return bw.Flush()
}

// writer writes the body markup; every text goes through esc.
type writer struct {
	b        *bufio.Writer // its first error is kept and returned by Flush
	fragment bool
}

var esc = template.HTMLEscapeString

// attr writes the styling of an element: class="…" on the page, style="…"
// in a fragment.
func (r *writer) attr(roles ...string) string {
	if r.fragment {
		var s string
		for _, role := range roles {
			s += styles[role]
		}
		if s == "" {
			return ""
		}
		return ` style="` + strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;").Replace(s) + `"`
	}
	return ` class="` + strings.Join(roles, " ") + `"`
}

func (r *writer) document(d *render.Document) {
	if r.fragment {
		fmt.Fprintf(r.b, "<div%s lang=\"%s\">\n", r.attr("report"), esc(d.Lang))
	}
	fmt.Fprintf(r.b, "<h1%s>%s</h1>\n", r.attr("title"), r.title(d))
	for _, bl := range d.Blocks {
		switch bl := bl.(type) {
		case *render.Heading:
			tag := fmt.Sprintf("h%d", bl.Level+1)
			fmt.Fprintf(r.b, "<%s%s>%s%s</%s>\n", tag, r.attr(tag), esc(bl.Number), r.text(bl.Text), tag)
		case *render.Paragraph:
			roles := []string{"p"}
			if ragged(bl.Text) {
				roles = append(roles, "ragged")
			}
			fmt.Fprintf(r.b, "<p%s>%s</p>\n", r.attr(roles...), r.text(bl.Text))
		case *render.Table:
			r.table(bl)
		}
	}
	fmt.Fprintf(r.b, "<div%s>\n", r.attr("sign"))
	fmt.Fprintf(r.b, "<p%s>%s</p>\n", r.attr("sign-line"), esc(d.Signature.Agency))
	if d.Signature.Date != "" {
		fmt.Fprintf(r.b, "<p%s>%s</p>\n", r.attr("sign-line"), esc(d.Signature.Date))
	}
	r.b.WriteString("</div>\n")
	if r.fragment {
		r.b.WriteString("</div>\n")
	}
}
