package xlsx_test

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"nianbao/internal/testtool"
	"nianbao/render"
	"nianbao/render/xlsx"
)

// recalcProfile makes LibreOffice recalculate every formula of an .xlsx on
// load instead of showing the cached values.
const recalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// TestLibreOfficeRecalc: LibreOffice opens every test workbook, recomputes
// all formulas, and shows each figure exactly as the report prints it.
func TestLibreOfficeRecalc(t *testing.T) {
	soffice := testtool.Need(t, "soffice", "apt-get install libreoffice-calc")
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "profile", "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "profile", "user", "registrymodifications.xcu"), []byte(recalcProfile), 0o644)
	for _, name := range reports {
		_, d := load(t, name, nil)
		book := filepath.Join(dir, "book.xlsx")
		os.WriteFile(book, workbook(t, d), 0o644)
		out := filepath.Join(dir, "csv")
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
			"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, book)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, msg)
		}
		checked := 0
		for _, b := range d.Blocks {
			tb, ok := b.(*render.Table)
			if !ok {
				continue
			}
			rows := readCSV(t, filepath.Join(out, "book-"+xlsx.SheetName(tb.Name)+".csv"))
			places, _ := render.Grid(tb.Rows(), tb.Columns)
			for _, row := range places {
				for _, p := range row {
					if !p.Cell.Number {
						continue
					}
					col, r, _ := excelize.CellNameToCoordinates(xlsx.Address(p.Row, p.Col))
					if got := rows[r-1][col-1]; got != p.Cell.Value {
						t.Errorf("%s %s %s: LibreOffice shows %q, the report %q", name, tb.Name, xlsx.Address(p.Row, p.Col), got, p.Cell.Value)
					}
					checked++
				}
			}
		}
		if checked < 200 {
			t.Errorf("%s: only %d figures compared", name, checked)
		}
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
