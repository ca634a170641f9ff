package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// Fonts named in the workbook: names only, each reader substitutes its own.
const (
	fontBody = "宋体"
	fontKai  = "楷体"
	fontHei  = "黑体"
)

// styles creates the workbook's cell styles on first use.
type styles struct {
	f     *excelize.File
	cache map[string]int
}

func newStyles(f *excelize.File) (*styles, error) {
	return &styles{f: f, cache: map[string]int{}}, nil
}

var border = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
}

// get returns the style for a kind of cell: "title", "subtitle", "label",
// "head", "corner", "input:FMT" (a figure a person fills in), "derived:FMT",
// "check:FMT", "checklabel", "data", "datanum:FMT".
func (s *styles) get(kind string) (int, error) {
	if id, ok := s.cache[kind]; ok {
		return id, nil
	}
	name, format, _ := strings.Cut(kind, ":")
	st := &excelize.Style{
		Border:    border,
		Font:      &excelize.Font{Family: fontBody, Size: 11},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
	}
	switch name {
	case "title":
		st.Border, st.Font = nil, &excelize.Font{Family: fontHei, Size: 14, Bold: true}
	case "subtitle":
		st.Border, st.Font = nil, &excelize.Font{Family: fontHei, Size: 12}
	case "head":
		st.Font = &excelize.Font{Family: fontHei, Size: 11}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6D9F1"}}
	case "corner":
		st.Font = &excelize.Font{Family: fontKai, Size: 10}
	case "derived":
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}
		st.CustomNumFmt = &format
	case "input":
		st.CustomNumFmt = &format
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF8DC"}}
		st.Protection = &excelize.Protection{Locked: false}
	case "check":
		st.CustomNumFmt = &format
		st.Font = &excelize.Font{Family: fontBody, Size: 10}
	case "checklabel":
		st.Font = &excelize.Font{Family: fontKai, Size: 10}
		st.Alignment = &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}
	case "data":
		st.Border, st.Alignment = nil, &excelize.Alignment{Vertical: "top", WrapText: true}
	case "datanum":
		st.Border, st.Alignment = nil, &excelize.Alignment{Vertical: "top"}
		st.CustomNumFmt = &format
	}
	id, err := s.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	s.cache[kind] = id
	return id, nil
}

// numberFormat shows a figure as it was written: its decimal places, a
// plus sign where it had one, its unit. An amount written without decimals
// shows what is typed over it (General), not a rounded number.
func numberFormat(c *render.Cell) string {
	num := strings.TrimSuffix(c.Value, c.Unit)
	f := "0"
	if _, frac, ok := strings.Cut(num, "."); ok {
		f += "." + strings.Repeat("0", len(frac))
	} else if c.Range == render.Decimal {
		f = "General"
	}
	unit := ""
	if c.Unit != "" {
		unit = fmt.Sprintf(`"%s"`, c.Unit)
	}
	if strings.HasPrefix(num, "+") {
		return fmt.Sprintf("+%s%s;-%s%s;%s%s", f, unit, f, unit, f, unit)
	}
	return f + unit
}

// cellStyle picks the style of a table cell.
func (s *styles) cellStyle(c *render.Cell) (int, error) {
	switch {
	case c.Number && len(c.Sum) > 0:
		return s.get("derived:" + numberFormat(c))
	case c.Number:
		return s.get("input:" + numberFormat(c))
	case c.Title:
		return s.get("head")
	case c.Corner:
		return s.get("corner")
	}
	return s.get("label")
}
