package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyPage copies a page under testdata/pages into dir.
func copyPage(t *testing.T, name, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../../testdata/pages", name))
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, filepath.Base(name))
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestCheckPages: the reviewer's command, check on a directory of
// downloaded pages: every report is checked, nianbao's own outputs and a
// text that is no report are left out, the exit code is the worst.
func TestCheckPages(t *testing.T) {
	dir := t.TempDir()
	for _, s := range []string{"000_f6f44a6240dcd968", "001_58508318626360bb", "002_388bdfa86b858c1f", "003_5cc7f11a5c206d15", "004_a59a8232ffc24999"} {
		copyPage(t, "seeds/"+s+".txt", dir)
	}
	os.WriteFile(filepath.Join(dir, "说明.txt"), []byte("这里是下载的年报"), 0o644)
	copyTo(t, "example-2021.yaml", filepath.Join(dir, "built", "区政府.yaml"))
	if code, _, errs := nianbao("build", "--html", "--fragment", filepath.Join(dir, "built")); code != 0 {
		t.Fatalf("build: %s", errs)
	}
	if code, _, errs := nianbao("build", "--html", filepath.Join(dir, "built", "区政府.yaml")); code != 0 {
		t.Fatalf("build: %s", errs)
	}
	code, out, errs := nianbao("check", dir)
	if code != 1 || !strings.Contains(out, "共 6 个单位：通过 1，有警告 1，有错误 4") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{
		"004_a59a8232ffc24999.txt:182:1: 错误 T3-ROW-TOTAL 表三·一、本年新收政府信息公开申请数量·总计",
		"001_58508318626360bb.txt:55:1: 错误 BLANK-CELL 表二: 共 3 个单元格",
		"002_388bdfa86b858c1f.txt:61:1: 错误 PAGE-LEGACY",
		"003_5cc7f11a5c206d15.txt:1:1: 错误 PAGE-NONSTANDARD",
		"000_f6f44a6240dcd968.txt: 0 个错误，4 个警告",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "区政府.html") || strings.Contains(out, "fragment") || strings.Contains(out, "说明") {
		t.Errorf("generated pages or a non-report checked:\n%s", out)
	}
}

// TestImportPage: import writes the page's report with a header naming
// the page, its address, the format and what was not read; check then
// finds the report's own errors, and nothing the import caused.
func TestImportPage(t *testing.T) {
	dir := t.TempDir()
	page := copyPage(t, "seeds/004_a59a8232ffc24999.txt", dir)
	out := filepath.Join(dir, "湘西.yaml")
	code, stdout, errs := nianbao("import", "-o", out, page)
	if code != 1 || strings.Count(stdout, "T3-ROW-TOTAL") != 2 {
		t.Fatalf("import: %d\n%s\n%s", code, stdout, errs)
	}
	data, _ := os.ReadFile(out)
	for _, want := range []string{"# 由网页 004_a59a8232ffc24999.txt 导入", "# 识别的格式：2019 格式", "year: 2020", "date: 2021-01-11"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("file lacks %q", want)
		}
	}
	code, stdout, _ = nianbao("check", out)
	if code != 1 || strings.Count(stdout, "错误 T3-ROW-TOTAL") != 2 || strings.Count(stdout, ": 错误 ") != 2 {
		t.Errorf("check of the imported file: %d\n%s", code, stdout)
	}

	gbk := copyPage(t, "word-2019-gbk.html", dir)
	if code, stdout, errs := nianbao("import", gbk); code != 0 {
		t.Fatalf("import gbk: %d\n%s\n%s", code, stdout, errs)
	}
	data, _ = os.ReadFile(strings.TrimSuffix(gbk, ".html") + ".yaml")
	for _, want := range []string{"网址 http://www.qiaokou.gov.cn/", "页面编码：GB18030/GBK（页面声明 utf-8", "variant: hubei-2020", "licensing: [465, \"+303\", 36369]"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("file lacks %q", want)
		}
	}

	legacy := copyPage(t, "seeds/002_388bdfa86b858c1f.txt", dir)
	code, stdout, _ = nianbao("import", legacy)
	if _, err := os.Stat(strings.TrimSuffix(legacy, ".txt") + ".yaml"); code != 1 || !strings.Contains(stdout, "PAGE-LEGACY") || err == nil {
		t.Errorf("legacy page: %d %v\n%s", code, err, stdout)
	}
	yml := filepath.Join(dir, "x.yml")
	os.WriteFile(yml, []byte("format: \"2021\"\n"), 0o644)
	if code, _, errs := nianbao("import", "-o", filepath.Join(dir, "y.yaml"), yml); code != 2 || !strings.Contains(errs, "年报网页") {
		t.Errorf("import of a yaml file: %d %s", code, errs)
	}
}

