package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/render"
)

// Layout of a table sheet: the report title, the table name, then the table.
const (
	titleRow = 1
	nameRow  = 2
	firstRow = 3 // the table's first row

	titleHeight, nameHeight = 28.0, 22.0 // points
)

// dataRow is one figure for the data sheet.
type dataRow struct {
	table, row, col, key, value, unit, source string
	ref                                       string // the cell that holds it ("'表三 …'!D6")
}

// Address returns the cell of a table's grid position (0-based) on its sheet.
func Address(row, col int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row+firstRow)
	return name
}

// writeTable writes one official table to its sheet, with the form below
// it (with the document's figures when figures is set), and returns its
// figures.
func writeTable(f *excelize.File, st *styles, sheet string, d *render.Document, t *render.Table, figures bool) ([]dataRow, error) {
	rows := t.Rows()
	places, cover := render.Grid(rows, t.Columns)
	addr := map[string]string{}
	for _, row := range places {
		for _, p := range row {
			if p.Cell.Key != "" {
				addr[p.Cell.Key] = Address(p.Row, p.Col)
			}
		}
	}
	head := len(t.Head)
	fm := newForm(d, t, places, addr, figures)
	// Page setup, protection and validation first: the stream writer keeps
	// what the sheet has and writes it after the rows.
	if err := printSetup(f, sheet, d.Meta.Agency, firstRow-1+head, t.Dense); err != nil {
		return nil, err
	}
	if err := fm.setup(f, sheet, places, addr); err != nil {
		return nil, err
	}
	if err := fitOnePage(f, sheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	widen := func(ws []float64) []float64 {
		return render.WidenLabelColumns(places, ws, labelPt/ptPerWidth, cellMargin/ptPerWidth)
	}
	texts := labelTexts{}
	widths := fitWidths(columnWidths(places, t.Columns), t.Dense, widen, func(ws []float64) float64 { return tableHeight(places, ws, texts) })
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: firstRow - 1 + head, TopLeftCell: Address(head, 0), ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	if err := titleRows(sw, st, d.Title, t.Name, t.Columns); err != nil {
		return nil, err
	}
	var data []dataRow
	for r, row := range places {
		values := make([]any, t.Columns)
		for c := 0; c < t.Columns; c++ { // borders of merged areas
			id, err := st.cellStyle(cover[r][c])
			if err != nil {
				return nil, err
			}
			values[c] = excelize.Cell{StyleID: id}
		}
		for _, p := range row {
			cell, fig, err := tableCell(st, p, places, cover, addr, t, widths, texts)
			if err != nil {
				return nil, err
			}
			values[p.Col] = cell
			if fig != nil {
				data = append(data, *fig)
			}
			if p.Cell.ColSpan > 1 || p.Cell.RowSpan > 1 {
				if err := sw.MergeCell(Address(p.Row, p.Col), Address(p.Row+max(p.Cell.RowSpan, 1)-1, p.Col+max(p.Cell.ColSpan, 1)-1)); err != nil {
					return nil, err
				}
			}
		}
		if err := sw.SetRow(Address(r, 0), values, excelize.RowOpts{Height: rowsHeight(row, widths, texts)}); err != nil {
			return nil, err
		}
	}
	values := figureValues(places)
	if err := fm.checkRow(sw, st, addr, values); err != nil {
		return nil, err
	}
	outside, err := fm.figureRows(sw, st, sheet, widths, addr, values)
	if err != nil {
		return nil, err
	}
	return append(data, outside...), sw.Flush()
}

// figureValues are the table's figures by key, as numbers.
func figureValues(places [][]render.Place) map[string]float64 {
	out := map[string]float64{}
	for _, row := range places {
		for _, p := range row {
			if p.Cell.Number {
				out[p.Cell.Key], _ = number(p.Cell)
			}
		}
	}
	return out
}

// titleRows writes the report title and the table name above the table.
func titleRows(sw *excelize.StreamWriter, st *styles, title, name string, columns int) error {
	last, _ := excelize.CoordinatesToCellName(columns, nameRow)
	for _, r := range []struct {
		row   int
		text  string
		style string
		h     float64
	}{{titleRow, title, "title", titleHeight}, {nameRow, name, "subtitle", nameHeight}} {
		id, err := st.get(r.style)
		if err != nil {
			return err
		}
		first, _ := excelize.CoordinatesToCellName(1, r.row)
		end := strings.Replace(last, strconv.Itoa(nameRow), strconv.Itoa(r.row), 1)
		if err := sw.SetRow(first, []any{excelize.Cell{StyleID: id, Value: r.text}}, excelize.RowOpts{Height: r.h}); err != nil {
			return err
		}
		if err := sw.MergeCell(first, end); err != nil {
			return err
		}
	}
	return nil
}

// tableCell makes the workbook cell of a table cell: a label broken into
// lines for the widths of its columns, a figure, or a formula with its
// computed value; and the figure's row for the data sheet.
func tableCell(st *styles, p render.Place, places [][]render.Place, cover [][]*render.Cell, addr map[string]string, t *render.Table, widths []float64, texts labelTexts) (excelize.Cell, *dataRow, error) {
	c := p.Cell
	id, err := st.cellStyle(c)
	if err != nil {
		return excelize.Cell{}, nil, err
	}
	if !c.Number {
		return excelize.Cell{StyleID: id, Value: texts.of(c, widths[p.Col:p.Col+max(c.ColSpan, 1)])}, nil, nil
	}
	value, err := number(c)
	if err != nil {
		return excelize.Cell{}, nil, err
	}
	cell := excelize.Cell{StyleID: id, Value: value}
	source := "填报"
	if len(c.Sum) > 0 {
		cell.Formula = sumFormula(c.Sum, addr)
		source = "计算"
	}
	cols, rows := render.HeadersOf(p, places, cover)
	fig := &dataRow{table: strings.Fields(t.Name)[0], row: labels(rows, false), col: labels(cols, true),
		key: c.Key, value: strings.TrimSuffix(c.Value, c.Unit), unit: c.Unit, source: source,
		ref: quoteSheet(sheetName(t.Name)) + "!" + Address(p.Row, p.Col)}
	return cell, fig, nil
}

// quoteSheet quotes a sheet name for a formula: 'name', quotes doubled.
func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// number converts a printed figure to the value stored in the cell.
func number(c *render.Cell) (float64, error) {
	s := strings.TrimPrefix(strings.TrimSuffix(c.Value, c.Unit), "+")
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("figure %s is not a number: %q", c.Key, c.Value)
	}
	return v, nil
}

