package author

import (
	"errors"
	"regexp"
	"strings"
	"testing"
)

// yamlV3Messages are the messages of gopkg.in/yaml.v3 v3.0.1: every
// problem its scanner (scannerc.go), parser (parserc.go) and reader
// (readerc.go) set, and the decoder's own (decode.go).
var yamlV3Messages = []string{
	// parserc.go
	"did not find expected ',' or ']'", "did not find expected ',' or '}'", "did not find expected '-' indicator",
	"did not find expected <document start>", "did not find expected <stream-start>", "did not find expected key",
	"did not find expected node content", "found duplicate %TAG directive", "found duplicate %YAML directive",
	"found incompatible YAML document", "found undefined tag handle",
	// scannerc.go
	"could not find expected ':'", "could not find expected directive name", "did not find URI escaped octet",
	"did not find expected '!'", "did not find expected alphabetic or numeric character",
	"did not find expected comment or line break", "did not find expected digit or '.' character",
	"did not find expected hexdecimal number", "did not find expected tag URI", "did not find expected version number",
	"did not find expected whitespace or line break", "did not find expected whitespace", "did not find the expected '>'",
	"exceeded max depth of 10000", "found a tab character that violates indentation",
	"found a tab character where an indentation space is expected", "found an incorrect leading UTF-8 octet",
	"found an incorrect trailing UTF-8 octet", "found an indentation indicator equal to 0",
	"found character that cannot start any token", "found extremely long version number",
	"found invalid Unicode character escape code", "found unexpected document indicator", "found unexpected end of stream",
	"found unexpected non-alphabetical character", "found unknown directive name", "found unknown escape character",
	"invalid character sequence", "mapping keys are not allowed in this context",
	"mapping values are not allowed in this context", "block sequence entries are not allowed in this context",
	// readerc.go
	"control characters are not allowed", "expected low surrogate area", "incomplete UTF-16 character",
	"incomplete UTF-16 surrogate pair", "incomplete UTF-8 octet sequence", "input error: EOF", "invalid Unicode character",
	"invalid leading UTF-8 octet", "invalid length of a UTF-8 sequence", "invalid trailing UTF-8 octet",
	"unexpected low surrogate area",
	// decode.go
	"unknown anchor 'x' referenced", "anchor 'x' value contains itself", "document contains excessive aliasing",
	"attempted to go past the end of stream; corrupted value?", "unknown problem parsing YAML content",
	"cannot decode node with unknown kind 9", "!!binary value contains invalid base64 data", "invalid map key: 1",
	"map merge requires map or sequence of maps as the value", "invalid array: want 3 elements but got 2",
	"line 3: cannot unmarshal !!str `x` into int",
}

// english finds words of the parser's English in a message; quoted are
// what it quotes of the file and the program ("!!binary", "nianbao init").
var (
	english = regexp.MustCompile(`[a-z]{4,}`)
	quoted  = regexp.MustCompile(`“[^”]*”|nianbao init`)
)

// TestYAMLMessagesTranslated: every message yaml.v3 can give is told in
// Chinese with its cause, not in the parser's English.
func TestYAMLMessagesTranslated(t *testing.T) {
	for _, msg := range yamlV3Messages {
		t.Run(msg, func(t *testing.T) {
			_, got := syntaxFinding(errors.New("yaml: line 3: "+msg), []byte("a: 1\nb: 2\nc: 3\n"))
			if strings.Contains(got, "解析器原文") || english.MatchString(quoted.ReplaceAllString(got, "")) {
				t.Errorf("%s", got)
			}
		})
	}
}

