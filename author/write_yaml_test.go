package author

import (
	"reflect"
	"strings"
	"testing"
)

// TestWriteYAMLRoundTrip: a report written as YAML and loaded again is the
// same report: header, contact, preamble, prose with its parts, every
// figure as written, the stated totals and the fee.
func TestWriteYAMLRoundTrip(t *testing.T) {
	awkward := "  以空格开头的一段：含“# 不是注释”、冒号: 和引号\"，还有 'single'。\n第二段\t带 Tab。\n\n空行之后的第三段 {{requests.new.total}}"
	for _, name := range []string{"example-2021.yaml", "qiaokou-2020.yaml", "xiangxi-2020.yaml"} {
		t.Run(name, func(t *testing.T) {
			orig, _ := checkFile(t, name, Options{})
			orig.Prose[4].Parts = append(orig.Prose[4].Parts, Part{Title: Text{S: "#标题: 带冒号"}, Text: Text{S: awkward},
				Parts: []Part{{Title: Text{S: "下一级"}, Text: Text{S: "- 像列表的一行"}}}})
			data := WriteYAML(orig, WriteOptions{Source: []string{"测试"}})
			again, fs := Load("again.yaml", data)
			if again == nil {
				t.Fatalf("%v\n%s", fs, data)
			}
			same(t, orig, again)
		})
	}
}

// same compares two reports as they would be written.
func same(t *testing.T, a, b *Report) {
	t.Helper()
	if a.Agency.S != b.Agency.S || a.Year != b.Year || a.Spec != b.Spec || !reflect.DeepEqual(a.Date, b.Date) ||
		a.Website.S != b.Website.S || a.Preamble.S != b.Preamble.S {
		t.Errorf("header: %q %d %v %q", b.Agency.S, b.Year, b.Date, b.Website.S)
	}
	for i, f := range a.Contact.fields() {
		if got := b.Contact.fields()[i].S; got != f.S {
			t.Errorf("contact %d = %q, want %q", i, got, f.S)
		}
	}
	for _, s := range a.Spec.ProseSections() {
		if got, want := proseString(b.Prose[s.Index]), proseString(a.Prose[s.Index]); got != want {
			t.Errorf("%s:\n%s\nwant\n%s", s.Heading(), got, want)
		}
	}
	for i, row := range a.Rows {
		got := b.Rows[i]
		if values(got.Values) != values(row.Values) || values(got.Claimed) != values(row.Claimed) || got.Given != row.Given {
			t.Errorf("%s: %s %s given %v, want %s %s %v", row.Spec.Key, values(got.Values), values(got.Claimed), got.Given,
				values(row.Values), values(row.Claimed), row.Given)
		}
		if (got.Reported == nil) != (row.Reported == nil) || (got.Reported != nil && got.Reported.String() != row.Reported.String()) {
			t.Errorf("%s: stated total %v, want %v", row.Spec.Key, got.Reported, row.Reported)
		}
	}
	for _, key := range a.Spec.FeeKeys() {
		x, _ := a.Lookup(key)
		y, _ := b.Lookup(key)
		if x != y {
			t.Errorf("%s = %q, want %q", key, y, x)
		}
	}
}

func values(vs []Value) string {
	var out []string
	for _, v := range vs {
		out = append(out, v.String())
	}
	return strings.Join(out, ",")
}

func proseString(p Prose) string {
	var b strings.Builder
	b.WriteString(p.Text.S)
	var walk func(ps []Part, depth int)
	walk = func(ps []Part, depth int) {
		for _, part := range ps {
			b.WriteString("\n" + strings.Repeat(">", depth) + part.Title.S + "|" + part.Text.S)
			walk(part.Parts, depth+1)
		}
	}
	walk(p.Parts, 1)
	return b.String()
}
