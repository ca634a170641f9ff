// Command release builds nianbao's ready-made programs: for each platform an
// archive (zip for Windows, tar.gz elsewhere) holding the program, the
// Chinese quick-start, the shipped examples and the font licences, and a
// SHA256SUMS file beside them. It needs only the Go toolchain (and git, for
// the commit). The same source built with the same Go version gives the
// same bytes: every time in the archives is the commit's, entries are
// sorted, owners and modes fixed, and the programs are built with -trimpath.
//
//	go run ./release [-o dist] VERSION
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	out := flag.String("o", "dist", "输出目录")
	commit := flag.String("commit", "", "写入程序的源码提交（默认：git rev-parse HEAD，有未提交的修改时加 -dirty）")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "用法：go run ./release [选项] 版本号\n生成各平台的压缩包和 SHA256SUMS；文件时间取 SOURCE_DATE_EPOCH，默认为提交时间。\n选项：")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	r, err := newRelease(".", flag.Arg(0), *commit, *out)
	if err == nil {
		err = r.run(targets)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}
