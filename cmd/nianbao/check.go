package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/pflag"

	"nianbao/author"
	"nianbao/render/pdf"
)

// checkFlags are the options check and build share.
type checkFlags struct {
	previous   *string
	otherShare *float64
	jobs       *int
	fonts      fontFlags
}

func addCheckFlags(fs *pflag.FlagSet) checkFlags {
	return checkFlags{
		previous:   fs.String("previous", "", "上一年度的年报数据`文件或目录`（目录按机关名称对应）：核对结转数、文字和数字是否照抄"),
		otherShare: fs.Float64("max-other-share", 0.3, "“其他处理”占办理结果总数的`比例`超过此值时警告（OTHER-HIGH）"),
		jobs:       fs.IntP("jobs", "j", defaultJobs(), "同时处理的单位数"),
		fonts:      addFontFlags(fs),
	}
}

func defaultJobs() int { return runtime.NumCPU() }

// prepare parses the command line of check or build and returns the units
// and their checker, or a nil checker and the exit code.
func (cf checkFlags) prepare(fs *pflag.FlagSet, args []string, stderr io.Writer) ([]unit, *checker, int) {
	if code, ok := parse(fs, args); !ok {
		return nil, nil, code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return nil, nil, exitUsage
	}
	units, err := expand(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, nil, exitUsage
	}
	c, err := cf.checker(len(units))
	if err != nil {
		fmt.Fprintf(stderr, "nianbao %s: %v\n", fs.Name(), err)
		return nil, nil, exitUsage
	}
	return units, c, exitOK
}

// checker is what check and build need to judge a unit.
type checker struct {
	fonts    *pdf.Fonts
	previous *previousSet
	share    float64
	solo     bool
}

func (cf checkFlags) checker(n int) (*checker, error) {
	fonts, err := cf.fonts.load()
	if err != nil {
		return nil, err
	}
	c := &checker{fonts: fonts, share: *cf.otherShare, solo: n == 1}
	if *cf.previous != "" {
		if c.previous, err = loadPrevious(*cf.previous); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// judge loads and checks one unit.
func (c *checker) judge(u unit) *outcome {
	o := &outcome{unit: u}
	data, err := readInput(u.path)
	if err != nil {
		o.ioErr = unwrapPathError(err)
		return o
	}
	r, fs := author.Read(u.path, data)
	if r != nil {
		opt := author.Options{MaxOtherShare: c.share, Previous: c.previous.match(r, c.solo)}
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
	cf := addCheckFlags(fs)
	units, c, code := cf.prepare(fs, args, stderr)
	if c == nil {
		return code
	}
	all := author.Findings{}
	prog := newProgress(stderr, len(units))
	runUnits(units, *cf.jobs, c.judge, func(o *outcome) {
		code = max(code, o.code())
		if *asJSON {
			all = append(all, o.findings...)
			return
		}
		printOutcome(stdout, stderr, o, true)
	}, prog)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(all)
	} else if len(units) > 1 {
		fmt.Fprintln(stdout, prog.summary())
	}
	return code
}

// printOutcome prints a unit's findings and its closing line; with clean
// false, nothing for a unit without findings.
func printOutcome(stdout, stderr io.Writer, o *outcome, clean bool) {
	switch {
	case o.ioErr != nil:
		fmt.Fprintf(stderr, "%s: 无法读取：%v\n", o.path, o.ioErr)
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
