package spec_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"nianbao/spec"
)

// officialTexts lists every label, note, section title, notice number and
// title of the registered formats: the texts only package spec may type.
func officialTexts(t *testing.T) map[string]string {
	out := map[string]string{}
	add := func(s, what string) {
		if s = strings.TrimSpace(s); s != "" {
			out[s] = what
		}
	}
	for _, id := range spec.IDs() {
		variants := append([]string{""}, spec.Variants(id)...)
		for _, v := range variants {
			f, err := spec.Get(id, v, spec.Lookup(id, "").Years.From)
			if err != nil {
				t.Fatal(err)
			}
			add(f.Name(), "format name")
			add(f.Notice.Number, "notice number")
			add(f.Notice.Title, "format title")
			add(f.Texts.Title, "report title")
			for _, s := range f.Sections {
				add(s.Title, "section title")
				add(s.Heading(), "section heading")
				for _, a := range s.Aliases {
					add(a, "section alias")
				}
			}
			for _, tb := range f.Tables() {
				add(tb.Title, "table title")
			}
			for _, row := range f.Rows {
				add(row.Label, "row label")
				add(row.Note, "row note")
				for _, c := range row.Columns {
					add(c.Label, "column label")
				}
				if row.Total != nil {
					add(row.Total.Label, "column label")
				}
				if row.Group != nil {
					add(row.Group.Label, "group label")
				}
			}
			for _, b := range f.Proactive.Blocks {
				add(b.Title, "block title")
				add(b.Corner, "block corner")
			}
			add(f.Requests.Corner, "corner note")
			add(f.Fee.Label, "fee label")
			for _, field := range f.Fee.Fields {
				add(field.Label, "fee field")
			}
		}
	}
	return out
}

// shortForms lists the forms the labels of the tables are shortened to
// when a message or help text names a row, a column or a fee figure, with
// the label each comes from: the label without its numbering and its
// bracketed unit or note ("其他处理" of "（六）其他处理", "通知金额" of
// "通知金额（元）"), and each start of that of four or more Chinese
// characters ("上年结转" of "二、上年结转政府信息公开申请数量", "实际收取" of
// "实际收取金额（元）").
//
// Tuned on the tree: only starts count, as a label's middle or end is
// ordinary language ("不再处理", "政府信息公开申请"); the section and
// report titles cut short are ordinary words as well ("政府信息公开",
// "年度报告"), so those are only checked whole, and so are forms shorter
// than four characters ("规章", "办结"). Even a whole short form is
// ordinary prose where it stands in a sentence ("其中予以公开43件", "没有
// 发出收费通知就不会逾期未缴费"); a text names the label by quoting it
// ("本年“上年结转”"), or a literal is nothing but the form ("实际收取" as
// one side of an equation). Those two are flagged (see namesForm).
func shortForms(t *testing.T) map[string]string {
	out := map[string]string{}
	for _, id := range spec.IDs() {
		for _, v := range append([]string{""}, spec.Variants(id)...) {
			f, err := spec.Get(id, v, spec.Lookup(id, "").Years.From)
			if err != nil {
				t.Fatal(err)
			}
			for _, label := range tableLabels(f) {
				bare := []rune(numbering.ReplaceAllString(label, ""))
				n := 0
				for n < len(bare) && unicode.Is(unicode.Han, bare[n]) {
					n++
				}
				for end := 4; end <= n; end++ {
					out[string(bare[:end])] = label
				}
			}
		}
	}
	return out
}

// numbering is a label's numbering and its bracketed end: "（六）", "二、",
// "1.", "（元）".
var numbering = regexp.MustCompile(`^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.)|（[^（）]*）$`)

// tableLabels lists the labels of a format's rows, columns, headers and
// 信息处理费 fields.
func tableLabels(f *spec.Format) []string {
	var out []string
	for _, row := range f.Rows {
		out = append(out, row.Label)
		for _, c := range row.Columns {
			out = append(out, c.Label)
		}
		if row.Group != nil {
			out = append(out, row.Group.Label)
		}
	}
	var headers func(hs []*spec.Header)
	headers = func(hs []*spec.Header) {
		for _, h := range hs {
			out = append(out, h.Label)
			headers(h.Children)
		}
	}
	headers(f.Requests.Head)
	headers(f.Appeals.Head)
	for _, field := range f.Fee.Fields {
		out = append(out, field.Label)
	}
	return out
}

// namesForm reports whether a literal names a label by its short form:
// the literal is the form, or quotes it.
func namesForm(lit, form string) bool {
	if strings.TrimSpace(lit) == form {
		return true
	}
	for _, q := range [][2]string{{"“", "”"}, {"「", "」"}, {`"`, `"`}, {"‘", "’"}} {
		if strings.Contains(lit, q[0]+form+q[1]) {
			return true
		}
	}
	return false
}

