package xlsx_test

import (
	"bytes"
	"strings"
	"testing"

	"nianbao/render"
	"nianbao/render/xlsx"
)

// TestLabelBreaks: the labels of the tables hold line breaks where the
// PDF would break them for the column widths, so that a spreadsheet wraps
// them there: the numbering on its own line, no character alone on the
// last line, no line beginning with a closing mark nor ending with an
// opening one.
func TestLabelBreaks(t *testing.T) {
	want := map[string]string{
		"（三）不予公开":   "（三）|不予|公开",
		"（四）无法提供":   "（四）|无法|提供",
		"三、本年度办理结果": "三、本|年度办|理结果",
		"（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二）部分公开（区分处理的，|只计这一情形，不计其他情形）",
	}
	seen := map[string]bool{}
	for _, name := range reports {
		_, d := load(t, name, nil)
		f := open(t, workbook(t, d))
		for _, b := range d.Blocks {
			tb, ok := b.(*render.Table)
			if !ok {
				continue
			}
			places, _ := render.Grid(tb.Rows(), tb.Columns)
			for _, row := range places {
				for _, p := range row {
					if p.Cell.Number {
						continue
					}
					v, _ := f.GetCellValue(xlsx.SheetName(tb.Name), xlsx.Address(p.Row, p.Col))
					lines := strings.Split(v, "\n")
					label := p.Cell.Text + p.Cell.Note
					if strings.Join(lines, "") != label {
						t.Errorf("%s: %q holds %q", name, label, v)
					}
					for i, ln := range lines {
						rs := []rune(ln)
						if i > 0 && strings.ContainsRune(render.NoStart, rs[0]) {
							t.Errorf("%s: a line begins with a closing mark: %q", name, v)
						}
						if i < len(lines)-1 && strings.ContainsRune(render.NoEnd, rs[len(rs)-1]) {
							t.Errorf("%s: a line ends with an opening mark: %q", name, v)
						}
					}
					if exp, ok := want[label]; ok {
						seen[label] = true
						if got := strings.Join(lines, "|"); got != exp {
							t.Errorf("%s: %s breaks as %s, want %s", name, label, got, exp)
						}
					}
				}
			}
		}
	}
	if len(seen) != len(want) {
		t.Errorf("found %d of the %d labels", len(seen), len(want))
	}
}

// TestLabelsReadBack: reading the workbook back ignores the line breaks in
// the labels, and still finds a label that was changed.
func TestLabelsReadBack(t *testing.T) {
	_, d := load(t, "example-2021.yaml", nil)
	data := workbook(t, d)
	for _, c := range []struct {
		name, value string
		problems    int
	}{
		{"as written", "", 0},
		{"joined on one line", "（三）不予公开", 0},
		{"broken elsewhere", "（三）不予\r\n公开", 0},
		{"changed", "（三）不予公布", 1},
	} {
		f := open(t, data)
		sheet := xlsx.SheetName("表三 收到和处理政府信息公开申请情况")
		if c.value != "" {
			if err := f.SetCellValue(sheet, "B10", c.value); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		book, err := xlsx.Open(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		_, problems := book.Read(d)
		book.Close()
		n := 0
		for _, p := range problems {
			if p.Kind == xlsx.Label {
				n++
			}
		}
		if n != c.problems {
			t.Errorf("%s: %d label problems, want %d: %v", c.name, n, c.problems, problems)
		}
	}
}
