package pdf

import (
	"bytes"
	"io"
	"unicode/utf16"
)

// producer is the document's Producer: nianbao, with fpdf.
const producer = "nianbao (codeberg.org/go-pdf/fpdf)"

// tail is how much of the end of a PDF Made reads: fpdf writes the
// document information after the pages and fonts, with only the catalog
// and the cross-reference table after it.
const tail = 64 << 10

// Made reports whether the file r (size bytes) is a PDF nianbao wrote: its
// Producer, as fpdf writes it (UTF-16BE), names nianbao.
func Made(r io.ReaderAt, size int64) bool {
	head := make([]byte, 5)
	if _, err := r.ReadAt(head, 0); err != nil || string(head) != "%PDF-" {
		return false
	}
	mark := []byte("/Producer (\xfe\xff")
	for _, u := range utf16.Encode([]rune("nianbao ")) {
		mark = append(mark, byte(u>>8), byte(u))
	}
	for _, n := range []int64{tail / 8, tail} { // most documents have it in the last few kilobytes
		end := make([]byte, min(size, n))
		if _, err := r.ReadAt(end, size-int64(len(end))); err != nil {
			return false
		}
		if bytes.Contains(end, mark) {
			return true
		}
		if n >= size {
			break
		}
	}
	return false
}
