package main

import (
	"fmt"
	"io"

	"nianbao/author"
)

func runSchema(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "", stderr)
	format := fs.String("format", "2021", "年报格式：2021 或 2019")
	if code, ok := parse(fs, args); !ok {
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
	spec, err := author.NewSpec(author.Format(format), "", 0)
	if err != nil {
		return nil, err
	}
	return spec.Schema()
}
