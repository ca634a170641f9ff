package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerated: each output nianbao writes carries its marks, and a file
// of another kind, or not nianbao's, does not pass for one.
func TestGenerated(t *testing.T) {
	dir := t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(dir, "a.yaml"))
	if code, _, errs := nianbao("build", filepath.Join(dir, "a.yaml")); code != 0 {
		t.Fatal(errs)
	}
	for _, o := range outputs() {
		data, err := os.ReadFile(filepath.Join(dir, "a"+o.ext))
		if err != nil {
			t.Fatal(err)
		}
		if !generated(filepath.Join(dir, "a"+o.ext)) {
			t.Errorf("a%s is not known as nianbao's", o.ext)
		}
		for _, other := range outputs() {
			if other.ext == o.ext {
				continue
			}
			// The same bytes under another kind's name, and a file
			// written by hand.
			foreign := filepath.Join(dir, "x"+o.ext+other.ext)
			os.WriteFile(foreign, data, 0o644)
			if generated(foreign) {
				t.Errorf("a%s passes for a %s", o.ext, other.ext)
			}
		}
		hand := filepath.Join(dir, "hand"+o.ext)
		os.WriteFile(hand, []byte(strings.Repeat("本单位自己写的报告 nianbao ", 100)), 0o644)
		if generated(hand) {
			t.Errorf("a %s written by hand passes for nianbao's", o.ext)
		}
	}
}
