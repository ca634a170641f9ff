package author

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// loader reads one file into a Report, collecting findings.
type loader struct {
	file  string
	r     *Report
	fs    Findings
	typos map[string]bool // paths whose key was misspelt: their rows are not zeros but unknown
}

func (l *loader) add(rule *spec.Rule, pos Pos, cell, msg string) {
	l.fs = append(l.fs, newFinding(rule, l.file, pos, cell, msg))
}

// The years a report or its date may name: a number outside is a typing
// mistake ("20233"), and file formats cannot store dates before 1980.
const (
	minYear = 2000
	maxYear = 2099
)

// preambleCell names the preamble in findings.
const preambleCell = "preamble 前言"

// Header keys of a report file, before the sections.
const (
	keyFormat   = "format"
	keyVariant  = "variant"
	keyAgency   = "agency"
	keyYear     = "year"
	keyDate     = "date"
	keyWebsite  = "website"
	keyContact  = "contact"
	keyPreamble = "preamble"
)

// topKeys are the top-level keys of a report file, in template order.
func topKeys(f *spec.Format) []string {
	keys := []string{keyFormat, keyVariant, keyAgency, keyYear, keyDate, keyWebsite, keyContact, keyPreamble}
	for _, s := range f.Sections {
		keys = append(keys, s.Key)
	}
	return keys
}

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
		l.add(spec.YAMLSyntax, pos, "", msg)
		return nil, l.fs
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		l.add(spec.KeyMissing, Pos{Line: 1, Col: 1}, "", "文件是空的：用 nianbao init 生成模板")
		return nil, l.fs
	}
	if !l.checkShape(&doc) {
		return nil, l.fs
	}
	root := resolve(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		l.add(spec.ValueType, posOf(root), "", "文件应是“键: 值”的年报（用 nianbao init 生成模板）")
		return nil, l.fs
	}
	l.r = &Report{File: name, src: bytes.Split(data, []byte("\n"))}
	format, top := l.header(root)
	if format == nil {
		return nil, l.fs
	}
	l.r.Spec = format
	l.r.Rows = newRows(format, posOf(root))
	l.fields(top, posOf(root))
	l.sections(top, posOf(root))
	if err := l.r.derive(); err != nil {
		l.add(spec.ValueType, posOf(root), "", "数值过大，无法求和")
		return nil, l.fs
	}
	return l.r, groupBlanks(l.fs)
}

// header reads format, variant and year and returns the format, resolved
// for the year, and the top-level fields; a nil format when it cannot be
// known, so the tables cannot be read.
func (l *loader) header(root *yaml.Node) (*spec.Format, map[string]field) {
	r := l.r
	peek := map[string]field{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i].Value; k == keyFormat || k == keyVariant || k == keyYear {
			peek[k] = field{Key: root.Content[i], Value: resolve(root.Content[i+1])}
		}
	}
	id, variant := spec.Latest(), ""
	if f, ok := peek[keyFormat]; ok {
		id = strings.TrimSpace(f.Value.Value)
	}
	if f, ok := peek[keyVariant]; ok {
		variant = strings.TrimSpace(f.Value.Value)
	}
	l.year(peek, posOf(root))
	format, err := spec.Get(id, variant, r.Year)
	if err != nil {
		pos := posOf(root)
		if f, ok := peek[keyFormat]; ok {
			pos = posOf(f.Value)
		}
		if f, ok := peek[keyVariant]; ok && variant != "" {
			if _, base := spec.Get(id, "", r.Year); base == nil {
				pos = posOf(f.Value)
			}
		}
		l.add(spec.FormatUnknown, pos, "format 格式", err.Error())
		return nil, nil
	}
	top := l.mapping(root, "", topKeys(format))
	l.checkFormatYear(format, peek)
	return format, top
}

// year reads the report year.
func (l *loader) year(top map[string]field, rootPos Pos) {
	r := l.r
	f, ok := top[keyYear]
	if !ok {
		l.add(spec.KeyMissing, rootPos, "year 报告年度", "缺少报告年度：加一行 year: 年份")
		return
	}
	r.YearPos = posOf(f.Value)
	y, err := strconv.Atoi(strings.TrimSpace(f.Value.Value))
	if err != nil || f.Value.Kind != yaml.ScalarNode {
		l.add(spec.ValueType, r.YearPos, "year 报告年度", fmt.Sprintf("报告年度应是四位数年份，如 %d", time.Now().Year()-1))
		return
	}
	if msg := YearProblem(y); msg != "" {
		l.add(spec.ValueType, r.YearPos, "year 报告年度", msg)
		return
	}
	r.Year = y
}

