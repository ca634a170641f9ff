package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestUsage: -h explains the command line in Chinese, every option with
// the name of its value and its default, and every platform; a missing
// version is a usage error.
func TestUsage(t *testing.T) {
	var help bytes.Buffer
	if code := run([]string{"-h"}, &help); code != 0 {
		t.Errorf("-h: exit %d", code)
	}
	want := append([]string{"用法：go run ./release [选项] 版本号", "-o 目录 ", "（默认 dist）", "-commit 提交 ", "-any-go ", "-h "}, targetNames()...)
	for _, w := range want {
		if !strings.Contains(help.String(), w) {
			t.Errorf("-h lacks %q:\n%s", w, help.String())
		}
	}
	for _, english := range []string{"string", "default", "value", "Usage"} {
		if strings.Contains(help.String(), english) {
			t.Errorf("-h says %q:\n%s", english, help.String())
		}
	}
	var out bytes.Buffer
	if code := run(nil, &out); code != 2 || !strings.Contains(out.String(), "用法") {
		t.Errorf("no version: exit %d\n%s", code, out.String())
	}
}

// TestGoVersion: README's claim of reproducibility names go.mod's Go
// release, and another release is refused with the way out.
func TestGoVersion(t *testing.T) {
	want, err := wantedGo("..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, []byte("`"+want+"`")) {
		t.Errorf("README.md does not name %s, the Go release of go.mod", want)
	}
	if err := sameGo(want, want); err != nil {
		t.Error(err)
	}
	err = sameGo(want, "go1.99.0")
	for _, w := range []string{"go1.99.0", "GOTOOLCHAIN=" + want, "-any-go"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("another Go: %v; want it to say %q", err, w)
		}
	}
}

// TestRefusesOtherGo: with another go command first on PATH the release
// build stops before building anything.
func TestRefusesOtherGo(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("skipping: the stand-in go is a shell script")
	}
	bin := t.TempDir()
	script := "#!/bin/sh\necho go1.99.0\n"
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	if err := checkGo(".."); err == nil || !strings.Contains(err.Error(), "go1.99.0") {
		t.Errorf("go1.99.0 on PATH: %v", err)
	}
}
