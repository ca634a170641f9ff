package main

import (
	"fmt"
	"io"
	"strings"

	"nianbao/author"
	"nianbao/spec"
)

func runSchema(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "", stderr)
	format := fs.String("format", spec.Latest(), "年报`格式`："+strings.Join(spec.IDs(), " 或 "))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if code, ok := noArgs(fs); !ok {
		return code
	}
	data, err := schemaFor(*format)
	if err != nil {
		fmt.Fprintln(stderr, "nianbao schema:", err)
		return exitUsage
	}
	stdout.Write(append(data, '\n'))
	return exitOK
}

func schemaFor(format string) ([]byte, error) {
	f, err := spec.Get(format, "", 0)
	if err != nil {
		return nil, err
	}
	return author.Schema(f)
}
