package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/spf13/pflag"

	"nianbao/author"
	"nianbao/internal/safefile"
	"nianbao/render/pdf"
	"nianbao/spec"
)

// checkFlags are the options check and build share.
type checkFlags struct {
	previous   *string
	renames    *string
	roster     *string
	requireAll *bool
	otherShare *float64
	jobs       *int
	fonts      fontFlags
}

func addCheckFlags(fs *pflag.FlagSet) checkFlags {
	return checkFlags{
		previous:   fs.String("previous", "", "上一年度的年报数据`文件或目录`（目录按机关名称对应）：核对结转数、文字和数字是否照抄"),
		renames:    fs.String("previous-map", "", "改过名的单位`对照表`（.csv/.txt/.xlsx，每行：今年的名称, 上年的名称）：上年对照、名单和重复报送都按它对应"),
		roster:     fs.String("roster", "", "应报送单位`名单`（.txt/.csv/.xlsx，每行一个单位，单位名称一列按表头或取第一个不是序号的列）：列出未报送和名单外的单位"),
		requireAll: fs.Bool("require-all", false, "名单中有单位未报送时退出码为 1（配合 --roster）"),
		otherShare: fs.Float64("max-other-share", 0.3, ""), // lateUsages
		jobs:       fs.IntP("jobs", "j", defaultJobs(), "同时处理的单位数"),
		fonts:      addFontFlags(fs),
	}
}

func defaultJobs() int { return runtime.NumCPU() }

// otherShareUsage explains --max-other-share in the words of the newest
// format and the rule registry.
func otherShareUsage() string {
	what := "某类办理结果"
	if f, err := spec.Get(spec.Latest(), "", 0); err == nil && f.OtherHigh != nil {
		what = "“" + f.OtherHigh.Label() + "”"
	}
	return fmt.Sprintf("%s占办理结果总数的`比例`超过此值时警告（%s）", what, spec.OtherHighRule.ID)
}

// prepare parses the command line of check or build and returns the units
// and their checker, or a nil checker and the exit code.
func (cf checkFlags) prepare(fs *pflag.FlagSet, args []string, stderr io.Writer) ([]unit, *checker, int) {
	if code, ok := parse(fs, args); !ok {
		return nil, nil, code
	}
	if fs.NArg() == 0 {
		return nil, nil, usageError(fs, "没有给出年报文件或目录")
	}
	if err := checkJobs(*cf.jobs); err != nil {
		fmt.Fprintf(stderr, "nianbao %s: %v\n", fs.Name(), err)
		return nil, nil, exitUsage
	}
	if s := *cf.otherShare; !(s >= 0 && s <= 1) {
		return nil, nil, usageError(fs, "--max-other-share 是 0 到 1 之间的比例（0.3 即 30%%），现在是 %v", s)
	}
	units, err := expand(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, nil, exitUsage
	}
	if len(units) == 0 {
		fmt.Fprintf(stderr, "nianbao %s: %s 中没有年报文件（*.yaml、*.yml，年报网页 *.html、*.htm、*.txt）：没有检查任何文件\n", fs.Name(), strings.Join(fs.Args(), "、"))
		return nil, nil, exitUsage
	}
	c, err := cf.checker(len(units))
	if err != nil {
		fmt.Fprintf(stderr, "nianbao %s: %v\n", fs.Name(), err)
		return nil, nil, exitUsage
	}
	if c.previous != nil {
		for _, u := range c.previous.unreadable {
			fmt.Fprintf(stderr, "nianbao %s: 上年报告 %s 读不出来，没有参加对照：%s\n", fs.Name(), u.path, u.why)
		}
	}
	return units, c, exitOK
}

// checker is what check and build need to judge a unit and a batch.
type checker struct {
	fonts      *pdf.Fonts
	previous   *previousSet
	names      *author.Agencies // how agencies' names are matched (the office's table of renamed units)
	roster     []string         // units that must report, or nil
	requireAll bool
	share      float64
	solo       bool
}

func (cf checkFlags) checker(n int) (*checker, error) {
	fonts, err := cf.fonts.load()
	if err != nil {
		return nil, err
	}
	c := &checker{fonts: fonts, share: *cf.otherShare, solo: n == 1}
	if c.names, err = readNames(*cf.renames); err != nil {
		return nil, err
	}
	if *cf.previous != "" {
		if c.previous, err = loadPrevious(*cf.previous, c.names); err != nil {
			return nil, err
		}
	}
	if *cf.roster != "" {
		if c.roster, err = readRoster(*cf.roster); err != nil {
			return nil, err
		}
	}
	c.requireAll = *cf.requireAll
	return c, nil
}

