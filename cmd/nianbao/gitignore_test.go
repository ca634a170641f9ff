package main

import (
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"nianbao/internal/testtool"
)

// TestBuiltProgramsIgnored: git ignores the program go build makes of each
// command in the tree wherever it is written (in the command's directory,
// at the top, elsewhere with -o; with .exe for Windows), but not the
// command's directory of the same name, its sources, or any tracked file.
func TestBuiltProgramsIgnored(t *testing.T) {
	testtool.Need(t, "git", "git reads .gitignore")
	root := "../.."
	if err := exec.Command("git", "-C", root, "rev-parse", "--git-dir").Run(); err != nil {
		t.Skip("skipping: not a git checkout")
	}
	list, err := exec.Command("go", "list", "-f", `{{if eq .Name "main"}}{{.Dir}}{{end}}`, root+"/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(root)
	var programs, sources []string
	for _, dir := range strings.Fields(string(list)) {
		rel, _ := filepath.Rel(abs, dir)
		rel = filepath.ToSlash(rel)
		name := path.Base(rel)
		for _, p := range []string{name, "author/" + name, rel + "/" + name} {
			if p != rel { // go build ./release at the top cannot write over the directory
				programs = append(programs, p)
			}
			programs = append(programs, p+".exe")
		}
		sources = append(sources, rel, rel+"/main.go", rel+"/new.go")
	}
	if len(programs) < 6*5 {
		t.Fatalf("go list found too few commands: %s", list)
	}
	ignored := checkIgnore(t, root, append(append([]string(nil), programs...), sources...))
	for _, p := range programs {
		if !slices.Contains(ignored, p) {
			t.Errorf("the built program %s is not ignored", p)
		}
	}
	for _, s := range sources {
		if slices.Contains(ignored, s) {
			t.Errorf("the source %s is ignored", s)
		}
	}
	tracked, err := exec.Command("git", "-C", root, "ls-files", "--cached", "--ignored", "--exclude-standard").Output()
	if err != nil {
		t.Fatal(err)
	}
	if len(tracked) > 0 {
		t.Errorf("tracked files match .gitignore:\n%s", tracked)
	}
}

// checkIgnore returns the paths .gitignore ignores, tracked or not.
func checkIgnore(t *testing.T, root string, paths []string) []string {
	t.Helper()
	cmd := exec.Command("git", "-C", root, "check-ignore", "--no-index", "--stdin")
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n") + "\n")
	out, err := cmd.Output()
	if exit, ok := err.(*exec.ExitError); ok && exit.ExitCode() == 1 {
		return nil // none ignored
	} else if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}
