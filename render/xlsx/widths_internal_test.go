package xlsx

import (
	"math"
	"testing"
)

// TestExcelWidths: widths that differ only in their last digits (as the
// same computation does on arm64 and amd64) are written alike, a whole
// number of 1/256 stays as it is, and no width gets narrower.
func TestExcelWidths(t *testing.T) {
	for _, w := range []float64{9.232304271224415, 7.0476190476190474, 23.550378527353768, 7, 6.25, 1.0 / 256} {
		near := math.Nextafter(w, 0)
		far := math.Nextafter(w, 100)
		got := excelWidths([]float64{near, w, far})
		if got[0] != got[1] || got[1] != got[2] {
			t.Errorf("%v: %v", w, got)
		}
		if got[1] < w-1e-9 || got[1]*256 != math.Trunc(got[1]*256) {
			t.Errorf("%v → %v: narrower, or not in 1/256", w, got[1])
		}
		if w*256 == math.Trunc(w*256) && got[1] != w {
			t.Errorf("%v → %v: a whole number of 1/256 changed", w, got[1])
		}
	}
}
