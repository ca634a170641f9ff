package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
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
// has Chinese characters and spaces, is checked and built beside itself.
func TestDropped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "年报 2021", "某县 人民政府")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "示例 报告.yaml")
	bad := filepath.Join(dir, "湘西 报告.yaml")
	copyFile(t, "../../testdata/example-2021.yaml", good)
	copyFile(t, "../../testdata/xiangxi-2020.yaml", bad)

	code, out, errs, waited := launched(true, good)
	if code != exitOK || !waited || !strings.Contains(out, "示例 报告.yaml: 通过") || !strings.Contains(out, "按回车键关闭本窗口") {
		t.Errorf("good file: exit %d, waited %v\n%s\n%s", code, waited, out, errs)
	}
	for _, ext := range []string{".html", ".pdf", ".xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, "示例 报告"+ext)); err != nil {
			t.Errorf("not built beside the file: %v", err)
		}
	}

	code, out, _, waited = launched(true, bad)
	if code != exitErrors || !waited || !strings.Contains(out, "T3-ROW-TOTAL") || !strings.Contains(out, "未生成报告") {
		t.Errorf("file with errors: exit %d, waited %v\n%s", code, waited, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "湘西 报告.pdf")); err == nil {
		t.Error("a report with errors was built")
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