// labels joins header texts: column headers top-down, row headers left-right.
func labels(hs []*render.Cell, reverse bool) string {
	var parts []string
	for _, h := range hs {
		parts = append(parts, h.Text)
	}
	if reverse {
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	return strings.Join(parts, "·")
}

// sumFormula writes SUM over the cells of keys: a range when they are one
// run of a row or a column, else a list.
func sumFormula(keys []string, addr map[string]string) string {
	var refs []string
	for _, k := range keys {
		refs = append(refs, addr[k])
	}
	if isRun(refs) {
		return fmt.Sprintf("SUM(%s:%s)", refs[0], refs[len(refs)-1])
	}
	return "SUM(" + strings.Join(refs, ",") + ")"
}

// isRun reports whether cell references are consecutive in one row or column.
func isRun(refs []string) bool {
	if len(refs) < 2 {
		return false
	}
	c0, r0, _ := excelize.CellNameToCoordinates(refs[0])
	c1, r1, _ := excelize.CellNameToCoordinates(refs[1])
	dc, dr := c1-c0, r1-r0
	if !(dc == 1 && dr == 0) && !(dc == 0 && dr == 1) {
		return false
	}
	for i, ref := range refs {
		c, r, _ := excelize.CellNameToCoordinates(ref)
		if c != c0+i*dc || r != r0+i*dr {
			return false
		}
	}
	return true
}

// columnWidths sizes each column from the cells that sit in it alone:
// figure columns fit their numbers and wrap their headers at ten units,
// label columns wrap at thirty; cells spanning rows wrap over up to four lines.
func columnWidths(places [][]render.Place, columns int) []float64 {
	w := make([]float64, columns)
	figures := make([]bool, columns)
	for _, row := range places {
		for _, p := range row {
			if p.Cell.Number {
				figures[p.Col] = true
			}
		}
	}
	for _, row := range places {
		for _, p := range row {
			c := p.Cell
			if max(c.ColSpan, 1) > 1 {
				continue
			}
			need := float64(render.DisplayWidth(c.Text+c.Note)) / float64(min(max(c.RowSpan, 1), 4))
			if c.Number {
				need = float64(render.DisplayWidth(c.Value))
			}
			limit := 30.0
			if figures[p.Col] {
				limit = 10
			}
			w[p.Col] = max(w[p.Col], min(need, limit)+2)
		}
	}
	for i := range w {
		w[i] = max(w[i], 8)
	}
	return w
}

// rowsHeight gives a row the height of its tallest cell that spans no rows
// (points).
func rowsHeight(row []render.Place, widths []float64, texts labelTexts) float64 {
	h := 0.0
	for _, p := range row {
		if p.Cell.RowSpan <= 1 {
			h = max(h, rowHeight(p.Cell, widths[p.Col:p.Col+max(p.Cell.ColSpan, 1)], texts))
		}
	}
	return h
}

// rowHeight gives a row the lines its text needs (points): a label its
// lines (texts remembers them, or nil), a figure the lines its digits
// wrap to.
func rowHeight(c *render.Cell, widths []float64, texts labelTexts) float64 {
	var lines float64
	if c.Number {
		lines = math.Ceil(float64(render.DisplayWidth(c.Value)) / math.Max(sum(widths)-1, 1))
	} else {
		lines = float64(strings.Count(texts.of(c, widths), "\n") + 1)
	}
	return math.Max(20, lines*15+5)
}

// Label type in points, as the label styles set it (styles.go).
const (
	labelPt  = 11.0
	cornerPt = 10.0
)

// cellMargin is the room (points) a spreadsheet leaves between a cell's
// text and its sides, both together, with a little to spare: a line that
// fills a cell exactly would wrap again.
const cellMargin = 4.0

// labelText is a label as its cell holds it: broken into lines as the PDF
// breaks labels (render.LabelLines) for the width of its columns, joined
// with newlines, so that Excel, WPS and LibreOffice wrap it there and
// nowhere else ("（三）不予公/开" otherwise). The cell's text is otherwise
// unchanged; reading the workbook back ignores the line breaks.
func labelText(c *render.Cell, widths []float64) string {
	size := labelPt
	if c.Corner {
		size = cornerPt
	}
	return render.LabelText(c.LabelSpans(), sum(widths)*ptPerWidth-cellMargin, render.CellWidth(size))
}

// labelTexts remembers the label text of a cell for the width of its
// columns: a row's height and the cell itself need the same lines.
type labelTexts map[labelAt]string

// labelAt is a cell broken to a width (units of column width).
type labelAt struct {
	cell  *render.Cell
	width float64
}

// of is labelText(c, widths), broken once for each width; a nil
// labelTexts remembers nothing.
func (m labelTexts) of(c *render.Cell, widths []float64) string {
	at := labelAt{c, sum(widths)}
	text, ok := m[at]
	if !ok {
		text = labelText(c, widths)
		if m != nil {
			m[at] = text
		}
	}
	return text
}
