package xlsx_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"nianbao/author"
	"nianbao/render"
	"nianbao/render/xlsx"
)

var reports = []string{"example-2021.yaml", "qiaokou-2020.yaml"}

func load(t testing.TB, name string, edit func(string) string) (*author.Report, *render.Document) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		data = []byte(edit(string(data)))
	}
	r, fs := author.Load(name, data)
	if r == nil {
		t.Fatal(fs)
	}
	return r, r.Document()
}

func workbook(t testing.TB, d *render.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := xlsx.Write(&b, d, xlsx.Options{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func open(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestDeterministic(t *testing.T) {
	for _, name := range reports {
		_, d := load(t, name, nil)
		if !bytes.Equal(workbook(t, d), workbook(t, d)) {
			t.Errorf("%s: two workbooks differ", name)
		}
	}
}

// TestReadBack: excelize reads back the sheets, merges, labels, formulas
// with their cached values, print setup and properties.
func TestReadBack(t *testing.T) {
	_, d := load(t, "example-2021.yaml", nil)
	f := open(t, workbook(t, d))
	want := []string{"表二 主动公开政府信息情况", "表三 收到和处理政府信息公开申请情况", "表四 行政复议、行政诉讼情况", xlsx.DataSheet}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %v", got)
	}
	t3 := want[1]
	merges, _ := f.GetMergeCells(t3)
	spans := map[string]string{}
	for _, m := range merges {
		spans[strings.ReplaceAll(m.GetCellValue(), "\n", "")] = m.GetStartAxis() + ":" + m.GetEndAxis()
	}
	for label, ref := range map[string]string{
		"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）": "A3:C5",
		"申请人情况": "D3:J3", "法人或其他组织": "E4:I4", "三、本年度办理结果": "A8:A29", "（三）不予公开": "B10:B17",
		"（七）总计": "B29:C29", "四、结转下年度继续办理": "A30:C30",
	} {
		if spans[label] != ref {
			t.Errorf("merge of %s = %s, want %s", label, spans[label], ref)
		}
	}
	for ref, want := range map[string][2]string{
		"J6":  {"SUM(D6:I6)", "95"},   // 一、本年新收 总计
		"D29": {"SUM(D8:D28)", "85"},  // （七）总计 自然人
		"J29": {"SUM(D29:I29)", "93"}, // （七）总计 总计
	} {
		formula, _ := f.GetCellFormula(t3, ref)
		value, _ := f.GetCellValue(t3, ref, excelize.Options{RawCellValue: true})
		if formula != want[0] || value != want[1] {
			t.Errorf("%s: =%s → %s, want =%s → %s", ref, formula, value, want[0], want[1])
		}
	}
	if v, _ := f.GetCellValue("表四 行政复议、行政诉讼情况", "E6"); v != "2" {
		t.Errorf("表四 复议总计 = %s", v)
	}
	if v, _ := f.GetCellValue(want[0], "B16", excelize.Options{RawCellValue: true}); v != "1852.37" {
		t.Errorf("收费金额 = %s, want the exact 1852.37", v)
	}
	layout, _ := f.GetPageLayout(t3)
	if *layout.Size != 9 || *layout.FitToWidth != 1 || *layout.FitToHeight != 1 {
		t.Errorf("page layout %+v", layout)
	}
	names := f.GetDefinedName()
	found := false
	for _, n := range names {
		found = found || (n.Name == "_xlnm.Print_Titles" && n.Scope == t3 && strings.HasSuffix(n.RefersTo, "!$1:$5"))
	}
	if !found {
		t.Errorf("print titles missing: %+v", names)
	}
	props, _ := f.GetDocProps()
	if props.Title != d.Title || props.Creator != "江南市临川区人民政府" || props.Language != "zh-CN" {
		t.Errorf("properties %+v", props)
	}
	rows, _ := f.GetRows(xlsx.DataSheet)
	if strings.Join(rows[0], ",") != strings.Join(xlsx.DataHeader, ",") || len(rows) < 200 {
		t.Errorf("data sheet: %d rows, header %v", len(rows), rows[0])
	}
}

// TestTextStaysText: text that looks like a formula is stored as text.
func TestTextStaysText(t *testing.T) {
	_, d := load(t, "example-2021.yaml", func(s string) string {
		return strings.Replace(s, "agency: 江南市临川区人民政府", `agency: "=HYPERLINK(\"http://x\",\"点我\")+@SUM(1)-"`, 1)
	})
	f := open(t, workbook(t, d))
	sheet := f.GetSheetList()[0]
	formula, _ := f.GetCellFormula(sheet, "A1")
	value, _ := f.GetCellValue(sheet, "A1")
	typ, _ := f.GetCellType(sheet, "A1")
	if formula != "" || !strings.HasPrefix(value, "=HYPERLINK") || typ == excelize.CellTypeFormula {
		t.Errorf("A1: formula %q, value %q, type %v", formula, value, typ)
	}
}
