package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestProtectManyOutputs: protect looks each output of a batch up in the
// manifest instead of comparing it with every file the manifest lists (a
// second build of 500 units took twice as long as the first). 2,000
// outputs named relative to the working directory, which each comparison
// asked the system for, take far less than a second.
func TestProtectManyOutputs(t *testing.T) {
	t.Chdir(t.TempDir())
	const n = 2000
	p, m := &plan{outputs: map[string][]string{}}, &manifest{}
	var units []unit
	for i := range n {
		in, out := fmt.Sprintf("u%04d.yaml", i), fmt.Sprintf("u%04d.pdf", i)
		os.WriteFile(out, nil, 0o644) // no marks: only the manifest says it is nianbao's
		units = append(units, unit{path: in})
		p.outputs[in] = []string{out}
		m.Units = append(m.Units, manifestUnit{Input: in, Files: []manifestFile{{Path: out}}})
	}
	if err := m.write("."); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := p.protect(units, "."); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("protect of %d outputs took %v", n, d)
	}
}
