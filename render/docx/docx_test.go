package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"nianbao/internal/testtool"
	"nianbao/render"
)

// reports are the test inputs: the examples, and prose with markup and
// PDF syntax that must stay text.
var reports = []string{"example-2021.yaml", "qiaokou-2020.yaml", "xiangxi-2020.yaml", "bad/xss.yaml", "bad/pdf-syntax.yaml"}

var testDate = time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)

// build renders a test report to .docx bytes.
func build(t testing.TB, name string) (*render.Document, []byte) {
	t.Helper()
	d := testtool.Document(t, name)
	return d, write(t, d)
}

func write(t testing.TB, d *render.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, Options{Date: testDate}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// unpack returns the parts of a package by name, and their order.
func unpack(t testing.TB, data []byte) (map[string][]byte, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = b
		names = append(names, f.Name)
	}
	return parts, names
}

// node is an element of a parsed part: its local name, attributes by local
// name, children and character data.
type node struct {
	name     string
	attrs    map[string]string
	children []*node
	text     string
}

// parse reads a part into nodes; it fails the test on malformed XML.
func parse(t testing.TB, data []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("malformed XML: %v", err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text += string(tok)
		}
	}
	return root
}

// child is the first child of the name, or nil.
func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// path follows first children by name.
func (n *node) path(names ...string) *node {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// all lists the children of the name.
func (n *node) all(name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name {
			out = append(out, c)
		}
	}
	return out
}

// attr is an attribute of a possibly missing node.
func (n *node) attr(name string) string {
	if n == nil {
		return ""
	}
	return n.attrs[name]
}

// texts concatenates the w:t text below n.
func (n *node) texts() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		if n.name == "t" {
			b.WriteString(n.text)
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestDeterministic(t *testing.T) {
	for _, name := range reports {
		_, a := build(t, name)
		_, b := build(t, name)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", name)
		}
		_, names := unpack(t, a)
		if names[0] != "[Content_Types].xml" {
			t.Errorf("%s: first part %s", name, names[0])
		}
	}
}

// TestMarkupStaysText: characters that are markup in XML, and characters
// XML cannot hold, never break the document.
func TestMarkupStaysText(t *testing.T) {
	d := &render.Document{
		Title: `<w:p>&"'`, TitleLines: []string{`<w:p>&"'`}, Lang: "zh-CN",
		Meta:      render.Meta{Agency: "]]><x>"},
		Blocks:    []render.Block{&render.Paragraph{Text: "铃\x07声\uFFFE</w:t></w:r></w:p>"}},
		Signature: render.Signature{Agency: "&amp;"},
	}
	parts, _ := unpack(t, write(t, d))
	body := parse(t, parts["word/document.xml"]).path("document", "body")
	ps := body.all("p")
	if got := ps[0].texts(); got != `<w:p>&"'` {
		t.Errorf("title %q", got)
	}
	if got := ps[1].texts(); got != "铃\uFFFD声\uFFFD</w:t></w:r></w:p>" {
		t.Errorf("paragraph %q", got)
	}
	if got := ps[2].texts(); got != "&amp;" {
		t.Errorf("signature %q", got)
	}
	if got := parse(t, parts["docProps/core.xml"]).path("coreProperties", "creator").text; got != "]]><x>" {
		t.Errorf("creator %q", got)
	}
}
