package author

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"nianbao/render/xlsx"
)

// addSeeds adds every report and bad input under testdata as seeds.
func addSeeds(f *testing.F, dir string) {
	for _, pattern := range []string{"*.yaml", "bad/*.yaml"} {
		files, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, path := range files {
			if data, err := os.ReadFile(path); err == nil && len(data) < 1<<16 {
				f.Add(data)
			}
		}
	}
}

// FuzzLoad: any bytes are loaded, checked and turned into a document
// without a panic, and every finding says where and what.
func FuzzLoad(f *testing.F) {
	addSeeds(f, "../testdata")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, fs := Load("f.yaml", data)
		judge(t, r, fs)
	})
}

// FuzzReadWorkbook: any bytes given as a workbook are read, checked and
// written as YAML without a panic; what is written loads again.
func FuzzReadWorkbook(f *testing.F) {
	for _, name := range []string{"example-2021.yaml", "qiaokou-2020.yaml"} {
		data, err := os.ReadFile(filepath.Join("../testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		r, _ := Load(name, data)
		var book bytes.Buffer
		if err := xlsx.Write(&book, r.Document(), xlsx.Options{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
			f.Fatal(err)
		}
		f.Add(book.Bytes())
	}
	f.Add([]byte("PK\x03\x04"))
	f.Add(manyParts(101)) // past the limit on parts
	f.Fuzz(func(t *testing.T, data []byte) {
		r, _ := ReadWorkbook("f.xlsx", data)
		if r == nil {
			return
		}
		Check(r, Options{})
		if again, fs := Load("f.yaml", WriteYAML(r, WriteOptions{})); again == nil {
			t.Fatalf("the YAML written from a workbook does not load: %v", fs)
		}
	})
}

// manyParts is a zip of n empty parts.
func manyParts(n int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range n {
		zw.Create(fmt.Sprintf("xl/%d.xml", i))
	}
	zw.Close()
	return buf.Bytes()
}

// judge checks what a reader made of fuzzed bytes, and draws it when it has
// no errors; every finding must say where and what.
func judge(t *testing.T, r *Report, fs Findings) {
	if r != nil {
		fs = append(fs, Check(r, Options{Previous: r})...)
		if fs.Worst() != Error {
			r.Document()
		}
	}
	for _, x := range fs {
		if x.Rule == "" || x.Message == "" {
			t.Fatalf("finding without rule or message: %+v", x)
		}
	}
}
