package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// commit is the source commit the program was built from, set by the release
// build (go run ./release) with -ldflags "-X main.commit=…" beside main.version.
var commit = ""

// runVersion prints the version, the commit and the platform: what a user
// quotes when reporting a problem.
func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "", stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if code, ok := noArgs(fs); !ok {
		return code
	}
	fmt.Fprintf(stdout, "nianbao %s（提交 %s，%s/%s，%s）\n", version, sourceCommit(), runtime.GOOS, runtime.GOARCH, runtime.Version())
	return exitOK
}

// sourceCommit is the stamped commit, else the one go build recorded from
// the checkout, else 未知.
func sourceCommit() string {
	if commit != "" {
		return commit
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", ""
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision":
				rev = s.Value
			case s.Key == "vcs.modified" && s.Value == "true":
				dirty = "-dirty"
			}
		}
		if rev != "" {
			return rev + dirty
		}
	}
	return "未知"
}
