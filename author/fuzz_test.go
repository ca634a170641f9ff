package author

import (
	"os"
	"path/filepath"
	"testing"
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
