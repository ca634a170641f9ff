package main

import (
	"archive/tar"
	"archive/zip"
	"compress/flate"
	"compress/gzip"
	"io"
	"io/fs"
	"sort"
	"time"
)

// entry is one file or folder (name ending in "/") of an archive.
type entry struct {
	name string
	mode fs.FileMode
	data []byte
}

// sorted returns the entries in name order, a folder before what it holds.
func sorted(entries []entry) []entry {
	out := append([]entry(nil), entries...)
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// writeTarGz writes a tar.gz whose bytes depend only on the entries and the
// date: every entry has that time, owner 0:0 without names, and the gzip
// header carries no name or time.
func writeTarGz(w io.Writer, entries []entry, date time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	for _, e := range sorted(entries) {
		h := &tar.Header{Name: e.name, Mode: int64(e.mode.Perm()), ModTime: date, Typeflag: tar.TypeReg, Size: int64(len(e.data))}
		if e.mode.IsDir() {
			h.Typeflag, h.Size = tar.TypeDir, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(e.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

// writeZip writes a zip whose bytes depend only on the entries and the date.
// Names are UTF-8 with the zip's UTF-8 flag set (archive/zip does so for
// non-ASCII names), which Windows Explorer and the common Chinese archivers
// read.
func writeZip(w io.Writer, entries []entry, date time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestCompression)
	})
	for _, e := range sorted(entries) {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: date}
		if e.mode.IsDir() {
			h.Method = zip.Store
		}
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := f.Write(e.data); err != nil {
			return err
		}
	}
	return zw.Close()
}
