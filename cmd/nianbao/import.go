package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"nianbao/author"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "附表.xlsx", stderr)
	out := fs.StringP("output", "o", "", "写出的数据`文件`（默认：与附表同名的 .yaml）")
	force := fs.Bool("force", false, "覆盖已存在的文件")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	path := fs.Arg(0)
	if *out == "" {
		*out = strings.TrimSuffix(path, filepath.Ext(path)) + ".yaml"
	}
	if sameFile(*out, path) {
		fmt.Fprintf(stderr, "nianbao import: 不会覆盖输入的附表 %s：用 -o 指定另一个 .yaml 文件\n", path)
		return exitUsage
	}
	if exists("import", *out, *force, stderr) {
		return exitUsage
	}
	data, err := readInput(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%v\n", path, unwrapPathError(err))
		return exitUsage
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		fmt.Fprintf(stderr, "%s: 不是 Excel（.xlsx）文件：import 读取本工具生成的附表\n", path)
		return exitUsage
	}
	r, findings := author.ReadWorkbook(path, data)
	if r == nil {
		printFindings(stdout, path, findings)
		return exitErrors
	}
	findings = append(findings, author.Check(r, author.Options{})...)
	findings.Sort()
	yml := author.WriteYAML(r, author.WriteOptions{Source: []string{"由附表 " + filepath.Base(path) + " 导入：数字取自表格，文字部分待填写"}})
	if err := writeFileAtomic(*out, yml); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%v\n", *out, err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "已生成 %s（文字部分为“（待填写）”），附表的检查结果：\n", *out)
	printFindings(stdout, path, findings)
	if findings.Worst() == author.Error {
		return exitErrors
	}
	return exitOK
}
