package pdf

import (
	"bytes"
	"testing"
	"unicode/utf16"
)

// TestMadeTail: the Producer is found in the last 8 KB, where it is for
// most documents, or further up to 64 KB from the end (a long document's
// cross-reference table), and not beyond that or in another producer's
// file.
func TestMadeTail(t *testing.T) {
	mark := []byte("/Producer (\xfe\xff")
	for _, u := range utf16.Encode([]rune("nianbao (x)")) {
		mark = append(mark, byte(u>>8), byte(u))
	}
	for _, c := range []struct {
		after int // bytes after the Producer
		mark  []byte
		want  bool
	}{
		{100, mark, true},
		{20 << 10, mark, true},
		{63 << 10, mark, true},
		{70 << 10, mark, false},
		{100, []byte("/Producer (other)"), false},
	} {
		doc := append(append([]byte("%PDF-1.3\n"), c.mark...), bytes.Repeat([]byte{' '}, c.after)...)
		if got := Made(bytes.NewReader(doc), int64(len(doc))); got != c.want {
			t.Errorf("Producer %d bytes from the end: %v, want %v", c.after, got, c.want)
		}
	}
}
