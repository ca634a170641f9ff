package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"nianbao/author"
	"nianbao/render"
)

// copyTo writes a testdata file, optionally edited, into dir.
func copyTo(t *testing.T, src, dst string, edits ...string) {
	t.Helper()
	data, err := os.ReadFile("../../testdata/" + src)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("%s has no %q", src, edits[i])
		}
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	os.MkdirAll(filepath.Dir(dst), 0o755)
	if err := os.WriteFile(dst, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBatchBuild: a directory of units with one broken report and one file
// that is not YAML: the others are built, the exit code is 1, the board
// lists the broken units first.
func TestBatchBuild(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(in, "区政府.yaml"))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(in, "乡镇", "硚口.yaml"))
	copyTo(t, "xiangxi-2020.yaml", filepath.Join(in, "乡镇", "湘西.yaml"))
	os.WriteFile(filepath.Join(in, "乱码.yaml"), []byte("\x00\x01 这根本不是 YAML {{{"), 0o644)
	os.WriteFile(filepath.Join(in, "说明.txt"), []byte("不是年报"), 0o644)
	code, stdout, stderr := nianbao("build", "-j", "2", "-o", out, in)
	if code != 1 {
		t.Errorf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, f := range []string{"区政府.html", "区政府.pdf", "区政府.xlsx", "乡镇/硚口.html", "乡镇/硚口.pdf", "乡镇/硚口.xlsx", "index.html"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s not built: %v", f, err)
		}
	}
	for _, f := range []string{"乡镇/湘西.html", "乱码.html", "说明.html"} {
		if _, err := os.Stat(filepath.Join(out, f)); err == nil {
			t.Errorf("%s built", f)
		}
	}
	if !strings.Contains(stdout, "共 4 个单位：通过 1，有警告 1，有错误 2") { // 硚口's page lost two 年 and its date
		t.Errorf("summary missing:\n%s", stdout)
	}
	board, _ := os.ReadFile(filepath.Join(out, "index.html"))
	b := string(board)
	broken, clean := strings.Index(b, "湘西高新技术产业开发区"), strings.Index(b, "江南市临川区人民政府")
	if broken < 0 || clean < 0 || broken > clean || !strings.Contains(b, "T3-ROW-TOTAL") || strings.Count(b, `.pdf"`) != 2 {
		t.Errorf("board: broken at %d, clean at %d", broken, clean)
	}
	code, stdout, _ = nianbao("check", in)
	if code != 1 || !strings.Contains(stdout, "共 4 个单位") || !strings.Contains(stdout, "湘西.yaml:63:40") {
		t.Errorf("check of the directory: %d\n%s", code, stdout)
	}
}

// TestJurisdictionOption: --jurisdiction names the place in the board's
// title, the spaces around it trimmed, in place of the places the agencies'
// names begin with.
func TestJurisdictionOption(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(in, "a.yaml"))
	copyTo(t, "example-2021.yaml", filepath.Join(in, "b.yaml"), "agency: 江南市临川区人民政府", "agency: 江南市临川区教育局")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "<h1>江南市临川区 2024 年度"},
		{[]string{"--jurisdiction", "  江南市  "}, "<h1>江南市 2024 年度"},
	} {
		args := append([]string{"build", "--html", "-o", out}, tt.args...)
		if code, _, errs := nianbao(append(args, in)...); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, errs)
		}
		if board, _ := os.ReadFile(filepath.Join(out, "index.html")); !strings.Contains(string(board), tt.want) {
			t.Errorf("%v: the board's title is not %q…", tt.args, tt.want)
		}
	}
}

