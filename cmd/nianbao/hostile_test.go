//go:build unix

package main

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

var built struct {
	once sync.Once
	path string
	err  error
	out  []byte
}

// binary builds the program once for the tests that run it as a process.
func binary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "nianbao-bin")
		if err != nil {
			built.err = err
			return
		}
		built.path = filepath.Join(dir, "nianbao")
		built.out, built.err = exec.Command("go", "build", "-o", built.path, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.path
}

// Memory limits of a hostile input: the address space the process may
// reserve (a guard for the machine; Go reserves far more than it uses) and
// the peak resident memory the test accepts (a real report needs < 100 MB).
const (
	addressCap = "8000000" // KiB, for ulimit -v
	peakLimit  = 300 << 20 // bytes
)

// capped runs the program under a memory cap and a time limit, as a user
// would, and returns its exit code and output; its peak memory must stay
// under peakLimit.
func capped(t *testing.T, args ...string) (int, string) {
	t.Helper()
	return cappedAt(t, peakLimit, args...)
}

// cappedAt is capped with another limit on the peak memory.
func cappedAt(t *testing.T, peak int64, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", append([]string{"-c", "ulimit -v " + addressCap + "; exec \"$0\" \"$@\"", binary(t)}, args...)...)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("%v did not finish in 30 s", args)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss*1024 > peak {
		t.Errorf("%v: peak memory %d MB", args, ru.Maxrss>>10)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	if strings.Contains(text, "goroutine ") || strings.Contains(text, "panic:") || strings.Contains(text, "fatal error") {
		t.Errorf("%v: a Go stack reached the user:\n%s", args, text)
	}
	if bytes.ContainsAny(out, "\x1b\a") {
		t.Errorf("%v: control characters printed raw", args)
	}
	return code, text
}

// snapshot hashes every file below dir, to see that nothing changed.
func snapshot(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			data, _ := os.ReadFile(path)
			out[path] = sha256.Sum256(data)
		}
		return nil
	})
	return out
}

func unchanged(t *testing.T, what string, before, after map[string][32]byte) {
	t.Helper()
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("%s: files changed or were added", what)
	}
}

// TestHostileExpansion: aliases that refer to themselves or multiply a
// large anchor are refused quickly under a memory cap.
func TestHostileExpansion(t *testing.T) {
	for _, tt := range []struct{ file, rule string }{
		{"alias-self.yaml", "LIMIT-ALIAS"}, {"alias-multiply.yaml", "LIMIT-TEXT"}, {"billion-laughs.yaml", "LIMIT-SIZE"},
	} {
		for _, cmd := range []string{"check", "build"} {
			dir := t.TempDir()
			code, out := capped(t, cmd, "-o", dir, "../../testdata/bad/"+tt.file)
			if cmd == "check" {
				code, out = capped(t, cmd, "../../testdata/bad/"+tt.file)
			}
			if code != 1 || !strings.Contains(out, tt.rule) || !strings.Contains(out, tt.file) {
				t.Errorf("%s %s: exit %d\n%s", cmd, tt.file, code, out)
			}
		}
	}
}

// zipBomb writes a workbook whose sheet unzips to a gigabyte; with lie,
// its headers claim a kilobyte.
func zipBomb(t *testing.T, path string, lie bool) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	chunk := bytes.Repeat([]byte("0"), 1<<20)
	for range 1024 {
		w.Write(chunk)
	}
	zw.Close()
	data := buf.Bytes()
	if lie {
		for _, sig := range []struct {
			magic string
			off   int
		}{{"PK\x03\x04", 22}, {"PK\x01\x02", 24}} {
			for i := bytes.Index(data, []byte(sig.magic)); i >= 0; {
				copy(data[i+sig.off:], []byte{0xe8, 0x03, 0, 0}) // 1000 bytes
				j := bytes.Index(data[i+4:], []byte(sig.magic))
				if j < 0 {
					break
				}
				i += 4 + j
			}
		}
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHostileWorkbooks: zip bombs, honest or lying about their size, and
// special files are refused without exhausting memory or hanging; no
// temporary file is left behind.
func TestHostileWorkbooks(t *testing.T) {
	dir := t.TempDir()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	for _, lie := range []bool{false, true} {
		bomb := filepath.Join(dir, fmt.Sprintf("bomb-%v.xlsx", lie))
		zipBomb(t, bomb, lie)
		before := snapshot(t, dir)
		for _, args := range [][]string{{"import", "-o", filepath.Join(dir, "b.yaml"), bomb}, {"check", bomb}} {
			if code, out := capped(t, args...); code != 1 || !strings.Contains(out, "XLSX-NOT-OURS") {
				t.Errorf("%v: exit %d\n%s", args, code, out)
			}
		}
		unchanged(t, "zip bomb", before, snapshot(t, dir))
	}
	if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
		t.Errorf("temporary files left: %v", entries)
	}
	if code, out := capped(t, "import", "-o", filepath.Join(dir, "z.yaml"), "/dev/zero"); code != 2 || !strings.Contains(out, "不是普通文件") {
		t.Errorf("import /dev/zero: %d %s", code, out)
	}
}

