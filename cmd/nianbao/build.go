package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"nianbao/author"
	"nianbao/render"
	"nianbao/render/html"
	"nianbao/render/pdf"
	"nianbao/render/xlsx"
	"nianbao/spec"
)

// output is one format build can write.
type output struct {
	flag, ext string
	write     func(w io.Writer, d *render.Document, o buildOptions) error
}

// buildOptions are the flags that shape the outputs.
type buildOptions struct {
	fragment bool
	formats  []output
	fonts    *pdf.Fonts
	date     time.Time
}

func outputs() []output {
	return []output{
		{"html", ".html", func(w io.Writer, d *render.Document, o buildOptions) error {
			return html.Write(w, d, html.Options{Fragment: o.fragment})
		}},
		{"pdf", ".pdf", func(w io.Writer, d *render.Document, o buildOptions) error {
			return pdf.Write(w, d, pdf.Options{Fonts: o.fonts, Date: o.date})
		}},
		{"xlsx", ".xlsx", func(w io.Writer, d *render.Document, o buildOptions) error {
			return xlsx.Write(w, d, xlsx.Options{Date: o.date})
		}},
	}
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "文件或目录…", stderr)
	dir := fs.StringP("output", "o", "", "输出`目录`（默认：与数据文件同一目录）")
	opt := buildOptions{}
	fs.BoolVar(&opt.fragment, "fragment", false, "网页只输出正文片段（行内样式，无 <style>、无 class），供粘贴到网站编辑器；文件名为 *.fragment.html")
	cf := addCheckFlags(fs)
	chosen := map[string]*bool{}
	for _, o := range outputs() {
		chosen[o.flag] = fs.Bool(o.flag, false, "生成 "+strings.ToUpper(o.flag)+"（不指定格式时生成全部格式）")
	}
	units, c, code := cf.prepare(fs, args, stderr)
	if c == nil {
		return code
	}
	opt.fonts = c.fonts
	for _, o := range outputs() {
		if *chosen[o.flag] {
			opt.formats = append(opt.formats, o)
		}
	}
	if len(opt.formats) == 0 {
		opt.formats = outputs()
	}
	boardDir := *dir
	if boardDir == "" {
		boardDir = filepath.Dir(units[0].path)
		if units[0].root != "" {
			boardDir = units[0].root
		}
	}
	var rows []render.BoardUnit
	prog := newProgress(stderr, len(units))
	prog.plain = true
	work := func(u unit) *outcome { return c.build(u, *dir, boardDir, opt) }
	runUnits(uniqueOutputs(units, *dir), *cf.jobs, work, func(o *outcome) {
		code = max(code, o.code())
		printOutcome(stderr, stderr, o, false)
		for _, out := range o.outputs {
			fmt.Fprintf(stdout, "已生成 %s\n", out)
		}
		if o.status() == render.StatusError {
			fmt.Fprintf(stderr, "%s: 有 %d 个错误，未生成报告\n", o.path, o.findings.Count(author.Error))
		}
		rows = append(rows, o.row)
	}, prog)
	if len(units) > 1 || units[0].root != "" {
		board := &render.Board{Title: spec.ReportTitle + " 检查与生成结果", Summary: prog.summary(), Figures: spec.KeyFigureLabels(), Units: rows}
		var buf bytes.Buffer
		err := html.WriteBoard(&buf, board)
		if err == nil {
			err = writeOutput(filepath.Join(boardDir, "index.html"), buf.Bytes())
		}
		if err != nil {
			fmt.Fprintln(stderr, "无法写入汇总页：", err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "已生成 %s\n", filepath.Join(boardDir, "index.html"))
		fmt.Fprintln(stdout, prog.summary())
	}
	return code
}

// uniqueOutputs gives units whose outputs would land on the same name
// (files of the same name from different directories) a numbered name.
func uniqueOutputs(units []unit, dir string) []unit {
	seen := map[string]int{}
	out := make([]unit, len(units))
	for i, u := range units {
		base := u.outputBase(dir)
		if n := seen[base]; n > 0 && dir != "" {
			u.rel = fmt.Sprintf("%s-%d", u.rel, n+1)
		}
		seen[base]++
		out[i] = u
	}
	return out
}

// build checks one unit and, if it has no errors, writes its outputs; the
// document is dropped when done, only the board row is kept.
func (c *checker) build(u unit, dir, boardDir string, opt buildOptions) *outcome {
	o := c.judge(u)
	o.row = boardRow(o)
	r := o.report
	o.report = nil
	if r == nil || o.code() != exitOK {
		return o
	}
	base := u.outputBase(dir)
	if err := os.MkdirAll(filepath.Dir(base), 0o755); err != nil {
		o.ioErr = err
		return o
	}
	doc := r.Document()
	opt.date = documentDate(r)
	for _, f := range opt.formats {
		ext := f.ext
		if f.flag == "html" && opt.fragment {
			ext = ".fragment.html"
		}
		var buf bytes.Buffer
		if err := f.write(&buf, doc, opt); err != nil {
			o.ioErr = fmt.Errorf("生成 %s 失败：%v", base+ext, err)
			return o
		}
		if err := writeOutput(base+ext, buf.Bytes()); err != nil {
			o.ioErr = err
			return o
		}
		o.outputs = append(o.outputs, base+ext)
		rel, _ := filepath.Rel(boardDir, base+ext)
		o.row.Links = append(o.row.Links, render.Link{Label: strings.ToUpper(strings.TrimPrefix(ext, ".")), Href: filepath.ToSlash(rel)})
	}
	return o
}

// boardRow sums a unit up for the status board.
func boardRow(o *outcome) render.BoardUnit {
	row := render.BoardUnit{File: o.path, Agency: o.path, Status: o.status(),
		Errors: o.findings.Count(author.Error), Warnings: o.findings.Count(author.Warning)}
	for range spec.KeyFigureLabels() {
		row.Figures = append(row.Figures, "—")
	}
	if r := o.report; r != nil {
		row.Agency, row.Year = strings.TrimSpace(r.Agency.S), r.Year
		if row.Agency == "" {
			row.Agency = o.path
		}
		row.Figures = r.KeyFigures()
	}
	for _, f := range o.findings {
		if len(row.Findings) == 3 {
			row.Findings = append(row.Findings, fmt.Sprintf("……共 %d 条", len(o.findings)))
			break
		}
		row.Findings = append(row.Findings, fmt.Sprintf("第 %d 行 %s %s %s", f.Line, f.Rule, f.Cell, f.Message))
	}
	if o.ioErr != nil {
		row.Findings = []string{"无法读取：" + o.ioErr.Error()}
	}
	if o.fault != "" {
		row.Findings = []string{strings.SplitN(o.fault, "\n", 2)[0]}
	}
	return row
}

// documentDate is the date written into a file's properties: the report's
// 落款日期, else SOURCE_DATE_EPOCH, else 1 January after the report year —
// never the clock, so the same input gives the same bytes.
func documentDate(r *author.Report) time.Time {
	if r.Date != nil {
		return time.Date(r.Date.Year, time.Month(r.Date.Month), r.Date.Day, 0, 0, 0, 0, time.UTC)
	}
	if s, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil {
		return time.Unix(s, 0).UTC()
	}
	return time.Date(r.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
}
