package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// unit is one report file of a batch.
type unit struct {
	path string // the input file
	rel  string // its path below the argument that named it, extension removed ("城关镇/报告")
	root string // the directory argument it was found in, or "" for a file argument
}

// isReportFile reports whether a file found in a directory is a report.
func isReportFile(name string) bool {
	return author.Scanned(name) && !strings.HasPrefix(filepath.Base(name), ".")
}

// expand turns file and directory arguments into units: a directory gives
// every report file below it (*.yaml, *.yml and published pages, as
// author.Scanned says), in name order. A missing argument, or a directory
// without report files, is an error.
func expand(args []string) ([]unit, error) {
	var out []unit
	seen := map[string]bool{}
	add := func(u unit) {
		if abs, err := filepath.Abs(u.path); err == nil && !seen[abs] {
			seen[abs] = true
			out = append(out, u)
		}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("%s: 无法读取：%s", arg, safefile.Describe(err))
		}
		if !info.IsDir() {
			add(unit{path: arg, rel: trimExt(filepath.Base(arg))})
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != arg && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && isReportFile(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: 无法读取目录：%s", arg, safefile.Describe(err))
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: 目录中没有年报数据文件（%s）", arg, author.ScannedKinds())
		}
		sort.Strings(found)
		for _, path := range found {
			rel, _ := filepath.Rel(arg, path)
			add(unit{path: path, rel: trimExt(rel), root: arg})
		}
	}
	return out, nil
}

// trimExt drops a file name's extension, and the ".txt" Notepad adds
// after it ("报告.yaml.txt" → "报告").
func trimExt(p string) string {
	p = strings.TrimSuffix(p, filepath.Ext(p))
	if ext := strings.ToLower(filepath.Ext(p)); ext == ".yaml" || ext == ".yml" {
		p = strings.TrimSuffix(p, filepath.Ext(p))
	}
	return p
}

// outputBase is where a unit's outputs go, without extension: below dir,
// mirroring the unit's place under its directory argument; or beside the
// input when dir is "".
func (u unit) outputBase(dir string) string {
	if dir == "" {
		return trimExt(u.path)
	}
	return filepath.Join(dir, u.rel)
}
