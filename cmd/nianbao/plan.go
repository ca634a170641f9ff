package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// plan is where a batch build writes: each unit's output files and the
// status board, decided before anything is written.
type plan struct {
	outputs map[string][]string // unit path → its output files, in format order
	board   string              // the status board, or ""
}

// conflictError says which inputs would write the same file, or which
// output would replace an input.
type conflictError struct {
	path, a, b string // the output, and the two units (b "" when a's output is an input)
}

func (e *conflictError) Error() string {
	if e.b == "" {
		return fmt.Sprintf("%s 会被输出文件覆盖：它是输入文件 %s 的同名输出。请把输入文件改名，或用 -o 指定输出目录", e.path, e.a)
	}
	return fmt.Sprintf("%s 和 %s 都会生成 %s，后一个会覆盖前一个：请把其中一个改名，或用 -o 分开输出", e.a, e.b, e.path)
}

// makePlan decides every output path and refuses a batch in which two
// units would write the same file, or an output would replace an input
// (a report named 报告.html, index.yaml beside the board).
func makePlan(units []unit, dir string, exts []string, board string) (*plan, error) {
	p := &plan{outputs: map[string][]string{}, board: board}
	owner := map[string]string{} // output (normalized) → unit
	inputs := map[string]string{}
	for _, u := range units {
		inputs[pathKey(u.path)] = u.path
	}
	claim := func(path, unit string) error {
		k := pathKey(path)
		if in, ok := inputs[k]; ok {
			return &conflictError{path: in, a: unit}
		}
		if other, ok := owner[k]; ok {
			return &conflictError{path: path, a: other, b: unit}
		}
		owner[k] = unit
		return nil
	}
	for _, u := range units {
		base := u.outputBase(dir)
		for _, ext := range exts {
			if err := claim(base+ext, u.path); err != nil {
				return nil, err
			}
			p.outputs[u.path] = append(p.outputs[u.path], base+ext)
		}
	}
	if board != "" {
		if other, ok := owner[pathKey(board)]; ok {
			return nil, &conflictError{path: board, a: other, b: "汇总页"}
		}
		if in, ok := inputs[pathKey(board)]; ok {
			return nil, &conflictError{path: in, a: "汇总页"}
		}
	}
	return p, nil
}

// foreignError says that an output would replace a file nianbao did not
// write: a page downloaded beside the report imported from it, the
// office's own index.html where the board goes.
type foreignError struct {
	path, unit string // the file, and the unit whose output it is ("" for the board)
}

func (e *foreignError) Error() string {
	what := e.unit + " 的输出"
	if e.unit == "" {
		what = "汇总页"
	}
	return fmt.Sprintf("%s 已存在，不是本工具生成的文件（不在生成记录 %s 中，也没有本工具的标记），%s会覆盖它：什么也没有写。"+
		"请把它移走或改名，或用 -o 指定另一个输出目录；如果它是本工具以前的版本生成的，删除后再生成", e.path, manifestName, what)
}

// protect refuses a plan whose outputs would replace a file nianbao did
// not write (its manifest does not list it and it has no marks, see
// generated), or something that is not a regular file.
func (p *plan) protect(units []unit, boardDir string) error {
	listed := map[string]map[string]bool{} // directory → the files its manifest lists
	wrote := func(path string) bool {
		key := pathKey(path)
		for _, dir := range []string{boardDir, filepath.Dir(path)} {
			if listed[dir] == nil {
				listed[dir] = readManifest(dir).listed(dir)
			}
			if listed[dir][key] {
				return true
			}
		}
		return generated(path)
	}
	check := func(path, unit string) error {
		info, err := os.Lstat(path)
		switch {
		case err != nil:
			return nil // absent; or the write says what is wrong
		case !info.Mode().IsRegular():
			return fmt.Errorf("%s %s", path, safefile.Describe(safefile.ErrNotReplaceable))
		case !wrote(path):
			return &foreignError{path: path, unit: unit}
		}
		return nil
	}
	for _, u := range units {
		for _, out := range p.outputs[u.path] {
			if err := check(out, u.path); err != nil {
				return err
			}
		}
	}
	if p.board != "" {
		return check(p.board, "")
	}
	return nil
}

// generated reports whether path is a file nianbao wrote, by its marks:
// the generator of a page or board, the producer of a PDF, the properties
// of a workbook or Word document. Files of builds that kept no manifest
// (a single report, or an older version) are known so.
func generated(path string) bool {
	made := generatedPage // pages, and the board
	for _, o := range outputs() {
		if strings.EqualFold(filepath.Ext(path), o.ext) {
			made = o.made
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	info, err := f.Stat()
	return err == nil && info.Mode().IsRegular() && made(f, info.Size())
}

// generatedPage reports whether the file r (size bytes) is a page or a
// board nianbao wrote: its generator mark, at its head.
func generatedPage(r io.ReaderAt, size int64) bool {
	head := make([]byte, min(size, 4096))
	n, _ := r.ReadAt(head, 0)
	return author.IsGeneratedPage(head[:n])
}

// pathKey names a file for comparison: absolute and clean, and without
// case where the file system ignores it.
func pathKey(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	abs = filepath.Clean(abs)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		abs = strings.ToLower(abs)
	}
	return abs
}
