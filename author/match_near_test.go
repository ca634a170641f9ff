package author

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
)

// TestFindAllNear checks that trying a regexp only on the clauses that
// contain its needle finds what a search of the whole text finds, on the
// text of real published reports and on dates at the edges of clauses.
func TestFindAllNear(t *testing.T) {
	texts := []string{
		"",
		"2024年2月30日",
		"截至2024年12月31日。2024年1月1日至12月31日；20201月1日\n2025  1  1  日",
		"12024年1月1日；32024年3月3日。日日日",
		"自2024年1月1日起至2024年12月31日止。2023年度政府信息公开工作年度报告",
		"无日期。无日期；无\n日",
	}
	files, _ := filepath.Glob("../testdata/pages/seeds/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, c := range []struct {
		re   *regexp.Regexp
		need string
		from int // the indices compared: a leading (?:^|[^\d]) may start the whole match one character apart
	}{
		{periodRE, "31", 0},
		{reportRE, "政府信息公开", 0},
		{brokenDateRE, "日", 2},
		{dateRE, "日", 2},
	} {
		total := 0
		for _, s := range texts {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			total += len(want)
			got := findAllNear(c.re, s, c.need)
			if len(got) != len(want) {
				t.Fatalf("%s in %.40q: %d matches, want %d", c.re, s, len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i][c.from:], want[i][c.from:]) {
					t.Errorf("%s in %.40q: match %d at %v, want %v", c.re, s, i, got[i], want[i])
				}
			}
		}
		if total < 2 {
			t.Errorf("%s: only %d matches in the texts, too few to compare", c.re, total)
		}
	}
}
