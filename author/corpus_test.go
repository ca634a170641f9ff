package author

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSeedReports judges the transcribed real reports as their arithmetic says.
func TestSeedReports(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"qiaokou-2020.yaml", nil}, // 硚口区 2020: balanced
		{"xiangxi-2020.yaml", []string{"T3-ROW-TOTAL:63", "T3-ROW-TOTAL:87"}}, // 湘西: 自然人 1, 总计 0
		{"example-2021.yaml", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, fs := checkFile(t, tt.file, Options{})
			if got := brief(fs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings = %v, want %v\n%v", got, tt.want, fs)
			}
		})
	}
}

// TestXiangxiMessage checks both sides and the difference of T3-ROW-TOTAL.
func TestXiangxiMessage(t *testing.T) {
	_, fs := checkFile(t, "xiangxi-2020.yaml", Options{})
	f := fs[0]
	if f.Left != "0" || f.Right != "1" || f.Diff != "-1" || f.Col != 40 ||
		f.Cell != "表三·一、本年新收政府信息公开申请数量·总计" ||
		!strings.Contains(f.String(), "xiangxi-2020.yaml:63:40: 错误 T3-ROW-TOTAL 表三·一、本年新收政府信息公开申请数量·总计: 总计(0) ≠ 自然人(1)+") {
		t.Errorf("finding = %+v\n%s", f, f)
	}
}

// TestBadCorpus runs every file in testdata/bad: each must give exactly the
// findings listed (rule and line).
func TestBadCorpus(t *testing.T) {
	want := map[string][]string{
		"appeal-total.yaml":          {"T4-TOTAL:86"},
		"balance.yaml":               {"PROSE-FIGURE:29", "T3-BALANCE:52"},
		"blank-cell.yaml":            {"YAML-SYNTAX:69"},
		"dash-cell.yaml":             {"BLANK-CELL:58"},
		"duplicate-key.yaml":         {"KEY-DUPLICATE:47"},
		"empty-problems.yaml":        {"SECTION-EMPTY:91"},
		"empty.yaml":                 {"KEY-MISSING:1"},
		"fee-mismatch.yaml":          {"PROSE-FIGURE:107"},
		"fullwidth-digits.yaml":      {"VALUE-FORMAT:52"},
		"hybrid-other-row.yaml":      {"VALUE-TYPE:76"},
		"missing-fee.yaml":           {"FEE-MISSING:103"},
		"missing-section.yaml":       {"SECTION-MISSING:7"},
		"negative.yaml":              {"VALUE-NEGATIVE:46"},
		"not-integer.yaml":           {"VALUE-TYPE:45"},
		"not-yaml-map.yaml":          {"VALUE-TYPE:1"},
		"old-format-2021-year.yaml":  {"FORMAT-YEAR:7"},
		"results-mismatch.yaml":      {"T3-BALANCE:52", "T3-RESULTS:80"},
		"row-length.yaml":            {"ROW-LENGTH:53"},
		"row-total.yaml":             {"T3-ROW-TOTAL:55"},
		"thousands-separator.yaml":   {"VALUE-FORMAT:44"},
		"unknown-key.yaml":           {"KEY-UNKNOWN:45"},
		"unknown-ref.yaml":           {"REF-UNKNOWN:107"},
		"wrong-format-for-year.yaml": {"FORMAT-YEAR:7", "VALUE-TYPE:44", "VALUE-TYPE:45", "VALUE-TYPE:46", "VALUE-TYPE:47", "VALUE-TYPE:77"},
		"wrong-type.yaml":            {"VALUE-TYPE:44"},
		"yaml-syntax.yaml":           {"YAML-SYNTAX:44"},
	}
	files, _ := filepath.Glob("../testdata/bad/*.yaml")
	if len(files) != len(want) {
		t.Errorf("testdata/bad has %d files, the table %d", len(files), len(want))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			_, fs := checkFile(t, filepath.Join("bad", name), Options{})
			if got := brief(fs); !reflect.DeepEqual(got, want[name]) {
				t.Errorf("findings = %v, want %v\n%v", got, want[name], fs)
			}
			for _, f := range fs {
				if f.Message == "" || f.File == "" {
					t.Errorf("finding without message or file: %+v", f)
				}
			}
		})
	}
}

// TestTemplateAccepted: what init writes passes check (warnings only).
func TestTemplateAccepted(t *testing.T) {
	for _, f := range []Format{Format2021, Format2019} {
		year := 2024
		if f == Format2019 {
			year = 2020
		}
		data, err := Template(TemplateOptions{Format: f, Year: year, Agency: "某县人民政府", Schema: "x.json"})
		if err != nil {
			t.Fatal(err)
		}
		r, fs := checkBytes("t.yaml", data, Options{})
		if r == nil || fs.Worst() == Error {
			t.Fatalf("%s template: %v\n%s", f, fs, data)
		}
		for _, x := range fs {
			if x.Rule != "UNFINISHED" {
				t.Errorf("%s template: unexpected %v", f, x)
			}
		}
		if len(r.Rows) == 0 || !r.Rows["requests.new"].Given {
			t.Errorf("%s template: rows not read", f)
		}
	}
}
