package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/spf13/pflag"
)

// newFlags makes a flag set whose errors and help go to stderr in Chinese.
func newFlags(name, args string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "%s\n选项：\n%s", strings.TrimSpace("用法：nianbao "+name+" [选项] "+args), flagUsages(fs))
	}
	return fs
}

// parse parses args; ok is false when the command must exit with code. A
// mistake in the options is explained in Chinese (exit 2).
func parse(fs *pflag.FlagSet, args []string) (code int, ok bool) {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return exitOK, false
	case err != nil:
		fmt.Fprintf(fs.Output(), "nianbao %s: %s（运行 nianbao %s --help 查看用法）\n", fs.Name(), flagError(err), fs.Name())
		return exitUsage, false
	}
	return 0, true
}

// flagErrors translate pflag's messages; each pattern's groups fill the
// Chinese text in order.
var flagErrors = []struct {
	re   *regexp.Regexp
	text string
}{
	{regexp.MustCompile(`^unknown flag: (\S+)`), "未知的选项 %s"},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)'`), "未知的选项 -%s"},
	{regexp.MustCompile(`^flag needs an argument: '(.)'`), "选项 -%s 后面要写一个值"},
	{regexp.MustCompile(`^flag needs an argument: (\S+)`), "选项 %s 后面要写一个值"},
	{regexp.MustCompile(`^bad flag syntax: (.*)`), "选项写法不对：%s"},
}

// valueKinds say what a value of each of pflag's types must be.
var valueKinds = map[string]string{
	"bool":    "应是 true 或 false，也可以只写选项、不写值",
	"int":     "应是整数",
	"float64": "应是一个数，如 0.3",
}

// flagError says in Chinese what is wrong with the options.
func flagError(err error) string {
	var invalid *pflag.InvalidValueError
	if errors.As(err, &invalid) {
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		kind, ok := valueKinds[f.Value.Type()]
		if !ok {
			kind = "写法不对"
		}
		return fmt.Sprintf("选项 %s 的值“%s”无效：%s", name, invalid.GetValue(), kind)
	}
	for _, f := range flagErrors {
		if m := f.re.FindStringSubmatch(err.Error()); m != nil {
			args := make([]any, len(m)-1)
			for i := range args {
				args[i] = m[i+1]
			}
			return fmt.Sprintf(f.text, args...)
		}
	}
	return "选项有误：" + err.Error()
}

// maxJobs bounds -j: more workers than this only use memory.
const maxJobs = 64

// checkJobs refuses a -j outside 1..maxJobs.
func checkJobs(jobs int) error {
	if jobs < 1 || jobs > maxJobs {
		return fmt.Errorf("同时处理的单位数 -j 应在 1 到 %d 之间，现在是 %d", maxJobs, jobs)
	}
	return nil
}
