package xlsx_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"nianbao/internal/testtool"
	"nianbao/render"
	"nianbao/render/xlsx"
)

// printDPI is the resolution the printed pages are measured at.
const printDPI = 50

// TestLibreOfficePrint prints every test workbook through LibreOffice: one
// page per table and nothing else (the data sheet is not printed), footers
// counting those pages, and each table as wide as at least 90 % of the
// printable width (A4 less the 0.7 inch side margins).
func TestLibreOfficePrint(t *testing.T) {
	soffice := testtool.Need(t, "soffice", "apt-get install libreoffice-calc")
	pdftoppm := testtool.Need(t, "pdftoppm", "apt-get install poppler-utils")
	pdftotext := testtool.Need(t, "pdftotext", "apt-get install poppler-utils")
	dir := t.TempDir()
	var books []string
	tables := map[string][]*render.Table{}
	for _, name := range reports {
		_, d := load(t, name, nil)
		book := filepath.Join(dir, strings.TrimSuffix(name, ".yaml")+".xlsx")
		if err := os.WriteFile(book, workbook(t, d), 0o644); err != nil {
			t.Fatal(err)
		}
		books = append(books, book)
		for _, b := range d.Blocks {
			if tb, ok := b.(*render.Table); ok {
				tables[book] = append(tables[book], tb)
			}
		}
	}
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir}, books...)
	if msg, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	for _, book := range books {
		pdf := strings.TrimSuffix(book, ".xlsx") + ".pdf"
		tbs := tables[book]
		for page := 1; ; page++ {
			text, err := exec.Command(pdftotext, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-enc", "UTF-8", pdf, "-").Output()
			if err != nil {
				if page != len(tbs)+1 {
					t.Errorf("%s: %d pages printed, want %d (one per table)", filepath.Base(book), page-1, len(tbs))
				}
				break
			}
			if page > len(tbs) {
				continue
			}
			name := tbs[page-1].Name
			if s := string(text); !strings.Contains(s, name) || !strings.Contains(s, fmt.Sprintf("第 %d 页，共 %d 页", page, len(tbs))) {
				t.Errorf("%s page %d: want %s and its footer:\n%s", filepath.Base(book), page, name, s)
			}
			share := inkWidth(t, pdftoppm, pdf, page, tbs[page-1].Dense)
			t.Logf("%s: %s fills %.0f %% of the printable width", filepath.Base(book), name, 100*share)
			if share < 0.9 {
				t.Errorf("%s: %s fills %.0f %% of the printable width, want at least 90 %%", filepath.Base(book), name, 100*share)
			}
		}
	}
}

// TestPrintSetup: the data sheet is hidden, so that printing the workbook
// prints the tables only; each table sheet prints on one A4 page.
func TestPrintSetup(t *testing.T) {
	_, d := load(t, "example-2021.yaml", nil)
	f := open(t, workbook(t, d))
	if visible, err := f.GetSheetVisible(xlsx.DataSheet); err != nil || visible {
		t.Errorf("data sheet visible: %v %v", visible, err)
	}
	for _, b := range d.Blocks {
		tb, ok := b.(*render.Table)
		if !ok {
			continue
		}
		name := xlsx.SheetName(tb.Name)
		if visible, _ := f.GetSheetVisible(name); !visible {
			t.Errorf("%s hidden", name)
		}
		layout, err := f.GetPageLayout(name)
		if err != nil || *layout.Size != 9 || *layout.FitToWidth != 1 || *layout.FitToHeight != 1 {
			t.Errorf("%s: page layout %+v %v", name, layout, err)
		}
	}
}

// inkWidth renders a page and returns the width of what is drawn above the
// footer (the table and its title) as a share of the printable width.
func inkWidth(t *testing.T, pdftoppm, pdf string, page int, landscape bool) float64 {
	t.Helper()
	n := strconv.Itoa(page)
	out, err := exec.Command(pdftoppm, "-gray", "-r", strconv.Itoa(printDPI), "-f", n, "-l", n, "-singlefile", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	w, h, pix := readPGM(t, out)
	bottom := h - printDPI*3/4 // the footer sits in the bottom margin (0.75 inch)
	left, right := w, -1
	for y := 0; y < bottom; y++ {
		for x := 0; x < w; x++ {
			if pix[y*w+x] < 128 {
				left, right = min(left, x), max(right, x)
			}
		}
	}
	paper := 210.0 / 25.4
	if landscape {
		paper = 297.0 / 25.4
	}
	return float64(right-left+1) / ((paper - 2*0.7) * printDPI)
}

// readPGM decodes a binary greyscale PGM (P5) of 8-bit samples.
func readPGM(t *testing.T, data []byte) (w, h int, pix []byte) {
	t.Helper()
	var maxv int
	r := bytes.NewReader(data)
	if _, err := fmt.Fscanf(r, "P5\n%d %d\n%d\n", &w, &h, &maxv); err != nil || maxv != 255 {
		t.Fatalf("not an 8-bit PGM: %v", err)
	}
	pix = data[len(data)-r.Len():]
	if len(pix) != w*h {
		t.Fatalf("PGM of %d×%d has %d samples", w, h, len(pix))
	}
	return w, h, pix
}
