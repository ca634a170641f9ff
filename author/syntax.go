package author

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlMessage is a message of yaml.v3 and what it means to a clerk, in
// Chinese, with the cause.
type yamlMessage struct {
	match string // a part of the message, as yaml.v3 writes it
	// parser marks the messages of yaml.v3's parser (parserc.go): it counts
	// their line from 0, its scanner and reader from 1.
	parser bool
	hint   string
}

// yamlError starts every message of a YAML syntax finding.
const yamlError = "YAML 格式错误："

// fullWidthColon and halfWidthColon are the mistake of a key written with
// a full-width colon and its cure: the line hints and the keys of a flow
// mapping (loader.fullWidthColons) name it alike.
const (
	fullWidthColon = "键后面用了全角冒号“：”"
	halfWidthColon = "改为半角冒号“:”并在后面加一个空格"
)

// quoteText is the cure for text that YAML reads as syntax.
const quoteText = "给这段文字加引号，或写在“|”下面"

// yamlMessages translate every message of yaml.v3's scanner (scannerc.go),
// parser (parserc.go), reader (readerc.go) and decoder (decode.go, yaml.go);
// the more specific first where one contains another.
var yamlMessages = []yamlMessage{
	// Parser.
	{"did not find expected node content", true, "这里缺少一个值（空白单元格？没有发生的请填 0）"},
	{"did not find expected ',' or ']'", true, "方括号 [ ] 没有配对，或数字之间缺逗号"},
	{"did not find expected ',' or '}'", true, "花括号 { } 没有配对，或各项之间缺逗号"},
	{"did not find expected key", true, "缩进不一致：同一级的键要左对齐"},
	{"did not find expected '-' indicator", true, "缩进不一致：列表各项的“-”要左对齐"},
	{"did not find expected <document start>", true, "文件中有“---”分隔的第二份内容：年报数据文件只能有一份，删除“---”及其后多余的内容"},
	{"did not find expected <stream-start>", true, "文件开头无法读取：请用记事本或 WPS“另存为”UTF-8 文本"},
	{"found duplicate %YAML directive", true, "“%YAML”指令写了两次：年报数据文件不需要以“%”开头的指令，删除这些行"},
	{"found incompatible YAML document", true, "“%YAML”指令的版本不是 1.x：年报数据文件不需要以“%”开头的指令，删除这一行"},
	{"found duplicate %TAG directive", true, "“%TAG”指令写了两次：年报数据文件不需要以“%”开头的指令，删除这些行"},
	{"found undefined tag handle", true, "以“!”开头的写法是 YAML 的标签，这个标签没有定义：文字以“!”开头时" + quoteText},
	// Scanner.
	{"could not find expected ':'", false, "这一行缺少“键: 值”中的冒号（冒号要用半角“:”，后面加一个空格）"},
	{"mapping values are not allowed", false, "冒号位置不对：检查缩进；文字里有“: ”时" + quoteText},
	{"mapping keys are not allowed", false, "这里不能写“键:”：检查缩进"},
	{"block sequence entries are not allowed", false, "列表项“- ”的位置不对：检查缩进"},
	{"found a tab character", false, "缩进用了 Tab 键：请改用空格（每级两个空格）"},
	{"found unexpected end of stream", false, "引号没有配对：文件在引号里结束了"},
	{"found unexpected document indicator", false, "引号里有一行以“---”或“...”开头，或引号没有配对：删除这一行或补上引号"},
	{"found unknown escape character", false, "双引号里的反斜杠“\\”后面的字符无效：这段文字改用单引号，或写在“|”下面"},
	{"did not find expected hexdecimal number", false, "双引号里的“\\x”“\\u”“\\U”后面应是十六进制数字（0—9、A—F）：这段文字改用单引号，或写在“|”下面"},
	{"found invalid Unicode character escape code", false, "双引号里的“\\u”表示的字符不存在：这段文字改用单引号，或写在“|”下面"},
	{"found character that cannot start any token", false, "这里有不能开头的字符（如 @、` 或 %）：" + quoteText},
	{"did not find expected alphabetic or numeric character", false, "“&”或“*”后面应是锚点或别名的名字（字母或数字）：文字以“&”“*”开头时" + quoteText},
	{"did not find the expected '>'", false, "“!<”开头的标签缺少“>”：文字以“!”开头时" + quoteText},
	{"did not find expected '!'", false, "以“!”开头的标签写法无效：文字以“!”开头时" + quoteText},
	{"did not find expected tag URI", false, "以“!”开头的标签写法无效：文字以“!”开头时" + quoteText},
	{"did not find URI escaped octet", false, "标签里“%”后面应是两位十六进制数字：文字以“!”开头时" + quoteText},
	{"found an incorrect leading UTF-8 octet", false, "标签里“%”编码的字符无效：文字以“!”开头时" + quoteText},
	{"found an incorrect trailing UTF-8 octet", false, "标签里“%”编码的字符无效：文字以“!”开头时" + quoteText},
	{"found an indentation indicator equal to 0", false, "“|”或“>”后面的缩进数字不能是 0：只写“|”"},
	{"did not find expected comment or line break", false, "值的后面多了内容（“|”“>”和引号之后只能换行或写“ #注释”）：文字里有“ #”或引号时" + quoteText},
	{"did not find expected whitespace or line break", false, "以“!”或“%”开头的写法后面要有空格：文字以“!”“%”开头时" + quoteText},
	{"did not find expected whitespace", false, "冒号或短横线后面要有一个空格"},
	{"found unknown directive name", false, directive},
	{"could not find expected directive name", false, directive},
	{"found unexpected non-alphabetical character", false, directive},
	{"did not find expected digit or '.' character", false, "“%YAML”指令的版本号写法不对：年报数据文件不需要这一行，删除它"},
	{"found extremely long version number", false, "“%YAML”指令的版本号太长：年报数据文件不需要这一行，删除它"},
	{"did not find expected version number", false, "“%YAML”指令缺少版本号：年报数据文件不需要这一行，删除它"},
	{"exceeded max depth", false, "嵌套太深：年报数据文件没有这么深的结构"},
	{"invalid character sequence", false, "这里的字符序列无效：" + quoteText},
	// Reader.
	{"control characters are not allowed", false, "有看不见的控制字符：删除它"},
	{"UTF-16", false, "文件中有不完整的 UTF-16 字符：请“另存为”UTF-8"},
	{"surrogate area", false, "文件中有不完整的 UTF-16 字符：请“另存为”UTF-8"},
	{"UTF-8", false, "文件中有不完整的汉字编码（文件可能被截断或混用了编码）：请用记事本或 WPS“另存为”UTF-8"},
	{"invalid Unicode character", false, "文件中有无效的字符（文件可能被截断或混用了编码）：请用记事本或 WPS“另存为”UTF-8"},
	{"input error", false, "读取文件时出错：请检查文件是否完整"},
	// Decoder.
	{"unknown anchor", false, "引用了不存在的锚点（*名称）：文字以“*”开头时" + quoteText},
	{"value contains itself", false, "锚点引用了它自己：删除“*名称”，直接写出内容"},
	{"excessive aliasing", false, "别名（*名称）用得过多：直接写出内容"},
	{"attempted to go past the end of stream", false, "文件意外结束：文件可能不完整"},
	{"unknown problem parsing YAML content", false, "这一行的写法无法识别：请对照 nianbao init 生成的模板检查"},
	{"cannot unmarshal", false, "这里的值类型不对：请对照 nianbao init 生成的模板检查"},
	{"invalid map key", false, "这里的键写法不对：键只能是英文单词"},
	{"map merge requires", false, "“<<”合并写法不对：年报数据文件不需要“<<”，直接写出各项"},
	{"invalid array", false, "列表的项数不对：请对照 nianbao init 生成的模板检查"},
	{"!!binary", false, "“!!binary”后面的内容无效：年报数据文件不需要“!!binary”，删除它"},
	{"unknown kind", false, "这一行的写法无法识别：请对照 nianbao init 生成的模板检查"},
}

