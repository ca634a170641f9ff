package main

import (
	"fmt"
	"io"

	"nianbao/author"
	"nianbao/internal/safefile"
)

func runSum(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("sum", "文件或目录… --agency 本级政府名称", stderr)
	agency := fs.String("agency", "", "汇总报告的`机关名称`（如“某某县人民政府”）")
	out := fs.StringP("output", "o", "", "写出的汇总数据`文件`（默认：输出到屏幕）")
	force := fs.Bool("force", false, "覆盖已存在的文件")
	jobs := fs.IntP("jobs", "j", defaultJobs(), "同时读取的单位数")
	renames := fs.String("previous-map", "", "改过名的单位`对照表`（.csv/.txt/.xlsx，每行：今年的名称, 上年的名称）：同一单位新旧名称的两份报告按重复报送处理")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	switch {
	case *agency == "":
		return usageError(fs, "缺少 --agency：汇总报告的机关名称（如 --agency 某某县人民政府）")
	case fs.NArg() == 0:
		return usageError(fs, "没有给出要汇总的年报文件或目录")
	}
	if err := checkJobs(*jobs); err != nil {
		fmt.Fprintln(stderr, "nianbao sum:", err)
		return exitUsage
	}
	if *out != "" && exists("sum", *out, *force, stderr) {
		return exitUsage
	}
	units, err := expand(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	for _, u := range units {
		if *out != "" && sameFile(*out, u.path) {
			fmt.Fprintf(stderr, "nianbao sum: 不会覆盖输入的 %s：用 -o 指定另一个文件\n", u.path)
			return exitUsage
		}
	}
	names, err := readNames(*renames)
	if err != nil {
		fmt.Fprintln(stderr, "nianbao sum:", err)
		return exitUsage
	}
	reports, files, code := loadUnits(units, names, *jobs, stderr)
	if code != exitOK {
		fmt.Fprintln(stderr, "nianbao sum: 以上单位有错误，改正后才能汇总")
		return code
	}
	total, err := author.Sum(reports, *agency, files)
	if err != nil {
		fmt.Fprintln(stderr, "nianbao sum:", err)
		return exitErrors
	}
	data := author.WriteYAML(total, author.WriteOptions{Source: []string{author.SumSource(reports)}})
	if *out == "" {
		stdout.Write(data)
		return exitOK
	}
	if err := writeOutput(*out, data); err != nil {
		fmt.Fprintf(stderr, "%s: 无法写入：%s\n", *out, safefile.Describe(err))
		return exitUsage
	}
	fmt.Fprintf(stderr, "已汇总 %d 个单位到 %s；文字部分为“%s”，写好后运行 nianbao check %s\n", len(reports), *out, total.Spec.Texts.Placeholder, *out)
	return exitOK
}

// loadUnits reads and checks every unit; units with errors (a report given
// twice among them) are listed and make the code non-zero.
func loadUnits(units []unit, names *author.Agencies, jobs int, stderr io.Writer) ([]*author.Report, []string, int) {
	s := (&checker{names: names}).survey(units, jobs, newProgress(stderr, len(units)))
	code := s.code(false)
	if code != exitOK {
		for _, o := range s.outcomes {
			if o.code() != exitOK {
				printOutcome(stderr, stderr, o, true)
			}
		}
		return nil, nil, code
	}
	var reports []*author.Report
	var files []string
	for _, o := range s.outcomes {
		r, _ := o.takeReport()
		if r == nil {
			fmt.Fprintf(stderr, "%s: 无法读取\n", o.path)
			return nil, nil, exitUsage
		}
		reports = append(reports, r)
		files = append(files, o.path)
	}
	return reports, files, exitOK
}
