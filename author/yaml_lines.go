package author

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
	"nianbao/render"
)

// yamlLines writes aligned "key: value  # comment" lines.
type yamlLines struct {
	rows [][3]string // indent+key, value, comment
}

func (y *yamlLines) add(indent int, key, value, comment string) {
	y.rows = append(y.rows, [3]string{strings.Repeat("  ", indent) + key + ":", value, comment})
}

func (y *yamlLines) comment(indent int, text string) {
	for _, line := range strings.Split(text, "\n") {
		y.rows = append(y.rows, [3]string{strings.Repeat("  ", indent) + "# " + line})
	}
}

// raw adds lines as they are (a block scalar's content).
func (y *yamlLines) raw(text string) {
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		y.rows = append(y.rows, [3]string{line})
	}
}

// String writes the lines with their comments aligned. A block scalar's
// comment goes on its first line, after the "|".
func (y *yamlLines) String() string {
	width := 0
	for _, r := range y.rows {
		if r[2] != "" {
			head, _, _ := strings.Cut(r[1], "\n")
			width = max(width, render.DisplayWidth(r[0])+1+render.DisplayWidth(head))
		}
	}
	var b strings.Builder
	for _, r := range y.rows {
		head, rest, block := strings.Cut(r[1], "\n")
		line := r[0]
		if head != "" {
			line += " " + head
		}
		if r[2] != "" {
			line += strings.Repeat(" ", width-render.DisplayWidth(line)+2) + "# " + r[2]
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
		if block {
			b.WriteString(rest + "\n")
		}
	}
	return b.String()
}

// yamlString quotes s when YAML would not read it back as the same text.
func yamlString(s string) string {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("x: "+s), &n); err == nil && len(n.Content) > 0 {
		if m := n.Content[0]; len(m.Content) == 2 && m.Content[1].Tag == "!!str" && m.Content[1].Value == s && !strings.ContainsAny(s, "\n\r#") {
			return s
		}
	}
	return strconv.Quote(s)
}

// yamlText writes prose as the value of a key at indent: a literal block
// ("|") when YAML reads it back unchanged, else a quoted string.
func yamlText(s string, indent int) string {
	if s == "" {
		return `""`
	}
	pad := strings.Repeat("  ", indent+1)
	var b strings.Builder
	b.WriteString("|")
	for _, line := range strings.Split(s, "\n") {
		b.WriteString("\n")
		if line != "" {
			b.WriteString(pad + line)
		}
	}
	block := b.String()
	var got struct{ X string }
	if err := yaml.Unmarshal([]byte("x: "+block), &got); err == nil && strings.TrimRight(got.X, "\n") == s {
		return block
	}
	return strconv.Quote(s)
}
