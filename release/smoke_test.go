package main

// Smoke tests of the released programs themselves: the Windows program under
// Wine, the arm64 and loong64 Linux programs under qemu-user. Each runs
// init, check and build on the shipped examples, in a folder whose name has
// Chinese characters and a space, and must write the same files, byte for
// byte, as the linux-amd64 program run natively.

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"nianbao/internal/testtool"
)

// runner runs a released program on this machine: natively, or under an
// emulator (prefix) with its environment.
type runner struct {
	name   string
	target target
	prefix []string
	env    []string
}

// run runs the program in dir and returns its exit code and output.
func (rn runner) run(t *testing.T, dir, program string, args ...string) (int, string, string) {
	t.Helper()
	argv := append(append(append([]string{}, rn.prefix...), program), args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), rn.env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatalf("%s: %v", rn.name, err)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

// install unpacks a target's program and examples into dir: the program at
// the top, the examples under 年报 测试/ with Chinese names and spaces.
// It returns the program's path and the work folder.
func install(t *testing.T, r *release, tg target, dir string) (string, string) {
	t.Helper()
	if !slices.Contains(shared.targets, tg) {
		t.Skipf("skipping: %s is not in NIANBAO_RELEASE_TARGETS", tg)
	}
	files := unpack(t, r, tg)
	work := filepath.Join(dir, "年报 测试")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	for from, to := range map[string]string{tg.program(): filepath.Join(dir, tg.program()),
		"example-2021.yaml": filepath.Join(work, "示例 2021.yaml"), "qiaokou-2020.yaml": filepath.Join(work, "硚口 2020.yaml")} {
		if err := os.WriteFile(to, files[from].data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, tg.program()), work
}

// smokeRun is what a platform made of the scenario: the files in the work
// folder and what check printed.
type smokeRun struct {
	files map[string][]byte
	check string
}

// scenario runs version, init, check and build with a released program.
func scenario(t *testing.T, r *release, rn runner) smokeRun {
	t.Helper()
	start := time.Now()
	program, work := install(t, r, rn.target, t.TempDir())
	_, out, _ := rn.run(t, work, program, "version")
	platform := rn.target.os + "/" + rn.target.arch
	if !strings.Contains(out, "nianbao 0.0.0-test（提交 "+testCommit+"，"+platform) || strings.Contains(out, "回车") {
		t.Errorf("%s: version says %q", rn.name, out)
	}
	var run smokeRun
	for _, args := range [][]string{
		{"init", "--year", "2025", "--agency", "某县人民政府", "某县 报告.yaml"},
		{"check", "示例 2021.yaml", "硚口 2020.yaml", "某县 报告.yaml"},
		{"build", "-o", "输出 目录", "示例 2021.yaml", "硚口 2020.yaml"},
	} {
		code, out, errs := rn.run(t, work, program, args...)
		if code != 0 {
			t.Fatalf("%s: nianbao %q: exit %d\n%s%s", rn.name, args, code, out, errs)
		}
		if args[0] == "check" {
			run.check = out
		}
	}
	run.files = tree(t, work)
	t.Logf("%s: version, init, check, build in %.1f s", rn.name, time.Since(start).Seconds())
	return run
}

// tree reads every file below dir, by slash-separated relative name.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// native is the reference runner: the linux-amd64 program on this machine.
func native(t *testing.T) runner {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skip("skipping: the reference is the linux-amd64 program run natively")
	}
	return runner{name: "linux-amd64", target: target{"linux", "amd64"}}
}

func TestSmoke(t *testing.T) {
	r := built(t)
	want := scenario(t, r, native(t))
	for name, rn := range map[string]func(*testing.T) runner{
		"wine":         wineRunner,
		"qemu-arm64":   qemuRunner("arm64", "qemu-aarch64-static"),
		"qemu-loong64": qemuRunner("loong64", "qemu-loongarch64-static"),
	} {
		t.Run(name, func(t *testing.T) {
			rn := rn(t)
			got := scenario(t, r, rn)
			if got.check != want.check {
				t.Errorf("%s: check printed\n%s\nnative:\n%s", rn.name, got.check, want.check)
			}
			sameFiles(t, rn.name, got.files, want.files)
		})
	}
}

// sameFiles compares the files a platform wrote with the native ones.
func sameFiles(t *testing.T, name string, got, want map[string][]byte) {
	t.Helper()
	for path, data := range want {
		if g, ok := got[path]; !ok {
			t.Errorf("%s did not write %s", name, path)
		} else if !bytes.Equal(g, data) {
			t.Errorf("%s wrote a different %s (%d bytes, native %d)", name, path, len(g), len(data))
		}
	}
	for path := range got {
		if _, ok := want[path]; !ok {
			t.Errorf("%s wrote %s, which the native program did not", name, path)
		}
	}
}

// qemuRunner runs a linux program of arch under qemu-user.
func qemuRunner(arch, qemu string) func(*testing.T) runner {
	return func(t *testing.T) runner {
		path := testtool.Need(t, qemu, "Debian package qemu-user-static")
		return runner{name: "linux-" + arch + " under " + qemu, target: target{"linux", arch}, prefix: []string{path}}
	}
}
