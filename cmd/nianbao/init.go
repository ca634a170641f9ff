package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"nianbao/author"
	"nianbao/internal/safefile"
	"nianbao/render/xlsx"
	"nianbao/spec"
)

// fromUsage explains init --from with the rows it carries over, as the
// newest format names them (one of lateUsages).
func fromUsage() string {
	usage := "从去年的年报开始（`数据文件、附表或年报网页`）：沿用机关、网址、联系方式和小标题"
	if f, err := spec.Get(spec.Latest(), "", 0); err == nil {
		in, out := author.CarryNames(f)
		usage += fmt.Sprintf("，“%s”取去年的“%s”", in, out)
	}
	return usage
}

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "[文件.yaml]", stderr)
	format := fs.String("format", "", "年报`格式`（默认：报告年度适用的格式）")
	year := fs.Int("year", time.Now().Year()-1, "报告`年度`（用 --from 时默认为去年年报的下一年）")
	agency := fs.String("agency", "", "报告机关`全称`")
	from := fs.String("from", "", "") // lateUsages
	force := fs.Bool("force", false, "覆盖已存在的文件")
	form := fs.Bool("xlsx", false, "生成 Excel 填报表（.xlsx）而不是 YAML 数据文件：在表格里填数字，勾稽关系随填随查，填好后用 nianbao import 读回")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 1 {
		return usageError(fs, "只能给出一个要生成的文件，现在给了 %d 个", fs.NArg())
	}
	if msg := author.YearProblem(*year); msg != "" && (*from == "" || fs.Changed("year")) {
		fmt.Fprintln(stderr, "nianbao init:", msg)
		return exitUsage
	}
	var r *author.Report
	var wo author.WriteOptions
	var err error
	if *from != "" {
		y := 0
		if fs.Changed("year") {
			y = *year
		}
		prev, code := readLastYear(*from, stdout, stderr)
		if prev == nil {
			return code
		}
		r, wo, err = author.NextYear(prev, author.BlankOptions{Format: *format, Year: y, Agency: *agency})
	} else {
		if *format == "" {
			if *format = spec.ForYear(*year); *format == "" {
				fmt.Fprintf(stderr, "nianbao init: %d 年度没有适用的年报格式（本工具支持 %s）\n", *year, yearsSupported())
				return exitUsage
			}
		}
		r, err = author.Blank(author.BlankOptions{Format: *format, Year: *year, Agency: *agency})
	}
	if err != nil {
		fmt.Fprintln(stderr, "nianbao init:", err)
		return exitUsage
	}
	if *form {
		return initForm(r, *agency, fs.Args(), *force, stderr)
	}
	schemaName := fmt.Sprintf("nianbao-%s.schema.json", r.Spec.ID)
	wo.Schema = schemaName
	data := author.WriteYAML(r, wo)
	if fs.NArg() == 0 {
		stdout.Write(data)
		return exitOK
	}
	path := fs.Arg(0)
	if exists("init", path, *force, stderr) {
		return exitUsage
	}
	if err := writeFileAtomic(path, data); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%s\n", path, safefile.Describe(err))
		return exitUsage
	}
	// The schema beside the file gives editors completion and hover help.
	schemaPath := filepath.Join(filepath.Dir(path), schemaName)
	if schema, err := schemaFor(r.Spec.ID); err == nil {
		if err := writeFileAtomic(schemaPath, schema); err != nil {
			fmt.Fprintf(stderr, "%s: 无法写入：%s\n", schemaPath, safefile.Describe(err))
		}
	}
	fmt.Fprintf(stderr, "已生成 %s（%d 年度，%s，%s）和编辑器用的 %s。填好后运行：nianbao check %s\n", path, r.Year, r.Spec.Name(), r.Spec.Notice.Number, schemaName, path)
	return exitOK
}

// readLastYear reads the report init --from starts from; nil and the exit
// code when it cannot be read.
func readLastYear(path string, stdout, stderr io.Writer) (*author.Report, int) {
	r, findings, err := author.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%s\n", path, safefile.Describe(err))
		return nil, exitUsage
	}
	if r == nil {
		printFindings(stdout, path, findings)
		fmt.Fprintf(stderr, "nianbao init: 无法从 %s 读出去年的年报\n", path)
		return nil, exitErrors
	}
	return r, exitOK
}

// yearsSupported lists the report years of the registered formats.
func yearsSupported() string {
	return fmt.Sprintf("%d 年度起", spec.Formats()[0].Years.From)
}

// initForm writes the annex of a blank report: the workbook a clerk fills
// in with Excel or WPS.
func initForm(r *author.Report, agency string, args []string, force bool, stderr io.Writer) int {
	if len(args) != 1 || !strings.EqualFold(filepath.Ext(args[0]), ".xlsx") || agency == "" {
		fmt.Fprintln(stderr, "nianbao init --xlsx: 用法：nianbao init --xlsx --agency 机关全称 --year 年度 填报表.xlsx（机关名称写入表格属性，填表时改不了，需在这里给出）")
		return exitUsage
	}
	path := args[0]
	if exists("init", path, force, stderr) {
		return exitUsage
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, r.Document(), xlsx.Options{Date: time.Date(r.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		fmt.Fprintln(stderr, "nianbao init:", err)
		return exitUsage
	}
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%s\n", path, safefile.Describe(err))
		return exitUsage
	}
	fmt.Fprintf(stderr, "已生成填报表 %s（%s）：在浅黄色单元格填数字（%s在表三下方），表三下方的检查随填随显示；填好后运行 nianbao import %s\n", path, r.Spec.Name(), r.Spec.Fee.Label, path)
	return exitOK
}
