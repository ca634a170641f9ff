package main

// The Windows program under Wine: the smoke test's runner, and the start
// from Explorer (a double-click, a file dropped on the program), which Wine
// imitates when its console is a terminal of its own: the program is then
// the console's only process, as under Explorer.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"nianbao/internal/testtool"
)

// wineRunner runs the windows-amd64 program under Wine.
func wineRunner(t *testing.T) runner {
	return runner{name: "windows-amd64 under wine", target: target{"windows", "amd64"}, prefix: []string{"wine"}, env: wineEnv(t)}
}

// wine is the Wine prefix the tests share, made once: Wine's first start in
// a new prefix is the slow part.
var wine struct {
	once   sync.Once
	prefix string
	err    error
}

// wineEnv returns the environment that runs programs under the shared,
// temporary Wine prefix, making the prefix the first time.
func wineEnv(t *testing.T) []string {
	t.Helper()
	testtool.Need(t, "wine", "Debian package wine")
	as := testtool.Need(t, "x86_64-w64-mingw32-as", "Debian package binutils-mingw-w64-x86-64, for the bcryptprimitives.dll Wine 8 lacks")
	ld := testtool.Need(t, "x86_64-w64-mingw32-ld", "Debian package binutils-mingw-w64-x86-64")
	wine.once.Do(func() {
		start := time.Now()
		if wine.prefix, wine.err = os.MkdirTemp("", "nianbao-wine-"); wine.err != nil {
			return
		}
		cmd := exec.Command("wine", "wineboot", "--init")
		cmd.Env = append(os.Environ(), wineVars()...)
		if out, err := cmd.CombinedOutput(); err != nil {
			wine.err = fmt.Errorf("wineboot: %v\n%s", err, out)
			return
		}
		wine.err = wineShim(as, ld, filepath.Join(wine.prefix, "drive_c", "windows", "system32"))
		t.Logf("wine prefix made in %.1f s", time.Since(start).Seconds())
	})
	if wine.err != nil {
		t.Fatal(wine.err)
	}
	return wineVars()
}

// wineVars are Wine's variables: the temporary prefix, no debug output, no
// offer to install Mono or Gecko.
func wineVars() []string {
	return []string{"WINEPREFIX=" + wine.prefix, "WINEDEBUG=-all", "WINEDLLOVERRIDES=mscoree,mshtml="}
}

// stopWine stops the Wine server of the prefix and removes the prefix.
func stopWine() {
	if wine.prefix == "" {
		return
	}
	cmd := exec.Command("wineserver", "-k")
	cmd.Env = append(os.Environ(), wineVars()...)
	cmd.Run()
	os.RemoveAll(wine.prefix)
}

// Go programs since Go 1.22 call ProcessPrng in bcryptprimitives.dll at
// start; Wine 8 (Debian 12) has no such DLL and the program dies with
// "bcryptprimitives.dll not found". The shim is a DLL whose one export
// forwards ProcessPrng to advapi32's RtlGenRandom (SystemFunction036),
// which fills a buffer with random bytes the same way. Windows 10 and
// later, and Wine 9, have the real one (Wine then prefers its own).
const (
	shimAsm = ".text\n.globl DllMain\nDllMain:\n\tmovl $1, %eax\n\tret\n"
	shimDef = "LIBRARY bcryptprimitives.dll\nEXPORTS\nProcessPrng = advapi32.SystemFunction036\n"
)

// wineShim builds the forwarding bcryptprimitives.dll into system32 with
// the MinGW assembler and linker.
func wineShim(as, ld, system32 string) error {
	dir, err := os.MkdirTemp("", "nianbao-shim-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "shim.s"), []byte(shimAsm), 0o644)
	os.WriteFile(filepath.Join(dir, "shim.def"), []byte(shimDef), 0o644)
	for _, argv := range [][]string{
		{as, "-o", "shim.o", "shim.s"},
		{ld, "-shared", "--entry", "DllMain", "-o", filepath.Join(system32, "bcryptprimitives.dll"), "shim.o", "shim.def"},
	} {
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", filepath.Base(argv[0]), err, out)
		}
	}
	return nil
}

// enterPrompt is what the program shows before it waits for Enter.
const enterPrompt = "按回车键关闭本窗口"

// inWindow runs the Windows program under Wine in a terminal of its own
// (util-linux's script makes one), as Explorer starts it in a console of
// its own; it presses Enter when asked and returns what the window showed.
func inWindow(t *testing.T, dir string, env []string, program string, args ...string) string {
	t.Helper()
	script := testtool.Need(t, "script", "Debian package bsdutils")
	// Without -icrnl the terminal turns the Enter key's \r into \n, which
	// Wine's console takes for Ctrl+J, not Enter.
	line := `stty -icrnl; exec wine "$NIANBAO_PROGRAM"`
	env = append(append(os.Environ(), env...), "NIANBAO_PROGRAM="+program)
	for i, a := range args {
		line += fmt.Sprintf(` "$NIANBAO_ARG%d"`, i)
		env = append(env, fmt.Sprintf("NIANBAO_ARG%d=%s", i, a))
	}
	cmd := exec.Command(script, "-qec", line, "/dev/null")
	cmd.Dir, cmd.Env = dir, env
	keyboard, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	screen, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	var shown bytes.Buffer
	buf := make([]byte, 4096)
	pressed := false
	for {
		n, err := screen.Read(buf)
		shown.Write(buf[:n])
		if !pressed && bytes.Contains(shown.Bytes(), []byte(enterPrompt)) {
			io.WriteString(keyboard, "\r")
			pressed = true
		}
		if err != nil {
			break
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("nianbao.exe %q in a window of its own: %v\n%s", args, err, shown.String())
	}
	if !pressed {
		t.Errorf("nianbao.exe %q in a window of its own did not wait for Enter:\n%s", args, shown.String())
	}
	return shown.String()
}

// TestWineExplorer: double-clicked, the Windows program explains itself
// and waits; with a report dropped on it, it checks and builds the report
// beside it, the same files as the native program builds, and waits.
func TestWineExplorer(t *testing.T) {
	r := built(t)
	rn := wineRunner(t)
	program, work := install(t, r, rn.target, t.TempDir())
	if shown := inWindow(t, work, rn.env, program); !strings.Contains(shown, "拖到 nianbao.exe") {
		t.Errorf("double-click showed:\n%s", shown)
	}
	shown := inWindow(t, work, rn.env, program, "示例 2021.yaml")
	if !strings.Contains(shown, "报告已生成") || !strings.Contains(shown, "2021.docx") {
		t.Errorf("drop showed:\n%s", shown)
	}

	ref := native(t)
	nativeProgram, nativeWork := install(t, r, ref.target, t.TempDir())
	if code, out, errs := ref.run(t, nativeWork, nativeProgram, "build", "示例 2021.yaml"); code != 0 {
		t.Fatalf("native build: %d\n%s%s", code, out, errs)
	}
	sameFiles(t, "nianbao.exe with a file dropped on it", tree(t, work), tree(t, nativeWork))
}
