package main

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"
	"nianbao/render"
)

// argNames are the Chinese names of pflag's value types, for options whose
// usage names no argument in backquotes.
var argNames = map[string]string{
	"string":   "文字",
	"int":      "整数",
	"float":    "数值",
	"strings":  "文字,…",
	"duration": "时长",
}

// lateUsages make the usages of options whose words come from a resolved
// format, only when help is shown: every check and build would pay for
// resolving it.
var lateUsages = map[string]func() string{"max-other-share": otherShareUsage, "from": fromUsage}

// flagUsages lists the options of a command in Chinese, in place of pflag's
// FlagUsages and its "(default 2)":
//
//	-j, --jobs 整数        同时处理的单位数（默认 2）
//	    --previous 文件或目录  …
//
// The argument is the word of the usage in backquotes (pflag's convention),
// else the type's Chinese name.
func flagUsages(fs *pflag.FlagSet) string {
	var left, right []string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if late, ok := lateUsages[f.Name]; ok {
			f.Usage = late()
		}
		arg, usage := pflag.UnquoteUsage(f)
		if name, ok := argNames[arg]; ok {
			arg = name
		}
		l := "    --" + f.Name
		if f.Shorthand != "" {
			l = "-" + f.Shorthand + ", --" + f.Name
		}
		if arg != "" {
			l += " " + arg
		}
		usage = withDefault(usage, f)
		left, right = append(left, l), append(right, usage)
	})
	left, right = append(left, "-h, --help"), append(right, "显示本帮助")
	widest := 0
	for _, l := range left {
		widest = max(widest, render.DisplayWidth(l))
	}
	var b strings.Builder
	for i, l := range left {
		fmt.Fprintf(&b, "  %s%s  %s\n", l, strings.Repeat(" ", widest-render.DisplayWidth(l)), right[i])
	}
	return b.String()
}

// withDefault adds a flag's default to its usage, unless it is the zero
// value: "（默认 2）", or "，默认 2" after a usage that ends in a bracket.
func withDefault(usage string, f *pflag.Flag) string {
	switch {
	case zeroDefault(f):
		return usage
	case strings.HasSuffix(usage, "）"):
		return usage + "，默认 " + f.DefValue
	}
	return usage + "（默认 " + f.DefValue + "）"
}

// zeroDefault reports whether a flag's default is its type's zero value,
// which goes unsaid.
func zeroDefault(f *pflag.Flag) bool {
	switch f.DefValue {
	case "", "0", "false", "[]", "0s":
		return true
	}
	return false
}
