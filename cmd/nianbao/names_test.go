package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// unitReport writes the example report as the report of an agency for a
// year into dir/name.yaml.
func unitReport(t *testing.T, dir, name, agency string, year int) string {
	t.Helper()
	path := filepath.Join(dir, name+".yaml")
	copyTo(t, "example-2021.yaml", path, "agency: 江南市临川区人民政府", "agency: "+agency,
		"year: 2024", fmt.Sprintf("year: %d", year), "date: 2025-01-20", fmt.Sprintf("date: %d-01-20", year+1))
	return path
}

// writeList writes a roster or a table of renamed units.
func writeList(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPreviousShortNames: last year's report is found under the 简称 or
// the 全称 of this year's name, either way round, and through a table
// whose lines use short names; two different units are never taken for
// one; a name that fits two of last year's units, or one of last year's
// names that fits two of this year's, is reported, not guessed.
func TestPreviousShortNames(t *testing.T) {
	for _, tt := range []struct {
		name       string
		last, this []string // agencies
		table      string
		want       []string
	}{
		{"全称 this year", []string{"临川区教育局"}, []string{"江南市临川区教育局"}, "", []string{"1 个单位已对照，0 个单位没有对照", "REPEAT-TEXT"}},
		{"简称 this year", []string{"江南市临川区教育局"}, []string{"临川区教育局"}, "", []string{"1 个单位已对照，0 个单位没有对照"}},
		{"abbreviation", []string{"江南市临川区发展改革委员会"}, []string{"江南市临川区发展和改革委员会"}, "", []string{"1 个单位已对照"}},
		{"table in short names", []string{"江南市临川区发展改革委员会"}, []string{"江南市临川区发展和改革委员会"},
			"临川区发展和改革委员会,临川区发展改革委员会\n", []string{"1 个单位已对照"}},
		{"renamed, table in short names", []string{"江南市临川区发展改革局"}, []string{"江南市临川区发展和改革委员会"},
			"临川区发改委,临川区发展改革局\n", []string{"1 个单位已对照"}},
		{"another district", []string{"江南市东乡区教育局"}, []string{"江南市临川区教育局"}, "", []string{"0 个单位已对照，1 个单位没有对照", "没有找到“江南市临川区教育局”2023 年度的报告"}},
		{"city and district", []string{"江南市教育局", "江南市临川区教育局"}, []string{"江南市教育局", "江南市临川区教育局"}, "", []string{"2 个单位已对照，0 个单位没有对照"}},
		{"short name, two units last year", []string{"江南市教育局", "江南市临川区教育局"}, []string{"教育局"}, "",
			[]string{"0 个单位已对照，1 个单位没有对照", "（江南市教育局 2023 年度）、", "都对得上“教育局”，无法判断是哪一个"}},
		{"short name last year, two units now", []string{"教育局"}, []string{"江南市教育局", "江南市临川区教育局"}, "",
			[]string{"0 个单位已对照，2 个单位没有对照", "u0.yaml（江南市教育局）、", "都对得上，无法判断是哪个单位的"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			prev, cur := t.TempDir(), t.TempDir()
			for i, a := range tt.last {
				unitReport(t, prev, fmt.Sprintf("u%d", i), a, 2023)
			}
			for i, a := range tt.this {
				unitReport(t, cur, fmt.Sprintf("u%d", i), a, 2024)
			}
			args := []string{"check", "--previous", prev}
			if tt.table != "" {
				args = append(args, "--previous-map", writeList(t, "对照表.csv", tt.table))
			}
			code, out, errs := nianbao(append(args, cur)...)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errs)
			}
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in\n%s", want, out)
				}
			}
			if strings.Contains(tt.name, "two") && strings.Contains(out, "REPEAT-TEXT") {
				t.Errorf("compared with a report that may not be its own:\n%s", out)
			}
		})
	}
}

