package main

import (
	"fmt"
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

// manyOutputs makes n outputs without nianbao's marks in the working
// directory, each listed by a manifest there, and the plan that writes them.
func manyOutputs(tb testing.TB, n int) (*plan, []unit) {
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
		tb.Fatal(err)
	}
	return p, units
}

// TestProtectListed: every output the manifest lists may be replaced, and
// one it does not list is refused (the manifest is read once, as a set:
// BenchmarkProtect).
func TestProtectListed(t *testing.T) {
	t.Chdir(t.TempDir())
	p, units := manyOutputs(t, 50)
	if err := p.protect(units, "."); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("foreign.pdf", nil, 0o644)
	units = append(units, unit{path: "foreign.yaml"})
	p.outputs["foreign.yaml"] = []string{"foreign.pdf"}
	if err := p.protect(units, "."); err == nil || !strings.Contains(err.Error(), "foreign.pdf") {
		t.Errorf("an output the manifest does not list: %v", err)
	}
}

// BenchmarkProtect is the check before a second build of 2,000 outputs into
// one folder (relative paths): about 50 ms; when the manifest was searched
// for each output it took 23 s.
func BenchmarkProtect(b *testing.B) {
	b.Chdir(b.TempDir())
	p, units := manyOutputs(b, 2000)
	for b.Loop() {
		if err := p.protect(units, "."); err != nil {
			b.Fatal(err)
		}
	}
}
