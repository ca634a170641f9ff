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
)

// output is one format build can write.
type output struct {
	flag, ext string
	write     func(w io.Writer, d *render.Document, o buildOptions) error
}

// buildOptions are the flags that shape the outputs.
type buildOptions struct {
	fragment bool
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
	fs := newFlags("build", "文件.yaml…", stderr)
	dir := fs.StringP("output", "o", "", "输出目录（默认：与数据文件同一目录）")
	opt := buildOptions{}
	fs.BoolVar(&opt.fragment, "fragment", false, "网页只输出正文片段（行内样式，无 <style>、无 class），供粘贴到网站编辑器；文件名为 *.fragment.html")
	fontFlags := addFontFlags(fs)
	chosen := map[string]*bool{}
	for _, o := range outputs() {
		chosen[o.flag] = fs.Bool(o.flag, false, "生成 "+strings.ToUpper(o.flag)+"（不指定格式时生成全部格式）")
	}
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	fonts, err := fontFlags.load()
	if err != nil {
		fmt.Fprintln(stderr, "nianbao build:", err)
		return exitUsage
	}
	opt.fonts = fonts
	var formats []output
	for _, o := range outputs() {
		if *chosen[o.flag] {
			formats = append(formats, o)
		}
	}
	if len(formats) == 0 {
		formats = outputs()
	}
	code := exitOK
	for _, path := range fs.Args() {
		code = max(code, buildFile(path, *dir, formats, opt, stdout, stderr))
	}
	return code
}

// buildFile checks one report and, if it has no errors, writes its outputs.
func buildFile(path, dir string, formats []output, opt buildOptions, stdout, stderr io.Writer) int {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: 无法读取：%v\n", path, err)
		return exitUsage
	}
	r, findings := author.Load(path, data)
	if r != nil {
		findings = append(findings, author.Check(r, author.Options{Glyphs: opt.fonts})...)
	}
	findings.Sort()
	for _, f := range findings {
		fmt.Fprintln(stderr, f)
	}
	if r == nil || findings.Worst() == author.Error {
		fmt.Fprintf(stderr, "%s: 有 %d 个错误，未生成报告\n", path, findings.Count(author.Error))
		return exitErrors
	}
	if dir == "" {
		dir = filepath.Dir(path)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "%s: 无法创建输出目录：%v\n", dir, err)
		return exitUsage
	}
	doc := r.Document()
	opt.date = documentDate(r)
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	for _, o := range formats {
		ext := o.ext
		if o.flag == "html" && opt.fragment {
			ext = ".fragment.html"
		}
		out := filepath.Join(dir, base+ext)
		var buf bytes.Buffer
		if err := o.write(&buf, doc, opt); err != nil {
			fmt.Fprintf(stderr, "%s: 生成 %s 失败：%v\n", path, out, err)
			return exitUsage
		}
		if err := writeFileAtomic(out, buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "%s: 无法写入：%v\n", out, err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "已生成 %s\n", out)
	}
	return exitOK
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
