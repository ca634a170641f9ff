package spec_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"nianbao/author"
	"nianbao/internal/testtool"
	"nianbao/render/docx"
	"nianbao/render/html"
	"nianbao/render/pdf"
	"nianbao/render/xlsx"
	"nianbao/spec"
)

// A fictional revision of the 2021 format, for reports from 2027: it renames
// row 四 of table 三, adds a row to its group （四）无法提供, and adds a
// column to the first block of table 二. Nothing outside this file knows it.
const (
	renamed   = "四、结转下一年度继续办理"
	newRow    = "4.申请的政府信息不存在"
	newColumn = "本年修订件数"
)

func init() {
	f := spec.Lookup("2021", "").Clone()
	f.ID = "2027"
	f.Notice = spec.Notice{Number: "国办公开办函〔2026〕99号", Title: "中华人民共和国政府信息公开工作年度报告格式（修订）", Date: "2026-10-01"}
	f.Years = spec.Years{From: 2027}
	nodes := f.Requests.Nodes
	nodes[len(nodes)-1].Label = renamed
	for _, group := range nodes[2].Children {
		if group.Key == "unavailable" {
			group.Children = append(group.Children, &spec.Node{Key: "not_exist", Label: newRow})
		}
	}
	block := f.Proactive.Blocks[0]
	block.Columns = append(block.Columns, spec.Column{Key: "revised", Label: newColumn})
	spec.Register(f)
}

// TestRevision runs the whole pipeline on the fictional format: the blank
// template, the schema, loading, derived totals and checks, HTML, Word,
// PDF (its text, with pdftotext) and XLSX, and the published page and the
// workbook read back.
func TestRevision(t *testing.T) {
	if got := spec.ForYear(2027); got != "2027" {
		t.Fatalf("ForYear(2027) = %q", got)
	}
	if got := spec.ForYear(2026); got != "2021" {
		t.Fatalf("ForYear(2026) = %q", got)
	}
	blank, err := author.Blank(author.BlankOptions{Year: 2027, Agency: "某县人民政府"})
	if err != nil {
		t.Fatal(err)
	}
	if blank.Spec.ID != "2027" {
		t.Fatalf("blank of 2027 is %s", blank.Spec.Name())
	}
	fill(t, blank)
	blank.Date = &author.Date{Year: 2028, Month: 1, Day: 20}
	data := author.WriteYAML(blank, author.WriteOptions{})
	for _, want := range []string{"not_exist", renamed, newRow, newColumn} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("template lacks %q", want)
		}
	}
	schema, err := author.Schema(blank.Spec)
	if err != nil || !bytes.Contains(schema, []byte("not_exist")) || !bytes.Contains(schema, []byte(newColumn)) {
		t.Errorf("schema: %v", err)
	}
	r, fs := author.Load("r.yaml", data)
	if r == nil {
		t.Fatalf("load: %v\n%s", fs, data)
	}
	fs = append(fs, author.Check(r, author.Options{})...)
	for _, f := range fs {
		if f.Rule != spec.Unfinished.ID {
			t.Errorf("finding: %s", f)
		}
	}
	if got, _ := r.Lookup("requests.total.natural_person"); got != "5" {
		t.Errorf("（七）总计 自然人 = %s, want 5 (the new row counts)", got)
	}
	if got, _ := r.Lookup("proactive.regulations.revised"); got != "4" {
		t.Errorf("new column = %s", got)
	}
	broken := bytes.Replace(data, []byte("not_exist: [2,"), []byte("not_exist: [3,"), 1)
	if bad, _ := author.Load("b.yaml", broken); bad == nil || !hasRule(author.Check(bad, author.Options{}), spec.T3Balance.ID) {
		t.Error("the new row is not in the balance")
	}
	renderAll(t, r)
}

// fill puts figures into the blank report: 5 new requests, 3 disclosed and
// 2 of the new row; a figure in the new column of table 二.
func fill(t *testing.T, r *author.Report) {
	set := func(key string, col int, n int64) {
		row := r.RowAt(key)
		if row == nil {
			t.Fatalf("no row %s", key)
		}
		row.Values[col].Num = author.Int(n)
	}
	set("requests.new", 0, 5)
	set("requests.disclosed", 0, 3)
	set("requests.unavailable.not_exist", 0, 2)
	set("proactive.regulations", 3, 4)
}

// revised are the texts only the fictional format has, which every output
// must show.
var revised = []string{renamed, newRow, newColumn, "国办公开办函〔2026〕99号"}

// renderAll draws the report in every format, finds the revised texts in
// each, and reads the published page and the workbook back.
func renderAll(t *testing.T, r *author.Report) {
	d := r.Document()
	date := time.Date(2028, 1, 20, 0, 0, 0, 0, time.UTC)
	var page bytes.Buffer
	if err := html.Write(&page, d, html.Options{}); err != nil {
		t.Fatal(err)
	}
	shows(t, "page", tags.ReplaceAllString(page.String(), ""))
	back, fs := author.ReadPage("r.html", page.Bytes())
	if back == nil || back.Spec.ID != "2027" || fs.Worst() == author.Error {
		t.Fatalf("page read back as %v: %v", back, fs)
	}
	sameFigures(t, "page", r, back)

	var word bytes.Buffer
	if err := docx.Write(&word, d, docx.Options{Date: date}); err != nil {
		t.Fatal(err)
	}
	shows(t, "Word document", documentText(t, word.Bytes()))

	var doc bytes.Buffer
	if err := pdf.Write(&doc, d, pdf.Options{Date: date}); err != nil || !bytes.HasPrefix(doc.Bytes(), []byte("%PDF")) {
		t.Fatalf("pdf: %v", err)
	}
	t.Run("pdf text", func(t *testing.T) {
		pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
		path := filepath.Join(t.TempDir(), "r.pdf")
		if err := os.WriteFile(path, doc.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		shows(t, "PDF", string(out))
	})

	var book bytes.Buffer
	if err := xlsx.Write(&book, d, xlsx.Options{Date: date}); err != nil {
		t.Fatal(err)
	}
	back, fs = author.ReadWorkbook("r.xlsx", book.Bytes())
	if back == nil || fs.Worst() == author.Error {
		t.Fatalf("workbook read back: %v", fs)
	}
	sameFigures(t, "workbook", r, back)
}

// shows checks that an output holds every revised text; labels a table
// cell breaks over lines count as whole.
func shows(t *testing.T, what, text string) {
	t.Helper()
	joined := strings.Join(strings.Fields(text), "")
	for _, want := range revised {
		if !strings.Contains(joined, want) {
			t.Errorf("%s lacks %q", what, want)
		}
	}
}

// tags are the tags of a page: its text is what is left (a label may be
// split into spans by its words).
var tags = regexp.MustCompile(`<[^>]*>`)

// documentText is the text of a Word document's body: word/document.xml
// without its tags.
func documentText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var text strings.Builder
	dec := xml.NewDecoder(f)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		if c, ok := tok.(xml.CharData); ok {
			text.Write(c)
		}
	}
}

// sameFigures checks that a report read back has the figures of the one
// drawn, cell by cell.
func sameFigures(t *testing.T, what string, r, back *author.Report) {
	t.Helper()
	for i, row := range r.Rows {
		for j, v := range row.Values {
			if got := back.Rows[i].Values[j]; got.String() != v.String() {
				t.Errorf("%s: %s[%d] read back %s, want %s", what, row.Spec.Key, j, got, v)
			}
		}
	}
}

func hasRule(fs author.Findings, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
}
