package main

import (
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"nianbao/author"
	"nianbao/internal/safefile"
	"nianbao/render"
	"nianbao/render/docx"
	"nianbao/render/html"
	"nianbao/render/pdf"
	"nianbao/render/xlsx"
)

// output is one format build can write.
type output struct {
	flag, ext string
	write     func(w io.Writer, d *render.Document, o buildOptions) error
	// made reports whether a file of this kind is one nianbao wrote, which
	// build may replace.
	made func(r io.ReaderAt, size int64) bool
}

// buildOptions are the flags that shape the outputs.
type buildOptions struct {
	fragment bool
	formats  []output
	fonts    *pdf.Fonts
	date     time.Time
	hash     bool // take the content hashes of the files, for the manifest
}

func outputs() []output {
	return []output{
		{"html", ".html", func(w io.Writer, d *render.Document, o buildOptions) error {
			return html.Write(w, d, html.Options{Fragment: o.fragment})
		}, generatedPage},
		{"pdf", ".pdf", func(w io.Writer, d *render.Document, o buildOptions) error {
			return pdf.Write(w, d, pdf.Options{Fonts: o.fonts, Date: o.date})
		}, pdf.Made},
		{"xlsx", ".xlsx", func(w io.Writer, d *render.Document, o buildOptions) error {
			return xlsx.Write(w, d, xlsx.Options{Date: o.date})
		}, xlsx.Made},
		{"docx", ".docx", func(w io.Writer, d *render.Document, o buildOptions) error {
			return docx.Write(w, d, docx.Options{Date: o.date})
		}, docx.Made},
	}
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "文件或目录…", stderr)
	dir := fs.StringP("output", "o", "", "输出`目录`（默认：与数据文件同一目录）")
	opt := buildOptions{}
	place := fs.String("jurisdiction", "", "汇总页标题中的`地区`（默认取各单位机关名称开头共同的地名，如“江南市临川区”）")
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
	board := ""
	if len(units) > 1 || units[0].root != "" {
		board = filepath.Join(boardDir, "index.html")
	}
	opt.hash = board != ""
	p, err := makePlan(units, *dir, opt.exts(), board)
	if err == nil {
		err = p.protect(units, boardDir)
	}
	if err != nil {
		fmt.Fprintln(stderr, "nianbao build:", err)
		return exitUsage
	}
	s := c.survey(units, *cf.jobs, newProgress(stderr, len(units)))
	outcomes := map[string]*outcome{}
	for _, o := range s.outcomes {
		outcomes[o.path] = o
	}
	prog := newProgress(stderr, len(units))
	prog.plain = true
	work := func(u unit) *outcome { return c.write(outcomes[u.path], p.outputs[u.path], boardDir, opt) }
	runUnits(units, *cf.jobs, work, func(o *outcome) {
		printOutcome(stderr, stderr, o, false)
		for _, out := range o.outputs {
			fmt.Fprintf(stdout, "已生成 %s\n", out)
		}
		if o.status() == render.StatusError {
			fmt.Fprintf(stderr, "%s: 有 %d 个错误，未生成报告\n", o.path, o.findings.Count(author.Error))
		}
	}, prog)
	code = s.code(c.requireAll)
	if board != "" {
		if err := publish(s, boardDir, board, strings.TrimSpace(*place)); err != nil {
			fmt.Fprintf(stderr, "%s: 无法写入汇总页：%s\n", board, safefile.Describe(err))
			return exitUsage
		}
		fmt.Fprintf(stdout, "已生成 %s\n", board)
	}
	if len(units) > 1 || c.roster != nil || c.previous != nil {
		for _, line := range s.summary() {
			fmt.Fprintln(stdout, line)
		}
	}
	return code
}

// exts are the file name endings of the chosen outputs, in format order.
func (o buildOptions) exts() []string {
	var out []string
	for _, f := range o.formats {
		ext := f.ext
		if f.flag == "html" && o.fragment {
			ext = ".fragment.html"
		}
		out = append(out, ext)
	}
	return out
}

// write draws every output of a unit that passed its check straight into
// a temporary file beside its planned path, and renames them into place
// once all are drawn: a format that fails to draw, or a file that cannot
// be written, leaves no file of the unit behind. The report is taken from
// the outcome (takeReport). The content hashes the manifest records are
// taken as the files are written, when there is a board.
func (c *checker) write(o *outcome, paths []string, boardDir string, opt buildOptions) *outcome {
	if o.code() != exitOK {
		return o
	}
	r, err := o.takeReport()
	if r == nil {
		o.ioMsg = "无法读取：" + safefile.Describe(err)
		return o
	}
	doc := r.Document()
	opt.date = documentDate(r)
	var files []*staged
	done := 0 // files committed
	defer func() {
		for _, f := range files[done:] {
			f.discard()
		}
	}()
	hashes := make([]string, len(paths))
	for i, f := range opt.formats {
		s, sum, drawErr, err := stageFormat(f, paths[i], doc, opt)
		switch {
		case drawErr != nil:
			o.fault = fmt.Sprintf("生成 %s 失败（%v）：这是程序的问题，不是您的文件的问题，请报告给开发者；这个单位的文件都没有写出", paths[i], drawErr)
			return o
		case err != nil:
			o.ioMsg = fmt.Sprintf("无法写入 %s：%s", paths[i], safefile.Describe(err))
			return o
		}
		files, hashes[i] = append(files, s), sum
	}
	for i, f := range files {
		err := f.commit()
		done++
		if err != nil {
			o.ioMsg = fmt.Sprintf("无法写入 %s：%s", f.path, safefile.Describe(err))
			return o
		}
		o.outputs = append(o.outputs, f.path)
		o.hashes = append(o.hashes, hashes[i])
		rel, _ := filepath.Rel(boardDir, f.path)
		o.row.Links = append(o.row.Links, render.Link{Label: strings.ToUpper(strings.TrimPrefix(filepath.Ext(f.path), ".")), Href: filepath.ToSlash(rel)})
	}
	return o
}

// stageFormat draws a format into a staged file at path: the file, its
// content hash when opt.hash asks for it, and either why the format failed
// to draw or why the file could not be written.
func stageFormat(f output, path string, doc *render.Document, opt buildOptions) (s *staged, sum string, drawErr, err error) {
	s, err = stageOutput(path, func(w io.Writer) error {
		fw := &fileWriter{w: w}
		var h hash.Hash
		if opt.hash {
			h = contentHash()
			fw.w = io.MultiWriter(w, h)
		}
		if drawErr = f.write(fw, doc, opt); fw.err != nil {
			drawErr = nil
			return fw.err
		}
		if h != nil {
			sum = hashString(h)
		}
		return drawErr
	})
	return s, sum, drawErr, err
}

// fileWriter passes writes on and keeps the first error of the file, to
// tell a file that cannot be written from a format that fails to draw.
type fileWriter struct {
	w   io.Writer
	err error
}

func (fw *fileWriter) Write(p []byte) (int, error) {
	n, err := fw.w.Write(p)
	if err != nil && fw.err == nil {
		fw.err = err
	}
	return n, err
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
