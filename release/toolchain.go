package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// The archives are byte-for-byte reproducible only with the Go release that
// built them: another compiler makes other programs. README.md names that
// release as go.mod's go line, and the release build refuses any other Go
// (-any-go builds anyway, for a trial). Pinning with GOTOOLCHAIN instead
// would download a toolchain, which an offline machine cannot; the message
// says how to do it where the module proxy is reachable.

// goLine is the go directive of go.mod.
var goLine = regexp.MustCompile(`(?m)^go (\S+)\s*$`)

// wantedGo is the Go release of go.mod's go line: "go1.26.8".
func wantedGo(root string) (string, error) {
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	m := goLine.FindSubmatch(data)
	if m == nil {
		return "", fmt.Errorf("go.mod 没有 go 行")
	}
	return "go" + string(m[1]), nil
}

// buildingGo is the version of the go command that compiles the programs,
// with the environment compile gives it (GOTOOLCHAIN included).
func buildingGo(root string) (string, error) {
	cmd := exec.Command("go", "env", "GOVERSION")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env GOVERSION：%v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// checkGo refuses a go command other than go.mod's release.
func checkGo(root string) error {
	want, err := wantedGo(root)
	if err != nil {
		return err
	}
	got, err := buildingGo(root)
	if err != nil {
		return err
	}
	return sameGo(want, got)
}

// sameGo explains a difference between the Go release wanted and the one
// that would build.
func sameGo(want, got string) error {
	if got == want {
		return nil
	}
	return fmt.Errorf("构建用的 Go 是 %s，可重现的发布要用 go.mod 写明的 %s（README.md“发布”）：安装 %s，"+
		"或在能访问 Go 模块代理时运行 GOTOOLCHAIN=%s go run ./release 版本号；只是试用时加 -any-go",
		got, want, want, want)
}
