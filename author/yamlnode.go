package author

import (
	"fmt"
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
	var colons []*yaml.Node // keys written with a full-width colon: "notices：0"
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		name := k.Value
		if prev, dup := out[name]; dup {
			l.add(spec.KeyDuplicate, posOf(k), join(where, name), fmt.Sprintf("键 %s 重复（第一次出现在第 %d 行）；删去一处", name, prev.Key.Line))
			continue
		}
		if !contains(keys, name) {
			meant := name
			if before, _, ok := strings.Cut(name, "："); ok {
				colons = append(colons, k)
				meant = strings.TrimSpace(before)
			} else {
				l.add(spec.KeyUnknown, posOf(k), where, unknownKey(name, keys))
			}
			if s := suggest(meant, keys); s != "" {
				l.typos[join(where, s)] = true // reported here: not missing
			}
			continue
		}
		out[name] = field{Key: k, Value: v}
	}
	l.fullWidthColons(colons, where)
	return out
}

// fullWidthColons reports the keys of a mapping written with a full-width
// colon ("{notices：0, billed：0}" reads as keys "notices：0" …): one
// finding a line, naming the colon.
func (l *loader) fullWidthColons(keys []*yaml.Node, where string) {
	for i := 0; i < len(keys); {
		j, names := i, []string{}
		for ; j < len(keys) && keys[j].Line == keys[i].Line; j++ {
			names = append(names, keys[j].Value)
		}
		fixed := strings.Replace(names[0], "：", ": ", 1)
		l.add(spec.YAMLSyntax, posOf(keys[i]), where, fmt.Sprintf("%s%s（%s）：%s，如 %s",
			yamlError, fullWidthColon, strings.Join(names, "、"), halfWidthColon, strings.Join(strings.Fields(fixed), " ")))
		i = j
	}
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
