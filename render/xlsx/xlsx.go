// Package xlsx draws a render.Document's tables as a workbook: one sheet
// per official table in the official layout, every derived cell a formula
// that carries its computed value, and a long-form sheet of every figure.
package xlsx

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"nianbao/internal/zippkg"
	"nianbao/render"
)

// DataSheet is the name of the long-form sheet: one row per figure.
const DataSheet = "数据"

// DataHeader is the header row of the data sheet.
var DataHeader = []string{"表", "行", "列", "键", "值", "单位", "来源"}

// Custom document properties that say which report the workbook holds.
const (
	PropFormat  = "nianbao.format"
	PropVariant = "nianbao.variant"
	PropYear    = "nianbao.year"
	PropDate    = "nianbao.date"
)

// Options control a workbook.
type Options struct {
	Date time.Time // created and modified date; never the clock
}

// Write draws the workbook of d to w.
func Write(w io.Writer, d *render.Document, opt Options) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	tables := d.Tables()
	if err := addSheets(f, tables); err != nil {
		return err
	}
	var figures []dataRow
	host := figuresHost(d)
	for _, t := range tables {
		rows, err := writeTable(f, st, sheetName(t.Name), d, t, t == host)
		if err != nil {
			return err
		}
		figures = append(figures, rows...)
	}
	if err := writeData(f, st, d.Meta.Agency, figures); err != nil {
		return err
	}
	if err := properties(f, d, opt.Date); err != nil {
		return err
	}
	pkg := parts{}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return pkg })
	if _, err := f.WriteTo(io.Discard); err != nil {
		return err
	}
	return pkg.writeZip(w)
}

// addSheets makes the sheets, the tables' and the data sheet, and hides
// the data sheet while all are empty: hiding a sheet makes excelize read
// every written sheet back.
func addSheets(f *excelize.File, tables []*render.Table) error {
	for i, t := range tables {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", sheetName(t.Name))
		} else {
			_, err = f.NewSheet(sheetName(t.Name))
		}
		if err != nil {
			return err
		}
	}
	if _, err := f.NewSheet(DataSheet); err != nil {
		return err
	}
	return hideData(f)
}

// figuresHost is the table below which the figures outside the tables
// are filled in: the one the document names, else the last.
func figuresHost(d *render.Document) *render.Table {
	var last *render.Table
	for _, t := range d.Tables() {
		if t.ID == d.FiguresBeside {
			return t
		}
		last = t
	}
	return last
}

// parts collects the files excelize writes into the package, so that the
// package is compressed once, in a fixed order.
type parts map[string]*bytes.Buffer

// Create starts a part.
func (p parts) Create(name string) (io.Writer, error) {
	b := &bytes.Buffer{}
	p[name] = b
	return b, nil
}

// AddFS is not used by excelize when it writes a workbook.
func (p parts) AddFS(fs.FS) error { return errors.New("xlsx: AddFS is not supported") }

// Close ends the package; writeZip writes it.
func (p parts) Close() error { return nil }

// writeZip writes the package with its parts in a fixed order
// ([Content_Types].xml first, then by name): excelize writes streamed sheets
// in map order, and the same input must give the same bytes.
func (p parts) writeZip(w io.Writer) error {
	names := make([]string, 0, len(p))
	for name := range p {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if (a == "[Content_Types].xml") != (b == "[Content_Types].xml") {
			return a == "[Content_Types].xml"
		}
		return a < b
	})
	files := make([]zippkg.Part, len(names))
	for i, name := range names {
		files[i] = zippkg.Part{Name: name, Data: p[name].Bytes()}
	}
	return zippkg.Write(w, files, time.Time{})
}

// sheetName keeps a name within Excel's 31 characters.
func sheetName(s string) string {
	r := []rune(s)
	if len(r) > 31 {
		r = r[:31]
	}
	return string(r)
}

// properties sets the document properties, with fixed dates.
func properties(f *excelize.File, d *render.Document, date time.Time) error {
	stamp := date.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: d.Title, Subject: d.Meta.Subject, Creator: d.Meta.Agency, LastModifiedBy: d.Meta.Creator,
		Keywords: joinKeywords(d.Meta.Keywords), Language: "zh-CN", Created: stamp, Modified: stamp,
		Description: "由 " + d.Meta.Creator + " 生成；“" + DataSheet + "”工作表（隐藏，不打印）逐项列出全部数字。",
	}); err != nil {
		return err
	}
	for _, p := range []excelize.CustomProperty{
		{Name: PropFormat, Value: d.Meta.Format},
		{Name: PropVariant, Value: d.Meta.Variant},
		{Name: PropYear, Value: strconv.Itoa(d.Meta.Year)},
		{Name: PropDate, Value: d.Meta.Date},
	} {
		if err := f.SetCustomProps(p); err != nil {
			return err
		}
	}
	return f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: boolPtr(true)})
}

func boolPtr(b bool) *bool { return &b }

func joinKeywords(ks []string) string {
	s := ""
	for i, k := range ks {
		if i > 0 {
			s += " "
		}
		s += k
	}
	return s
}
