package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"nianbao/author"
	"nianbao/render/xlsx"
)

func loadReport(t *testing.T, path string) *author.Report {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, fs := author.Load(path, data)
	if r == nil {
		t.Fatal(fs)
	}
	return r
}

// TestImportRoundTrip: YAML → XLSX → YAML gives the same figures for every
// test report, and check judges the result as the original (no errors).
func TestImportRoundTrip(t *testing.T) {
	fixed := filepath.Join(t.TempDir(), "xiangxi-fixed.yaml") // 2019 format without the optional row
	copyTo(t, "xiangxi-2020.yaml", fixed, "new:              [1, 0, 0, 0, 0, 0, 0]", "new:              [1, 0, 0, 0, 0, 0, 1]",
		"other:            [1, 0, 0, 0, 0, 0, 0]", "other:            [1, 0, 0, 0, 0, 0, 1]")
	for _, src := range []string{"../../testdata/example-2021.yaml", "../../testdata/qiaokou-2020.yaml", fixed} {
		name := strings.TrimSuffix(filepath.Base(src), ".yaml")
		dir := t.TempDir()
		if code, _, errs := nianbao("build", "--xlsx", "-o", dir, src); code != 0 {
			t.Fatalf("build %s: %s", name, errs)
		}
		back := filepath.Join(dir, "back.yaml")
		code, out, errs := nianbao("import", "-o", back, filepath.Join(dir, name+".xlsx"))
		if code != 0 || strings.Contains(out, "错误 ") {
			t.Fatalf("%s import: exit %d\n%s\n%s", name, code, out, errs)
		}
		orig, again := loadReport(t, src), loadReport(t, back)
		if again.Agency.S != orig.Agency.S || again.Year != orig.Year || again.Spec != orig.Spec {
			t.Errorf("%s: header %q %d %s", name, again.Agency.S, again.Year, again.Spec.Name())
		}
		for i, row := range orig.Rows {
			got := again.Rows[i]
			for j, v := range row.Values {
				if got.Values[j].String() != v.String() {
					t.Errorf("%s %s[%d] = %s, want %s", name, row.Spec.Key, j, got.Values[j], v)
				}
			}
			if got.Total != row.Total {
				t.Errorf("%s %s total %s, want %s", name, row.Spec.Key, got.Total, row.Total)
			}
		}
		fee := "other_matters.processing_fee.collected"
		if a, _ := orig.Lookup(fee); a != "" {
			if b, _ := again.Lookup(fee); a != b {
				t.Errorf("%s: fee %s, want %s", name, b, a)
			}
		}
		if !strings.Contains(out, "UNFINISHED") {
			t.Errorf("%s: prose placeholders not flagged", name)
		}
	}
}

// TestImportEdited: a workbook edited into inconsistency, one that is not
// ours, and a file that is not a workbook give findings, not a crash.
func TestImportEdited(t *testing.T) {
	dir := t.TempDir()
	nianbao("build", "--xlsx", "-o", dir, "../../testdata/example-2021.yaml")
	book := filepath.Join(dir, "example-2021.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetList()[1]
	f.SetCellValue(sheet, "D6", 87)         // 一、本年新收 自然人 86 → 87: the data sheet reads it by formula
	f.SetCellValue(sheet, "C10", "1.工作秘密")  // a label edited
	f.SetCellValue(sheet, "J7", 5)          // 二、上年结转 总计 typed over its formula (the row adds up to 3)
	f.SetCellValue(xlsx.DataSheet, "E2", 9) // a figure of the data sheet typed over its formula
	edited := filepath.Join(dir, "edited.xlsx")
	if err := f.SaveAs(edited); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, _ := nianbao("import", "-o", filepath.Join(dir, "edited.yaml"), edited)
	for _, want := range []string{"XLSX-LABEL", "XLSX-DATA", "T3-ROW-TOTAL", "T3-BALANCE", "表三 收到和处理政府信息公开申请情况!D6"} {
		if !strings.Contains(out, want) {
			t.Errorf("edited workbook: %s not reported\n%s", want, out)
		}
	}
	if strings.Count(out, "XLSX-DATA") != 1 {
		t.Errorf("only the figure typed over in the data sheet disagrees:\n%s", out)
	}
	if code != 1 {
		t.Errorf("edited workbook: exit %d", code)
	}

	other := excelize.NewFile()
	other.SetCellValue("Sheet1", "A1", "随便一个表")
	foreign := filepath.Join(dir, "foreign.xlsx")
	other.SaveAs(foreign)
	if code, out, _ := nianbao("import", foreign); code != 1 || !strings.Contains(out, "XLSX-NOT-OURS") || !strings.Contains(out, "不是 nianbao 生成的年报附表") {
		t.Errorf("foreign workbook: %d %s", code, out)
	}
	if code, _, errs := nianbao("import", "../../testdata/example-2021.yaml", "-o", filepath.Join(dir, "x.yaml")); code != 2 || !strings.Contains(errs, "不是 Excel") {
		t.Errorf("not a workbook: %d %s", code, errs)
	}
}
