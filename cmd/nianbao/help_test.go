package main

import (
	"regexp"
	"strings"
	"testing"

	"nianbao/render"
	"nianbao/spec"
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
	for _, tt := range []struct{ command, want string }{
		{"check", "-j, --jobs 整数"},
		{"check", "（默认 "},
		{"check", "--previous 文件或目录"},
		{"check", "-h, --help"},
		{"import", "--into 数据文件 "},
		{"init", "的下一年），默认 "}, // a default after a bracket
		{"init", "--from 数据文件、附表或年报网页 "},
		{"init", "”取去年的“"},
	} {
		if _, _, errs := nianbao(tt.command, "--help"); !strings.Contains(errs, tt.want) {
			t.Errorf("%s --help lacks %q:\n%s", tt.command, tt.want, errs)
		}
	}
}

// TestHelpWording: every option that takes a value names it (none falls
// back to the type's name "文字"), no description has two brackets in a
// row ("…）（默认 2025）"), and no usage line ends in a space.
func TestHelpWording(t *testing.T) {
	for _, c := range commands() {
		_, _, errs := nianbao(c.name, "--help")
		for _, line := range strings.Split(errs, "\n") {
			option := strings.TrimSpace(optionColumn.FindString(line))
			if strings.HasSuffix(option, " "+argNames["string"]) {
				t.Errorf("%s --help: the option %q does not name its value", c.name, option)
			}
			if strings.Contains(line, "）（") || strings.HasSuffix(line, " ") {
				t.Errorf("%s --help: %q", c.name, line)
			}
		}
	}
}

// TestFlagValueErrors: a bad option value is explained by the option's
// type: true or false, an integer, a number.
func TestFlagValueErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"init", "--force=maybe"}, "选项 --force 的值“maybe”无效：应是 true 或 false"},
		{[]string{"check", "--json=2", "x.yaml"}, "选项 --json 的值“2”无效：应是 true 或 false"},
		{[]string{"build", "-j", "abc", "x.yaml"}, "选项 -j, --jobs 的值“abc”无效：应是整数"},
		{[]string{"init", "--year", "二〇二五"}, "选项 --year 的值“二〇二五”无效：应是整数"},
		{[]string{"check", "--max-other-share", "三成", "x.yaml"}, "选项 --max-other-share 的值“三成”无效：应是一个数"},
	}
	for _, tt := range tests {
		code, _, errs := nianbao(tt.args...)
		if code != exitUsage || !strings.Contains(errs, tt.want) || strings.Contains(errs, "）（") {
			t.Errorf("%q: exit %d\n%s\nwant %q", tt.args, code, errs, tt.want)
		}
	}
}

// TestRulesList: nianbao rules lists every rule once, with its severity,
// the formats it applies to in a column of its own and its title.
func TestRulesList(t *testing.T) {
	code, out, _ := nianbao("rules")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(spec.Rules()) {
		t.Errorf("%d lines for %d rules", len(lines), len(spec.Rules()))
	}
	for i, r := range spec.Rules() {
		f := strings.Fields(lines[i])
		if len(f) < 4 || f[0] != r.ID || f[1] != r.Severity.String() || strings.Contains(lines[i], "）（") {
			t.Errorf("line %d: %q", i+1, lines[i])
		}
	}
}
