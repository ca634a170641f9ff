// Package zippkg writes the zip packages of the Office outputs (.xlsx,
// .docx) the same way every time: the parts in the order given, each with
// one modification time, deflated at the fastest level, with the deflate
// writers kept between packages.
package zippkg

import (
	"archive/zip"
	"compress/flate"
	"io"
	"time"
)

// Part is one file of a package.
type Part struct {
	Name string
	Data []byte
}

// Write writes the parts to w in the order given. A modified time a zip
// entry can hold (1980–2107) is given to every part; any other leaves the
// entries without one.
func Write(w io.Writer, parts []Part, modified time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, deflater)
	for _, p := range parts {
		h := &zip.FileHeader{Name: p.Name, Method: zip.Deflate}
		if y := modified.Year(); y >= 1980 && y < 2108 {
			h.Modified = modified.UTC()
		}
		dst, err := zw.CreateHeader(h)
		if err == nil {
			_, err = dst.Write(p.Data)
		}
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// flateWriters keeps deflate writers between packages: a new one allocates
// and clears about 1 MB, and archive/zip's own pool empties at every garbage
// collection. It holds as many as were ever in use at once, up to its size.
var flateWriters = make(chan *flate.Writer, 16)

// level is the fastest: the other levels clear a 640 KB hash table for
// every part (an .xlsx has 13, a .docx 11) and take 60 % longer for
// packages 10 % smaller.
const level = flate.BestSpeed

// deflater is the zip compressor: a deflate writer from flateWriters.
func deflater(w io.Writer) (io.WriteCloser, error) {
	select {
	case fw := <-flateWriters:
		fw.Reset(w)
		return pooled{fw}, nil
	default:
		fw, err := flate.NewWriter(w, level)
		return pooled{fw}, err
	}
}

// pooled returns its writer to flateWriters when closed.
type pooled struct{ *flate.Writer }

func (p pooled) Close() error {
	err := p.Writer.Close()
	select {
	case flateWriters <- p.Writer:
	default:
	}
	return err
}

// ReadPart returns the first max bytes of the part called name of the zip
// package r (size bytes long), and false when it is not a zip package or
// has no such part. Only the package's directory and that part are read.
func ReadPart(r io.ReaderAt, size int64, name string, max int64) ([]byte, bool) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, false
	}
	for _, zf := range zr.File { // not zr.Open, which indexes every name first
		if zf.Name != name {
			continue
		}
		f, err := zf.Open()
		if err != nil {
			return nil, false
		}
		defer f.Close()
		part, err := io.ReadAll(io.LimitReader(f, max))
		return part, err == nil
	}
	return nil, false
}