// judge loads and checks one unit.
func (c *checker) judge(u unit) *outcome {
	o := &outcome{unit: u}
	r, fs, err := author.ReadFile(u.path)
	if err != nil {
		o.ioMsg = "无法读取：" + safefile.Describe(err)
		return o
	}
	if r != nil {
		var prev *author.Report
		if c.previous != nil {
			var why string
			prev, o.previous, why = c.previous.match(r, c.solo)
			if prev == nil {
				fs = append(fs, author.BatchFinding(spec.PreviousMissing, u.path, why))
			}
		}
		o.agency, o.year, o.figures = r.AgencyName(), r.Year, r.KeyFigures()
		opt := author.Options{MaxOtherShare: c.share, Previous: prev}
		if c.fonts != nil {
			opt.Glyphs = c.fonts
		}
		fs = append(fs, author.Check(r, opt)...)
	}
	fs.Sort()
	o.report, o.findings = r, fs
	return o
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "文件或目录…", stderr)
	asJSON := fs.Bool("json", false, "以 JSON 数组输出检查结果")
	brief := fs.Bool("summary", false, fmt.Sprintf("每个单位只列一行和汇总（超过 %d 个单位、在终端上时默认如此）", summaryThreshold))
	cf := addCheckFlags(fs)
	units, c, code := cf.prepare(fs, args, stderr)
	if c == nil {
		return code
	}
	s := c.survey(units, *cf.jobs, newProgress(stderr, len(units)))
	switch {
	case *asJSON:
		all := author.Findings{}
		for _, o := range s.outcomes {
			all = append(all, o.findings...)
			if o.ioMsg != "" || o.fault != "" {
				printOutcome(stderr, stderr, o, false)
			}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(all)
	case *brief || (len(units) > summaryThreshold && writesToTerminal(stdout)):
		printSummaryView(stdout, s)
	default:
		for _, o := range s.outcomes {
			printOutcome(stdout, stderr, o, true)
		}
	}
	if !*asJSON && (len(units) > 1 || c.roster != nil || c.previous != nil) {
		for _, line := range s.summary() {
			fmt.Fprintln(stdout, line)
		}
	}
	return s.code(c.requireAll)
}

// summaryThreshold is the number of units above which check shows one line
// per unit on a terminal.
const summaryThreshold = 20

// printSummaryView prints one line per unit: its status, its counts, its
// agency and file, and its first problem.
func printSummaryView(w io.Writer, s *survey) {
	for _, o := range s.outcomes {
		name := firstNonEmpty(o.agency, "—")
		line := fmt.Sprintf("[%s] 错误 %d 警告 %d  %s（%s）", o.status(), o.findings.Count(author.Error), o.findings.Count(author.Warning), name, o.path)
		switch {
		case o.ioMsg != "":
			line += "：" + o.ioMsg
		case o.fault != "":
			line += "：内部错误"
		case len(o.findings) > 0:
			f := worstFirst(o.findings)
			line += "：" + f.Rule + " " + strings.TrimSpace(f.Cell+" "+f.Message)
		}
		fmt.Fprintln(w, line)
	}
}

// worstFirst is the first of the most serious findings.
func worstFirst(fs author.Findings) author.Finding {
	w := fs.Worst()
	for _, f := range fs {
		if f.Severity == w {
			return f
		}
	}
	return fs[0]
}

// writesToTerminal reports whether w is a terminal (see isTerminal).
func writesToTerminal(w io.Writer) bool {
	f, ok := rawFile(w)
	return ok && isTerminal(f)
}

// printOutcome prints a unit's findings and its closing line; with clean
// false, nothing for a unit without findings.
func printOutcome(stdout, stderr io.Writer, o *outcome, clean bool) {
	switch {
	case o.ioMsg != "":
		fmt.Fprintf(stderr, "%s: %s\n", o.path, o.ioMsg)
		return
	case o.fault != "":
		fmt.Fprintf(stderr, "%s: %s\n", o.path, o.fault)
		return
	}
	if clean || len(o.findings) > 0 {
		printFindings(stdout, o.path, o.findings)
	}
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