// TestSum: the jurisdiction total equals the hand-computed sums, money
// exactly, amounts in different units in 元; mixed years are refused.
func TestSum(t *testing.T) {
	dir := t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(dir, "a.yaml"))
	copyTo(t, "example-2021.yaml", filepath.Join(dir, "b.yaml"),
		"agency: 江南市临川区人民政府", "agency: 江南市临川区城关镇人民政府",
		"new:              [86, 6, 0, 1, 2, 0]", "new:              [96, 6, 0, 1, 2, 0]",
		"disclosed:        [38, 3, 0, 1, 1, 0]", "disclosed:        [48, 3, 0, 1, 1, 0]",
		"total:            [85, 5, 0, 1, 2, 0]", "total:            [95, 5, 0, 1, 2, 0]",
		"fees: 1852.37", "fees: 0.005",
		"processing_fee: {notices: 0, billed: 0, collected: 0}", "processing_fee: {notices: 2, billed: 300, collected: 120.5}")
	total := filepath.Join(dir, "total.yaml")
	if code, _, errs := nianbao("sum", "--agency", "江南市人民政府", "-o", total, filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")); code != 0 {
		t.Fatalf("sum: %d %s", code, errs)
	}
	r := loadReport(t, total)
	for ref, want := range map[string]string{
		"requests.new.natural_person": "182", "requests.new.total": "200", "requests.disclosed.natural_person": "86",
		"requests.total.total": "196", "proactive.fees": "1852.375", "appeals.review.total": "4",
	} {
		if got, _ := r.Lookup(ref); got != want {
			t.Errorf("%s = %s, want %s", ref, got, want)
		}
	}
	if fee, _ := r.Lookup("other_matters.processing_fee.collected"); fee != "120.5" || r.Agency.S != "江南市人民政府" {
		t.Errorf("fee %s agency %s", fee, r.Agency.S)
	}
	data, _ := os.ReadFile(total)
	if !strings.Contains(string(data), "汇总 2 个单位") || !strings.Contains(string(data), "江南市临川区城关镇人民政府") {
		t.Error("units not listed in a comment")
	}
	if fs := author.Check(r, author.Options{}); fs.Worst() == author.Error || !hasFinding(fs, "UNFINISHED") {
		t.Errorf("sum file: %v", fs)
	}
	// 2019 format: 采购总金额 in 万元 and 元 add up in 元.
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "q1.yaml"))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(dir, "q2.yaml"), `[367, "12932.14万元"]`, `[1, "100元"]`, "agency: 武汉市硚口区人民政府", "agency: 武汉市硚口区发展和改革局")
	code, out, errs := nianbao("sum", "--agency", "武汉市", filepath.Join(dir, "q1.yaml"), filepath.Join(dir, "q2.yaml"))
	if code != 0 || !strings.Contains(out, `procurement: [368, 129321500元]`) {
		t.Errorf("2019 sum: %d %s\n%s", code, errs, out)
	}
	code, _, errs = nianbao("sum", "--agency", "X", filepath.Join(dir, "a.yaml"), filepath.Join(dir, "q1.yaml"), filepath.Join(dir, "b.yaml"))
	if code != 1 || !strings.Contains(errs, "q1.yaml（2019 格式（hubei-2020） 2020 年度）") {
		t.Errorf("mixed years: %d %s", code, errs)
	}
}

// TestPreviousDir: --previous DIR matches last year's report by agency.
func TestPreviousDir(t *testing.T) {
	prev, cur := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(prev, "去年.yaml"), "year: 2024", "year: 2023", "date: 2025-01-20", "date: 2024-01-20",
		"carried_forward:  [4, 1, 0, 0, 0, 0]", "carried_forward:  [2, 0, 0, 0, 0, 0]")
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(prev, "别的单位.yaml"))
	copyTo(t, "example-2021.yaml", filepath.Join(cur, "今年.yaml"))
	code, out, _ := nianbao("check", "--previous", prev, cur)
	if code != 0 || !strings.Contains(out, "CROSS-YEAR-CARRY 表三·自然人列: 二、上年结转政府信息公开申请数量(3) ≠ 2023 年度报告的四、结转下年度继续办理(2)，差 1") ||
		!strings.Contains(out, "REPEAT-TEXT") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

