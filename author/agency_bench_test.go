package author

import (
	"fmt"
	"testing"
)

// BenchmarkPartners is a batch of a thousand units each looked up among the
// others, as the survey of a batch does: each name is written in full once.
func BenchmarkPartners(b *testing.B) {
	names := make([]string, 1000)
	for i := range names {
		names[i] = fmt.Sprintf("江南市第%d区市场监督管理局", i)
	}
	a := NewAgencies(nil)
	for b.Loop() {
		x := a.Index(names)
		for i, n := range names {
			x.Partners(n, i)
		}
	}
}
