package main

import (
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	defer func(v, c string) { version, commit = v, c }(version, commit)
	version, commit = "1.2.3", "0123456789abcdef0123456789abcdef01234567"
	code, out, _ := nianbao("version")
	if code != exitOK || !strings.Contains(out, "nianbao 1.2.3（提交 0123456789abcdef0123456789abcdef01234567，") {
		t.Errorf("version: %d %s", code, out)
	}
}