// TestInterruptedBuild stops a batch build with SIGTERM midway: no
// temporary file remains and every output present is complete.
func TestInterruptedBuild(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "nianbao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in, out := t.TempDir(), t.TempDir()
	for i := range 30 {
		copyTo(t, "example-2021.yaml", filepath.Join(in, fmt.Sprintf("u%02d.yaml", i)))
	}
	cmd := exec.Command(bin, "build", "-j", "2", "-o", out, in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(600 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 {
		t.Logf("build ended with %v before the signal took effect", err)
	}
	entries, _ := os.ReadDir(out)
	complete := 0
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(out, e.Name()))
		switch filepath.Ext(e.Name()) {
		case ".tmp":
			t.Errorf("temporary file left: %s", e.Name())
		case ".pdf":
			if !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
				t.Errorf("%s is truncated", e.Name())
			}
		case ".html":
			if !bytes.HasSuffix(data, []byte("</html>\n")) {
				t.Errorf("%s is truncated", e.Name())
			}
		case ".xlsx", ".docx":
			if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
				t.Errorf("%s is truncated: %v", e.Name(), err)
			}
		}
		complete++
	}
	t.Logf("%d complete files after the interruption", complete)
}

// TestWriteFails: when an output cannot be written (its directory's name
// is taken by a file) the unit fails with exit 2, nothing partial is left,
// the other units are written.
func TestWriteFails(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	os.Mkdir(filepath.Join(in, "x"), 0o755)
	copyTo(t, "example-2021.yaml", filepath.Join(in, "x", "a.yaml"))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(in, "b.yaml"))
	os.WriteFile(filepath.Join(out, "x"), nil, 0o644)
	code, _, errs := nianbao("build", "-o", out, in)
	if code != 2 || !strings.Contains(errs, "a.html") || !strings.Contains(errs, "路径中有一部分不是目录") {
		t.Errorf("exit %d\n%s", code, errs)
	}
	for _, f := range []string{"b.html", "b.pdf", "b.xlsx"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s missing", f)
		}
	}
	noTemporaryFiles(t, out)
}

