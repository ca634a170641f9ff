package pdf

import (
	"bytes"
	"unicode/utf16"
)

// producer is the document's Producer: nianbao, with fpdf.
const producer = "nianbao (codeberg.org/go-pdf/fpdf)"

// Made reports whether data is a PDF nianbao wrote: its Producer, as fpdf
// writes it (UTF-16BE), names nianbao.
func Made(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return false
	}
	mark := []byte("/Producer (\xfe\xff")
	for _, u := range utf16.Encode([]rune("nianbao ")) {
		mark = append(mark, byte(u>>8), byte(u))
	}
	return bytes.Contains(data, mark)
}
