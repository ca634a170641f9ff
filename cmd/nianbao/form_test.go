package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
	if row := csvRow(rows, "勾稽关系检查"); !strings.Contains(row, "|✗ 差 1|") || !strings.Contains(row, "|✓|") {
		t.Errorf("check row %q: want ✗ 差 1 under 自然人 and the total, ✓ elsewhere", row)
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
	for cell, v := range map[string]any{"D6": 11, "D8": 6, "D9": 2, "D30": 2, // 新收 11 = 予以公开 6 + 部分公开 2 + 逾期未缴费 1 + 结转 2
		"D27": 1, feeCell(t, f, "收费通知件数"): 1, feeCell(t, f, "通知金额（元）"): 30.5, feeCell(t, f, "实际收取金额（元）"): 30.5} {
		f.SetCellValue(t3, cell, v)
	}
	dvs, _ := f.GetDataValidations(t3)
	for _, cell := range []string{"D6", feeCell(t, f, "通知金额（元）")} {
		style, _ := f.GetCellStyle(t3, cell)
		if st, _ := f.GetStyle(style); st.Protection == nil || st.Protection.Locked {
			t.Errorf("the input cell %s is locked", cell)
		}
		if !slices.ContainsFunc(dvs, func(dv *excelize.DataValidation) bool { return slices.Contains(strings.Fields(dv.Sqref), cell) }) {
			t.Errorf("no data validation on %s", cell)
		}
	}
	f.Save()
	f.Close()
	code, out, _ := nianbao("import", "-o", filepath.Join(dir, "填报.yaml"), form)
	if code != 0 || strings.Contains(out, "错误 ") {
		t.Fatalf("filled form: exit %d\n%s", code, out)
	}
	r := loadReport(t, filepath.Join(dir, "填报.yaml"))
	if got, _ := r.Lookup("requests.total.total"); got != "9" || r.Agency.S != "某县教育局" {
		t.Errorf("（七）总计 = %s, agency %q", got, r.Agency.S)
	}
	if got, _ := r.Lookup("other_matters.processing_fee.collected"); got != "30.5" {
		t.Errorf("信息处理费·实际收取金额 = %q, want the 30.5 typed in the form", got)
	}
}

// feeCell is the cell of the form where a 信息处理费 figure is filled in:
// beside its label, below table 三.
func feeCell(t *testing.T, f *excelize.File, field string) string {
	t.Helper()
	sheet := f.GetSheetList()[1]
	rows, _ := f.GetRows(sheet)
	for i, row := range rows {
		if len(row) > 0 && row[0] == "信息处理费·"+field {
			cell, _ := excelize.CoordinatesToCellName(10, i+1)
			return cell
		}
	}
	t.Fatalf("no 信息处理费·%s on %s", field, sheet)
	return ""
}

// TestFormChecksInLibreOffice: an unbalanced form, recalculated by
// LibreOffice, shows ✗ in the check cells of the broken rules (table 三's
// identity, 实际收取 > 通知金额, an unpaid-fee case without a notice) and ✓
// in the others; the checks' colours are conditional formats, not number
// formats.
func TestFormChecksInLibreOffice(t *testing.T) {
	dir := t.TempDir()
	form := filepath.Join(dir, "填报表.xlsx")
	if code, _, errs := nianbao("init", "--xlsx", "--agency", "江南市临川区教育局", "--year", "2024", form); code != 0 {
		t.Fatal(errs)
	}
	f, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	t3 := f.GetSheetList()[1]
	for cell, v := range map[string]any{"D6": 10, "D8": 6, "D9": 2, "D27": 1, // 新收 10 ≠ 6 + 2 + 1: 差 1
		feeCell(t, f, "通知金额（元）"): 100, feeCell(t, f, "实际收取金额（元）"): 120.5} { // 多 20.5, and no notice
		f.SetCellValue(t3, cell, v)
	}
	if fmts, _ := f.GetConditionalFormats(t3); len(fmts) == 0 {
		t.Error("the check cells have no conditional format")
	}
	f.Save()
	f.Close()
	office(t, form, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2", dir)
	rows := readCSVFile(t, filepath.Join(dir, "填报表-表三 收到和处理政府信息公开申请情况.csv"))
	for _, tt := range []struct{ label, want string }{
		{"勾稽关系检查", "|✗ 差 1|✓|✓|✓|✓|✓|✗ 差 1"},
		{"检查：信息处理费·实际收取金额", "|✗ 多 20.5"},
		{"检查：表三", "|✗ 1 件"},
	} {
		if row := csvRow(rows, tt.label); !strings.HasSuffix(row, tt.want) {
			t.Errorf("%s: %q, want it to end in %q", tt.label, row, tt.want)
		}
	}
}

// csvRow is the first row that has a cell starting with label, its cells
// joined by "|".
func csvRow(rows [][]string, label string) string {
	for _, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], label) {
			return strings.Join(r, "|")
		}
	}
	return ""
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
	report, book, f := annexOf(t, dir, "new:              [86, 6, 0, 1, 2, 0]", "new:              [86, 6, 0, 1, 2, 0, 95]")
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
	changed := lineDiff(t, before, after)
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

