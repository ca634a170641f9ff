package zippkg

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
	"time"
)

// TestWrite: the parts come back in order with their data and time, and
// the same parts give the same bytes, also with writers reused from the pool.
func TestWrite(t *testing.T) {
	date := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	parts := []Part{{"b.xml", []byte("<b/>")}, {"a.xml", bytes.Repeat([]byte("年报"), 5000)}}
	for _, tc := range []struct {
		name string
		date time.Time
		want time.Time
	}{
		{"dated", date, date},
		{"undated", time.Time{}, time.Date(1980, 0, 0, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var one, two bytes.Buffer
			if err := Write(&one, parts, tc.date); err != nil {
				t.Fatal(err)
			}
			if err := Write(&two, parts, tc.date); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(one.Bytes(), two.Bytes()) {
				t.Error("the same parts gave different bytes")
			}
			zr, err := zip.NewReader(bytes.NewReader(one.Bytes()), int64(one.Len()))
			if err != nil {
				t.Fatal(err)
			}
			for i, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				data, _ := io.ReadAll(rc)
				if f.Name != parts[i].Name || !bytes.Equal(data, parts[i].Data) || f.Method != zip.Deflate {
					t.Errorf("part %d: %s (method %d), %d bytes", i, f.Name, f.Method, len(data))
				}
				if !f.Modified.Equal(tc.want) {
					t.Errorf("%s modified %v, want %v", f.Name, f.Modified, tc.want)
				}
			}
		})
	}
}
