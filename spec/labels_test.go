package spec_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
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

// TestLabelsOnlyInSpec: no string literal of the program outside package
// spec (tests, fixtures and golden files aside) holds an official label,
// section title or notice number. A literal that equals a short label
// ("总计", "规章") counts too; a longer one may only contain labels of at
// least four characters.
func TestLabelsOnlyInSpec(t *testing.T) {
	texts := officialTexts(t)
	check := func(path string, line int, lit string) {
		for label, what := range texts {
			if lit == label || (utf8.RuneCountInString(label) >= 4 && strings.Contains(lit, label)) {
				t.Errorf("%s:%d: %s %q typed outside package spec: %q", path, line, what, label, lit)
			}
		}
	}
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