// TestOutputsStayInDir: an agency name like a path does not steer outputs,
// and import and sum never overwrite their input.
func TestOutputsStayInDir(t *testing.T) {
	out := t.TempDir()
	if code, _, errs := nianbao("build", "-o", out, "../../testdata/bad/path-agency.yaml"); code != 0 {
		t.Fatalf("%d %s", code, errs)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != len(outputs()) {
		t.Errorf("outputs: %v", entries)
	}
	nianbao("build", "--xlsx", "-o", out, "../../testdata/example-2021.yaml")
	book := filepath.Join(out, "example-2021.xlsx")
	if code, _, errs := nianbao("import", "--force", "-o", book, book); code != 2 || !strings.Contains(errs, "不会覆盖") {
		t.Errorf("import onto its input: %d %s", code, errs)
	}
	src := filepath.Join(out, "a.yaml")
	copyTo(t, "example-2021.yaml", src)
	if code, _, errs := nianbao("sum", "--agency", "X", "--force", "-o", src, src); code != 2 || !strings.Contains(errs, "不会覆盖") {
		t.Errorf("sum onto its input: %d %s", code, errs)
	}
}

// TestFaultRecovered: a panic while working on one unit is reported as an
// internal fault of that unit, asking for a bug report; the others go on.
func TestFaultRecovered(t *testing.T) {
	units := []unit{{path: "a.yaml"}, {path: "b.yaml"}, {path: "c.yaml"}}
	var got []*outcome
	work := func(u unit) *outcome {
		if u.path == "b.yaml" {
			panic("a bug")
		}
		return &outcome{unit: u}
	}
	runUnits(units, 2, work, func(o *outcome) { got = append(got, o) }, newProgress(&bytes.Buffer{}, len(units)))
	if len(got) != 3 || got[0].code() != exitOK || got[2].code() != exitOK {
		t.Fatalf("outcomes: %+v", got)
	}
	if f := got[1].fault; got[1].code() != exitErrors || !strings.Contains(f, "内部错误") || !strings.Contains(f, "报告给开发者") || strings.Contains(f, "goroutine") {
		t.Errorf("fault: %q", f)
	}
	var out bytes.Buffer
	printOutcome(&out, &out, got[1], true)
	if !strings.HasPrefix(out.String(), "b.yaml: 内部错误") || strings.Count(strings.TrimSpace(out.String()), "\n") != 0 {
		t.Errorf("printed: %q", out.String())
	}
}

// TestProcessorsRestored: a run of one unit works on one processor, and
// leaves the process on as many as it found (the tests that come after it
// run in the same process).
func TestProcessorsRestored(t *testing.T) {
	t.Setenv("GOMAXPROCS", "")
	before := runtime.GOMAXPROCS(runtime.NumCPU() + 1)
	defer runtime.GOMAXPROCS(before)
	during := 0
	work := func(u unit) *outcome {
		during = runtime.GOMAXPROCS(0)
		return &outcome{unit: u}
	}
	runUnits([]unit{{path: "a.yaml"}}, 4, work, func(*outcome) {}, newProgress(&bytes.Buffer{}, 1))
	if after := runtime.GOMAXPROCS(0); during != 1 || after != runtime.NumCPU()+1 {
		t.Errorf("GOMAXPROCS %d during the run, %d after it; want 1, then %d", during, after, runtime.NumCPU()+1)
	}
}

// TestBatchHeap: a batch runs with the collector's target at
// batchGCPercent and puts the previous one back; one unit, or a GOGC the
// user set, keeps the target as it is.
func TestBatchHeap(t *testing.T) {
	for _, c := range []struct {
		units int
		gogc  string
		want  int
	}{{2, "", batchGCPercent}, {1, "", 100}, {2, "50", 100}} {
		t.Setenv("GOGC", c.gogc)
		before := debug.SetGCPercent(100)
		during := 0
		work := func(u unit) *outcome {
			during = debug.SetGCPercent(-1)
			debug.SetGCPercent(during)
			return &outcome{unit: u}
		}
		runUnits(make([]unit, c.units), 1, work, func(*outcome) {}, newProgress(&bytes.Buffer{}, c.units))
		if after := debug.SetGCPercent(before); during != c.want || after != 100 {
			t.Errorf("%d units, GOGC=%q: target %d during the run, %d after it; want %d, then 100", c.units, c.gogc, during, after, c.want)
		}
	}
}

// TestPlanConflicts: outputs that would replace an input or each other
// are refused before anything is written, naming both inputs.
func TestPlanConflicts(t *testing.T) {
	exts := []string{".html", ".pdf"}
	for _, tt := range []struct {
		name  string
		units []unit
		dir   string
		board string
		want  string // "" for no conflict
	}{
		{"same name, two directories, one -o", []unit{{path: "a/报告.yaml", rel: "报告"}, {path: "b/报告.yaml", rel: "报告"}}, "out", "", "a/报告.yaml 和 b/报告.yaml 都会生成"},
		{"same name beside the inputs is fine", []unit{{path: "a/报告.yaml", rel: "报告"}, {path: "b/报告.yaml", rel: "报告"}}, "", "", ""},
		{"a.yaml and a.yml", []unit{{path: "d/a.yaml", rel: "a", root: "d"}, {path: "d/a.yml", rel: "a", root: "d"}}, "", "", "d/a.yaml 和 d/a.yml 都会生成 d/a.html"},
		{"an input named like an output", []unit{{path: "d/报告.yaml", rel: "报告"}, {path: "d/报告.html", rel: "报告"}}, "", "", "d/报告.html 会被输出文件覆盖"},
		{"index.yaml beside the board", []unit{{path: "d/index.yaml", rel: "index", root: "d"}, {path: "d/b.yaml", rel: "b", root: "d"}}, "", "d/index.html", "d/index.yaml 和 汇总页 都会生成 d/index.html"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := makePlan(tt.units, tt.dir, exts, tt.board)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(filepath.ToSlash(err.Error()), tt.want)):
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func hasFinding(fs author.Findings, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// TestStaleOutputs: a unit that fails on rebuild, or left the batch, loses
// the outputs an earlier build wrote for it; the other units' files, a
// foreign file and an output someone changed since are left alone, and the
// board says what happened.
func TestStaleOutputs(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(in, "a.yaml"))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(in, "b.yaml"))
	copyTo(t, "example-2021.yaml", filepath.Join(in, "c.yaml"), "agency: 江南市临川区人民政府", "agency: 江南市临川区教育局")
	if code, _, errs := nianbao("build", "--html", "--pdf", "-o", out, in); code != 0 {
		t.Fatalf("first build: %s", errs)
	}
	// The manifest names inputs relative to itself, so that it is the same
	// wherever the folders are.
	if m, _ := os.ReadFile(filepath.Join(out, manifestName)); bytes.Contains(m, []byte(filepath.ToSlash(in))) || !bytes.Contains(m, []byte(`"input": "../`)) {
		t.Errorf("manifest names inputs by absolute path:\n%s", m)
	}
	os.WriteFile(filepath.Join(out, "说明.txt"), []byte("发布说明"), 0o644)
	os.WriteFile(filepath.Join(out, "c.html"), []byte("<p>手工改过</p>"), 0o644)
	copyTo(t, "xiangxi-2020.yaml", filepath.Join(in, "b.yaml")) // b now has errors
	os.Remove(filepath.Join(in, "c.yaml"))                      // c left the batch
	code, _, _ := nianbao("build", "--html", "--pdf", "-o", out, in)
	if code != 1 {
		t.Errorf("rebuild: exit %d", code)
	}
	for name, want := range map[string]bool{"a.html": true, "a.pdf": true, "b.html": false, "b.pdf": false,
		"c.html": true, "c.pdf": false, "说明.txt": true, "index.html": true} {
		if _, err := os.Stat(filepath.Join(out, name)); (err == nil) != want {
			t.Errorf("%s present = %v, want %v", name, err == nil, want)
		}
	}
	board, _ := os.ReadFile(filepath.Join(out, "index.html"))
	for _, want := range []string{"上次生成的 2 个文件已删除", "已不在本批中的单位", "江南市临川区教育局（1 个文件）", "c.html"} {
		if !strings.Contains(string(board), want) {
			t.Errorf("board lacks %q", want)
		}
	}
}

// TestStaleEditedKept: an output edited by hand is kept when its unit
// fails, and listed on the board and kept in the manifest by every later
// build, not only the first, until it is gone.
func TestStaleEditedKept(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(in, "区政府.yaml"))
	copyTo(t, "example-2021.yaml", filepath.Join(in, "教育局.yaml"), "agency: 江南市临川区人民政府", "agency: 江南市临川区教育局")
	if code, _, errs := nianbao("build", "--html", "--pdf", "-o", out, in); code != 0 {
		t.Fatalf("first build: %s", errs)
	}
	edited := filepath.Join(out, "教育局.html")
	os.WriteFile(edited, []byte("<p>手工改过的 2024 年度报告</p>"), 0o644)
	copyTo(t, "example-2021.yaml", filepath.Join(in, "教育局.yaml"), "agency: 江南市临川区人民政府", "agency: 江南市临川区教育局",
		"new:              [86, 6, 0, 1, 2, 0]", "new:              [86, 6, 0, 1, 2, 0, 1]") // now T3-ROW-TOTAL
	for build := 2; build <= 3; build++ {
		if code, _, _ := nianbao("build", "--html", "--pdf", "-o", out, in); code != 1 {
			t.Errorf("build %d: exit %d", build, code)
		}
		board, _ := os.ReadFile(filepath.Join(out, "index.html"))
		manifest, _ := os.ReadFile(filepath.Join(out, manifestName))
		if _, err := os.Stat(edited); err != nil || !strings.Contains(string(board), "上次生成后被改动过的文件") ||
			!strings.Contains(string(board), "<p>教育局.html</p>") || !strings.Contains(string(manifest), `"path": "教育局.html"`) {
			t.Errorf("build %d: the edited file is not kept and listed (board lists it: %v)", build, strings.Contains(string(board), "教育局.html"))
		}
		if _, err := os.Stat(filepath.Join(out, "教育局.pdf")); err == nil {
			t.Errorf("build %d: the unchanged PDF of the failing unit is still there", build)
		}
	}
	os.Remove(edited)
	nianbao("build", "--html", "--pdf", "-o", out, in)
	board, _ := os.ReadFile(filepath.Join(out, "index.html"))
	manifest, _ := os.ReadFile(filepath.Join(out, manifestName))
	if strings.Contains(string(board), "教育局.html") || strings.Contains(string(manifest), "教育局.html") {
		t.Error("a file removed by hand is still listed")
	}
}

// TestDuplicateUnits: a report resubmitted next to the first is an error
// for both in check and build, naming the other file; sum refuses.
func TestDuplicateUnits(t *testing.T) {
	in := t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(in, "区政府.yaml"))
	copyTo(t, "example-2021.yaml", filepath.Join(in, "区政府（修改后）.yaml"), "全年共收到", "本年度共收到")
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(in, "硚口.yaml"))
	code, out, _ := nianbao("check", in)
	if code != 1 || strings.Count(out, "DUPLICATE") != 3 || !strings.Contains(out, "区政府（修改后）.yaml 是同一机关、同一年度") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	if code, _, errs := nianbao("sum", "--agency", "某县", in); code != 1 || !strings.Contains(errs, "DUPLICATE") {
		t.Errorf("sum: exit %d\n%s", code, errs)
	}
	// The board agrees with the summary line: both files have an error.
	dir := t.TempDir()
	nianbao("build", "--html", "-o", dir, in)
	board, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if n := strings.Count(string(board), `class="status s-error"`); n != 2 || strings.Count(string(board), `<span class="rule">DUPLICATE</span>`) != 2 {
		t.Errorf("the board shows %d units with errors, want the 2 duplicates", n)
	}
}

