package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"nianbao/author"
	"nianbao/internal/safefile"
	"nianbao/render/xlsx"
)

// maxListSize bounds a roster or a table of renamed units.
const maxListSize = 4 << 20

// listRow is a row of a list and its number in the file (from 1).
type listRow struct {
	line  int
	cells []string
}

// cell is the row's cell in column i, "" when the row is shorter.
func (r listRow) cell(i int) string {
	if i < len(r.cells) {
		return r.cells[i]
	}
	return ""
}

// readTable reads the rows of a list the office keeps: a text file (one
// row a line, cells separated by tabs or commas), a CSV file, or the first
// sheet of a workbook. Blank rows are dropped; cells are trimmed.
func readTable(path string) ([]listRow, error) {
	data, err := safefile.Read(path, maxListSize)
	if err != nil {
		return nil, fmt.Errorf("%s: 无法读取：%s", path, safefile.Describe(err))
	}
	var rows [][]string
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		rows, err = workbookRows(data)
	} else {
		rows, err = textRows(data)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []listRow
	for i, row := range rows {
		cells := make([]string, len(row))
		blank := true
		for j, c := range row {
			cells[j] = strings.TrimSpace(c)
			blank = blank && cells[j] == ""
		}
		if !blank {
			out = append(out, listRow{line: i + 1, cells: cells})
		}
	}
	return out, nil
}

func workbookRows(data []byte) ([][]string, error) {
	f, err := xlsx.OpenWorkbook(data)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.GetRows(f.GetSheetList()[0])
}

func textRows(data []byte) ([][]string, error) {
	text, err := author.DecodeText(data)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord, r.LazyQuotes = -1, true
	if !strings.Contains(text, ",") && strings.Contains(text, "\t") {
		r.Comma = '\t'
	}
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("无法按表格读取（%v）", err)
	}
	return rows, nil
}

// A list's column of agencies' names is headed by a short cell that says
// 名称, 全称 or 简称 ("单位名称", "今年的名称") or ends in 单位, 机关 or 部门
// ("报送单位"); a unit's name ends otherwise (局, 委, 政府 …).
var (
	nameHeaderWords  = []string{"名称", "全称", "简称"}
	nameHeaderEnds   = []string{"单位", "机关", "部门"}
	otherHeaderCells = []string{"序号", "编号", "备注", "联系人", "联系电话"}
)

func isNameHeader(cell string) bool {
	if utf8.RuneCountInString(cell) > 6 {
		return false
	}
	return slices.ContainsFunc(nameHeaderWords, func(w string) bool { return strings.Contains(cell, w) }) ||
		slices.ContainsFunc(nameHeaderEnds, func(w string) bool { return strings.HasSuffix(cell, w) })
}

// nameColumns finds a list's header row, if it has one among its first
// rows (a title may stand above it), and its columns of agencies' names:
// those the header names so, else those that are not all numbers (a 序号
// column). It returns the rows below the header.
func nameColumns(rows []listRow) ([]listRow, []int) {
	for h := 0; h < min(len(rows), 5); h++ {
		if !slices.ContainsFunc(rows[h].cells, func(c string) bool { return isNameHeader(c) || slices.Contains(otherHeaderCells, c) }) {
			continue
		}
		var cols []int
		for i, c := range rows[h].cells {
			if isNameHeader(c) {
				cols = append(cols, i)
			}
		}
		if len(cols) > 0 {
			return rows[h+1:], cols
		}
		rows = rows[h+1:]
		break
	}
	return rows, textColumns(rows)
}

// textColumns are the columns of rows that hold some text other than
// numbers.
func textColumns(rows []listRow) []int {
	width := 0
	for _, r := range rows {
		width = max(width, len(r.cells))
	}
	var cols []int
	for i := range width {
		if slices.ContainsFunc(rows, func(r listRow) bool { return r.cell(i) != "" && !isSerial(r.cell(i)) }) {
			cols = append(cols, i)
		}
	}
	return cols
}

// isSerial reports whether a cell is a serial number: "12", "12.", "12、".
func isSerial(cell string) bool {
	digits := strings.TrimRight(cell, ".、")
	return digits != "" && strings.Trim(digits, "0123456789") == ""
}

// readRoster reads the units that must report: the list's first column of
// names.
func readRoster(path string) ([]string, error) {
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	rows, cols := nameColumns(rows)
	var names []string
	for _, row := range rows {
		if len(cols) > 0 && row.cell(cols[0]) != "" {
			names = append(names, row.cell(cols[0]))
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: 名单是空的：每行写一个单位的全称", path)
	}
	return names, nil
}

// readNames reads the office's table of renamed units (this year's name,
// last year's name, a pair a line) into the comparer of agencies' names;
// without a table, names are compared as they are.
func readNames(path string) (*author.Agencies, error) {
	if path == "" {
		return author.NewAgencies(nil), nil
	}
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	rows, cols := nameColumns(rows)
	var pairs [][2]string
	for _, row := range rows {
		if len(cols) < 2 || row.cell(cols[0]) == "" || row.cell(cols[1]) == "" {
			return nil, fmt.Errorf("%s 第 %d 行：每行两列，今年的名称和上年的名称", path, row.line)
		}
		pairs = append(pairs, [2]string{row.cell(cols[0]), row.cell(cols[1])})
	}
	return author.NewAgencies(pairs), nil
}
