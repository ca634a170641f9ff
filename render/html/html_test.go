package html

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/author"
	"nianbao/render"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// load reads a report from the top-level testdata and builds its document.
func load(t *testing.T, name string) (*author.Report, *render.Document) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return fromBytes(t, name, data)
}

func fromBytes(t *testing.T, name string, data []byte) (*author.Report, *render.Document) {
	t.Helper()
	r, fs := author.Load(name, data)
	if r == nil {
		t.Fatalf("%s: %v", name, fs)
	}
	fs = append(fs, author.Check(r, author.Options{})...)
	if fs.Worst() == author.Error {
		t.Fatalf("%s has errors: %v", name, fs)
	}
	return r, r.Document()
}

func draw(t *testing.T, d *render.Document, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden compares the pages with testdata/golden; run with -update after
// a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		in, out string
		opt     Options
	}{
		{"example-2021.yaml", "example-2021.html", Options{}},
		{"qiaokou-2020.yaml", "qiaokou-2020.html", Options{}},
		{"example-2021.yaml", "example-2021.fragment.html", Options{Fragment: true}},
	} {
		t.Run(tt.out, func(t *testing.T) {
			_, d := load(t, tt.in)
			got := draw(t, d, tt.opt)
			golden := filepath.Join("..", "..", "testdata", "golden", tt.out)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from its golden file (go test ./render/html -update to accept)", tt.out)
			}
			if again := draw(t, d, tt.opt); !bytes.Equal(got, again) {
				t.Error("output is not deterministic")
			}
		})
	}
}

// TestEscaping: user text can never become markup.
func TestEscaping(t *testing.T) {
	data, err := os.ReadFile("../../testdata/example-2021.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "agency: 江南市临川区人民政府", `agency: "<script>alert(1)</script>临川区"`, 1)
	s = strings.Replace(s, "  - title: 监督保障", `  - title: "<img src=x onerror=alert(1)>"`, 1)
	s = strings.Replace(s, "2024年，临川区人民政府未向申请人收取信息处理费。", `</p><script>alert("x")</script><a href="javascript:alert(1)">链接</a> & "引号" 'x'`, 1)
	_, d := fromBytes(t, "x.yaml", []byte(s))
	for _, opt := range []Options{{}, {Fragment: true}} {
		out := draw(t, d, opt)
		doc := parse(t, out)
		for _, tag := range []string{"script", "img", "a"} {
			if n := len(findAll(doc, tag)); n != 0 {
				t.Errorf("fragment=%v: %d <%s> elements from user text", opt.Fragment, n, tag)
			}
		}
		for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "onerror=alert(1)&gt;", "&amp; &#34;引号&#34;"} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("fragment=%v: escaped text %q missing", opt.Fragment, want)
			}
		}
	}
}

// TestFragment: no <style>, no class, styles inline, and the same tables.
func TestFragment(t *testing.T) {
	_, d := load(t, "example-2021.yaml")
	out := draw(t, d, Options{Fragment: true})
	doc := parse(t, out)
	if len(findAll(doc, "style")) != 0 || bytes.Contains(out, []byte("class=")) || bytes.Contains(out, []byte("<html")) {
		t.Error("fragment has a <style>, a class or a page wrapper")
	}
	for _, th := range findAll(doc, "th") {
		if attr(th, "style") == "" {
			t.Fatal("a header cell has no inline style")
		}
	}
	if got := len(findAll(doc, "table")); got != 3 {
		t.Errorf("%d tables", got)
	}
}

// TestRagged: a paragraph with an address, an e-mail or a number or word
// that cannot break and is long enough to leave the line before it short is
// set flush left; one with short numbers only stays justified.
func TestRagged(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"全年共收到政府信息公开申请95件，办结93件。", false},
		{"统计期限为2024年1月1日至2024年12月31日。", false},
		{"依托“i临川”APP、12345热线。", false},
		{"电话：0797-8213456。", true},
		{"网址www.gov.cn查阅。", true},
		{"邮箱lcq@jnlc.gov.cn。", true},
		{"罚没款123456789.12元。", true},
		{"依托Windows 10终端。", true},
		{"编号12345。", false}, // 2.5 em: 0.125 em in each of 20 gaps
		{"编号123456。", true}, // 3 em: 0.15 em
	} {
		if got := ragged(c.text); got != c.want {
			t.Errorf("ragged(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLabelWords: a short table label breaks only between its words.
func TestLabelWords(t *testing.T) {
	r := &writer{fragment: true}
	for _, c := range []struct{ label, want string }{
		{"总计", "总计"},
		{"自然人", "自然人"},
		{"结果维持", "结果|维持"},
		{"复议后起诉", "复议后|起诉"},
		{"社会公益组织", "社会|公益|组织"},
		{"未经复议直接起诉", ""},
	} {
		got := r.labelWords(c.label)
		var parts []string
		for _, p := range strings.Split(got, "</span>") {
			if i := strings.Index(p, ">"); i >= 0 && strings.HasPrefix(p, "<span") {
				parts = append(parts, p[i+1:])
			}
		}
		if strings.Join(parts, "|") != c.want || c.want != "" && !strings.Contains(got, "nowrap") {
			t.Errorf("labelWords(%q) = %s", c.label, got)
		}
	}
}