// TestYAMLSyntaxMessages: typing mistakes put into the example, each with
// the line and column of the mistake and a message that names it.
func TestYAMLSyntaxMessages(t *testing.T) {
	for _, tt := range []struct {
		name, old, new string
		also           []string // further old, new pairs
		want           string   // "RULE line:col"
		msg            string
	}{
		{"full-width colons in braces", "{notices: 0, billed: 0, collected: 0}", "{notices：0, billed：0, collected：0}",
			nil, "YAML-SYNTAX 105:20", "全角冒号“：”（notices：0、billed：0、collected：0）"},
		{"full-width commas in braces", "{notices: 0, billed: 0, collected: 0}", "{notices: 0，billed: 0，collected: 0}",
			nil, "YAML-SYNTAX 105:30", "全角逗号“，”"},
		{"a full-width space after the colon", "licensing: 3862", "licensing:\u30003862", nil, "YAML-SYNTAX 44:13", "全角空格“　”"},
		{"a full-width space for indentation", "  licensing: 3862", "\u3000licensing: 3862", nil, "YAML-SYNTAX 44:1", "全角空格“　”"},
		{"a full-width colon after a key", "year: 2024", "year：2024", nil, "YAML-SYNTAX 9:5", "全角冒号“：”"},
		{"a Tab indent", "  licensing: 3862", "\tlicensing: 3862", nil, "YAML-SYNTAX 44:1", "Tab"},
		{"a bad escape", "agency: 江南市临川区人民政府", `agency: "\uZZZZ"`, nil, "YAML-SYNTAX 8:1", "十六进制数字"},
		{"an ampersand", "agency: 江南市临川区人民政府", "agency: & x", nil, "YAML-SYNTAX 8:1", "“&”或“*”"},
		{"an unclosed bracket", "normative_documents: [6, 2, 41]", "normative_documents: [6, 2, 41", nil, "YAML-SYNTAX 43:1", "方括号 [ ] 没有配对"},
		{"an unclosed bracket and prose with a full-width colon", "normative_documents: [6, 2, 41]", "normative_documents: [6, 2, 41",
			[]string{"2024年，临川区人民政府未向申请人收取信息处理费。", "2024年，临川区人民政府未向申请人收取信息处理费。\n    Email：lcq@jnlc.gov.cn"},
			"YAML-SYNTAX 43:1", "方括号 [ ] 没有配对"},
		{"a missing colon", "licensing: 3862", "licensing 3862", nil, "YAML-SYNTAX 44:1", "缺少“键: 值”中的冒号"},
		{"a directive", "format: \"2021\"", "%YAML 1.1\nformat: \"2021\"", nil, "YAML-SYNTAX 7:1", "以“%”开头的行是 YAML 指令"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := checkBytes("x.yaml", edited(t, append([]string{tt.old, tt.new}, tt.also...)...), Options{})
			if len(fs) != 1 || fs[0].Rule+" "+fs[0].Pos().String() != tt.want || !strings.Contains(fs[0].Message, tt.msg) {
				t.Errorf("findings %v, want one %s with %q", fs, tt.want, tt.msg)
			}
		})
	}
}

// TestBlockText: the lines of a block scalar's text are told from the keys
// around them, whatever holds the scalar (a key, a list dash, a key after a
// dash) and whatever follows the "|" or ">".
func TestBlockText(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      string // one letter a line: t for text, k for the rest
	}{
		{"a key", "text: |\n  Email：x\n\n  b\nyear：2024", "ktttk"},
		{"indicators and a comment", "a:\n  text: >-  # 说明\n    x：1\n  b: 1", "kktk"},
		{"a key after a dash", "- title: x\n  text: |\n    x：1\n- title: y", "kktk"},
		{"a dash", "list:\n  - |\n   x：1\n  - y", "kktk"},
		{"a quoted bar", "text: \"|\"\nx：1", "kk"},
		{"a full-width colon before the bar", "text：|\n  x：1", "kk"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got strings.Builder
			for _, text := range blockText(strings.Split(tt.src, "\n")) {
				got.WriteString(map[bool]string{true: "t", false: "k"}[text])
			}
			if got.String() != tt.want {
				t.Errorf("got %s, want %s", got.String(), tt.want)
			}
		})
	}
}
