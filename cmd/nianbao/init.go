package main

import (
	"fmt"
	"io"
	"path/filepath"

	"nianbao/author"
)

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "[文件.yaml]", stderr)
	format := fs.String("format", "2021", "年报格式：2021（2021年度起）或 2019（2019、2020年度）")
	year := fs.Int("year", 0, "报告年度（默认：去年）")
	agency := fs.String("agency", "", "报告机关全称")
	force := fs.Bool("force", false, "覆盖已存在的文件")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return exitUsage
	}
	schemaName := fmt.Sprintf("nianbao-%s.schema.json", *format)
	data, err := author.Template(author.TemplateOptions{Format: author.Format(*format), Year: *year, Agency: *agency, Schema: schemaName})
	if err != nil {
		fmt.Fprintln(stderr, "nianbao init:", err)
		return exitUsage
	}
	if fs.NArg() == 0 {
		stdout.Write(data)
		return exitOK
	}
	path := fs.Arg(0)
	if exists("init", path, *force, stderr) {
		return exitUsage
	}
	if err := writeFileAtomic(path, data); err != nil {
		fmt.Fprintln(stderr, "nianbao init: 无法写入：", err)
		return exitUsage
	}
	// The schema beside the file gives editors completion and hover help.
	schemaPath := filepath.Join(filepath.Dir(path), schemaName)
	if schema, err := schemaFor(*format); err == nil {
		if err := writeFileAtomic(schemaPath, schema); err != nil {
			fmt.Fprintln(stderr, "nianbao init: 无法写入 schema：", err)
		}
	}
	fmt.Fprintf(stderr, "已生成 %s（%s 格式）和编辑器用的 %s。填好后运行：nianbao check %s\n", path, *format, schemaName, path)
	return exitOK
}