// TestSpecialFiles: a FIFO given as an argument, found in a batch folder or
// given to import is reported, not waited on; the batch still writes its
// board.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "b.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	copyTo(t, "example-2021.yaml", filepath.Join(dir, "a.yaml"))
	for _, args := range [][]string{{"check", fifo}, {"import", "-o", filepath.Join(dir, "x.yaml"), fifo}} {
		if code, out := capped(t, args...); code != 2 || !strings.Contains(out, "b.yaml") || !strings.Contains(out, "不是普通文件") {
			t.Errorf("%v: exit %d\n%s", args, code, out)
		}
	}
	out := t.TempDir()
	code, text := capped(t, "build", "-o", out, dir)
	if _, err := os.Stat(filepath.Join(out, "index.html")); code != 2 || err != nil || !strings.Contains(text, "无法读取 1") {
		t.Errorf("batch with a FIFO: exit %d, board %v\n%s", code, err, text)
	}
}

// TestNoOverwrite: outputs that would replace an input or each other are
// refused before anything is written, naming both inputs.
func TestNoOverwrite(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files []string // copies of the example
		want  string
	}{
		{"a report named like its page", []string{"报告.html"}, "报告.html 会被输出文件覆盖"},
		{"a.yaml and a.yml", []string{"a.yaml", "a.yml"}, "a.yaml 和 "},
		{"index.yaml and the board", []string{"index.yaml", "b.yaml"}, "汇总页"},
		{"a real a-2 next to a", []string{"a.yaml", "a-2.yaml"}, ""}, // two units: qiaokou is copied as a-2
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for i, f := range tt.files {
				src := "example-2021.yaml"
				if i > 0 && tt.want == "" {
					src = "qiaokou-2020.yaml"
				}
				copyTo(t, src, filepath.Join(dir, f))
			}
			before := snapshot(t, dir)
			arg := dir
			if len(tt.files) == 1 {
				arg = filepath.Join(dir, tt.files[0])
			}
			code, out := capped(t, "build", arg)
			if tt.want == "" {
				if code != 0 {
					t.Errorf("exit %d\n%s", code, out)
				}
				return
			}
			if code != 2 || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, want a refusal naming %q\n%s", code, tt.want, out)
			}
			unchanged(t, tt.name, before, snapshot(t, dir))
		})
	}
}

// TestFlagErrors: every mistake in the options is explained in Chinese
// with exit 2.
func TestFlagErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--bogus", "x.yaml"}, "未知的选项 --bogus"},
		{[]string{"check", "-z", "x.yaml"}, "未知的选项 -z"},
		{[]string{"build", "-j", "abc", "x.yaml"}, "的值“abc”无效"},
		{[]string{"check", "-j"}, "后面要写一个值"},
		{[]string{"check", "-j", "10000000", "x.yaml"}, "应在 1 到 64 之间"},
		{[]string{"sum", "-j", "0", "--agency", "x", "x.yaml"}, "应在 1 到 64 之间"},
		{[]string{"version", "--bogus"}, "未知的选项 --bogus"},
		{[]string{"version", "x"}, "多余的参数“x”"},
		{[]string{"schema", "--format", "2021", "x"}, "多余的参数“x”"},
		{[]string{"check", "--json=maybe", "x.yaml"}, "--json"},
		{[]string{"check", "--max-other-share", "-1", "x.yaml"}, "0 到 1 之间的比例"},
		{[]string{"check", "--max-other-share", "2", "x.yaml"}, "0 到 1 之间的比例"},
		{[]string{"build", "--max-other-share", "NaN", "x.yaml"}, "现在是 NaN"},
		{[]string{"sum", "x.yaml"}, "缺少 --agency"},
		{[]string{"check"}, "没有给出年报文件或目录"},
		{[]string{"import", "a.xlsx", "b.xlsx"}, "现在给了 2 个"},
	} {
		code, out, errs := nianbao(tt.args...)
		if code != 2 || !strings.Contains(errs, tt.want) || out != "" {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errs)
		}
	}
}

