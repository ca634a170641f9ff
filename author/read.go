package author

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// input is a kind of file the tool reads into a report.
type input struct {
	exts  []string                                           // file name extensions, lower case
	magic []byte                                             // the bytes its content starts with, if any
	scan  bool                                               // taken from directories
	skip  func(path string) bool                             // a file of this kind a directory scan leaves out
	read  func(name string, data []byte) (*Report, Findings) // the reader
}

// inputs are the kinds of files Read accepts; the last is the default.
var inputs = []input{
	{exts: []string{".xlsx"}, magic: []byte("PK\x03\x04"), read: ReadWorkbook},
	{exts: []string{".html", ".htm", ".txt"}, scan: true, skip: skipPage, read: ReadPage},
	{exts: []string{".yaml", ".yml"}, scan: true, read: Load},
}

// Read reads a report from any file the tool accepts, chosen by its content
// (a workbook is a zip file) and else by its name: the YAML report file, an
// annex workbook nianbao wrote, a published page (HTML) or its text.
func Read(name string, data []byte) (*Report, Findings) {
	for _, in := range inputs {
		if in.magic != nil && bytes.HasPrefix(data, in.magic) {
			return in.read(name, data)
		}
	}
	ext := strings.ToLower(filepath.Ext(name))
	for _, in := range inputs {
		for _, e := range in.exts {
			if e == ext {
				return in.read(name, data)
			}
		}
	}
	return inputs[len(inputs)-1].read(name, data)
}

// Scanned reports whether a file is one Read takes when it is found in a
// directory. Workbooks are not: a directory of reports also holds the
// annexes built from them. Nor are the pages build writes there (see
// skipPage).
func Scanned(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, in := range inputs {
		for _, e := range in.exts {
			if e == ext && in.scan {
				return in.skip == nil || !in.skip(path)
			}
		}
	}
	return false
}

// skipPage tells the pages a directory scan leaves out: the pages and
// fragments nianbao generated (build writes them next to the reports); a
// page beside a report file of the same name (the file import made from
// it: the report, perhaps corrected, is checked instead); and a page or
// text that names no annual report at all (a 说明.txt).
func skipPage(path string) bool {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	if strings.HasSuffix(strings.ToLower(base), ".fragment") {
		return true
	}
	for _, ext := range []string{".yaml", ".yml"} {
		if _, err := os.Stat(base + ext); err == nil {
			return true
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return false // the scan reports it when it reads it
	}
	defer f.Close()
	data, _ := io.ReadAll(io.LimitReader(f, 1<<20))
	if IsGeneratedPage(data) {
		return true
	}
	text, _, fs := decodePage(path, data)
	return fs == nil && !namesReport(text)
}
