package author

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
)

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlHints explain yaml.v3's parser messages to a clerk, in Chinese.
var yamlHints = []struct{ match, hint string }{
	{"did not find expected node content", "这里缺少一个值（空白单元格？没有发生的请填 0）"},
	{"did not find expected ',' or ']'", "方括号 [ ] 没有配对，或数字之间缺逗号"},
	{"did not find expected ',' or '}'", "花括号 { } 没有配对，或各项之间缺逗号"},
	{"did not find expected key", "缩进不一致：同一级的键要左对齐"},
	{"did not find expected '-' indicator", "缩进不一致：列表各项的“-”要左对齐"},
	{"could not find expected ':'", "这一行缺少“键: 值”中的冒号（冒号要用半角“:”，后面加一个空格）"},
	{"mapping values are not allowed", "冒号位置不对：检查缩进；文字里有“: ”时给整段文字加引号或用 |"},
	{"tab character", "缩进用了 Tab 键：请改用空格"},
	{"unexpected end of stream", "引号没有配对"},
	{"found unknown escape character", "双引号里的反斜杠 \\ 无效：改用单引号或 |"},
	{"found invalid Unicode character escape code", "双引号里的 \\u 写法无效：改用单引号或 |"},
	{"cannot start any token", "这里有不能开头的字符（如 @、` 或 %）：给这段文字加引号"},
	{"unknown anchor", "引用了不存在的锚点（*名称）"},
	{"exceeded max depth", "嵌套太深：年报数据文件没有这么深的结构"},
	{"UTF-8", "文件中有不完整的汉字编码（文件可能被截断或混用了编码）：请用记事本或 WPS “另存为”UTF-8"},
	{"UTF-16", "文件中有不完整的 UTF-16 字符：请“另存为”UTF-8"},
	{"control characters are not allowed", "有看不见的控制字符：删除它"},
	{"block sequence entries are not allowed", "列表项“- ”的位置不对：检查缩进"},
	{"mapping keys are not allowed", "这里不能写“键:”：检查缩进"},
	{"did not find expected comment or line break", "值的后面多了内容：文字里有“ #”或引号时，给整段文字加引号"},
	{"found undefined tag handle", "这里的“!”写法无效：文字以“!”开头时加引号"},
	{"did not find expected whitespace", "冒号或短横线后面要有一个空格"},
	{"found unexpected document indicator", "文件中间出现了“---”或“...”：删除这一行"},
	{"found character that cannot start any token", "这里有不能开头的字符：给这段文字加引号"},
}

// lineHints explain a broken line by what it holds, before the parser's
// message is consulted: the commonest typing mistakes of a Chinese
// keyboard.
var lineHints = []struct {
	match func(line string) bool
	hint  string
}{
	{func(l string) bool { return strings.HasPrefix(l, "\t") || strings.Contains(leading(l), "\t") },
		"缩进用了 Tab 键：请改用空格（每级两个空格）"},
	{func(l string) bool { return strings.Contains(l, "：") && !strings.Contains(l, ":") },
		"键后面用了全角冒号“：”：改为半角冒号“:”并在后面加一个空格"},
	{func(l string) bool { return strings.ContainsAny(l, "［］【】") },
		"方括号用了全角“［］”或“【】”：改为半角“[ ]”"},
}

// leading is the indentation of a line.
func leading(line string) string {
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))]
}

// syntaxFinding turns a yaml.v3 error into a place and a Chinese message.
// Parser errors ("did not find expected …") name the 0-based line where the
// broken construct starts; scanner errors name the 1-based line.
func syntaxFinding(err error, src []byte) (Pos, string) {
	raw := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := Pos{Line: 1, Col: 1}
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		raw = strings.TrimPrefix(err.Error(), m[0])
		if strings.HasPrefix(raw, "did not find expected") || strings.HasPrefix(raw, "could not find expected") {
			pos.Line++
		}
	} else if i := strings.Index(raw, "anchor '"); i >= 0 {
		name := strings.TrimSuffix(raw[i+len("anchor '"):], "' referenced")
		if at := bytes.Index(src, []byte("*"+name)); at >= 0 {
			pos.Line = bytes.Count(src[:at], []byte("\n")) + 1
		}
	}
	lines := strings.Split(string(src), "\n")
	for _, ln := range []int{pos.Line, pos.Line - 1} { // the parser may name the line after the mistake
		if ln < 1 || ln > len(lines) {
			continue
		}
		for _, h := range lineHints {
			if h.match(strings.TrimRight(lines[ln-1], "\r")) {
				return Pos{Line: ln, Col: 1}, "YAML 格式错误：" + h.hint
			}
		}
	}
	for _, h := range yamlHints {
		if strings.Contains(raw, h.match) {
			return pos, "YAML 格式错误：" + h.hint
		}
	}
	return pos, "YAML 格式错误：这一行的写法无法识别，请对照 nianbao init 生成的模板检查（解析器原文：" + raw + "）"
}
