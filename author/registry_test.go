package author

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"nianbao/spec"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the README's rule table from the registry")

// TestChecksRegistry: every rule applied by Check is in the registry, and
// every registered rule of stage Checks has exactly one check.
func TestChecksRegistry(t *testing.T) {
	seen := map[string]int{}
	for _, c := range checks {
		if c.rule.Stage != spec.Checks {
			t.Errorf("%s is not of stage Checks", c.rule.ID)
		}
		seen[c.rule.ID]++
	}
	for _, r := range spec.Rules() {
		if n := seen[r.ID]; r.Stage == spec.Checks && n != 1 {
			t.Errorf("%s has %d checks", r.ID, n)
		}
	}
}

// rulesTable is the README's rule table, made from the registry.
func rulesTable() string {
	var b strings.Builder
	b.WriteString("| 规则 | 级别 | 适用格式 | 内容 |\n|---|---|---|---|\n")
	all := len(spec.IDs())
	for _, r := range spec.Rules() {
		formats := "全部"
		if fs := r.Formats(); len(fs) < all {
			formats = strings.Join(fs, "、")
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.ID, r.Severity, formats, strings.ReplaceAll(r.Title, "|", "\\|"))
	}
	return b.String()
}

// TestReadmeRules: the README's rule table is the registry's, rule for
// rule (go test ./author -update-readme rewrites it).
func TestReadmeRules(t *testing.T) {
	const begin, end = "<!-- rules: made from the registry in spec/rules.go; go test ./author -update-readme -->\n", "<!-- /rules -->"
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README has no rule table between %q and %q", begin, end)
	}
	want := rulesTable()
	if got := readme[i+len(begin) : j]; got != want {
		if *updateReadme {
			os.WriteFile("../README.md", []byte(readme[:i+len(begin)]+want+readme[j:]), 0o644)
			return
		}
		t.Errorf("README rule table differs from the registry; run go test ./author -update-readme\n%s", want)
	}
}
