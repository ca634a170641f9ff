package author

import (
	"bytes"
	"path/filepath"
	"strings"
)

// input is a kind of file the tool reads into a report.
type input struct {
	exts  []string                                           // file name extensions, lower case
	magic []byte                                             // the bytes its content starts with, if any
	scan  bool                                               // taken from directories
	read  func(name string, data []byte) (*Report, Findings) // the reader
}

// inputs are the kinds of files Read accepts; the last is the default.
var inputs = []input{
	{exts: []string{".xlsx"}, magic: []byte("PK\x03\x04"), read: ReadWorkbook},
	{exts: []string{".yaml", ".yml"}, scan: true, read: Load},
}

// Read reads a report from any file the tool accepts, chosen by its content
// (a workbook is a zip file) and else by its name: the YAML report file, an
// annex workbook nianbao wrote.
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

// Scanned reports whether a file name is one Read takes when it is found
// in a directory. Workbooks are not: a directory of reports also holds the
// annexes built from them.
func Scanned(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, in := range inputs {
		for _, e := range in.exts {
			if e == ext && in.scan {
				return true
			}
		}
	}
	return false
}
