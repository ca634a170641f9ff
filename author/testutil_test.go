package author

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// checkFile loads and checks a file under testdata.
func checkFile(t *testing.T, name string, opt Options) (*Report, Findings) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return checkBytes(name, data, opt)
}

func checkBytes(name string, data []byte, opt Options) (*Report, Findings) {
	r, fs := Load(name, data)
	if r != nil {
		fs = append(fs, Check(r, opt)...)
	}
	fs.Sort()
	return r, fs
}

// brief lists findings as "RULE:LINE", severity info excluded, sorted.
func brief(fs Findings) []string {
	var out []string
	for _, f := range fs {
		if f.Severity >= Warning {
			out = append(out, fmt.Sprintf("%s:%d", f.Rule, f.Line))
		}
	}
	sort.Strings(out)
	return out
}

// example returns the 2021 example file with old replaced by new (which must occur).
func example(t *testing.T, old, new string) []byte {
	t.Helper()
	data, err := os.ReadFile("../testdata/example-2021.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("example-2021.yaml has no %q", old)
	}
	return []byte(strings.Replace(string(data), old, new, 1))
}

func rules(fs Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func hasRule(fs Findings, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