// TestPreviousCoverage: units without last year's report are named, one
// warning each, and counted; a table of renamed units matches them.
func TestPreviousCoverage(t *testing.T) {
	prev, cur := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(prev, "去年.yaml"), "year: 2024", "year: 2023", "date: 2025-01-20", "date: 2024-01-20",
		"agency: 江南市临川区人民政府", "agency: 江南市临川县人民政府")
	copyTo(t, "example-2021.yaml", filepath.Join(cur, "今年.yaml"))
	code, out, _ := nianbao("check", "--previous", prev, cur, "../../testdata/qiaokou-2020.yaml")
	if code != 0 || strings.Count(out, "PREVIOUS-MISSING") != 3 || !strings.Contains(out, "0 个单位已对照，2 个单位没有对照") {
		t.Errorf("without the table: exit %d\n%s", code, out)
	}
	table := filepath.Join(t.TempDir(), "对照表.csv")
	os.WriteFile(table, []byte("今年名称,上年名称\n江南市临川区人民政府,江南市临川县人民政府\n"), 0o644)
	_, out, _ = nianbao("check", "--previous", prev, "--previous-map", table, cur, "../../testdata/qiaokou-2020.yaml")
	if !strings.Contains(out, "1 个单位已对照，1 个单位没有对照") || !strings.Contains(out, "REPEAT-TEXT") {
		t.Errorf("with the table:\n%s", out)
	}
}