// keyStart is what starts a line that holds a key: its indentation, a list
// dash, and the key.
const keyStart = `^[ \t\x{3000}]*(?:- )?[A-Za-z_][\w.-]*`

// lineHints find the commonest typing mistakes of a Chinese keyboard on a
// broken line, before the parser's message is consulted: each gives the
// byte offset of the mistake, or -1.
var lineHints = []struct {
	find func(line string) int
	hint string
}{
	{func(l string) int { return strings.IndexByte(leading(l), '\t') },
		"缩进用了 Tab 键：请改用空格（每级两个空格）"},
	{hintRE(`^[ \t]*(\x{3000})[ \t\x{3000}]*(?:- )?[A-Za-z_][\w.-]*\s*[:：]|` + keyStart + `\s*:(\x{3000})`),
		"用了全角空格“　”：缩进和冒号后面的空格要用半角空格（英文输入法下的空格键）"},
	{hintRE(keyStart + `\s*(：)`),
		fullWidthColon + "：" + halfWidthColon},
	{hintRE(keyStart + `\s*:\s*[\[{][^#，]*(，)`),
		"方括号或花括号里用了全角逗号“，”：各项之间改用半角逗号“,”"},
	{hintRE(keyStart + `\s*:\s*([［］【】])`),
		"方括号用了全角“［］”或“【】”：改为半角“[ ]”"},
	{hintRE(`^(%)`), directive},
}

