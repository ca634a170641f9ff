package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"nianbao/author"
	"nianbao/spec"
)

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "[文件.yaml]", stderr)
	format := fs.String("format", "", "年报`格式`（默认：报告年度适用的格式）")
	year := fs.Int("year", time.Now().Year()-1, "报告`年度`")
	agency := fs.String("agency", "", "报告机关`全称`")
	force := fs.Bool("force", false, "覆盖已存在的文件")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return exitUsage
	}
	if *format == "" {
		if *format = spec.ForYear(*year); *format == "" {
			fmt.Fprintf(stderr, "nianbao init: %d 年度没有适用的年报格式（本工具支持 %s）\n", *year, yearsSupported())
			return exitUsage
		}
	}
	r, err := author.Blank(author.BlankOptions{Format: *format, Year: *year, Agency: *agency})
	if err != nil {
		fmt.Fprintln(stderr, "nianbao init:", err)
		return exitUsage
	}
	schemaName := fmt.Sprintf("nianbao-%s.schema.json", *format)
	data := author.WriteYAML(r, author.WriteOptions{Schema: schemaName})
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
	fmt.Fprintf(stderr, "已生成 %s（%s，%s）和编辑器用的 %s。填好后运行：nianbao check %s\n", path, r.Spec.Name(), r.Spec.Notice.Number, schemaName, path)
	return exitOK
}

// yearsSupported lists the report years of the registered formats.
func yearsSupported() string {
	return fmt.Sprintf("%d 年度起", spec.Formats()[0].Years.From)
}