// YearProblem says what is wrong with a report year, "" when nothing: the
// one rule by which check reads a year and init writes one.
func YearProblem(y int) string {
	switch {
	case y < 1000 || y > 9999:
		return fmt.Sprintf("报告年度 %d 不是四位数年份：写作如 %d", y, time.Now().Year()-1)
	case y < minYear || y > maxYear:
		return fmt.Sprintf("报告年度 %d 不在 %d 至 %d 年之间：是不是写错了？", y, minYear, maxYear)
	}
	return ""
}

// fields reads the single fields after the header.
func (l *loader) fields(top map[string]field, rootPos Pos) {
	r := l.r
	if f, ok := top[keyAgency]; ok {
		r.Agency = l.text(f.Value, "agency 机关名称")
	}
	pos := orPos(top[keyAgency], rootPos)
	if rule, msg := agencyProblem(r.Agency.S); rule != nil {
		l.add(rule, pos, "agency 机关名称", msg)
		r.Agency.S = ""
	}
	if f, ok := top[keyDate]; ok {
		l.date(f.Value)
	}
	if f, ok := top[keyWebsite]; ok {
		r.Website = l.text(f.Value, "website 网址")
	}
	if f, ok := top[keyPreamble]; ok {
		r.Preamble = l.text(f.Value, preambleCell)
	}
	if f, ok := top[keyContact]; ok {
		l.contact(f.Value)
	}
}

// agencyProblem says what is wrong with an agency's name, if anything: it
// is missing, spans lines, or is longer than any real name.
func agencyProblem(name string) (*spec.Rule, string) {
	name = strings.TrimSpace(name)
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return spec.KeyMissing, "缺少报告机关全称：agency: 机关名称"
	case strings.ContainsAny(name, "\n\r"):
		return spec.ValueType, "机关名称不能换行：只写机关全称"
	case n > maxAgencyRunes:
		return spec.LimitText, fmt.Sprintf("机关名称有 %d 字，超过 %d 字：只写机关全称", n, maxAgencyRunes)
	}
	return nil, ""
}

func orPos(f field, fallback Pos) Pos {
	if f.Value != nil {
		return posOf(f.Value)
	}
	return fallback
}

// checkFormatYear enforces the format in force for the report year.
func (l *loader) checkFormatYear(f *spec.Format, top map[string]field) {
	r := l.r
	want := spec.ForYear(r.Year)
	if r.Year == 0 || (f.Years.Contains(r.Year) && want == f.ID) {
		return
	}
	pos := r.YearPos
	if v, ok := top[keyFormat]; ok {
		pos = posOf(v.Value)
	}
	if want == "" {
		l.add(spec.FormatYear, r.YearPos, "year 报告年度", fmt.Sprintf("%d 年度报告早于现行格式，不在本工具范围内", r.Year))
		return
	}
	right, _ := spec.Get(want, "", r.Year)
	l.add(spec.FormatYear, pos, "format 格式", fmt.Sprintf("%d 年度报告应使用 %s 格式（%s）：format: \"%s\"", r.Year, want, right.Notice.Number, want))
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
		l.add(spec.ValueType, r.DatePos, "date 落款日期", fmt.Sprintf("“%s”不是日期：写作 2025-01-20", s))
		return
	}
	if t.Year() < minYear || t.Year() > maxYear {
		l.add(spec.ValueType, r.DatePos, "date 落款日期", fmt.Sprintf("落款日期“%s”的年份不合理：写作 2025-01-20", s))
		return
	}
	r.Date = &Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	if r.Year != 0 && t.Year() <= r.Year {
		l.add(spec.DateRange, r.DatePos, "date 落款日期", fmt.Sprintf("落款日期 %s 早于报告年度 %d 年结束", s, r.Year))
	}
}

// contactKeys are the keys of contact, in the order of Contact.fields.
var contactKeys = []string{"office", "address", "postcode", "phone", "fax", "email"}

func (l *loader) contact(n *yaml.Node) {
	targets := l.r.Contact.fields()
	m := l.mapping(n, keyContact, contactKeys)
	for i, k := range contactKeys {
		if f, ok := m[k]; ok {
			*targets[i] = l.text(f.Value, keyContact+"."+k)
		}
	}
}
