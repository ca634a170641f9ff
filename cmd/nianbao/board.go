package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"nianbao/author"
	"nianbao/render"
	"nianbao/render/html"
	"nianbao/spec"
)

// boardRow sums a unit up for the status board: its findings one line per
// rule, with the rule's Chinese title, the count and the first place.
func boardRow(o *outcome) render.BoardUnit {
	row := render.BoardUnit{File: o.path, Agency: firstNonEmpty(o.agency, o.path), Year: o.year, Status: o.status(),
		Errors: o.findings.Count(author.Error), Warnings: o.findings.Count(author.Warning), Figures: o.figures}
	if row.Figures == nil {
		for range spec.KeyFigureLabels() {
			row.Figures = append(row.Figures, "—")
		}
	}
	row.Findings = groupFindings(o.findings)
	switch {
	case o.previous != "":
		row.Previous = "已对照"
	case o.figures != nil: // read, not compared
		row.Previous = "未对照"
	default:
		row.Previous = "—"
	}
	switch {
	case o.ioMsg != "":
		row.Findings = []render.BoardFinding{{Title: o.ioMsg, Count: 1}}
	case o.fault != "":
		row.Findings = []render.BoardFinding{{Title: strings.SplitN(o.fault, "\n", 2)[0], Count: 1}}
	}
	return row
}

// groupFindings makes one line per rule, errors first, then in the order
// the rules first appear.
func groupFindings(fs author.Findings) []render.BoardFinding {
	var out []render.BoardFinding
	at := map[string]int{}
	fs = append(author.Findings(nil), fs...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
	for _, f := range fs {
		if i, ok := at[f.Rule]; ok {
			out[i].Count++
			continue
		}
		title := f.Rule
		if r := spec.RuleByID(f.Rule); r != nil {
			title = r.Title
		}
		first := f.Message
		if p := f.Pos().String(); p != "" {
			first = p + " " + first
		}
		if f.Cell != "" {
			first = f.Cell + "：" + f.Message
		}
		at[f.Rule] = len(out)
		out = append(out, render.BoardFinding{Rule: f.Rule, Title: title, Count: max(1, len(f.Places)), First: first})
	}
	return out
}

// publish removes the earlier outputs of units that now fail or left the
// batch (only files the manifest says nianbao wrote, unchanged since), and
// writes the status board, its title naming the place (or the place the
// agencies share), and the new manifest.
func publish(s *survey, dir, board, place string) error {
	old := readManifest(dir)
	rel, _ := filepath.Rel(dir, board)
	next := &manifest{Board: filepath.ToSlash(rel)}
	written := map[string]bool{}
	for _, o := range s.outcomes {
		u := unitEntry(dir, o)
		for _, f := range u.Files {
			written[f.Path] = true
		}
		if len(u.Files) > 0 {
			next.Units = append(next.Units, u)
		}
	}
	removed, left := stale(dir, old, written)
	next.keep(left)
	present := map[string]bool{}
	var rows []render.BoardUnit
	for _, o := range s.outcomes {
		present[inputKey(dir, o.path)] = true
		o.row.Removed = removed[inputKey(dir, o.path)]
		rows = append(rows, o.row)
	}
	var gone []string
	for _, u := range old.Units {
		if !present[u.Input] && len(removed[u.Input]) > 0 {
			gone = append(gone, fmt.Sprintf("%s（%d 个文件）", firstNonEmpty(u.Agency, u.Input), len(removed[u.Input])))
		}
	}
	b := &render.Board{Title: boardTitle(s, place), Summary: s.summary(), Figures: spec.KeyFigureLabels(), Units: rows,
		Previous: s.previous, Missing: s.missing, Gone: gone, Left: paths(left)}
	var buf bytes.Buffer
	if err := html.WriteBoard(&buf, b); err != nil {
		return err
	}
	if err := writeOutput(board, buf.Bytes()); err != nil {
		return err
	}
	return next.write(dir)
}

// inputKey names an input in the manifest of dir: its path relative to
// dir, with "/", so that the manifest is the same wherever the folders are
// (another machine, a copy, a drive letter); its absolute path when it has
// none relative to dir (another drive).
func inputKey(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	if absDir, err := filepath.Abs(dir); err == nil {
		if rel, err := filepath.Rel(absDir, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// boardTitle names the batch: the jurisdiction (place, or the place the
// agencies share), the years its reports are on, and what the page is.
func boardTitle(s *survey, place string) string {
	seen := map[int]bool{}
	var years []string
	var agencies []string
	for _, o := range s.outcomes {
		if o.agency == "" {
			continue
		}
		agencies = append(agencies, o.agency)
		if !seen[o.year] {
			seen[o.year] = true
			years = append(years, strconv.Itoa(o.year))
		}
	}
	sort.Strings(years)
	title := spec.ReportTitle + " 检查与生成结果"
	if len(years) > 0 {
		title = strings.Join(years, "、") + " 年度" + title
	}
	if place == "" {
		place = author.Jurisdiction(agencies)
	}
	if place != "" {
		title = place + " " + title
	}
	return title
}
