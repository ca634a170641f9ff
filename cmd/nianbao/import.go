package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "附表.xlsx|年报网页.html|.htm|.txt", stderr)
	out := fs.StringP("output", "o", "", "写出的数据`文件`（默认：与输入同名的 .yaml）")
	force := fs.Bool("force", false, "覆盖已存在的文件")
	into := fs.String("into", "", "把附表中的数字写入这个已有的`数据文件`（.yaml）：只改数字，文字、注释和顺序不变")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(fs, "要给出一个附表或年报网页文件，现在给了 %d 个", fs.NArg())
	}
	path := fs.Arg(0)
	if *into != "" {
		return importInto(path, *into, stdout, stderr)
	}
	if *out == "" {
		*out = importedName(path)
	}
	if sameFile(*out, path) {
		fmt.Fprintf(stderr, "nianbao import: 不会覆盖输入的文件 %s：用 -o 指定另一个 .yaml 文件\n", path)
		return exitUsage
	}
	if exists("import", *out, *force, stderr) {
		return exitUsage
	}
	findings, done, code := importFile(path, *out, stdout, stderr)
	if code != exitOK {
		return code
	}
	fmt.Fprintf(stderr, "已生成 %s（%s），检查结果：\n", *out, done)
	printFindings(stdout, path, findings)
	if findings.Worst() == author.Error {
		return exitErrors
	}
	return exitOK
}

// importedName is the report file import writes by default: the input's
// name with .yaml.
func importedName(path string) string { return strings.TrimSuffix(path, filepath.Ext(path)) + ".yaml" }

// importFile reads a workbook or a published page and writes the report it
// holds to out as a report file. It returns the findings of reading and
// checking it and what the file holds ("文字部分为“（待填写）”"), or, with
// a code other than exitOK, nothing: it said why.
func importFile(path, out string, stdout, stderr io.Writer) (author.Findings, string, int) {
	data, err := safefile.Read(path, author.MaxFileSize)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%s\n", path, safefile.Describe(err))
		return nil, "", exitUsage
	}
	var r *author.Report
	var findings author.Findings
	var source []string
	done := "文字部分为“（待填写）”"
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		r, findings = author.ReadWorkbook(path, data)
		source = []string{"由附表 " + filepath.Base(path) + " 导入：数字取自表格，文字部分待填写"}
	case author.IsPage(path, data):
		var src *author.PageSource
		r, src, findings = author.ImportPage(path, data)
		if src != nil {
			source = src.Comments()
		}
		done = "数字和文字取自网页，未能对应的内容列在文件开头"
	default:
		fmt.Fprintf(stderr, "%s: 不是 Excel 附表（.xlsx）或年报网页（.html、.htm、.txt）：import 读取本工具生成的附表和已发布的年报网页\n", path)
		return nil, "", exitUsage
	}
	if r == nil {
		printFindings(stdout, path, findings)
		return nil, "", exitErrors
	}
	findings = append(findings, author.Check(r, author.Options{})...)
	findings.Sort()
	if err := writeFileAtomic(out, author.WriteYAML(r, author.WriteOptions{Source: source})); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%s\n", out, safefile.Describe(err))
		return nil, "", exitUsage
	}
	return findings, done, exitOK
}