// TestRoster: the units of the roster that did not report and the reports
// of units not on it are listed; --require-all makes a missing unit an
// error; the board lists them.
func TestRoster(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(in, "区政府.yaml"))
	copyTo(t, "qiaokou-2020.yaml", filepath.Join(in, "硚口.yaml"))
	roster := filepath.Join(t.TempDir(), "名单.txt")
	os.WriteFile(roster, []byte("单位名称\n江南市临川区人民政府\n江南市临川区教育局\n江南市临川区 财政局\n"), 0o644)
	code, stdout, _ := nianbao("check", "--roster", roster, in)
	if code != 0 || !strings.Contains(stdout, "未报送 2 个：江南市临川区 财政局、江南市临川区教育局") || !strings.Contains(stdout, "不在名单中的 1 个：武汉市硚口区人民政府") {
		t.Errorf("check: exit %d\n%s", code, stdout)
	}
	if code, _, _ := nianbao("check", "--roster", roster, "--require-all", in); code != 1 {
		t.Errorf("--require-all with two missing: exit %d", code)
	}
	nianbao("build", "--html", "--roster", roster, "-o", out, in)
	board, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(board), "未报送的单位（2 个）") {
		t.Error("the board does not list the missing units")
	}
}

// TestSummaryView: check --summary prints one line per unit and the
// totals.
func TestSummaryView(t *testing.T) {
	_, out, _ := nianbao("check", "--summary", "../../testdata/example-2021.yaml", "../../testdata/xiangxi-2020.yaml")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "[通过]") || !strings.Contains(lines[1], "[有错误] 错误 2") ||
		!strings.Contains(lines[1], "T3-ROW-TOTAL") || !strings.Contains(lines[2], "共 2 个单位") {
		t.Errorf("summary view:\n%s", out)
	}
}

