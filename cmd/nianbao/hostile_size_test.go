//go:build unix

package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sizePeak is the peak memory a file at or just under a size limit may
// take: the limits are set so that the worst such file needs some 70 MB.
const sizePeak = 150 << 20

// repeat writes a file of head, then part n times, then tail.
func repeat(t *testing.T, path, head, part string, n int, tail string) string {
	t.Helper()
	data := head + strings.Repeat(part, n) + tail
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pageHead starts a page that names an annual report, so it is read as one.
const pageHead = "<html><body><p>某县2024年政府信息公开工作年度报告</p>"

// TestHostileSizes: report files, pages and workbooks of many small items
// (a list of millions of zeros, a table of millions of cells, a sheet of a
// million rows) are refused before they are parsed, fast and in bounded
// memory, naming the file and what is too large; files just under the
// limits are read in the same bounds.
func TestHostileSizes(t *testing.T) {
	dir := t.TempDir()
	book := sheetRows(t, dir, "rows.xlsx", 120000)
	for _, tt := range []struct {
		path string
		code int
		want string // "" for a file under the limits: read, whatever it holds
	}{
		{repeat(t, filepath.Join(dir, "flow.yaml"), "x: [", "0,", 900000, "0]\n"), 1, "LIMIT-SIZE"},
		{repeat(t, filepath.Join(dir, "flow-under.yaml"), "x: [", "0,", 49000, "0]\n"), 1, ""},
		{repeat(t, filepath.Join(dir, "keys.yaml"), "", "k: [0]\n", 200000, ""), 1, "数据项可能超过"},
		{repeat(t, filepath.Join(dir, "huge.yaml"), "# ", "注释", 500000, "\n"), 1, "文件有 2.9 MB，超过 2.0 MB 的上限"},
		{repeat(t, filepath.Join(dir, "cells.html"), pageHead+"<table><tr>", "<td>1", 300000, ""), 1, "LIMIT-SIZE"},
		{repeat(t, filepath.Join(dir, "cells-under.html"), pageHead+"<table>", "<tr><td>1<td>1<td>1<td>1<td>1<td>1<td>1", 6000, ""), 1, ""},
		{repeat(t, filepath.Join(dir, "cells.txt"), "某县2024年政府信息公开工作年度报告\n", "1|", 300000, ""), 1, "超过 50000 个的上限"},
		{repeat(t, filepath.Join(dir, "cells-under.txt"), "某县2024年政府信息公开工作年度报告\n", "1|", 49000, ""), 1, ""},
		{repeat(t, filepath.Join(dir, "huge.html"), pageHead+"<p>", "年度报告", 500000, ""), 1, "文件有 5.7 MB，超过 4.0 MB 的上限"},
		{book, 1, "超过 100000 个的上限"},
		{sheetRows(t, dir, "rows-under.xlsx", 20000), 0, ""},
		{manyParts(t, dir, "parts.xlsx", 500), 1, "超过 100 个的上限"},
	} {
		name := filepath.Base(tt.path)
		code, out := cappedAt(t, sizePeak, "check", tt.path)
		if code != tt.code || !strings.Contains(out, name) || !strings.Contains(out, tt.want) {
			t.Errorf("check %s: exit %d, want %d and %q\n%.600s", name, code, tt.code, tt.want, out)
		}
	}
	// In a batch and as last year's folder, such a file is one unit with
	// an error: the others are checked, built, compared with.
	batch := t.TempDir()
	copyTo(t, "example-2021.yaml", filepath.Join(batch, "a.yaml"))
	repeat(t, filepath.Join(batch, "b.yaml"), "x: [", "0,", 900000, "0]\n")
	out := t.TempDir()
	before := snapshot(t, batch)
	code, text := cappedAt(t, sizePeak, "build", "-o", out, batch)
	if _, err := os.Stat(filepath.Join(out, "a.pdf")); code != 1 || err != nil || !strings.Contains(text, "有错误 1") {
		t.Errorf("batch with a huge unit: exit %d, a.pdf %v\n%s", code, err, text)
	}
	unchanged(t, "batch", before, snapshot(t, batch))
	now := filepath.Join(t.TempDir(), "a.yaml")
	copyTo(t, "example-2021.yaml", now, "year: 2024", "year: 2025", "date: 2025-01-20", "date: 2026-01-20")
	code, text = cappedAt(t, sizePeak, "check", "--previous", batch, now)
	if code != 0 || !strings.Contains(text, "CROSS-YEAR") {
		t.Errorf("--previous with a huge file: exit %d\n%s", code, text)
	}
}

// sheetRows writes the annex of the example with rows empty rows added to
// its table sheet: a few hundred kilobytes that excelize would decode
// into a structure per row.
func sheetRows(t *testing.T, dir, name string, rows int) string {
	t.Helper()
	out := t.TempDir()
	if code, _, errs := nianbao("build", "--xlsx", "-o", out, "../../testdata/example-2021.yaml"); code != 0 {
		t.Fatal(errs)
	}
	var extra strings.Builder
	for i := range rows {
		fmt.Fprintf(&extra, `<row r="%d"/>`, 1000+i)
	}
	return rewriteZip(t, filepath.Join(out, "example-2021.xlsx"), filepath.Join(dir, name), func(part string, data []byte) []byte {
		if part != "xl/worksheets/sheet2.xml" {
			return data
		}
		return bytes.Replace(data, []byte("</sheetData>"), []byte(extra.String()+"</sheetData>"), 1)
	})
}

// manyParts writes a zip of n empty parts named like a workbook's.
func manyParts(t *testing.T, dir, name string, n int) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range n {
		zw.Create(fmt.Sprintf("xl/media/%d.xml", i))
	}
	zw.Close()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// rewriteZip copies a zip, passing each part through edit.
func rewriteZip(t *testing.T, src, dst string, edit func(part string, data []byte) []byte) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		w, _ := zw.Create(f.Name)
		w.Write(edit(f.Name, data))
	}
	zw.Close()
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}
