// Command release builds nianbao's ready-made programs: for each platform an
// archive (zip for Windows, tar.gz elsewhere) holding the program, the
// Chinese quick-start, the shipped examples and the font licences, and a
// SHA256SUMS file beside them. It needs only the Go toolchain (and git, for
// the commit). The same source built with the same Go version gives the
// same bytes: every time in the archives is the commit's, entries are
// sorted, owners and modes fixed, and the programs are built with -trimpath.
// It refuses a Go version other than go.mod's (see toolchain.go).
//
//	go run ./release [-o dist] VERSION
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"nianbao/render"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

// run builds the release the command line asks for and returns the exit
// code: 0 done, 1 failed, 2 a mistake on the command line.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("release", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // its English; usage says it in Chinese
	out := fs.String("o", "dist", "压缩包和 SHA256SUMS 的输出`目录`")
	commit := fs.String("commit", "", "写入程序的源码`提交`（默认：git rev-parse HEAD，有未提交的修改时加 -dirty）")
	anyGo := fs.Bool("any-go", false, "用 PATH 上任意版本的 Go 构建（只供试用：与发布的压缩包不会逐字节相同）")
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage(stderr, fs)
		return 0
	case err != nil || fs.NArg() != 1:
		if err != nil {
			fmt.Fprintf(stderr, "release：选项有误（%v）\n\n", err)
		}
		usage(stderr, fs)
		return 2
	}
	r, err := newRelease(".", fs.Arg(0), *commit, *out)
	if err == nil && !*anyGo {
		err = checkGo(".")
	}
	if err == nil {
		err = r.run(targets)
	}
	if err != nil {
		fmt.Fprintln(stderr, "release：", err)
		return 1
	}
	return 0
}

// usage explains the command line, its options with their defaults.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, `用法：go run ./release [选项] 版本号
为 %s 各生成一个压缩包（Windows 为 .zip，其他为 .tar.gz）和 SHA256SUMS。
在干净的检出上用 go.mod 写明的 Go 版本运行；文件时间取 SOURCE_DATE_EPOCH，默认为提交时间。
详见 README.md 的“发布（给维护者）”。

选项：
`, strings.Join(targetNames(), "、"))
	var left, right []string
	fs.VisitAll(func(f *flag.Flag) {
		name, text := flag.UnquoteUsage(f) // name "" for a bool
		if f.DefValue != "" && f.DefValue != "false" {
			text += "（默认 " + f.DefValue + "）"
		}
		left, right = append(left, strings.TrimSpace("-"+f.Name+" "+name)), append(right, text)
	})
	left, right = append(left, "-h"), append(right, "显示本帮助")
	widest := 0
	for _, l := range left {
		widest = max(widest, render.DisplayWidth(l))
	}
	for i, l := range left {
		fmt.Fprintf(w, "  %s%s  %s\n", l, strings.Repeat(" ", widest-render.DisplayWidth(l)), right[i])
	}
}

// targetNames lists the platforms released: "windows-amd64".
func targetNames() []string {
	var out []string
	for _, t := range targets {
		out = append(out, t.String())
	}
	return out
}