// TestPreviousWrongYear: a report of another year is not last year's: the
// unit counts as not compared, naming the file found and its year, on the
// summary line and the board alike.
func TestPreviousWrongYear(t *testing.T) {
	prev, cur, out := t.TempDir(), t.TempDir(), t.TempDir()
	old := unitReport(t, prev, "教育局2022", "江南市临川区教育局", 2022)
	unitReport(t, cur, "教育局", "江南市临川区教育局", 2024)
	unitReport(t, cur, "财政局", "江南市临川区财政局", 2024)
	code, stdout, _ := nianbao("check", "--previous", prev, cur)
	if code != 0 || !strings.Contains(stdout, "PREVIOUS-MISSING 找到的 "+old+"（江南市临川区教育局 2022 年度）不是 2023 年度的报告") ||
		!strings.Contains(stdout, "0 个单位已对照，2 个单位没有对照") || strings.Contains(stdout, "CROSS-YEAR") {
		t.Errorf("a 2022 report for 2024: exit %d\n%s", code, stdout)
	}
	// The batch given as its own last year: every report is this year's.
	code, stdout, _ = nianbao("build", "--html", "-o", out, "--previous", cur, cur)
	if code != 0 || !strings.Contains(stdout, "0 个单位已对照，2 个单位没有对照") {
		t.Errorf("--previous in in: exit %d\n%s", code, stdout)
	}
	board, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if strings.Contains(string(board), "已对照</td>") || strings.Count(string(board), "未对照</td>") != 2 {
		t.Errorf("the board shows reports of the same year as compared")
	}
}

// TestDuplicateShortNames: a resubmission under the 简称 is the same
// agency (DUPLICATE, sum refuses); the units of a city and its district
// are not; a name that fits both is an error of its own; the office's
// table joins a renamed unit's two names.
func TestDuplicateShortNames(t *testing.T) {
	for _, tt := range []struct {
		name     string
		agencies []string
		table    string
		code     int
		want     []string
	}{
		{"简称 beside 全称", []string{"江南市临川区财政局", "临川区财政局"}, "", 1, []string{"DUPLICATE 与", "重复报送：2 份文件"}},
		{"two districts", []string{"江南市临川区教育局", "江南市东乡区教育局"}, "", 0, nil},
		{"city and district", []string{"江南市教育局", "江南市临川区教育局"}, "", 0, nil},
		{"short name of two units", []string{"江南市教育局", "江南市临川区教育局", "教育局"}, "", 1,
			[]string{"AGENCY-AMBIGUOUS 机关名称“教育局”与同一批中", "机关名称不全：1 份报告"}},
		{"renamed unit twice", []string{"江南市临川区教育体育局", "江南市临川区教育局"}, "临川区教育体育局,临川区教育局\n", 1, []string{"DUPLICATE 与"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := t.TempDir()
			for i, a := range tt.agencies {
				unitReport(t, in, fmt.Sprintf("u%d", i), a, 2024)
			}
			args := []string{"check"}
			if tt.table != "" {
				args = append(args, "--previous-map", writeList(t, "对照表.csv", tt.table))
			}
			code, out, _ := nianbao(append(args, in)...)
			if code != tt.code || (tt.want == nil && (strings.Contains(out, "DUPLICATE") || strings.Contains(out, "AGENCY-AMBIGUOUS"))) {
				t.Errorf("check: exit %d, want %d\n%s", code, tt.code, out)
			}
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in\n%s", want, out)
				}
			}
			if tt.code == 0 {
				return
			}
			args[0] = "sum"
			if code, _, errs := nianbao(append(args, "--agency", "江南市临川区人民政府", in)...); code != 1 || !strings.Contains(errs, "改正后才能汇总") {
				t.Errorf("sum: exit %d\n%s", code, errs)
			}
		})
	}
}

// TestRosterShortNames: a roster that writes 简称 finds the reports of
// the 全称 and the reverse; a roster name that fits two reports is listed
// as unclear, not guessed, and --require-all fails on it.
func TestRosterShortNames(t *testing.T) {
	in := t.TempDir()
	unitReport(t, in, "教育局", "江南市临川区教育局", 2024)
	unitReport(t, in, "发改委", "临川区发改委", 2024)
	unitReport(t, in, "市教育局", "江南市教育局", 2024)
	unitReport(t, in, "文旅局", "江南市临川区文化广电旅游局", 2024)
	roster := writeList(t, "名单.txt", "单位名称\n临川区教育局\n江南市临川区发展和改革委员会\n江南市教育局\n临川区文化和旅游局\n临川区财政局\n")
	code, out, _ := nianbao("check", "--roster", roster, in)
	if code != 0 || !strings.Contains(out, "未报送 2 个：临川区文化和旅游局、临川区财政局；不在名单中的 1 个：江南市临川区文化广电旅游局") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	table := writeList(t, "对照表.csv", "临川区文化广电旅游局,临川区文化和旅游局\n")
	if _, out, _ := nianbao("check", "--roster", roster, "--previous-map", table, in); !strings.Contains(out, "未报送 1 个：临川区财政局；不在名单中的 0 个") {
		t.Errorf("with the table:\n%s", out)
	}
	unclear := writeList(t, "名单.txt", "教育局\n临川区发改委\n江南市临川区文化广电旅游局\n")
	code, out, _ = nianbao("check", "--roster", unclear, "--require-all", in)
	if code != 1 || !strings.Contains(out, "未报送 0 个；不在名单中的 0 个；名称对不上、无法判断的 1 个：名单中的“教育局”可能是 江南市教育局、江南市临川区教育局") {
		t.Errorf("a roster name of two units: exit %d\n%s", code, out)
	}
}

