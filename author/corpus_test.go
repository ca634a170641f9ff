package author

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"nianbao/spec"
)

// TestSeedReports judges the transcribed real reports as their arithmetic says.
func TestSeedReports(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		// 硚口区 2020: balanced; its period lost two 年 ("20201月1日"), its page has no date.
		{"qiaokou-2020.yaml", []string{"DATE-FORMAT:25", "DATE-FORMAT:25", "DATE-MISSING:1"}},
		// 湘西: 自然人 1, 总计 0; it cites 国办发〔2020〕60号 for the format's notice.
		{"xiangxi-2020.yaml", []string{"DOC-NUMBER:25", "T3-ROW-TOTAL:63", "T3-ROW-TOTAL:87"}},
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
	f := fs[1]
	if f.Left != "0" || f.Right != "1" || f.Diff != "-1" || f.Col != 40 ||
		f.Cell != "表三·一、本年新收政府信息公开申请数量·总计" ||
		!strings.Contains(f.String(), "xiangxi-2020.yaml:63:40: 错误 T3-ROW-TOTAL 表三·一、本年新收政府信息公开申请数量·总计: 总计(0) ≠ 自然人(1)+") {
		t.Errorf("finding = %+v\n%s", f, f)
	}
}

// badCase is a line of testdata/bad/expect.tsv.
type badCase struct {
	file     string
	exit     string
	findings []string
}

// badCases reads testdata/bad/expect.tsv.
func badCases(t *testing.T) []badCase {
	data, err := os.ReadFile("../testdata/bad/expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []badCase
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		out = append(out, badCase{file: f[0], exit: f[1], findings: strings.Fields(f[2])})
	}
	return out
}

// TestBadCorpus runs every file in testdata/bad: each must give exactly the
// findings listed in expect.tsv (rule and line).
func TestBadCorpus(t *testing.T) {
	cases := badCases(t)
	files, _ := filepath.Glob("../testdata/bad/*.yaml")
	if len(files) != len(cases) {
		t.Errorf("testdata/bad has %d files, expect.tsv %d", len(files), len(cases))
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			_, fs := checkFile(t, filepath.Join("bad", c.file), Options{})
			if got := brief(fs); !reflect.DeepEqual(got, c.findings) && !(len(got) == 0 && len(c.findings) == 0) {
				t.Errorf("findings = %v, want %v\n%v", got, c.findings, fs)
			}
			for _, f := range fs {
				if f.Message == "" || f.File == "" || strings.Contains(f.Message, "\n") {
					t.Errorf("finding is not one clear line: %+v", f)
				}
			}
		})
	}
}

// TestTemplateAccepted: what init writes passes check (warnings only).
func TestTemplateAccepted(t *testing.T) {
	for _, year := range []int{2024, 2020} {
		f := spec.ForYear(year)
		blank, err := Blank(BlankOptions{Year: year, Agency: "某县人民政府"})
		if err != nil {
			t.Fatal(err)
		}
		data := WriteYAML(blank, WriteOptions{Schema: "x.json"})
		r, fs := checkBytes("t.yaml", data, Options{})
		if r == nil || fs.Worst() == Error {
			t.Fatalf("%s template: %v\n%s", f, fs, data)
		}
		for _, x := range fs {
			if x.Rule != "UNFINISHED" && x.Rule != "DATE-MISSING" {
				t.Errorf("%s template: unexpected %v", f, x)
			}
		}
		if len(r.Rows) == 0 || !r.RowAt("requests.new").Given {
			t.Errorf("%s template: rows not read", f)
		}
	}
}