// TestStaleTemporaryFiles: temporary files a killed run left beside any
// file nianbao writes (an output, the board, the manifest, the report
// import --into rewrites) are removed by the next run that writes there;
// a fresh one (a run in progress) and files of other names are kept.
func TestStaleTemporaryFiles(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	src := filepath.Join(dir, "a.yaml")
	copyTo(t, "example-2021.yaml", src)
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "b.yaml"))
	old := time.Now().Add(-20 * time.Minute)
	temp := func(path string, age time.Time) string {
		os.WriteFile(path, []byte("half"), 0o644)
		os.Chtimes(path, age, age)
		return path
	}
	stale := []string{temp(filepath.Join(dir, ".a.pdf.123.tmp"), old), temp(filepath.Join(out, ".index.html.42.tmp"), old),
		temp(filepath.Join(out, "..nianbao-manifest.json.7.tmp"), old), temp(filepath.Join(out, ".b.docx.99.tmp"), old)}
	kept := []string{temp(filepath.Join(dir, ".a.html.456.tmp"), time.Now()), temp(filepath.Join(dir, ".a.pdf.x.tmp"), old),
		temp(filepath.Join(dir, ".notes.txt.123.tmp"), old)}
	if code, _, errs := nianbao("build", src); code != 0 {
		t.Fatalf("build: %d %s", code, errs)
	}
	if code, _, errs := nianbao("build", "-o", out, dir); code != 0 {
		t.Fatalf("build -o: %d %s", code, errs)
	}
	book := filepath.Join(out, "a.xlsx")
	stale = append(stale, temp(filepath.Join(dir, ".a.yaml.5.tmp"), old))
	if code, _, errs := nianbao("import", book, "--into", src); code != 0 {
		t.Fatalf("import --into: %d %s", code, errs)
	}
	for _, path := range stale {
		if _, err := os.Stat(path); err == nil {
			t.Errorf("stale temporary file kept: %s", filepath.Base(path))
		}
	}
	for _, path := range kept {
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s was removed", filepath.Base(path))
		}
	}
}

// TestSpecialTargets: an output path taken by a FIFO, a symbolic link or a
// directory is never replaced, with --force or without: the command says
// so and exits 2, and the FIFO is still a FIFO.
func TestSpecialTargets(t *testing.T) {
	dir := t.TempDir()
	fifo, link := filepath.Join(dir, "sp.yaml"), filepath.Join(dir, "link.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	src := filepath.Join(dir, "a.yaml")
	copyTo(t, "example-2021.yaml", src)
	os.Symlink(src, link)
	os.Mkdir(filepath.Join(dir, "d.yaml"), 0o755)
	if code, _, errs := nianbao("build", "--xlsx", "-o", dir, src); code != 0 {
		t.Fatal(errs)
	}
	book := filepath.Join(dir, "a.xlsx")
	before := snapshot(t, dir)
	for _, target := range []string{fifo, link, filepath.Join(dir, "d.yaml")} {
		for _, args := range [][]string{
			{"init", "--force", "--agency", "某局", "--year", "2024", target},
			{"init", "--agency", "某局", "--year", "2024", target},
			{"import", "--force", "-o", target, book},
			{"sum", "--force", "--agency", "某县人民政府", "-o", target, src},
		} {
			code, out := capped(t, args...)
			if code != 2 || !strings.Contains(out, filepath.Base(target)) || !strings.Contains(out, "不是普通文件") {
				t.Errorf("%v: exit %d\n%s", args, code, out)
			}
		}
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v", info.Mode())
	}
	unchanged(t, "special targets", before, snapshot(t, dir))
}

// TestWorkbookPropertyQuoted: a workbook property that holds a newline and
// a key stays text in the YAML written from it: no key is added.
func TestWorkbookPropertyQuoted(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := nianbao("build", "--xlsx", "-o", dir, "../../testdata/example-2021.yaml"); code != 0 {
		t.Fatal(errs)
	}
	book := filepath.Join(dir, "example-2021.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	props, _ := f.GetDocProps()
	props.Creator = "某局\npreamble: 被注入的前言\n  x"
	f.SetDocProps(props)
	f.Save()
	f.Close()
	out := filepath.Join(dir, "back.yaml")
	if _, text, _ := nianbao("import", "-o", out, book); !strings.Contains(text, "机关名称不能换行") {
		t.Errorf("the agency with a line break is not reported:\n%s", text)
	}
	r := loadReport(t, out)
	data, _ := os.ReadFile(out)
	if r.Preamble.S != "" || !strings.Contains(string(data), `agency: "某局\npreamble: 被注入的前言\n  x"`) {
		t.Errorf("property became YAML: preamble %q\n%s", r.Preamble.S, data)
	}
}

// TestControlCharactersPrinted: a file name, an agency of the roster with
// ESC and BEL in them are printed escaped in every line that names them:
// findings, the 通过 and summary lines, the 已生成 lines, the roster's
// 未报送 line (capped fails on any raw control character).
func TestControlCharactersPrinted(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	name := "h\x1b]0;pwned\a.yaml"
	copyTo(t, "example-2021.yaml", filepath.Join(dir, name))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "b.yaml"))
	roster := filepath.Join(out, "r.txt")
	os.WriteFile(roster, []byte("某局\x1b[2J\n江南市临川区人民政府\n"), 0o644)
	for _, args := range [][]string{
		{"check", filepath.Join(dir, name)},
		{"check", "--roster", roster, dir},
		{"check", "--summary", dir},
		{"build", "-o", out, "--roster", roster, dir},
		{"build", "--html", filepath.Join(dir, name)},
	} {
		code, text := capped(t, args...)
		if code == 2 || !strings.Contains(text, `\u001B`) {
			t.Errorf("%q: exit %d, no escape printed\n%s", args, code, text)
		}
	}
}