// TestRosterColumns: the column of names is found by its header (a 序号
// column before it, a title row above it, other columns after it), or as
// the first column that is not numbers, in a text file, a CSV file and a
// workbook; the table of renamed units likewise.
func TestRosterColumns(t *testing.T) {
	units := []string{"江南市临川区教育局", "江南市临川区财政局", "江南市临川区发展和改革委员会"}
	for _, tt := range []struct {
		name string
		rows [][]string
	}{
		{"名单.txt", [][]string{{"序号", "单位名称"}, {"1", units[0]}, {"2", units[1]}, {"3", units[2]}}},
		{"名单.csv", [][]string{{"序号", "单位名称", "联系人"}, {"1", units[0], "张三"}, {"2", units[1], "李四"}, {"3", units[2], "王五"}}},
		{"无表头.csv", [][]string{{"1", units[0]}, {"2", units[1]}, {"3.", units[2]}}},
		{"一列.txt", [][]string{{units[0]}, {units[1]}, {units[2]}}},
		{"名单.xlsx", [][]string{{"临川区 2024 年度政府信息公开工作年度报告应报送单位"}, {"序号", "报送单位", "备注"}, {"1", units[0]}, {"2", units[1], "新设"}, {"3", units[2]}}},
		{"空首列.xlsx", [][]string{{"", "单位名称"}, {"", units[0]}, {"", units[1]}, {"", units[2]}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			writeRows(t, path, tt.rows)
			got, err := readRoster(path)
			if err != nil || strings.Join(got, "、") != strings.Join(units, "、") {
				t.Errorf("roster %v, %v", got, err)
			}
		})
	}
	in := t.TempDir()
	for i, a := range units {
		unitReport(t, in, fmt.Sprintf("u%d", i), a, 2024)
	}
	roster := filepath.Join(t.TempDir(), "名单.csv")
	writeRows(t, roster, [][]string{{"序号", "单位名称"}, {"1", units[0]}, {"2", units[1]}, {"3", units[2]}, {"4", "江南市临川区审计局"}})
	if code, out, _ := nianbao("check", "--roster", roster, in); code != 0 || !strings.Contains(out, "未报送 1 个：江南市临川区审计局；不在名单中的 0 个") {
		t.Errorf("a roster with 序号: exit %d\n%s", code, out)
	}
	table := filepath.Join(t.TempDir(), "对照表.xlsx")
	writeRows(t, table, [][]string{{"序号", "今年的名称", "上年的名称"}, {"1", "临川区发改委", "临川区发展改革局"}})
	names, err := readNames(table)
	if err != nil || !names.Same("江南市临川区发展和改革委员会", "江南市临川区发展改革局") {
		t.Errorf("a table with 序号: %v", err)
	}
}

// writeRows writes a list as a text file (tabs), a CSV file or a workbook.
func writeRows(t *testing.T, path string, rows [][]string) {
	t.Helper()
	if filepath.Ext(path) != ".xlsx" {
		sep := ","
		if filepath.Ext(path) == ".txt" {
			sep = "\t"
		}
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, sep) + "\n")
		}
		os.WriteFile(path, []byte(b.String()), 0o644)
		return
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		for j, c := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if n, err := strconv.Atoi(c); err == nil {
				f.SetCellValue("Sheet1", cell, n) // 序号 as a number, as Excel stores it
			} else if c != "" {
				f.SetCellValue("Sheet1", cell, c)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}
