package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestBatchShared builds a batch of mixed units with eight workers, which
// share the fonts (parsed once per process) and fpdf's pools. Run under the
// race detector in CI (go test -race -run TestBatchShared ./cmd/nianbao): a
// worker writing into what another reads fails it. Every unit's outputs
// must be byte-identical to those of the same unit built alone, whichever
// worker built it and whatever ran beside it.
func TestBatchShared(t *testing.T) {
	in, out, alone := t.TempDir(), t.TempDir(), t.TempDir()
	sources := []string{"example-2021.yaml", "qiaokou-2020.yaml", "long-2021.yaml", "xiangxi-2020.yaml"}
	agency := regexp.MustCompile(`(?m)^agency: *(\S+)`)
	for i := range 12 {
		src := sources[i%len(sources)]
		data, err := os.ReadFile(filepath.Join("../../testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		// Each copy is its own unit: the same agency twice in a batch is a duplicate.
		data = agency.ReplaceAll(data, []byte(fmt.Sprintf("agency: ${1}第%d分局", i)))
		os.WriteFile(filepath.Join(in, fmt.Sprintf("%02d-%s", i, src)), data, 0o644)
	}
	code, stdout, stderr := nianbao("build", "-j", "8", "-o", out, in)
	if code != 1 { // xiangxi-2020 has errors
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for i := range 12 {
		src := sources[i%len(sources)]
		if src == "xiangxi-2020.yaml" {
			continue // has errors: not built
		}
		base := fmt.Sprintf("%02d-%s", i, src[:len(src)-len(".yaml")])
		if code, _, errs := nianbao("build", "-j", "1", "-o", alone, filepath.Join(in, base+".yaml")); code != 0 {
			t.Fatalf("%s alone: %s", base, errs)
		}
		for _, ext := range []string{".html", ".pdf", ".xlsx", ".docx"} {
			batch, err1 := os.ReadFile(filepath.Join(out, base+ext))
			single, err2 := os.ReadFile(filepath.Join(alone, base+ext))
			if err1 != nil || err2 != nil || !bytes.Equal(batch, single) {
				t.Errorf("%s%s in the batch differs from the unit built alone (%v %v)", base, ext, err1, err2)
			}
		}
	}
}