// lineDiff lists the lines that differ between two versions of a file of
// as many lines: "before → after".
func lineDiff(t *testing.T, before, after []byte) []string {
	t.Helper()
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
	return changed
}

// TestImportIntoBlockList: rows written as YAML block lists ("- 86" a
// line) are rewritten item by item: only the changed figures' lines
// differ, their comments stay, a written total becomes the new sum.
func TestImportIntoBlockList(t *testing.T) {
	report, book, f := annexOf(t, t.TempDir(), "agency: 江南市临川区人民政府", "agency: 江南市临川区教育局",
		"  new:              [86, 6, 0, 1, 2, 0]   # 一、本年新收政府信息公开申请数量（95）", `  new:                 # 一、本年新收：六类申请人，再加总计
    - 86    # 自然人
    - 6     # 商业企业
    - 0
    - 1
    - 2
    - 0
    - 95    # 总计`,
		"  carried_forward:  [4, 1, 0, 0, 0, 0]    # 四、结转下年度继续办理（5）", `  carried_forward:
  - 4
  - 1
  - 0
  - 0
  - 0
  - 0`)
	t3 := f.GetSheetList()[1]
	f.SetCellValue(t3, "D6", 87) // 一、本年新收 自然人
	f.SetCellValue(t3, "D30", 5) // 四、结转下年度 自然人
	f.Save()
	f.Close()
	before, _ := os.ReadFile(report)
	if code, out, errs := nianbao("import", book, "--into", report); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	after, _ := os.ReadFile(report)
	want := []string{
		"    - 86    # 自然人 → " + "    - 87    # 自然人",
		"    - 95    # 总计 → " + "    - 96    # 总计",
		"  - 4 → " + "  - 5",
	}
	if got := lineDiff(t, before, after); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diff:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestImportOlderAnnex: an annex of an earlier version, whose 信息处理费
// stood only in the data sheet, still reads back.
func TestImportOlderAnnex(t *testing.T) {
	dir := t.TempDir()
	_, book, f := annexOf(t, dir, "processing_fee: {notices: 0, billed: 0, collected: 0}", "processing_fee: {notices: 2, billed: 300, collected: 120.5}")
	rows, _ := f.GetRows("数据")
	for i, row := range rows {
		if len(row) > 3 && strings.HasSuffix(row[3], ".collected") {
			f.SetCellValue("数据", fmt.Sprintf("E%d", i+1), 99) // a value, not a formula reading the form
		}
	}
	f.Save()
	f.Close()
	if code, out, _ := nianbao("import", "-o", filepath.Join(dir, "读回.yaml"), book); code != 0 || strings.Contains(out, "XLSX-") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	r := loadReport(t, filepath.Join(dir, "读回.yaml"))
	if got, _ := r.Lookup("other_matters.processing_fee.collected"); got != "99" {
		t.Errorf("collected = %q, want the data sheet's 99", got)
	}
}

// annexOf writes the example report, edited, as 报告.yaml in dir, builds
// its annex and opens it.
func annexOf(t *testing.T, dir string, edits ...string) (report, book string, f *excelize.File) {
	t.Helper()
	report, book = filepath.Join(dir, "报告.yaml"), filepath.Join(dir, "报告.xlsx")
	copyTo(t, "example-2021.yaml", report, edits...)
	if code, out, errs := nianbao("build", "--xlsx", "-o", dir, report); code != 0 {
		t.Fatalf("%s%s", out, errs)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	return report, book, f
}