// TestStdoutFull: a result that cannot be written (stdout on a full disk)
// is said in Chinese on stderr with exit 2, not lost with exit 0.
func TestStdoutFull(t *testing.T) {
	if info, err := os.Stat("/dev/full"); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/full device here")
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0) // opened for writing only: nothing replaces it
	if err != nil {
		t.Skip(err)
	}
	defer full.Close()
	report := "../../testdata/example-2021.yaml"
	for _, args := range [][]string{
		{"schema", "--format", "2021"}, {"sum", "--agency", "某县人民政府", report}, {"check", "--json", report},
		{"check", report}, {"init", "--year", "2024"}, {"rules"}, {"version"},
	} {
		cmd := exec.Command(binary(t), args...)
		var errs bytes.Buffer
		cmd.Stdout, cmd.Stderr = full, &errs
		err := cmd.Run()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 2 || !strings.Contains(errs.String(), "无法写出结果（标准输出）：磁盘空间不足") || strings.Contains(errs.String(), "goroutine") {
			t.Errorf("%v > /dev/full: exit %d, stderr %q", args, code, errs.String())
		}
	}
}

// TestForeignFilesProtected: build never replaces a file it did not write
// (not in its manifest, no generator mark): the page a report was imported
// from, the office's own index.html where the board goes, a Word document
// written by hand beside the report. It refuses before writing anything,
// naming the file; its own outputs it replaces, build after build.
func TestForeignFilesProtected(t *testing.T) {
	t.Run("the page imported from", func(t *testing.T) {
		dir := t.TempDir()
		page := filepath.Join(dir, "a.html")
		data, _ := os.ReadFile("../../testdata/pages/word-2021.html")
		os.WriteFile(page, data, 0o644)
		if code, _, errs := nianbao("import", page, "-o", filepath.Join(dir, "a.yaml")); code == 2 {
			t.Fatal(errs)
		}
		refused(t, dir, "a.html 已存在，不是本工具生成的文件", "build", dir)
		refused(t, dir, "a.html 已存在，不是本工具生成的文件", "build", filepath.Join(dir, "a.yaml"))
	})
	t.Run("the office's index.html", func(t *testing.T) {
		dir := t.TempDir()
		copyTo(t, "example-2021.yaml", filepath.Join(dir, "b.yaml"))
		copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "c.yaml"))
		os.WriteFile(filepath.Join(dir, "index.html"), []byte("<html><body>本单位首页</body></html>\n"), 0o644)
		refused(t, dir, "index.html 已存在，不是本工具生成的文件（不在生成记录 .nianbao-manifest.json 中，也没有本工具的标记），汇总页会覆盖它", "build", dir)
	})
	t.Run("the portal's page with a fragment pasted in", func(t *testing.T) {
		dir := t.TempDir()
		copyTo(t, "example-2021.yaml", filepath.Join(dir, "b.yaml"))
		os.WriteFile(filepath.Join(dir, "b.html"), []byte("<html><body><!-- generator: nianbao -->\n<div>年报</div></body></html>\n"), 0o644)
		refused(t, dir, "b.html 已存在", "build", filepath.Join(dir, "b.yaml"))
	})
	t.Run("a Word document by hand", func(t *testing.T) {
		dir := t.TempDir()
		copyTo(t, "example-2021.yaml", filepath.Join(dir, "b.yaml"))
		os.WriteFile(filepath.Join(dir, "b.docx"), []byte("PK 本单位自己写的报告"), 0o644)
		refused(t, dir, "b.docx 已存在", "build", filepath.Join(dir, "b.yaml"))
	})
	t.Run("a FIFO where an output goes", func(t *testing.T) {
		dir, out := t.TempDir(), t.TempDir()
		copyTo(t, "example-2021.yaml", filepath.Join(dir, "b.yaml"))
		copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "c.yaml"))
		if err := syscall.Mkfifo(filepath.Join(out, "c.pdf"), 0o644); err != nil {
			t.Skip(err)
		}
		refused(t, out, "c.pdf 已存在，但不是普通文件", "build", "-o", out, dir)
	})
	t.Run("its own outputs", func(t *testing.T) {
		dir, out := t.TempDir(), t.TempDir()
		src := filepath.Join(dir, "b.yaml")
		copyTo(t, "example-2021.yaml", src)
		copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "c.yaml"))
		for _, args := range [][]string{{"build", src}, {"build", src}, {"build", dir}, {"build", "--html", dir},
			{"build", "-o", out, dir}, {"build", "-o", out, src}, {"build", "-o", out, dir},
			{"build", "--html", "--fragment", src}, {"build", "--html", "--fragment", src}} {
			if code, _, errs := nianbao(args...); code != 0 {
				t.Errorf("%v: exit %d\n%s", args, code, errs)
			}
		}
		// Files without a manifest (a single report's, or an older
		// version's) carry nianbao's marks, whatever their format.
		os.Remove(filepath.Join(dir, manifestName))
		if code, _, errs := nianbao("build", dir); code != 0 {
			t.Errorf("files without a manifest: exit %d\n%s", code, errs)
		}
		single := t.TempDir()
		if code, _, errs := nianbao("build", "-o", single, src); code != 0 {
			t.Errorf("a single report: exit %d\n%s", code, errs)
		}
		if _, err := os.Stat(filepath.Join(single, manifestName)); err == nil {
			t.Error("a single report's build left a manifest")
		}
	})
}