// directive explains a line that starts with "%".
const directive = "以“%”开头的行是 YAML 指令，年报数据文件不用：删除这一行，或给以“%”开头的文字加引号"

// hintRE makes a finder of a line hint from an expression: the offset of
// its first matching group.
func hintRE(expr string) func(string) int {
	re := regexp.MustCompile(expr)
	return func(line string) int {
		m := re.FindStringSubmatchIndex(line)
		for i := 2; m != nil && i < len(m); i += 2 {
			if m[i] >= 0 {
				return m[i]
			}
		}
		return -1
	}
}

// leading is the indentation of a line.
func leading(line string) string {
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))]
}

// syntaxFinding turns a yaml.v3 error into a place and a Chinese message.
// The parser's messages name the 0-based line where the broken construct
// starts, the scanner's the 1-based line; the mistake may be on the line
// before (a key indented with a full-width space breaks the next key), or
// far above (the parser names the start of the mapping it broke): a typing
// mistake of the line hints is looked for there, then in the whole file
// (typingMistake).
func syntaxFinding(err error, src []byte) (Pos, string) {
	raw := strings.TrimPrefix(err.Error(), "yaml: ")
	known := translate(raw)
	pos := Pos{Line: 1, Col: 1}
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		raw = strings.TrimPrefix(err.Error(), m[0])
		if known != nil && known.parser {
			pos.Line++
		}
	} else if i := strings.Index(raw, "anchor '"); i >= 0 {
		name := strings.TrimSuffix(raw[i+len("anchor '"):], "' referenced")
		if at := bytes.Index(src, []byte("*"+name)); at >= 0 {
			pos.Line = bytes.Count(src[:at], []byte("\n")) + 1
		}
	}
	if at, hint := typingMistake(strings.Split(string(src), "\n"), pos.Line); hint != "" {
		return at, yamlError + hint
	}
	if known != nil {
		return pos, yamlError + known.hint
	}
	return pos, yamlError + "这一行的写法无法识别，请对照 nianbao init 生成的模板检查（解析器原文：" + raw + "）"
}

// typingMistake looks for a mistake of the line hints on line ln, the line
// before it, then on every line from the top; it gives its place and hint,
// or "" for none. The text of block scalars ("|", ">") is prose, not keys,
// and is skipped: "Email：…" there is no mistake.
func typingMistake(lines []string, ln int) (Pos, string) {
	prose := blockText(lines)
	order := []int{ln, ln - 1}
	for i := range lines {
		order = append(order, i+1)
	}
	for _, ln := range order {
		if ln < 1 || ln > len(lines) || prose[ln-1] {
			continue
		}
		line := strings.TrimRight(lines[ln-1], "\r")
		for _, h := range lineHints {
			if at := h.find(line); at >= 0 {
				return Pos{Line: ln, Col: utf8.RuneCountInString(line[:at]) + 1}, h.hint
			}
		}
	}
	return Pos{}, ""
}

// blockHeadRE matches a line that opens a block scalar: indentation, list
// dashes, an optional key, "|" or ">" with its indicators, and an optional
// comment.
var blockHeadRE = regexp.MustCompile(`^( *)((?:- +)*)([^\s#-][^#]*?:[ \t]+)?[|>][-+1-9]*[ \t]*(?:#.*)?\r?$`)

// blockText marks the lines that are the text of a block scalar: those
// after its opening line that are blank or indented (with spaces, as YAML
// counts) deeper than the node that holds it (its key, or its list dash).
func blockText(lines []string) []bool {
	text := make([]bool, len(lines))
	for i := 0; i < len(lines); i++ {
		m := blockHeadRE.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		holder := len(m[1]) + len(m[2])
		if m[3] == "" {
			holder = len(m[1]) + len(strings.TrimRight(m[2], " ")) - 1
		}
		for i+1 < len(lines) && (strings.TrimSpace(lines[i+1]) == "" || len(lines[i+1])-len(strings.TrimLeft(lines[i+1], " ")) > holder) {
			i++
			text[i] = true
		}
	}
	return text
}

// translate finds what a message of yaml.v3 means; nil for one it does not
// know.
func translate(msg string) *yamlMessage {
	for i := range yamlMessages {
		if strings.Contains(msg, yamlMessages[i].match) {
			return &yamlMessages[i]
		}
	}
	return nil
}
