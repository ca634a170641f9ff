package main

import (
	"fmt"
	"io"

	"nianbao/author"
	"nianbao/internal/safefile"
)

// importInto writes the figures of a workbook into an existing report file
// in place, keeping its prose, comments and key order, then checks it.
func importInto(book, target string, stdout, stderr io.Writer) int {
	if sameFile(book, target) {
		fmt.Fprintf(stderr, "nianbao import: --into 要给出数据文件（.yaml），不是附表本身\n")
		return exitUsage
	}
	data, err := safefile.Read(book, author.MaxFileSize)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%s\n", book, safefile.Describe(err))
		return exitUsage
	}
	r, findings := author.ReadWorkbook(book, data)
	if r == nil {
		printFindings(stdout, book, findings)
		return exitErrors
	}
	if err := author.WorkbookUnfit(findings); err != nil {
		printFindings(stdout, book, findings)
		fmt.Fprintf(stderr, "%s: 未改动：%v\n", target, err)
		return exitErrors
	}
	src, err := safefile.Read(target, author.MaxFileSize)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%s\n", target, safefile.Describe(err))
		return exitUsage
	}
	out, err := author.ReplaceFigures(target, src, r)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 未改动：%v\n", target, err)
		return exitErrors
	}
	if err := writeFileAtomic(target, out); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%s\n", target, safefile.Describe(err))
		return exitUsage
	}
	fmt.Fprintf(stderr, "已把 %s 的数字写入 %s（文字和注释未改动），检查结果：\n", book, target)
	checked, fs, err := author.ReadFile(target)
	if err != nil || checked == nil {
		printFindings(stdout, target, fs)
		return exitErrors
	}
	fs = append(fs, author.Check(checked, author.Options{})...)
	fs.Sort()
	printFindings(stdout, target, fs)
	if fs.Worst() == author.Error {
		return exitErrors
	}
	return exitOK
}
