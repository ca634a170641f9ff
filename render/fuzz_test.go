package render_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"nianbao/author"
	"nianbao/render/docx"
	"nianbao/render/html"
	"nianbao/render/pdf"
	"nianbao/render/xlsx"
)

// FuzzRender: every report the loader accepts without errors renders to
// HTML, PDF, XLSX and DOCX without a panic, the DOCX well-formed.
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
		b.Reset()
		if err := docx.Write(&b, d, docx.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(b.Bytes()); err != nil {
			t.Fatal(err)
		}
	})
}

// wellFormed reads every part of a package as XML.
func wellFormed(pkg []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		dec := xml.NewDecoder(rc)
		for err == nil {
			_, err = dec.Token()
		}
		rc.Close()
		if err != io.EOF {
			return err
		}
	}
	return nil
}