// refused runs a build that must refuse with want, exit 2, and leave dir
// as it was.
func refused(t *testing.T, dir, want string, args ...string) {
	t.Helper()
	before := snapshot(t, dir)
	code, out := capped(t, args...)
	if code != 2 || !strings.Contains(out, want) || !strings.Contains(out, "什么也没有写") && !strings.Contains(out, "不是普通文件") {
		t.Errorf("%v: exit %d, want a refusal with %q\n%s", args, code, want, out)
	}
	unchanged(t, fmt.Sprint(args), before, snapshot(t, dir))
}

// TestPreviousUnreadable: a FIFO and a broken file in last year's folder
// are alike: each is reported, left out of the comparison and named in
// the PREVIOUS-MISSING of the units without last year's report; the run
// goes on.
func TestPreviousUnreadable(t *testing.T) {
	prev, now, out := t.TempDir(), t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(prev, "a.yaml"), "year: 2024", "year: 2023", "date: 2025-01-20", "date: 2024-01-20")
	if err := syscall.Mkfifo(filepath.Join(prev, "b.yaml"), 0o644); err != nil {
		t.Skip(err)
	}
	os.WriteFile(filepath.Join(prev, "c.yaml"), []byte("year: [2023\n"), 0o644)
	copyTo(t, "example-2021.yaml", filepath.Join(now, "a.yaml"))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(now, "q.yaml"))
	for _, args := range [][]string{{"check", "--previous", prev, now}, {"build", "-o", out, "--previous", prev, now}} {
		code, text := capped(t, args...)
		for _, want := range []string{"b.yaml 读不出来，没有参加对照：不是普通文件", "c.yaml 读不出来，没有参加对照：YAML-SYNTAX",
			"有 2 份文件读不出来，没有参加对照", "与上年对照：1 个单位已对照，1 个单位没有对照"} {
			if code != 0 || !strings.Contains(text, want) {
				t.Errorf("%v: exit %d, no %q\n%s", args, code, want, text)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("no board: %v", err)
	}
}
