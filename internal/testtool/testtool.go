// Package testtool finds the external programs some tests need. Without
// them a test skips with a message, except under CI=true, where it fails.
package testtool

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Need returns the path of a program (a name looked up in PATH) or of a
// file (a path with a slash),
// or skips the test when it is absent; under CI=true absence is a failure.
func Need(t testing.TB, program, hint string) string {
	t.Helper()
	if strings.ContainsRune(program, '/') {
		if _, err := os.Stat(program); err == nil {
			return program
		}
	} else if path, err := exec.LookPath(program); err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing under CI=true: %s", program, hint)
	}
	t.Skipf("skipping: %s not found (%s)", program, hint)
	return ""
}
