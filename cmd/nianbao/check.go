package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"nianbao/author"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "文件.yaml…", stderr)
	asJSON := fs.Bool("json", false, "以 JSON 数组输出检查结果")
	previous := fs.String("previous", "", "上一年度的年报数据文件（核对结转数）")
	otherShare := fs.Float64("max-other-share", 0.3, "（六）其他处理占办理结果总数的比例超过此值时警告")
	fontFlags := addFontFlags(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	fonts, err := fontFlags.load()
	if err != nil {
		fmt.Fprintln(stderr, "nianbao check:", err)
		return exitUsage
	}
	opt := author.Options{MaxOtherShare: *otherShare, Glyphs: fonts}
	if *previous != "" {
		prev, code := loadPrevious(*previous, stderr)
		if prev == nil {
			return code
		}
		opt.Previous = prev
	}
	code := exitOK
	all := author.Findings{}
	for _, path := range fs.Args() {
		fsOne, ioErr := checkFile(path, opt)
		if ioErr != nil {
			fmt.Fprintf(stderr, "%s: 无法读取：%v\n", path, ioErr)
			code = exitUsage
			continue
		}
		if fsOne.Worst() == author.Error && code == exitOK {
			code = exitErrors
		}
		all = append(all, fsOne...)
		if !*asJSON {
			printFindings(stdout, path, fsOne)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(all)
	}
	return code
}

// checkFile loads and checks one report file.
func checkFile(path string, opt author.Options) (author.Findings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r, fs := author.Load(path, data)
	if r != nil {
		fs = append(fs, author.Check(r, opt)...)
	}
	fs.Sort()
	return fs, nil
}

func loadPrevious(path string, stderr io.Writer) (*author.Report, int) {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取上年报告：%v\n", path, err)
		return nil, exitUsage
	}
	r, _ := author.Load(path, data)
	if r == nil {
		fmt.Fprintf(stderr, "%s: 上年报告无法读取为年报数据（先用 nianbao check 检查它）\n", path)
		return nil, exitErrors
	}
	return r, exitOK
}

func printFindings(w io.Writer, path string, fs author.Findings) {
	for _, f := range fs {
		fmt.Fprintln(w, f)
	}
	e, wn := fs.Count(author.Error), fs.Count(author.Warning)
	switch {
	case e+wn == 0:
		fmt.Fprintf(w, "%s: 通过\n", path)
	default:
		fmt.Fprintf(w, "%s: %d 个错误，%d 个警告\n", path, e, wn)
	}
}