// ruleID finds a rule ID written as a word of its own ("T3-BALANCE",
// "（OTHER-HIGH）"), not as part of a longer one.
var ruleID = regexp.MustCompile(`[A-Z0-9]+(?:-[A-Z0-9]+)*`)

// TestLabelsOnlyInSpec: no string literal of the program outside package
// spec (tests, fixtures and golden files aside) holds an official label,
// section title, notice number or format name, a short form of a table's
// label (see shortForms), or a rule ID: those come from spec's values. A
// literal that equals a short label ("总计", "规章") counts too; a longer
// one may only contain labels of at least four characters.
func TestLabelsOnlyInSpec(t *testing.T) {
	o := official{texts: officialTexts(t), short: shortForms(t)}
	walkProgram(t, func(path string, line int, lit string) {
		for _, offence := range o.offences(lit) {
			t.Errorf("%s:%d: %s typed outside package spec: %q", path, line, offence, lit)
		}
	})
}

// TestOffences: what the check above flags, and what it leaves alone
// (ordinary words that a label also holds).
func TestOffences(t *testing.T) {
	o := official{texts: officialTexts(t), short: shortForms(t)}
	tests := []struct {
		lit  string
		want string // in the first offence, "" for none
	}{
		{"“上年结转”已填上年的数字", `"上年结转", short for`},
		{"上年“结转下年度继续办理”有读不出的数", `"结转下年度继续办理", short for`},
		{"“其他处理”占办理结果总数的比例", `"其他处理", short for`},
		{"实际收取", `"实际收取", short for`},
		{"页面把它印成一行（2019 格式的写法）", `format name "2019 格式"`},
		{"表三·（六）其他处理", `label "（六）其他处理"`},
		{"报告名称以“政府信息公开工作年度报告”结尾", `report title`},
		{"check 会报 T3-BALANCE）", "rule ID T3-BALANCE"},
		{"超过此值时警告（OTHER-HIGH）", "rule ID OTHER-HIGH"},
		{"DUPLICATE", "rule ID DUPLICATE"},
		// Ordinary language.
		{"其中予以公开43件", ""},
		{"没有发出收费通知就不会逾期未缴费", ""},
		{"上年的年度报告", ""},
		{"这一部分没有内容：没有需要报告的事项也要写明", ""},
		{"全年共收到政府信息公开申请95件", ""},
		{"规章制度", ""}, // holds a label of two characters, a word
		{"UTF-8、GB18030", ""},
		{"T3-BALANCE-X", ""},
	}
	for _, tt := range tests {
		got := o.offences(tt.lit)
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q flagged: %v", tt.lit, got)
		case tt.want != "" && (len(got) == 0 || !strings.Contains(got[0], tt.want)):
			t.Errorf("%q: %v, want %s", tt.lit, got, tt.want)
		}
	}
}

// official is what only package spec may type: whole texts, and the short
// forms of the tables' labels.
type official struct {
	texts map[string]string // text: what it is
	short map[string]string // short form: the label
}

// offences says what a literal types of them, sorted.
func (o official) offences(lit string) []string {
	var out []string
	for label, what := range o.texts {
		if lit == label || (utf8.RuneCountInString(label) >= 4 && strings.Contains(lit, label)) {
			out = append(out, fmt.Sprintf("%s %q", what, label))
		}
	}
	for form, label := range o.short {
		if namesForm(lit, form) {
			out = append(out, fmt.Sprintf("%q, short for the label %q,", form, label))
		}
	}
	for _, word := range ruleID.FindAllString(lit, -1) {
		if spec.RuleByID(word) != nil {
			out = append(out, "rule ID "+word+" (use the registered rule's ID)")
		}
	}
	sort.Strings(out)
	return out
}

// walkProgram calls check on every string literal of the Go files and on
// every line of the templates outside package spec, tests, fixtures and
// golden files.
func walkProgram(t *testing.T, check func(path string, line int, lit string)) {
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			switch rel {
			case "spec", "testdata", "test", ".git", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case strings.HasSuffix(path, "_test.go"):
		case strings.HasSuffix(path, ".go"):
			goLiterals(t, path, check)
		case strings.HasSuffix(path, ".tmpl"):
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for i, line := range strings.Split(string(data), "\n") {
				check(rel, i+1, line)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// goLiterals calls check on every string literal of a Go file.
func goLiterals(t *testing.T, path string, check func(path string, line int, lit string)) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				check(path, fset.Position(lit.Pos()).Line, s)
			}
		}
		return true
	})
}
