package author

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"nianbao/internal/safefile"
	"nianbao/spec"
)

// input is a kind of file the tool reads into a report.
type input struct {
	exts  []string                                           // endings of file names, lower case
	limit int64                                              // the largest file read
	magic []byte                                             // the bytes its content starts with, if any
	scan  bool                                               // taken from directories
	skip  func(path string) bool                             // a file of this kind a directory scan leaves out
	read  func(name string, data []byte) (*Report, Findings) // the reader
}

// inputs are the kinds of files Read accepts, the more specific ending
// first; the last is the default.
var inputs = []input{
	{exts: []string{".xlsx"}, limit: MaxFileSize, magic: []byte("PK\x03\x04"), read: ReadWorkbook},
	{exts: []string{".yaml.txt", ".yml.txt"}, limit: maxYAMLSize, scan: true, read: loadNotepad},
	{exts: []string{".html", ".htm", ".txt"}, limit: MaxFileSize, scan: true, skip: skipPage, read: ReadPage},
	{exts: []string{".yaml", ".yml"}, limit: maxYAMLSize, scan: true, read: Load},
}

// ReadFile reads a report from a file with Read. A file larger than the
// limit of its kind (by its name) is not read: it gives a LIMIT-SIZE
// finding. The error is a problem of reading the file (missing, not a
// regular file, no permission), for the caller to report as such; see
// safefile.Describe.
func ReadFile(path string) (*Report, Findings, error) {
	in, ok := inputOf(path)
	if !ok {
		in = inputs[len(inputs)-1]
	}
	data, err := safefile.Read(path, in.limit)
	var tooLarge *safefile.TooLargeError
	if errors.As(err, &tooLarge) {
		return nil, Findings{newFinding(spec.LimitSize, path, Pos{}, "", tooLarge.Error()+"：年报的数据文件、网页和附表通常只有几十到几百 KB，请检查是否选错了文件")}, nil
	}
	if err != nil {
		return nil, nil, err
	}
	r, fs := Read(path, data)
	return r, fs, nil
}

// Read reads a report from any file the tool accepts, chosen by its content
// (a workbook is a zip file) and else by its name: the YAML report file
// (also as Notepad saves it, 报告.yaml.txt), an annex workbook nianbao
// wrote, a published page (HTML) or its text.
func Read(name string, data []byte) (*Report, Findings) {
	for _, in := range inputs {
		if in.magic != nil && bytes.HasPrefix(data, in.magic) {
			return in.read(name, data)
		}
	}
	if in, ok := inputOf(name); ok {
		return in.read(name, data)
	}
	return inputs[len(inputs)-1].read(name, data)
}

// inputOf finds the kind of input by the end of a file name.
func inputOf(name string) (input, bool) {
	lower := strings.ToLower(filepath.Base(name))
	for _, in := range inputs {
		for _, e := range in.exts {
			if strings.HasSuffix(lower, e) {
				return in, true
			}
		}
	}
	return input{}, false
}

// loadNotepad loads a report file Notepad saved with ".txt" added, with a
// warning to rename it.
func loadNotepad(name string, data []byte) (*Report, Findings) {
	r, fs := Load(name, data)
	base := filepath.Base(name)
	fs = append(Findings{newFinding(spec.FileName, name, Pos{}, "",
		fmt.Sprintf("文件名“%s”多了记事本加的“.txt”：已按数据文件读取；建议改名为“%s”（在资源管理器中打开“文件扩展名”显示后改名）", base, base[:len(base)-len(".txt")]))}, fs...)
	return r, fs
}

// ScannedKinds names the files a directory scan takes: "*.yaml、*.yml".
func ScannedKinds() string {
	var out []string
	for _, in := range inputs {
		for _, e := range in.exts {
			if in.scan && !strings.HasSuffix(e, ".yaml.txt") && !strings.HasSuffix(e, ".yml.txt") {
				out = append(out, "*"+e)
			}
		}
	}
	return strings.Join(out, "、")
}

// Scanned reports whether a file is one Read takes when it is found in a
// directory. Workbooks are not: a directory of reports also holds the
// annexes built from them. Nor are the pages build writes there (see
// skipPage).
func Scanned(path string) bool {
	in, ok := inputOf(path)
	return ok && in.scan && (in.skip == nil || !in.skip(path))
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
	data, err := safefile.Head(path, 1<<20)
	if err != nil {
		return false // the scan reports it when it reads it
	}
	if IsGeneratedPage(data) {
		return true
	}
	text, _, fs := decodePage(path, data)
	return fs == nil && !namesReport(text)
}
