package author

import (
	"fmt"
	"sort"
	"strings"

	"nianbao/spec"
)

// groupBlanks makes the BLANK-CELL findings of each table one finding: a
// report whose 法人或其他组织 columns are blank has one defect, not 125.
// The finding is at the first blank and lists every place.
func groupBlanks(fs Findings) Findings {
	var out Findings
	groups := map[string][]Finding{}
	var order []string
	for _, f := range fs {
		if f.Rule != spec.BlankCell.ID {
			out = append(out, f)
			continue
		}
		table, _, _ := strings.Cut(f.Cell, "·")
		if groups[table] == nil {
			order = append(order, table)
		}
		groups[table] = append(groups[table], f)
	}
	for _, table := range order {
		g := groups[table]
		if len(g) == 1 {
			out = append(out, g[0])
			continue
		}
		out = append(out, blankGroup(table, g))
	}
	return out
}

// blankGroup sums up the blank cells of one table.
func blankGroup(table string, g []Finding) Finding {
	sort.SliceStable(g, func(i, j int) bool { return g[i].Line < g[j].Line || (g[i].Line == g[j].Line && g[i].Col < g[j].Col) })
	f := g[0]
	var columns []string
	seen := map[string]bool{}
	lines := []int{}
	for _, x := range g {
		col := x.Cell[strings.LastIndex(x.Cell, "·")+len("·"):]
		if !seen[col] {
			seen[col] = true
			columns = append(columns, col)
		}
		if x.Line > 0 {
			lines = append(lines, x.Line)
		}
		f.Places = append(f.Places, Place{Line: x.Line, Col: x.Col, Ref: x.Ref, Cell: x.Cell})
	}
	where := ""
	if len(lines) > 0 {
		where = fmt.Sprintf("，第 %d—%d 行", lines[0], lines[len(lines)-1])
		if lines[0] == lines[len(lines)-1] {
			where = fmt.Sprintf("，第 %d 行", lines[0])
		}
	}
	f.Cell = table
	f.Message = fmt.Sprintf("共 %d 个单元格是空白或“--”“无”等（%s%s）：没有发生的请填 0", len(g), strings.Join(columns, "、"), where)
	return f
}
