package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestBatchShared builds a batch of mixed units with eight workers, which
// share the fonts (parsed once per process) and fpdf's pools. Run under the
// race detector in CI (go test -race -run TestBatchShared ./cmd/nianbao): a
// worker writing into what another reads fails it. Copies of one report
// under different names must come out byte-identical, whichever worker
// built them and whatever ran beside it.
func TestBatchShared(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	sources := []string{"example-2021.yaml", "qiaokou-2020.yaml", "long-2021.yaml", "xiangxi-2020.yaml"}
	for i := range 12 {
		src := sources[i%len(sources)]
		copyTo(t, src, filepath.Join(in, fmt.Sprintf("%02d-%s", i, src)))
	}
	code, stdout, stderr := nianbao("build", "-j", "8", "-o", out, in)
	if code != 1 { // xiangxi-2020 has errors
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	name := func(i int, ext string) string {
		src := sources[i%len(sources)]
		return filepath.Join(out, fmt.Sprintf("%02d-%s%s", i, src[:len(src)-len(".yaml")], ext))
	}
	for k := range 3 { // the fourth source has errors and is not built
		for _, ext := range []string{".html", ".pdf", ".xlsx"} {
			first, err := os.ReadFile(name(k, ext))
			if err != nil {
				t.Fatal(err)
			}
			for i := k + len(sources); i < 12; i += len(sources) {
				if other, err := os.ReadFile(name(i, ext)); err != nil || !bytes.Equal(first, other) {
					t.Errorf("%s differs from %s (%v)", name(i, ext), name(k, ext), err)
				}
			}
		}
	}
}
