package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestDecideLaunch(t *testing.T) {
	tests := []struct {
		args  []string
		alone bool
		want  launch
	}{
		{nil, false, launch{}},
		{[]string{"check", "a.yaml"}, false, launch{}},
		{[]string{`D:\年报\报告.yaml`}, false, launch{}}, // typed in a shell: run as typed
		{nil, true, launch{explain: true, pause: true}},
		{[]string{`D:\年报 2025\报告 一.yaml`}, true, launch{dropped: []string{`D:\年报 2025\报告 一.yaml`}, pause: true}},
		{[]string{`D:\a.yaml`, `D:\b.yaml`}, true, launch{dropped: []string{`D:\a.yaml`, `D:\b.yaml`}, pause: true}},
		{[]string{"build", "a.yaml"}, true, launch{pause: true}}, // a shortcut with a command
		{[]string{"help"}, true, launch{pause: true}},
		{[]string{"--help"}, true, launch{pause: true}},
	}
	for _, tt := range tests {
		if got := decideLaunch(tt.args, tt.alone); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("decideLaunch(%q, %v) = %+v, want %+v", tt.args, tt.alone, got, tt.want)
		}
	}
}

// enter is the keyboard of a window of our own; it records being read.
type enter struct{ read bool }

func (e *enter) Read(p []byte) (int, error) {
	e.read = true
	return copy(p, "\r\n"), nil
}

// launched runs start as Explorer would and returns code, stdout, stderr
// and whether it waited for Enter.
func launched(alone bool, args ...string) (int, string, string, bool) {
	var out, errb bytes.Buffer
	in := &enter{}
	code := start(args, alone, in, &out, &errb)
	return code, out.String(), errb.String(), in.read
}

// TestDropped: a report dropped on the program, in a folder whose name
// has Chinese characters and spaces, is checked and built beside itself,
// and each finding is shown once.
func TestDropped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "年报 2021", "某县 人民政府")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	warned := filepath.Join(dir, "示例 报告.yaml")
	bad := filepath.Join(dir, "湘西 报告.yaml")
	copyFile(t, "../../testdata/bad/fee-mismatch.yaml", warned) // PROSE-FIGURE warnings
	copyFile(t, "../../testdata/xiangxi-2020.yaml", bad)

	code, out, errs, waited := launched(true, warned)
	if code != exitOK || !waited || !strings.Contains(out, "报告已生成") || !strings.Contains(out, "按回车键关闭本窗口") {
		t.Errorf("file with warnings: exit %d, waited %v\n%s\n%s", code, waited, out, errs)
	}
	onceEach(t, warned, out+errs, "PROSE-FIGURE")
	for _, ext := range []string{".html", ".pdf", ".xlsx", ".docx"} {
		if _, err := os.Stat(filepath.Join(dir, "示例 报告"+ext)); err != nil {
			t.Errorf("not built beside the file: %v", err)
		}
	}

	code, out, errs, waited = launched(true, bad)
	if code != exitErrors || !waited || !strings.Contains(out, "未生成报告") {
		t.Errorf("file with errors: exit %d, waited %v\n%s", code, waited, out)
	}
	onceEach(t, bad, out+errs, "T3-ROW-TOTAL")
	if _, err := os.Stat(filepath.Join(dir, "湘西 报告.pdf")); err == nil {
		t.Error("a report with errors was built")
	}
}

// onceEach checks that every finding check reports for path, among them
// one of the rule, appears exactly once in shown.
func onceEach(t *testing.T, path, shown, rule string) {
	t.Helper()
	_, findings, _ := nianbao("check", path)
	if !strings.Contains(findings, rule) {
		t.Fatalf("check %s reports no %s:\n%s", path, rule, findings)
	}
	for _, line := range strings.Split(strings.TrimSpace(findings), "\n") {
		if strings.Contains(line, "个警告") || strings.Contains(line, ": 通过") {
			continue // the closing line
		}
		if n := strings.Count(shown, line); n != 1 {
			t.Errorf("shown %d times: %s\n%s", n, line, shown)
		}
	}
}

// TestDroppedForm: a filled form dropped on the program is checked and,
// without errors, read into a report file of the same name beside it; it
// is not overwritten, nor is a report file already there. A form with
// errors gives no report file.
func TestDroppedForm(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "年报 2024")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	form := filepath.Join(dir, "填报 表.xlsx")
	report := filepath.Join(dir, "填报 表.yaml")
	fillForm(t, form, map[string]int{"D6": 10, "D8": 6, "D9": 2, "D30": 2})
	before, _ := os.ReadFile(form)

	code, out, errs, _ := launched(true, form)
	if code != exitOK || !strings.Contains(out, "已在它旁边写出数据文件 填报 表.yaml") || strings.Contains(out+errs, "覆盖") {
		t.Fatalf("filled form: exit %d\n%s\n%s", code, out, errs)
	}
	onceEach(t, form, out+errs, "UNFINISHED")
	if after, _ := os.ReadFile(form); !bytes.Equal(before, after) {
		t.Error("the form was changed")
	}
	if got, _ := loadReport(t, report).Lookup("requests.total.total"); got != "8" {
		t.Errorf("report file: （七）总计 = %s, want 8", got)
	}

	written, _ := os.ReadFile(report)
	os.WriteFile(report, append(written, "# 已写好的文字\n"...), 0o644)
	code, out, _, _ = launched(true, form)
	if code != exitOK || !strings.Contains(out, "没有改动它") || !strings.Contains(out, "--into") {
		t.Errorf("form beside a report file: exit %d\n%s", code, out)
	}
	if again, _ := os.ReadFile(report); !bytes.HasSuffix(again, []byte("# 已写好的文字\n")) {
		t.Error("the report file beside the form was changed")
	}

	wrong := filepath.Join(dir, "有错.xlsx")
	fillForm(t, wrong, map[string]int{"D6": 10}) // 新收 10, nothing handled
	code, out, _, _ = launched(true, wrong)
	if code != exitErrors || !strings.Contains(out, "T3-BALANCE") || !strings.Contains(out, "未写出数据文件") {
		t.Errorf("form with errors: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "有错.yaml")); err == nil {
		t.Error("a form with errors gave a report file")
	}
}

// fillForm makes a blank form with init --xlsx and types figures into
// table 三, as a clerk would in Excel.
func fillForm(t *testing.T, path string, cells map[string]int) {
	t.Helper()
	if code, _, errs := nianbao("init", "--xlsx", "--agency", "某县教育局", "--year", "2024", path); code != exitOK {
		t.Fatal(errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, v := range cells {
		f.SetCellValue(f.GetSheetList()[1], cell, v)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func TestDoubleClick(t *testing.T) {
	code, out, _, waited := launched(true)
	if code != exitOK || !waited || !strings.Contains(out, "拖到 nianbao.exe") {
		t.Errorf("double-click: exit %d, waited %v\n%s", code, waited, out)
	}
	// From a shell, no arguments is the usage (a usage error), and nothing waits.
	code, _, errs, waited := launched(false)
	if code != exitUsage || waited || !strings.Contains(errs, "用法") {
		t.Errorf("no arguments in a shell: exit %d, waited %v\n%s", code, waited, errs)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
