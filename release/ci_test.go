package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCIBuildsEveryTarget: .ci/run builds every platform released, either
// as an archive the release tests check (release_tested, passed as
// NIANBAO_RELEASE_TARGETS) or compiled and linked only (release_compiled).
func TestCIBuildsEveryTarget(t *testing.T) {
	data, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	script := string(data)
	list := func(re string) []string {
		m := regexp.MustCompile(re).FindStringSubmatch(script)
		if m == nil {
			t.Fatalf(".ci/run has no line matching %s", re)
		}
		return strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' })
	}
	tested := list(`(?m)^release_tested=(\S+)$`)
	compiled := list(`(?m)^release_compiled="([^"]+)"$`)
	for _, use := range []string{"for p in $release_compiled; do", "NIANBAO_RELEASE_TARGETS=$release_tested go test"} {
		if !strings.Contains(script, use) {
			t.Errorf(".ci/run does not use its list: %q", use)
		}
	}
	want := targetNames()
	got := append(append([]string(nil), tested...), compiled...)
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf(".ci/run builds %v (tested %v, compiled %v); release/build.go releases %v", got, tested, compiled, want)
	}
}
