package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strings"

	"nianbao/author"
	"nianbao/internal/safefile"
	"nianbao/render/xlsx"
)

// maxListSize bounds a roster or a table of renamed units.
const maxListSize = 4 << 20

// readTable reads the rows of a list the office keeps: a text file (one
// row a line, cells separated by tabs or commas), a CSV file, or the first
// sheet of a workbook. Blank rows are dropped; cells are trimmed.
func readTable(path string) ([][]string, error) {
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
	var out [][]string
	for _, row := range rows {
		var cells []string
		for _, c := range row {
			cells = append(cells, strings.TrimSpace(c))
		}
		if len(cells) > 0 && cells[0] != "" {
			out = append(out, cells)
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

// isHeader reports whether a list's first row names its columns rather
// than a unit ("单位名称", "今年名称").
func isHeader(row []string) bool {
	return strings.Contains(row[0], "名称") || strings.Contains(row[0], "单位") && len([]rune(row[0])) <= 4
}

// readRoster reads the units that must report: the first column.
func readRoster(path string) ([]string, error) {
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	var names []string
	for i, row := range rows {
		if i == 0 && isHeader(row) {
			continue
		}
		names = append(names, row[0])
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: 名单是空的：每行写一个单位的全称", path)
	}
	return names, nil
}

// readRenames reads a table of renamed units: this year's name, last
// year's name.
func readRenames(path string) (map[string]string, error) {
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for i, row := range rows {
		if i == 0 && isHeader(row) {
			continue
		}
		if len(row) < 2 || row[1] == "" {
			return nil, fmt.Errorf("%s 第 %d 行：每行两列，今年的名称和上年的名称", path, i+1)
		}
		out[author.AgencyKey(row[0])] = row[1]
	}
	return out, nil
}
