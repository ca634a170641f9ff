// Package pdf draws a render.Document as a PDF in the layout of GB/T
// 9704-2012: A4, a 156 × 225 mm text block of 22 lines of 28 characters,
// 三号 body justified through character spacing, 二号 title, headings in
// 黑体 and 楷体, page numbers "— 1 —", and the official tables with their
// merges, header rows repeated on every page.
package pdf

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"nianbao/render"
	"nianbao/spec"
)

// Options control a PDF.
type Options struct {
	Fonts *Fonts    // nil: the built-in fonts
	Date  time.Time // creation and modification date; never the clock
}

// GlyphError reports characters a role's font cannot draw.
type GlyphError struct {
	Role  render.Role
	Runes []rune
}

func (e *GlyphError) Error() string {
	var b strings.Builder
	for _, r := range e.Runes {
		fmt.Fprintf(&b, "“%c”（U+%04X）", r, r)
	}
	return fmt.Sprintf("%s字体缺少字符 %s", e.Role, b.String())
}

// families are the fpdf font names of the roles.
var families = map[render.Role]string{render.RoleBody: "body", render.RoleTitle: "title", render.RoleHei: "hei", render.RoleKai: "kai"}

// Write lays out d and writes the PDF to w.
func Write(w io.Writer, d *render.Document, opt Options) error {
	fonts := opt.Fonts
	if fonts == nil {
		var err error
		if fonts, err = DefaultFonts(); err != nil {
			return err
		}
	}
	l := newLayout(fonts)
	l.document(d)
	sort.SliceStable(l.ops, func(i, j int) bool { return l.ops[i].page < l.ops[j].page })
	if err := l.coverage(); err != nil {
		return err
	}
	p := fpdf.New("P", "mm", "A4", "")
	setup(p, d, opt.Date)
	if err := addFonts(p, fonts, l.runes); err != nil {
		return err
	}
	replay(p, l)
	p.Close() // first: Output writes what it has even when closing failed
	if err := p.Error(); err != nil {
		return err
	}
	return p.Output(w)
}

// document lays out every block, then the page numbers.
func (l *layout) document(d *render.Document) {
	l.title(d.TitleLines)
	for i, b := range d.Blocks {
		switch b := b.(type) {
		case *render.Heading:
			l.keepWithNext(d.Blocks[i+1:])
			page, y := l.page, l.y
			l.heading(b)
			l.bookmark(b, page, y)
		case *render.Paragraph:
			l.paragraph([]render.Span{{Text: b.Text, Role: render.RoleBody}}, true)
		case *render.Table:
			l.table(b)
		}
	}
	l.signature(d.Signature)
	l.pageNumbers()
}

// pageNumbers puts "— N —" in 四号 7 mm under the text block: odd pages
// right, even pages left, one character in from the edge.
func (l *layout) pageNumbers() {
	width := l.widthFunc(pageSize)
	in := pageSize / ptPerMM
	for page := 1; page <= l.page; page++ {
		s := fmt.Sprintf("— %d —", page)
		us := units([]render.Span{{Text: s, Role: render.RoleBody}}, width)
		w, _ := glyphWidth(us)
		x := marginLeft + in
		if page%2 == 1 {
			x = marginLeft + textW - in - w/ptPerMM
		}
		saved := l.page
		l.page = page
		l.drawLine(x, bottom()+spec.FolioDrop, pageSize/ptPerMM, us, pageSize, 0)
		l.page = saved
	}
}

// coverage refuses characters a font cannot draw: fpdf would draw an empty
// box, or panic beyond the BMP.
func (l *layout) coverage() error {
	for _, role := range render.Roles {
		var missing []rune
		for r := range l.runes[role] {
			if !l.fonts.Has(role, r) && r != ' ' {
				missing = append(missing, r)
			}
		}
		if len(missing) > 0 {
			sort.Slice(missing, func(i, j int) bool { return missing[i] < missing[j] })
			return &GlyphError{Role: role, Runes: missing}
		}
	}
	return nil
}

// addFonts gives fpdf, for each role the document uses, a subset of its
// font with only the characters drawn, cut from the font parsed once per
// process; fpdf embeds it as given. Each document gets bytes of its own:
// nothing handed to fpdf is shared with another worker.
func addFonts(p *fpdf.Fpdf, fonts *Fonts, runes map[render.Role]map[rune]bool) error {
	for _, role := range render.Roles {
		if len(runes[role]) == 0 {
			continue
		}
		cut, err := fonts.faces[role].subset(runes[role])
		if err != nil {
			return fmt.Errorf("%s字体：%w", role, err)
		}
		p.AddUTF8SubsetFontFromBytes(families[role], "", cut)
	}
	return nil
}

// setup sets the page, the metadata and the fixed dates that make the
// output the same for the same input.
func setup(p *fpdf.Fpdf, d *render.Document, date time.Time) {
	p.SetMargins(0, 0, 0)
	p.SetAutoPageBreak(false, 0)
	p.SetCellMargin(0)
	p.SetCatalogSort(true)
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetTitle(d.Title, true)
	p.SetAuthor(d.Meta.Agency, true)
	p.SetSubject(d.Meta.Subject, true)
	p.SetKeywords(strings.Join(d.Meta.Keywords, " "), true)
	p.SetCreator(d.Meta.Creator, true)
	p.SetProducer(producer, true)
	p.SetLang("zh-CN")
	p.SetDrawColor(0, 0, 0)
	p.SetLineWidth(0.25)
}

// replay draws the display list.
func replay(p *fpdf.Fpdf, l *layout) {
	page := 0
	// The text state: a font, size or character spacing is written only
	// when it changes (fpdf writes the font at every SetFont). A new page
	// starts with the font of the page before (AddPage sets it again) and
	// no character spacing.
	var font struct {
		role render.Role
		size float64
	}
	tc := 0.0
	for _, o := range l.ops {
		for page < o.page {
			p.AddPage()
			page++
			tc = 0
		}
		switch o.kind {
		case opRect:
			style := "D"
			if o.fill {
				p.SetFillColor(198, 217, 241)
				style = "FD"
			}
			p.Rect(o.x, o.y, o.w, o.h, style)
		case opText:
			if font.role != o.role || font.size != o.size {
				p.SetFont(families[o.role], "", o.size)
				font.role, font.size = o.role, o.size
			}
			p.SetXY(o.x, o.y)
			if !same(o.tc, tc) {
				p.RawWriteStr(fmt.Sprintf("%.3f Tc\n", o.tc))
				tc = o.tc
			}
			p.CellFormat(0, o.h, o.text, "", 0, "L", false, 0, "")
		case opBookmark:
			p.Bookmark(o.text, o.level, o.y)
		}
	}
	for page < l.page {
		p.AddPage()
		page++
	}
}
