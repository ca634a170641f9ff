package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"nianbao/internal/testtool"
)

// recalcAlways makes LibreOffice recompute every formula when it loads a
// file, as a spreadsheet program does while a person edits it.
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// office converts a file with LibreOffice in a profile of its own that
// recalculates on load; filter is the --convert-to argument.
func office(t *testing.T, src, filter, outdir string) string {
	t.Helper()
	soffice := testtool.Need(t, "soffice", "apt-get install libreoffice-calc")
	profile := filepath.Join(t.TempDir(), "profile")
	os.MkdirAll(filepath.Join(profile, "user"), 0o755)
	os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcAlways), 0o644)
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+profile, "--headless", "--convert-to", filter, "--outdir", outdir, src)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	ext := filter
	if i := strings.IndexByte(filter, ':'); i >= 0 {
		ext = filter[:i]
	}
	return filepath.Join(outdir, strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))+"."+ext)
}

// TestAnnexEditedInLibreOffice: a reviewer corrects figures of the annex and
// a spreadsheet program saves it (LibreOffice here, recalculating as it
// loads); import gives the corrected figures with no XLSX-DATA and no
// error, and the check row shows the identity broken while only one of two
// related figures is corrected.
func TestAnnexEditedInLibreOffice(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := nianbao("build", "--xlsx", "-o", dir, "../../testdata/example-2021.yaml"); code != 0 {
		t.Fatal(errs)
	}
	edit := func(name string, cells map[string]int) string {
		f, err := excelize.OpenFile(filepath.Join(dir, "example-2021.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for cell, v := range cells {
			f.SetCellValue(f.GetSheetList()[1], cell, v)
		}
		path := filepath.Join(dir, name+".xlsx")
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	half := edit("half", map[string]int{"D6": 87}) // 一、本年新收 自然人 86 → 87
	office(t, half, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", dir)
	rows := readCSVFile(t, filepath.Join(dir, "half-表三 收到和处理政府信息公开申请情况.csv"))
	if last := strings.Join(rows[len(rows)-1], "|"); !strings.Contains(last, "勾稽关系检查") || !strings.Contains(last, "|✗ 差 1|") || !strings.Contains(last, "|✓|") {
		t.Errorf("check row %q: want ✗ 差 1 under 自然人 and the total, ✓ elsewhere", last)
	}
	both := edit("both", map[string]int{"D6": 87, "D30": 5}) // and 四、结转下年度 自然人 4 → 5
	saved := office(t, both, "xlsx", filepath.Join(dir, "saved"))
	code, out, _ := nianbao("import", "-o", filepath.Join(dir, "both.yaml"), saved)
	if code != 0 || strings.Contains(out, "XLSX-DATA") {
		t.Errorf("a balanced correction saved by LibreOffice: exit %d\n%s", code, out)
	}
	r := loadReport(t, filepath.Join(dir, "both.yaml"))
	if got, _ := r.Lookup("requests.new.natural_person"); got != "87" {
		t.Errorf("一、本年新收 自然人 = %s, want the corrected 87", got)
	}
}

// TestFormFilledIn: the empty form of init --xlsx, filled in cell by cell
// (by a program that does not recalculate), reads back to a report that
// passes check; its check row is there and its inputs are unlocked.
func TestFormFilledIn(t *testing.T) {
	dir := t.TempDir()
	form := filepath.Join(dir, "填报表.xlsx")
	if code, _, errs := nianbao("init", "--xlsx", "--agency", "某县教育局", "--year", "2024", form); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := nianbao("init", "--xlsx", "--year", "2024", filepath.Join(dir, "x.xlsx")); code != 2 || !strings.Contains(errs, "--agency") {
		t.Errorf("a form without the agency: %d %s", code, errs)
	}
	f, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	t3 := f.GetSheetList()[1]
	for cell, v := range map[string]int{"D6": 10, "D8": 6, "D9": 2, "D30": 2} { // 新收 10 = 予以公开 6 + 部分公开 2 + 结转 2
		f.SetCellValue(t3, cell, v)
	}
	style, _ := f.GetCellStyle(t3, "D6")
	if st, _ := f.GetStyle(style); st.Protection == nil || st.Protection.Locked {
		t.Error("an input cell is locked")
	}
	if dvs, _ := f.GetDataValidations(t3); len(dvs) == 0 {
		t.Error("no data validation on the inputs")
	}
	f.Save()
	f.Close()
	code, out, _ := nianbao("import", "-o", filepath.Join(dir, "填报.yaml"), form)
	if code != 0 || strings.Contains(out, "错误 ") {
		t.Fatalf("filled form: exit %d\n%s", code, out)
	}
	r := loadReport(t, filepath.Join(dir, "填报.yaml"))
	if got, _ := r.Lookup("requests.total.total"); got != "8" || r.Agency.S != "某县教育局" {
		t.Errorf("（七）总计 = %s, agency %q", got, r.Agency.S)
	}
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		rows = append(rows, strings.Split(line, ","))
	}
	return rows
}

// TestImportInto: figures corrected in the annex go back into the report
// file in place: the diff is exactly the corrected figure lines; prose,
// comments, key order and a row's written total stay as they were (the
// total as the new sum).
func TestImportInto(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "报告.yaml")
	copyTo(t, "example-2021.yaml", report, "new:              [86, 6, 0, 1, 2, 0]", "new:              [86, 6, 0, 1, 2, 0, 95]")
	if code, _, errs := nianbao("build", "--xlsx", "-o", dir, report); code != 0 {
		t.Fatal(errs)
	}
	book := filepath.Join(dir, "报告.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	f.SetCellValue(sheets[1], "D6", 87)  // 一、本年新收 自然人
	f.SetCellValue(sheets[1], "D30", 5)  // 四、结转下年度 自然人
	f.SetCellValue(sheets[0], "B12", 40) // 行政处罚: a row written as one number
	f.Save()
	f.Close()
	before, _ := os.ReadFile(report)
	code, out, errs := nianbao("import", book, "--into", report)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	after, _ := os.ReadFile(report)
	var changed []string
	a, b := strings.Split(string(before), "\n"), strings.Split(string(after), "\n")
	if len(a) != len(b) {
		t.Fatalf("%d lines became %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			changed = append(changed, a[i]+" → "+b[i])
		}
	}
	want := []string{
		"  penalty: 1275                     # 行政处罚：本年处理决定数量 → " + "  penalty: 40                     # 行政处罚：本年处理决定数量",
		"  new:              [86, 6, 0, 1, 2, 0, 95]   # 一、本年新收政府信息公开申请数量（95） → " + "  new:              [87, 6, 0, 1, 2, 0, 96]   # 一、本年新收政府信息公开申请数量（95）",
		"  carried_forward:  [4, 1, 0, 0, 0, 0]    # 四、结转下年度继续办理（5） → " + "  carried_forward:  [5, 1, 0, 0, 0, 0]    # 四、结转下年度继续办理（5）",
	}
	if strings.Join(changed, "\n") != strings.Join(want, "\n") {
		t.Errorf("diff:\n%s\nwant:\n%s", strings.Join(changed, "\n"), strings.Join(want, "\n"))
	}
	other := filepath.Join(dir, "别的.yaml")
	copyTo(t, "example-2021.yaml", other, "agency: 江南市临川区人民政府", "agency: 别的单位")
	if code, _, errs := nianbao("import", book, "--into", other); code != 1 || !strings.Contains(errs, "不是同一份报告") {
		t.Errorf("another agency's file: %d %s", code, errs)
	}
	broken := filepath.Join(dir, "坏的.yaml")
	copyTo(t, "example-2021.yaml", broken, "year: 2024", "year: [2024")
	if code, _, errs := nianbao("import", book, "--into", broken); code != 1 || !strings.Contains(errs, "坏的.yaml:") || strings.Contains(errs, "into.yaml") {
		t.Errorf("a broken file is not named: %d %s", code, errs)
	}
}
