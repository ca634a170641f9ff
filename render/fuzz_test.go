package render_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"nianbao/author"
	"nianbao/render/html"
	"nianbao/render/pdf"
	"nianbao/render/xlsx"
)

// FuzzRender: every report the loader accepts without errors renders to
// HTML, PDF and XLSX without a panic.
func FuzzRender(f *testing.F) {
	for _, pattern := range []string{"../testdata/*.yaml", "../testdata/bad/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, path := range files {
			if data, err := os.ReadFile(path); err == nil && len(data) < 1<<16 {
				f.Add(data)
			}
		}
	}
	fonts, err := pdf.DefaultFonts()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, fs := author.Load("f.yaml", data)
		if r == nil {
			return
		}
		if fs = append(fs, author.Check(r, author.Options{Glyphs: fonts})...); fs.Worst() == author.Error {
			return
		}
		d := r.Document()
		if err := html.Write(io.Discard, d, html.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := html.Write(io.Discard, d, html.Options{Fragment: true}); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := pdf.Write(&b, d, pdf.Options{Fonts: fonts, Date: time.Unix(0, 0)}); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
		if err := xlsx.Write(io.Discard, d, xlsx.Options{}); err != nil {
			t.Fatal(err)
		}
	})
}
