package main

import (
	"fmt"
	"io"
	"strings"

	"nianbao/render"
	"nianbao/spec"
)

// runRules lists the rules of the registry: ID, severity, the formats they
// apply to and what they check.
func runRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("rules", "", stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if code, ok := noArgs(fs); !ok {
		return code
	}
	all := len(spec.IDs())
	for _, r := range spec.Rules() {
		formats := "全部"
		if f := r.Formats(); len(f) < all {
			formats = strings.Join(f, "、") + " 格式"
		}
		pad := strings.Repeat(" ", max(0, 10-render.DisplayWidth(formats)))
		fmt.Fprintf(stdout, "%-18s %s  %s%s %s\n", r.ID, r.Severity, formats, pad, r.Title)
	}
	return exitOK
}
