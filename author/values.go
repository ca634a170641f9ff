package author

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"nianbao/spec"
)

// largeValue is the magnitude above which a figure is flagged as implausible.
var largeValue = Int(100_000_000)

// notApplicable are the marks clerks write for "nothing" instead of 0.
var notApplicable = []string{"-", "--", "---", "—", "——", "/", "无", "N/A", "n/a"}

// amountUnits are the units accepted after a 2019 采购总金额.
var amountUnits = []string{"万元", "亿元", "元"}

// problem is what is wrong with a figure as written.
type problem struct {
	rule *spec.Rule
	msg  string
}

// number reads one figure of column c from a YAML node. cell names it in messages.
func (l *loader) number(n *yaml.Node, c spec.Column, cell string) Value {
	pos := posOf(n)
	if n.Kind != yaml.ScalarNode {
		l.add(spec.ValueType, pos, cell, fmt.Sprintf("这里应是一个数，现在是%s", kindName(n)))
		return Value{Pos: pos, Bad: true}
	}
	raw := n.Value
	if isNull(n) {
		raw = ""
	}
	v, problems := parseFigure(raw, pos, c)
	for _, p := range problems {
		l.add(p.rule, pos, cell, p.msg)
	}
	return v
}

// parseFigure reads one figure of column c as written; the value is marked
// Bad when it cannot be read, and the problems say why (a VALUE-LARGE
// warning leaves it readable).
func parseFigure(raw string, pos Pos, c spec.Column) (Value, []problem) {
	k := c.Kind
	bad := func(rule *spec.Rule, msg string) (Value, []problem) {
		return Value{Pos: pos, Bad: true, Raw: raw}, []problem{{rule, msg}}
	}
	s := strings.TrimSpace(raw)
	switch {
	case s == "":
		return bad(spec.BlankCell, "空白单元格：没有发生的请填 0")
	case contains(notApplicable, s):
		return bad(spec.BlankCell, fmt.Sprintf("“%s”不是数：没有发生的请填 0", s))
	}
	if msg := numberStyleProblem(s); msg != "" {
		return bad(spec.ValueFormat, msg)
	}
	unit := ""
	if k == spec.Amount {
		for _, u := range amountUnits {
			if strings.HasSuffix(s, u) {
				s, unit = strings.TrimSpace(strings.TrimSuffix(s, u)), u
				break
			}
		}
	}
	d, err := ParseDecimal(s)
	switch {
	case err != nil:
		return bad(spec.ValueType, numberError(raw, k, err))
	case (k == spec.Count || k == spec.Signed) && d.Scale > 0:
		return bad(spec.ValueType, fmt.Sprintf("“%s”应是整数", raw))
	case k != spec.Signed && d.Sign() < 0:
		return bad(spec.ValueNegative, fmt.Sprintf("“%s”不能是负数", raw))
	}
	v := Value{Num: d, Unit: unit, Plus: k == spec.Signed && strings.HasPrefix(s, "+"), Pos: pos}
	if msg := implausible(v, c); msg != "" {
		return v, []problem{{spec.ValueLarge, msg}}
	}
	return v, nil
}

// implausible says why a figure is too large to be right, if it is: over
// the column's bound, or over 100,000,000 in general.
func implausible(v Value, c spec.Column) string {
	abs := v.Num
	if abs.Sign() < 0 {
		abs.Coef = -abs.Coef
	}
	switch {
	case c.Max > 0 && abs.Cmp(Int(c.Max)) > 0 && c.Unit != "":
		yi := float64(abs.Coef) / math.Pow10(abs.Scale+4)
		return fmt.Sprintf("%s %s即约 %.2f 亿元，大得不合常理：是不是按“元”填写了？本栏单位是%s", v, c.Unit, yi, c.Unit)
	case c.Max > 0 && abs.Cmp(Int(c.Max)) > 0:
		return fmt.Sprintf("%s 大得不合常理（超过 %d），请核对", v, c.Max)
	case abs.Cmp(largeValue) > 0:
		return fmt.Sprintf("%s 大得不合常理（超过 1 亿），请核对", v)
	}
	return ""
}

func numberError(raw string, k spec.Kind, err error) string {
	switch {
	case err == ErrOverflow:
		return fmt.Sprintf("“%s”数值过大", raw)
	case err.Error() == "小数位数过多":
		return fmt.Sprintf("“%s”小数位数过多（最多 %d 位）", raw, maxScale)
	case k == spec.Amount:
		return fmt.Sprintf("“%s”不是金额：写作数字加单位，如 \"12932.14万元\" 或 \"73802895.90元\"", raw)
	case k == spec.Money:
		return fmt.Sprintf("“%s”不是金额：只写数字，如 5949.088667", raw)
	}
	return fmt.Sprintf("“%s”不是数：只写阿拉伯数字，如 12", raw)
}

// numberStyleProblem explains numbers written in ways a clerk may type them
// but the report must not store: full-width digits, thousands separators,
// other bases.
func numberStyleProblem(s string) string {
	if strings.IndexFunc(s, isFullWidthNumeric) >= 0 {
		return fmt.Sprintf("“%s”用了全角字符：请用半角数字，写作 %s", s, toHalfWidth(s))
	}
	if strings.ContainsAny(s, ",，") && strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		plain := strings.NewReplacer(",", "", "，", "").Replace(s)
		return fmt.Sprintf("“%s”带有千位分隔符：请写作 %s", s, plain)
	}
	if strings.ContainsAny(s, "_") || strings.HasPrefix(strings.ToLower(s), "0x") || strings.HasPrefix(strings.ToLower(s), "0o") || strings.ContainsAny(s, "eE") && strings.IndexFunc(s, unicode.IsDigit) == 0 {
		return fmt.Sprintf("“%s”不是普通十进制写法：请只写阿拉伯数字和小数点", s)
	}
	return ""
}

func isFullWidthNumeric(r rune) bool {
	return (r >= '０' && r <= '９') || r == '．' || r == '－' || r == '＋'
}

func toHalfWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E {
			return r - 0xFEE0
		}
		return r
	}, s)
}

// text reads a scalar as text. Numbers and dates written bare are taken as
// the text they spell.
func (l *loader) text(n *yaml.Node, cell string) Text {
	if n.Kind != yaml.ScalarNode {
		l.add(spec.ValueType, posOf(n), cell, fmt.Sprintf("这里应是文字，现在是%s", kindName(n)))
		return Text{Pos: posOf(n)}
	}
	if isNull(n) {
		return Text{Pos: posOf(n)}
	}
	if c := utf8.RuneCountInString(n.Value); c > maxTextRunes {
		l.add(spec.LimitText, posOf(n), cell, fmt.Sprintf("这段文字有 %d 字，超过 %d 字的上限：年报各部分篇幅应简明", c, maxTextRunes))
		return Text{Pos: posOf(n)}
	}
	if i := strings.IndexFunc(n.Value, isControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(n.Value[i:])
		l.add(spec.ControlChar, posOf(n), cell, fmt.Sprintf("文字中有看不见的控制字符 U+%04X（可能是用 \\ 转义写进去的）：删除它", r))
		return Text{Pos: posOf(n)}
	}
	return Text{S: strings.TrimRight(n.Value, "\n"), Pos: posOf(n)}
}
