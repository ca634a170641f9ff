package author

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"nianbao/spec"
)

// Severity ranks a finding; the severities are spec's.
type Severity = spec.Severity

// Severities, from least to most serious.
const (
	Info    = spec.Info
	Warning = spec.Warning
	Error   = spec.Error
)

// Finding is one problem in a report.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Ref      string   `json:"ref,omitempty"`   // a place that is not a line: a workbook cell "表三!D5"
	Cell     string   `json:"cell,omitempty"`  // the official cell or field, in Chinese
	Message  string   `json:"message"`         // what is wrong and how to fix it
	Left     string   `json:"left,omitempty"`  // left side of a broken equation
	Right    string   `json:"right,omitempty"` // right side
	Diff     string   `json:"diff,omitempty"`  // left − right
	// Places lists every place of a finding that stands for one pattern
	// found in many places (blank cells, placeholders), the first first.
	Places []Place `json:"places,omitempty"`
}

// Place is one place of a grouped finding.
type Place struct {
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
	Ref  string `json:"ref,omitempty"`
	Cell string `json:"cell,omitempty"`
}

// computedMark marks a number of a finding that the tool computed and the user
// did not write: "工具计算的（七）(85)". A finding gives only numbers of the
// user's file or numbers so marked.
const computedMark = "工具计算的"

// newFinding makes a finding of a rule at a place; its severity is the rule's.
// Control characters the user's text may have put into the message are
// shown as escapes: a finding is one line and never drives a terminal.
func newFinding(rule *spec.Rule, file string, pos Pos, cell, msg string) Finding {
	return Finding{Rule: rule.ID, Severity: rule.Severity, File: visible(file), Line: pos.Line, Col: pos.Col, Ref: visible(pos.Ref),
		Cell: visible(cell), Message: visible(msg)}
}

// visible writes control characters, line breaks and tabs as \uXXXX and
// bytes that are not UTF-8 as \xNN: the text stays on one line.
func visible(s string) string {
	return escapeControls(s, false)
}

// Visible writes the control characters a text may hold (from a user's
// file name, file or workbook) as \uXXXX and bytes that are not UTF-8 as
// \xNN, keeping line breaks and tabs: printed, it cannot drive a terminal
// (retitle the window, clear the screen, move the cursor).
func Visible(s string) string {
	return escapeControls(s, true)
}

// escapeControls is visible or, with lines, Visible.
func escapeControls(s string, lines bool) string {
	shown := func(r rune, size int) bool {
		switch {
		case r == utf8.RuneError && size == 1, isControl(r), r == '\r':
			return false
		case r == '\n', r == '\t':
			return lines
		}
		return true
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !shown(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case shown(r, size):
			b.WriteString(s[i : i+size])
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, "\\x%02X", s[i])
		default:
			fmt.Fprintf(&b, "\\u%04X", r)
		}
		i += size
	}
	return b.String()
}

// BatchFinding is a finding about a whole file, found by looking at the
// batch it is in (a duplicate, a missing previous report).
func BatchFinding(rule *spec.Rule, file, msg string) Finding {
	return newFinding(rule, file, Pos{}, "", msg)
}

// Pos returns the finding's place.
func (f Finding) Pos() Pos { return Pos{Line: f.Line, Col: f.Col, Ref: f.Ref} }

// String formats the finding as a compiler-style line:
// FILE:LINE:COL: 错误 T3-BALANCE 表三·自然人列: 一(60)+二(0)=60 ≠ …，差 -1
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.File)
	if p := f.Pos().String(); p != "" {
		b.WriteString(":" + p)
	}
	fmt.Fprintf(&b, ": %s %s ", f.Severity, f.Rule)
	if f.Cell != "" {
		b.WriteString(f.Cell + ": ")
	}
	b.WriteString(f.Message)
	return b.String()
}

// Findings is a report's list of findings.
type Findings []Finding

// Sort orders findings by place, then rule.
func (fs Findings) Sort() {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Ref != b.Ref {
			return a.Ref < b.Ref
		}
		return a.Rule < b.Rule
	})
}

// Worst returns the highest severity present, or -1 when there is none.
func (fs Findings) Worst() Severity {
	w := Severity(-1)
	for _, f := range fs {
		if f.Severity > w {
			w = f.Severity
		}
	}
	return w
}

// Count returns how many findings have severity s.
func (fs Findings) Count(s Severity) int {
	n := 0
	for _, f := range fs {
		if f.Severity == s {
			n++
		}
	}
	return n
}
