package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// nianbao runs the CLI in-process and returns exit code, stdout and stderr.
func nianbao(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestInitThenCheck(t *testing.T) {
	for _, format := range []string{"2021", "2019"} {
		dir := t.TempDir()
		path := filepath.Join(dir, "报告.yaml")
		year := map[string]string{"2021": "2025", "2019": "2020"}[format]
		if code, _, errs := nianbao("init", "--format", format, "--year", year, "--agency", "某县人民政府", path); code != 0 {
			t.Fatalf("init: %d %s", code, errs)
		}
		if _, err := os.Stat(filepath.Join(dir, "nianbao-"+format+".schema.json")); err != nil {
			t.Errorf("schema not written: %v", err)
		}
		code, out, _ := nianbao("check", path)
		if code != 0 || !strings.Contains(out, "0 个错误") {
			t.Errorf("check of fresh template: %d\n%s", code, out)
		}
		if code, _, errs := nianbao("init", path); code != 2 || !strings.Contains(errs, "已存在") {
			t.Errorf("init over an existing file: %d %s", code, errs)
		}
	}
}

// TestInitChoosesFormat: the year alone picks the format in force.
func TestInitChoosesFormat(t *testing.T) {
	for year, want := range map[string]string{"2019": `format: "2019"`, "2020": `format: "2019"`, "2021": `format: "2021"`, "2025": `format: "2021"`} {
		code, out, errs := nianbao("init", "--year", year)
		if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "year: "+year) {
			t.Errorf("init --year %s: %d %s\n%s", year, code, errs, out)
		}
	}
	if code, _, errs := nianbao("init", "--year", "2016"); code != 2 || !strings.Contains(errs, "没有适用的年报格式") {
		t.Errorf("init --year 2016: %d %s", code, errs)
	}
}

// TestInitRefusesYears: init refuses the years check refuses, with check's
// message, and writes nothing; from last year's report too, when the year
// is given.
func TestInitRefusesYears(t *testing.T) {
	for year, want := range map[string]string{"20233": "不是四位数年份", "2100": "不在 2000 至 2099 年之间", "202": "不是四位数年份"} {
		path := filepath.Join(t.TempDir(), "x.yaml")
		for _, from := range [][]string{nil, {"--from", "../../testdata/example-2021.yaml"}} {
			code, _, errs := nianbao(append(append([]string{"init", "--year", year}, from...), path)...)
			if _, err := os.Stat(path); code != 2 || !strings.Contains(errs, want) || err == nil {
				t.Errorf("init --year %s %v: %d %s (file written: %v)", year, from, code, errs, err == nil)
			}
		}
		example, err := os.ReadFile("../../testdata/example-2021.yaml")
		if err != nil {
			t.Fatal(err)
		}
		data := strings.NewReplacer("year: 2024", "year: "+year, "date: 2025-01-20\n", "").Replace(string(example))
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, out, _ := nianbao("check", path); code != 1 || !strings.Contains(out, want) || strings.Contains(out, "date: 1-") {
			t.Errorf("check of year %s: %d\n%s", year, code, out)
		}
	}
}

func TestCheckExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"check", "../../testdata/example-2021.yaml"}, 0, "通过"},
		{[]string{"check", "../../testdata/qiaokou-2020.yaml"}, 0, "0 个错误"},
		{[]string{"check", "../../testdata/xiangxi-2020.yaml"}, 1, "xiangxi-2020.yaml:63:40: 错误 T3-ROW-TOTAL"},
		{[]string{"check", "../../testdata/example-2021.yaml", "../../testdata/xiangxi-2020.yaml"}, 1, "通过"},
		{[]string{"check", "no-such-file.yaml"}, 2, ""},
		{[]string{"check"}, 2, ""},
		{[]string{"check", "--bogus", "x.yaml"}, 2, ""},
		{[]string{"frobnicate"}, 2, ""},
		{[]string{"check", "--previous", "../../testdata/example-2021.yaml", "../../testdata/example-2021.yaml"}, 0,
			"PREVIOUS-MISSING 找到的 ../../testdata/example-2021.yaml（江南市临川区人民政府 2024 年度）不是 2023 年度的报告"},
	}
	for _, tt := range tests {
		code, out, _ := nianbao(tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) {
			t.Errorf("%v: exit %d (want %d)\n%s", tt.args, code, tt.code, out)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	code, out, _ := nianbao("check", "--json", "../../testdata/xiangxi-2020.yaml")
	var fs []map[string]any
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != 1 || len(fs) != 3 || fs[1]["rule"] != "T3-ROW-TOTAL" || fs[1]["severity"] != "error" ||
		fs[1]["line"] != 63.0 || fs[1]["left"] != "0" || fs[1]["right"] != "1" || fs[1]["diff"] != "-1" {
		t.Errorf("exit %d, %v", code, fs)
	}
	_, out, _ = nianbao("check", "--json", "../../testdata/example-2021.yaml")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("clean report JSON = %s", out)
	}
	path := filepath.Join(t.TempDir(), "t.yaml")
	nianbao("init", "--year", "2024", path)
	_, out, _ = nianbao("check", "--json", path)
	var grouped []struct {
		Rule   string
		Places []struct{ Line, Col int }
	}
	json.Unmarshal([]byte(out), &grouped)
	for _, f := range grouped {
		if f.Rule == "UNFINISHED" && len(f.Places) != 8 {
			t.Errorf("UNFINISHED lists %d places: %s", len(f.Places), out)
		}
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := nianbao("schema", "--format", "2019")
	var v map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || !strings.Contains(out, "采购总金额") {
		t.Errorf("schema: %d %.200s", code, out)
	}
	if code, _, _ := nianbao("schema", "--format", "1999"); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
}

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := nianbao("build", "-o", dir, "../../testdata/example-2021.yaml", "../../testdata/qiaokou-2020.yaml")
	if code != 0 {
		t.Fatalf("build: %d %s %s", code, out, errs)
	}
	for _, name := range []string{"example-2021.html", "qiaokou-2020.html"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !strings.Contains(string(data), "<table") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A report with errors: exit 1, findings printed, nothing written.
	code, _, errs = nianbao("build", "-o", dir, "../../testdata/xiangxi-2020.yaml")
	if code != 1 || !strings.Contains(errs, "T3-ROW-TOTAL") || !strings.Contains(errs, "未生成报告") {
		t.Errorf("build of a broken report: %d %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "xiangxi-2020.html")); err == nil {
		t.Error("a report with errors was written")
	}
	// --fragment writes *.fragment.html; the default output dir is beside the input.
	src := filepath.Join(dir, "报告.yaml")
	data, _ := os.ReadFile("../../testdata/example-2021.yaml")
	os.WriteFile(src, data, 0o644)
	if code, _, errs := nianbao("build", "--html", "--fragment", src); code != 0 {
		t.Fatalf("fragment: %d %s", code, errs)
	}
	frag, err := os.ReadFile(filepath.Join(dir, "报告.fragment.html"))
	if err != nil || strings.Contains(string(frag), "<style") {
		t.Errorf("fragment: %v", err)
	}
	noTemporaryFiles(t, dir)
}

// noTemporaryFiles fails when an unfinished output is left in dir.
func noTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// TestGlyphMissing: 𠮷 (U+20BB7) is beyond what the PDF can embed: check
// reports GLYPH-MISSING at its line, build writes nothing.
func TestGlyphMissing(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile("../../testdata/example-2021.yaml")
	src := filepath.Join(dir, "吉.yaml")
	os.WriteFile(src, []byte(strings.Replace(string(data), "2024年，临川区人民政府未向申请人收取信息处理费。", "吉祥的𠮷字。", 1)), 0o644)
	code, out, _ := nianbao("check", src)
	if code != 1 || !strings.Contains(out, "吉.yaml:107:8: 错误 GLYPH-MISSING “𠮷”（U+20BB7）") {
		t.Errorf("check: %d\n%s", code, out)
	}
	if code, _, _ := nianbao("build", "-o", dir, src); code != 1 {
		t.Errorf("build: exit %d", code)
	}
	for _, ext := range []string{".pdf", ".html"} {
		if _, err := os.Stat(filepath.Join(dir, "吉"+ext)); err == nil {
			t.Errorf("%s written for a report with errors", ext)
		}
	}
	if code, _, errs := nianbao("check", "--font-body", "../../go.mod", src); code != 2 || !strings.Contains(errs, "不是") {
		t.Errorf("a non-font --font-body: %d %s", code, errs)
	}
}

// TestBadCorpusExit: every file of testdata/bad gives the exit code listed
// in expect.tsv, its findings at their lines, and no Go panic or stack;
// whatever check passes, build builds completely.
func TestBadCorpusExit(t *testing.T) {
	data, err := os.ReadFile("../../testdata/bad/expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		code, out, errs := nianbao("check", "../../testdata/bad/"+f[0])
		if want := f[1]; strconv.Itoa(code) != want {
			t.Errorf("%s: exit %d, want %s\n%s%s", f[0], code, want, out, errs)
		}
		for _, rl := range strings.Fields(f[2]) {
			rule, ln, _ := strings.Cut(rl, ":")
			if !strings.Contains(out, f[0]+":"+ln+":") || !strings.Contains(out, " "+rule+" ") {
				t.Errorf("%s: %s at line %s not printed:\n%s", f[0], rule, ln, out)
			}
		}
		if strings.Contains(out+errs, "goroutine") || strings.Contains(out+errs, "panic") {
			t.Errorf("%s: a Go panic reached the user", f[0])
		}
		if code == 0 {
			buildsCompletely(t, "../../testdata/bad/"+f[0])
		}
	}
}

// buildsCompletely builds a report that check passed: every format is
// written, and nothing else.
func buildsCompletely(t *testing.T, path string) {
	t.Helper()
	dir := t.TempDir()
	if code, _, errs := nianbao("build", "-o", dir, path); code != 0 {
		t.Errorf("%s passes check but build exits %d: %s", path, code, errs)
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	for _, ext := range []string{".html", ".pdf", ".xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, base+ext)); err != nil {
			t.Errorf("%s: %s not built", path, ext)
		}
	}
}

// TestUsageProblems: no subcommand is a usage problem (exit 2); help is
// not; a Notepad-saved 报告.yaml.txt is read with a warning, also from a
// directory.
func TestUsageProblems(t *testing.T) {
	if code, out, errs := nianbao(); code != 2 || out != "" || !strings.Contains(errs, "用法") {
		t.Errorf("no arguments: %d %q %q", code, out, errs)
	}
	if code, out, _ := nianbao("help"); code != 0 || !strings.Contains(out, "用法") {
		t.Errorf("help: %d", code)
	}
	dir := t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(dir, "报告.yaml.txt"))
	for _, arg := range []string{filepath.Join(dir, "报告.yaml.txt"), dir} {
		code, out, _ := nianbao("check", arg)
		if code != 0 || !strings.Contains(out, "FILE-NAME") || !strings.Contains(out, "建议改名为“报告.yaml”") {
			t.Errorf("check %s: %d\n%s", arg, code, out)
		}
	}
	if code, _, errs := nianbao("check", t.TempDir()); code != 2 || !strings.Contains(errs, "目录中没有年报数据文件") {
		t.Errorf("empty directory: %d %s", code, errs)
	}
}
