package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"nianbao/author"
	"nianbao/render/xlsx"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "附表.xlsx", stderr)
	out := fs.StringP("output", "o", "", "写出的数据文件（默认：与附表同名的 .yaml）")
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
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%v\n", path, err)
		return exitUsage
	}
	yml, problems, err := importWorkbook(path, data)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", path, err)
		return exitErrors
	}
	for _, p := range problems {
		fmt.Fprintf(stdout, "%s: 错误 %s %s!%s: %s\n", path, p.Rule, p.Sheet, p.Cell, p.Message)
	}
	if err := writeFileAtomic(*out, yml); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%v\n", *out, err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "已生成 %s（文字部分为“（待填写）”），检查结果：\n", *out)
	r, findings := author.Load(*out, yml)
	if r != nil {
		findings = append(findings, author.Check(r, author.Options{})...)
	}
	findings.Sort()
	printFindings(stdout, *out, findings)
	if len(problems) > 0 || findings.Worst() == author.Error {
		return exitErrors
	}
	return exitOK
}

// importWorkbook reads an annex nianbao wrote and returns the report file
// it holds, and what is wrong in the workbook.
func importWorkbook(path string, data []byte) ([]byte, []xlsx.Problem, error) {
	f, wb, err := xlsx.Open(bytes.NewReader(data))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	blank, err := author.Blank(author.Format(wb.Format), wb.Variant, wb.Year, xlsx.DataKeys(f))
	if err != nil {
		return nil, nil, err
	}
	wb.ReadFigures(f, blank.Document())
	yml, err := author.Template(author.TemplateOptions{
		Format: author.Format(wb.Format), Variant: wb.Variant, Year: wb.Year, Agency: wb.Agency, Date: wb.Date,
		Source:  "由附表 " + filepath.Base(path) + " 导入：数字取自表格，文字部分待填写",
		Figures: wb.Figures, Totals: true,
	})
	return yml, wb.Problems, err
}
