// Package xlsx draws a render.Document's tables as a workbook: one sheet
// per official table in the official layout, every derived cell a formula
// that carries its computed value, and a long-form sheet of every figure.
package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

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
	var figures []dataRow
	first := true
	for _, b := range d.Blocks {
		t, ok := b.(*render.Table)
		if !ok {
			continue
		}
		name := sheetName(t.Name)
		if first {
			err = f.SetSheetName("Sheet1", name)
			first = false
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return err
		}
		rows, err := writeTable(f, st, name, d, t)
		if err != nil {
			return err
		}
		figures = append(figures, rows...)
	}
	for _, fig := range d.Figures {
		figures = append(figures, dataRow{table: "六", row: fig.Label, key: fig.Key, value: fig.Value, source: "填报"})
	}
	if err := writeData(f, st, d.Meta.Agency, figures); err != nil {
		return err
	}
	if err := hideData(f); err != nil {
		return err
	}
	if err := properties(f, d, opt.Date); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	var raw bytes.Buffer
	if _, err := f.WriteTo(&raw); err != nil {
		return err
	}
	return canonicalZip(w, raw.Bytes())
}

// canonicalZip rewrites the package with its parts in a fixed order
// ([Content_Types].xml first, then by name): excelize writes streamed sheets
// in map order, and the same input must give the same bytes.
func canonicalZip(w io.Writer, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.Slice(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if (a == "[Content_Types].xml") != (b == "[Content_Types].xml") {
			return a == "[Content_Types].xml"
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		dst, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err == nil {
			_, err = io.Copy(dst, rc)
		}
		rc.Close()
		if err != nil {
			return err
		}
	}
	return zw.Close()
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
