package author

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// loader reads one file into a Report, collecting findings.
type loader struct {
	file  string
	r     *Report
	fs    Findings
	typos map[string]bool // paths whose key was misspelt: their rows are not zeros but unknown
}

func (l *loader) add(rule string, sev Severity, pos Pos, cell, msg string) {
	l.fs = append(l.fs, Finding{Rule: rule, Severity: sev, File: l.file, Line: pos.Line, Col: pos.Col, Cell: cell, Message: msg})
}

// topKeys are the top-level keys of a report file, in template order.
var topKeys = []string{"format", "variant", "agency", "year", "date", "website", "contact", "preamble",
	"overview", "proactive", "requests", "appeals", "problems", "other_matters"}

// Load parses a report file's bytes. name is used in findings. It returns
// the report, or nil when the file is not a report at all, and the findings of
// loading. Run Check on the report for the rules.
func Load(name string, data []byte) (*Report, Findings) {
	l := &loader{file: name, typos: map[string]bool{}}
	data, ok := l.decode(data)
	if !ok {
		return nil, l.fs
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		pos, msg := syntaxFinding(err, data)
		l.add("YAML-SYNTAX", Error, pos, "", msg)
		return nil, l.fs
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		l.add("KEY-MISSING", Error, Pos{Line: 1, Col: 1}, "", "文件是空的：用 nianbao init 生成模板")
		return nil, l.fs
	}
	if !l.checkShape(&doc) {
		return nil, l.fs
	}
	root := resolve(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		l.add("VALUE-TYPE", Error, posOf(root), "", "文件应是“键: 值”的年报（用 nianbao init 生成模板）")
		return nil, l.fs
	}
	l.r = &Report{File: name, Rows: map[string]*Row{}, src: bytes.Split(data, []byte("\n"))}
	top := l.mapping(root, "", topKeys)
	if !l.header(top, posOf(root)) {
		return nil, l.fs
	}
	l.sections(top, posOf(root))
	if err := l.r.derive(); err != nil {
		l.add("VALUE-LARGE", Error, posOf(root), "", "数值过大，无法求和")
		return nil, l.fs
	}
	return l.r, l.fs
}

// header reads format, variant, year and the other single fields. It returns
// false when the format cannot be known, so the tables cannot be read.
func (l *loader) header(top map[string]field, rootPos Pos) bool {
	r := l.r
	r.Format = Format2021
	if f, ok := top["format"]; ok {
		r.Format = Format(strings.TrimSpace(f.Value.Value))
	}
	if f, ok := top["variant"]; ok {
		r.Variant = strings.TrimSpace(f.Value.Value)
	}
	if f, ok := top["year"]; ok {
		r.YearPos = posOf(f.Value)
		y, err := strconv.Atoi(strings.TrimSpace(f.Value.Value))
		if err != nil || f.Value.Kind != yaml.ScalarNode {
			l.add("VALUE-TYPE", Error, r.YearPos, "year 报告年度", fmt.Sprintf("报告年度应是四位数年份，如 %d", time.Now().Year()-1))
		} else {
			r.Year = y
		}
	} else {
		l.add("KEY-MISSING", Error, rootPos, "year 报告年度", "缺少报告年度：加一行 year: 年份")
	}
	spec, err := NewSpec(r.Format, r.Variant, r.Year)
	if err != nil {
		pos := rootPos
		if f, ok := top["format"]; ok {
			pos = posOf(f.Value)
		}
		if f, ok := top["variant"]; ok && r.Variant != "" && (r.Format == Format2019 || r.Format == Format2021) {
			pos = posOf(f.Value)
		}
		l.add("FORMAT-UNKNOWN", Error, pos, "format 格式", err.Error())
		return false
	}
	r.Spec = spec
	l.checkFormatYear(top)
	if f, ok := top["agency"]; ok {
		r.Agency = l.text(f.Value, "agency 机关名称")
	}
	if strings.TrimSpace(r.Agency.S) == "" {
		l.add("KEY-MISSING", Error, orPos(top["agency"], rootPos), "agency 机关名称", "缺少报告机关全称：agency: 机关名称")
	}
	if f, ok := top["date"]; ok {
		l.date(f.Value)
	}
	if f, ok := top["website"]; ok {
		r.Website = l.text(f.Value, "website 网址")
	}
	if f, ok := top["preamble"]; ok {
		r.Preamble = l.text(f.Value, "preamble 前言")
	}
	if f, ok := top["contact"]; ok {
		l.contact(f.Value)
	}
	return true
}

func orPos(f field, fallback Pos) Pos {
	if f.Value != nil {
		return posOf(f.Value)
	}
	return fallback
}

// checkFormatYear enforces the format in force for the report year.
func (l *loader) checkFormatYear(top map[string]field) {
	r := l.r
	if r.Year == 0 {
		return
	}
	pos := r.YearPos
	if f, ok := top["format"]; ok {
		pos = posOf(f.Value)
	}
	switch {
	case r.Year < 2019:
		l.add("FORMAT-YEAR", Error, r.YearPos, "year 报告年度", fmt.Sprintf("%d 年度报告早于 2019 年新格式，不在本工具范围内", r.Year))
	case r.Year <= 2020 && r.Format == Format2021:
		l.add("FORMAT-YEAR", Error, pos, "format 格式", fmt.Sprintf("%d 年度报告应使用 2019 格式（国办公开办函〔2019〕60号）：format: \"2019\"", r.Year))
	case r.Year >= 2021 && r.Format == Format2019:
		l.add("FORMAT-YEAR", Error, pos, "format 格式", fmt.Sprintf("%d 年度报告应使用 2021 格式（国办公开办函〔2021〕30号）：format: \"2021\"", r.Year))
	}
}

// date reads the 落款日期: 2024-01-20 or 2024年1月20日.
func (l *loader) date(n *yaml.Node) {
	r := l.r
	r.DatePos = posOf(n)
	s := strings.TrimSpace(n.Value)
	var t time.Time
	var err error
	if strings.Contains(s, "年") {
		t, err = time.Parse("2006年1月2日", s)
	} else {
		t, err = time.Parse("2006-01-02", s)
	}
	if err != nil || n.Kind != yaml.ScalarNode {
		l.add("VALUE-TYPE", Error, r.DatePos, "date 落款日期", fmt.Sprintf("“%s”不是日期：写作 2025-01-20", s))
		return
	}
	r.Date = &Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	if r.Year != 0 && t.Year() <= r.Year {
		l.add("DATE-RANGE", Warning, r.DatePos, "date 落款日期", fmt.Sprintf("落款日期 %s 早于报告年度 %d 年结束", s, r.Year))
	}
}

var contactKeys = []string{"office", "address", "postcode", "phone", "fax", "email"}

func (l *loader) contact(n *yaml.Node) {
	c := &l.r.Contact
	targets := []*Text{&c.Office, &c.Address, &c.Postcode, &c.Phone, &c.Fax, &c.Email}
	m := l.mapping(n, "contact", contactKeys)
	for i, k := range contactKeys {
		if f, ok := m[k]; ok {
			*targets[i] = l.text(f.Value, "contact."+k)
		}
	}
}
