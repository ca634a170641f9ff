package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestDocsNameEveryOutput: where the double-click text, the README's part
// for clerks (下载即用) and the quick-starts in the archives list what
// build makes (a line naming .html), they name every format it writes.
func TestDocsNameEveryOutput(t *testing.T) {
	var clicked bytes.Buffer
	explain(&clicked)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	clerks, _, _ := strings.Cut(string(readme), "\n## 用法")
	_, clerks, _ = strings.Cut(clerks, "\n## 下载即用")
	docs := map[string]string{"double-click text": clicked.String(), "README 下载即用": clerks}
	for _, name := range []string{"快速上手-windows.txt", "快速上手-unix.txt"} {
		data, err := os.ReadFile("../../release/" + name)
		if err != nil {
			t.Fatal(err)
		}
		docs[name] = string(data)
	}
	for name, text := range docs {
		listings := 0
		for _, line := range strings.Split(text, "\n") {
			if !strings.Contains(line, ".html") {
				continue
			}
			listings++
			for _, o := range outputs() {
				if !strings.Contains(line, o.ext) && !strings.Contains(line, strings.ToUpper(o.flag)) {
					t.Errorf("%s: %q does not name %s", name, line, o.ext)
				}
			}
		}
		if listings == 0 {
			t.Errorf("%s lists no outputs", name)
		}
	}
}
