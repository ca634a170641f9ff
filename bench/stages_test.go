// Package bench holds the speed measurements: Go benchmarks of each stage
// of a build here, and whole-process ratios in run.sh (with ./cpu, which
// alternates the commands it compares, and ./gen, which writes the units of
// a batch).
//
//	go test -run XXX -bench . -benchmem ./bench
package bench

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"nianbao/author"
	"nianbao/render"
	"nianbao/render/docx"
	"nianbao/render/html"
	"nianbao/render/pdf"
	"nianbao/render/xlsx"
)

// example is the held-in report: 13 pages, about 5,000 characters of prose.
const example = "../testdata/long-2021.yaml"

var date = time.Date(2024, 1, 26, 0, 0, 0, 0, time.UTC)

func read(b *testing.B) []byte {
	data, err := os.ReadFile(example)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func load(b *testing.B) *author.Report {
	r, fs := author.Load(example, read(b))
	if r == nil {
		b.Fatal(fs)
	}
	return r
}

func fonts(b *testing.B) *pdf.Fonts {
	fs, err := pdf.DefaultFonts()
	if err != nil {
		b.Fatal(err)
	}
	return fs
}

func BenchmarkLoad(b *testing.B) {
	data := read(b)
	for b.Loop() {
		author.Load(example, data)
	}
}

// BenchmarkCheck is every rule, GLYPH-MISSING with the built-in fonts.
func BenchmarkCheck(b *testing.B) {
	r, fs := load(b), fonts(b)
	for b.Loop() {
		author.Check(r, author.Options{Glyphs: fs})
	}
}

func BenchmarkDocument(b *testing.B) {
	r := load(b)
	for b.Loop() {
		r.Document()
	}
}

func BenchmarkHTML(b *testing.B) {
	d := load(b).Document()
	for b.Loop() {
		if err := html.Write(&bytes.Buffer{}, d, html.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	d, fs := load(b).Document(), fonts(b)
	for b.Loop() {
		if err := pdf.Write(&bytes.Buffer{}, d, pdf.Options{Fonts: fs, Date: date}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDFProse10 is the PDF of ten times the prose: it should cost
// no more than about ten times BenchmarkPDF's prose share.
func BenchmarkPDFProse10(b *testing.B) {
	d, fs := load(b).Document(), fonts(b)
	var blocks []render.Block
	for range 10 {
		for _, bl := range d.Blocks {
			if _, ok := bl.(*render.Table); !ok {
				blocks = append(blocks, bl)
			}
		}
	}
	for _, bl := range d.Blocks {
		if _, ok := bl.(*render.Table); ok {
			blocks = append(blocks, bl)
		}
	}
	d.Blocks = blocks
	for b.Loop() {
		if err := pdf.Write(&bytes.Buffer{}, d, pdf.Options{Fonts: fs, Date: date}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXLSX(b *testing.B) {
	d := load(b).Document()
	for b.Loop() {
		if err := xlsx.Write(&bytes.Buffer{}, d, xlsx.Options{Date: date}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDOCX(b *testing.B) {
	d := load(b).Document()
	for b.Loop() {
		if err := docx.Write(&bytes.Buffer{}, d, docx.Options{Date: date}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild is what build does for one unit, short of writing files.
func BenchmarkBuild(b *testing.B) {
	data, fs := read(b), fonts(b)
	for b.Loop() {
		r, _ := author.Load(example, data)
		if f := author.Check(r, author.Options{Glyphs: fs}); f.Worst() == author.Error {
			b.Fatal(strings.TrimSpace(f[0].String()))
		}
		d := r.Document()
		for _, err := range []error{
			html.Write(&bytes.Buffer{}, d, html.Options{}),
			pdf.Write(&bytes.Buffer{}, d, pdf.Options{Fonts: fs, Date: date}),
			xlsx.Write(&bytes.Buffer{}, d, xlsx.Options{Date: date}),
			docx.Write(&bytes.Buffer{}, d, docx.Options{Date: date}),
		} {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