// TestBuildThenImport: build --html, then import of that page, gives back
// the figures of every shipped example that builds.
func TestBuildThenImport(t *testing.T) {
	for _, src := range []string{"../../testdata/example-2021.yaml", "../../testdata/qiaokou-2020.yaml"} {
		name := strings.TrimSuffix(filepath.Base(src), ".yaml")
		dir := t.TempDir()
		if code, _, errs := nianbao("build", "--html", "-o", dir, src); code != 0 {
			t.Fatalf("build %s: %s", name, errs)
		}
		back := filepath.Join(dir, "back.yaml")
		if code, out, errs := nianbao("import", "-o", back, filepath.Join(dir, name+".html")); code != 0 {
			t.Fatalf("%s import: %d\n%s\n%s", name, code, out, errs)
		}
		orig, again := loadReport(t, src), loadReport(t, back)
		if again.Agency.S != orig.Agency.S || again.Year != orig.Year || again.Spec != orig.Spec {
			t.Errorf("%s: header %q %d %s", name, again.Agency.S, again.Year, again.Spec.Name())
		}
		for i, row := range orig.Rows {
			for j, v := range row.Values {
				if got := again.Rows[i].Values[j]; got.String() != v.String() {
					t.Errorf("%s %s[%d] = %s, want %s", name, row.Spec.Key, j, got, v)
				}
			}
		}
	}
}

// TestBuildKeepsInputPage: building a page in place would overwrite it.
func TestBuildKeepsInputPage(t *testing.T) {
	dir := t.TempDir()
	page := copyPage(t, "word-2021.html", dir)
	before, _ := os.ReadFile(page)
	code, _, errs := nianbao("build", "--html", page)
	after, _ := os.ReadFile(page)
	if code != 2 || !strings.Contains(errs, "会被输出文件覆盖") || string(before) != string(after) {
		t.Errorf("exit %d %s", code, errs)
	}
	if code, _, errs := nianbao("build", "--html", "-o", filepath.Join(dir, "out"), page); code != 0 {
		t.Errorf("build to another directory: %d %s", code, errs)
	}
}

// TestInitFrom: a first-year user starts from last year's page.
func TestInitFrom(t *testing.T) {
	dir := t.TempDir()
	page := copyPage(t, "word-2019-gbk.html", dir)
	next := filepath.Join(dir, "2021.yaml")
	if code, _, errs := nianbao("init", "--from", page, next); code != 0 {
		t.Fatalf("init --from: %d %s", code, errs)
	}
	r := loadReport(t, next)
	if r.Year != 2021 || r.Spec.ID != "2021" || r.Agency.S != "武汉市硚口区人民政府" || r.Contact.Phone.S != "027-83616771" {
		t.Errorf("header %d %s %q %q", r.Year, r.Spec.Name(), r.Agency.S, r.Contact.Phone.S)
	}
	if got, _ := r.Lookup("requests.carried_in.natural_person"); got != "3" {
		t.Errorf("carried in %s, want 3", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "nianbao-2021.schema.json")); err != nil {
		t.Error("schema not written")
	}
	code, _, _ := nianbao("init", "--from", copyPage(t, "seeds/003_5cc7f11a5c206d15.txt", dir), filepath.Join(dir, "x.yaml"))
	if code != 1 {
		t.Errorf("init from a non-standard page: exit %d", code)
	}
}
