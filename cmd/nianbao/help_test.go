package main

import (
	"regexp"
	"strings"
	"testing"

	"nianbao/render"
)

// optionColumn is the option and its argument, up to the description.
var optionColumn = regexp.MustCompile(`^ *\S+(?: \S+)* {2,}`)

// TestHelpChinese: every command's help is in Chinese, pflag's "(default …)"
// and type names included, and the descriptions line up.
func TestHelpChinese(t *testing.T) {
	for _, c := range commands() {
		if c.name == "rules" || c.name == "version" {
			continue // no options
		}
		code, _, errs := nianbao(c.name, "--help")
		if code != exitOK || !strings.Contains(errs, "选项：") {
			t.Errorf("%s --help: exit %d\n%s", c.name, code, errs)
			continue
		}
		for _, english := range []string{"default", " string", " int", " float"} {
			if strings.Contains(errs, english) {
				t.Errorf("%s --help says %q:\n%s", c.name, english, errs)
			}
		}
		column := -1
		for _, line := range strings.Split(strings.TrimSpace(errs), "\n")[2:] {
			at := render.DisplayWidth(optionColumn.FindString(line))
			if column >= 0 && at != column {
				t.Errorf("%s --help: descriptions not aligned:\n%s", c.name, errs)
				break
			}
			column = at
		}
	}
	_, _, errs := nianbao("check", "--help")
	for _, want := range []string{"-j, --jobs 整数", "（默认 ", "--previous 文件或目录", "-h, --help"} {
		if !strings.Contains(errs, want) {
			t.Errorf("check --help lacks %q:\n%s", want, errs)
		}
	}
}
