package author

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// maxAliasDepth bounds alias chains (an alias of an alias …).
const maxAliasDepth = 16

// resolve follows aliases to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < maxAliasDepth; i++ {
		n = n.Alias
	}
	return n
}

func posOf(n *yaml.Node) Pos {
	if n == nil {
		return Pos{}
	}
	return Pos{Line: n.Line, Col: n.Column}
}

// field is a mapping entry: its key node and its (alias-resolved) value node.
type field struct {
	Key   *yaml.Node
	Value *yaml.Node
}

// mapping reads a mapping node, reporting duplicate and unknown keys.
// where names the mapping in messages ("requests"); it is "" at the top.
func (l *loader) mapping(n *yaml.Node, where string, keys []string) map[string]field {
	out := map[string]field{}
	if n.Kind != yaml.MappingNode {
		l.add(spec.ValueType, posOf(n), where, fmt.Sprintf("这里应是若干“键: 值”（可用的键：%s），现在是%s", strings.Join(keys, "、"), kindName(n)))
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		name := k.Value
		if prev, dup := out[name]; dup {
			l.add(spec.KeyDuplicate, posOf(k), join(where, name), fmt.Sprintf("键 %s 重复（第一次出现在第 %d 行）；删去一处", name, prev.Key.Line))
			continue
		}
		if !contains(keys, name) {
			l.add(spec.KeyUnknown, posOf(k), where, unknownKey(name, keys))
			if s := suggest(name, keys); s != "" {
				l.typos[join(where, s)] = true
			}
			continue
		}
		out[name] = field{Key: k, Value: v}
	}
	return out
}

func unknownKey(name string, keys []string) string {
	if s := suggest(name, keys); s != "" {
		return fmt.Sprintf("未知的键 %s，是不是 %s？", name, s)
	}
	return fmt.Sprintf("未知的键 %s（这里可用的键：%s）", name, strings.Join(keys, "、"))
}

// suggest returns the known key closest to name, if close enough to be a typo.
func suggest(name string, keys []string) string {
	best, bestD := "", 1<<30
	for _, k := range keys {
		d := editDistance(strings.ToLower(name), k)
		if d < bestD {
			best, bestD = k, d
		}
	}
	limit := 2
	if len(name) > 8 {
		limit = 3
	}
	if bestD <= limit {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance over runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "映射"
	case yaml.SequenceNode:
		return "列表"
	case yaml.ScalarNode:
		if isNull(n) {
			return "空值"
		}
		return fmt.Sprintf("“%s”", n.Value)
	}
	return "别名"
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && (n.Tag == "!!null" || (n.Value == "" && n.Style == 0))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func join(where, key string) string {
	if where == "" {
		return key
	}
	return where + "." + key
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlHints explain yaml.v3's parser messages to a clerk.
var yamlHints = []struct{ match, hint string }{
	{"did not find expected node content", "这里缺少一个值（空白单元格？没有发生的请填 0）"},
	{"did not find expected ',' or ']'", "方括号 [ ] 没有配对，或数字之间缺逗号"},
	{"did not find expected ',' or '}'", "花括号 { } 没有配对，或各项之间缺逗号"},
	{"did not find expected key", "缩进不一致：同一级的键要左对齐"},
	{"did not find expected '-' indicator", "缩进不一致：列表各项的“-”要左对齐"},
	{"mapping values are not allowed", "冒号位置不对：检查缩进；文字里有“: ”时给整段文字加引号或用 |"},
	{"tab character", "缩进用了 Tab 键：请改用空格"},
	{"unexpected end of stream", "引号没有配对"},
	{"found unknown escape character", "双引号里的反斜杠 \\ 无效：改用单引号或 |"},
	{"cannot start any token", "这里有不能开头的字符（如 @ 或 `）：给这段文字加引号"},
	{"unknown anchor", "引用了不存在的锚点（*名称）"},
}

// syntaxFinding turns a yaml.v3 error into a place and a Chinese message.
// Parser errors ("did not find expected …") name the 0-based line where the
// broken construct starts; scanner errors name the 1-based line.
func syntaxFinding(err error, src []byte) (Pos, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := Pos{Line: 1, Col: 1}
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		msg = strings.TrimPrefix(err.Error(), m[0])
		if strings.HasPrefix(msg, "did not find expected") {
			pos.Line++
		}
	} else if i := strings.Index(msg, "anchor '"); i >= 0 {
		name := strings.TrimSuffix(msg[i+len("anchor '"):], "' referenced")
		if at := bytes.Index(src, []byte("*"+name)); at >= 0 {
			pos.Line = bytes.Count(src[:at], []byte("\n")) + 1
		}
	}
	for _, h := range yamlHints {
		if strings.Contains(msg, h.match) {
			return pos, "YAML 格式错误：" + h.hint + "（" + msg + "）"
		}
	}
	return pos, "YAML 格式错误：" + msg
}