// TestUnitAllOrNothing: the outputs of a unit are drawn into temporary
// files and renamed into place only when all are drawn, so a format that
// fails to draw, or a file that cannot be written, after another format
// was drawn leaves no file of the unit, and no temporary file; otherwise
// each file holds what its format drew, with the hash the manifest records.
func TestUnitAllOrNothing(t *testing.T) {
	drawn := output{"html", ".html", func(w io.Writer, _ *render.Document, _ buildOptions) error {
		_, err := io.WriteString(w, "<html></html>\n")
		return err
	}, nil}
	broken := output{"pdf", ".pdf", func(io.Writer, *render.Document, buildOptions) error {
		return errors.New("a bug")
	}, nil}
	for _, c := range []struct {
		name    string
		formats []output
		block   bool // the second file's directory is taken by a file
		want    string
	}{
		{"drawn", []output{drawn, drawn}, false, ""},
		{"draw fails", []output{drawn, broken}, false, "fault"},
		{"write fails", []output{drawn, drawn}, true, "io"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			paths := []string{filepath.Join(out, "a.html"), filepath.Join(out, "sub", "a.pdf")}
			if c.block {
				os.WriteFile(filepath.Join(out, "sub"), nil, 0o644)
			}
			o := &outcome{unit: unit{path: "../../testdata/example-2021.yaml"}}
			o = (&checker{}).write(o, paths, out, buildOptions{formats: c.formats, hash: true})
			got := ""
			switch {
			case o.fault != "":
				got = "fault"
			case o.ioMsg != "":
				got = "io"
			}
			if got != c.want {
				t.Fatalf("outcome %q, want %q (%s%s)", got, c.want, o.fault, o.ioMsg)
			}
			_, err := os.Stat(paths[0])
			if written := err == nil; written != (c.want == "") {
				t.Errorf("a.html written: %v", written)
			}
			if c.want == "" && (len(o.hashes) != 2 || o.hashes[0] != hashOf([]byte("<html></html>\n"))) {
				t.Errorf("hashes %q", o.hashes)
			}
			noTemporaryFiles(t, out)
		})
	}
}
