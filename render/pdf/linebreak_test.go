package pdf

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"nianbao/render"
)

// monoWidth measures every character as one em of 10 pt, Latin as half.
func monoWidth(_ render.Role, s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x2E80 {
			w += 5
		} else {
			w += 10
		}
	}
	return w
}

func lines(text string, chars int) []string {
	var out []string
	for _, ln := range breakLines(units([]render.Span{{Text: text, Role: render.RoleBody}}, monoWidth), float64(chars*10), 0, monoWidth) {
		var b strings.Builder
		for _, u := range ln.units {
			b.WriteString(u.text)
		}
		out = append(out, b.String())
	}
	return out
}

func TestBreakLossless(t *testing.T) {
	text := "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制，统计期限为2024年1月1日至12月31日。收费金额24252.311082万元，网址https://www.pingtan.gov.cn。"
	got := strings.Join(lines(text, 10), "")
	if got != text {
		t.Errorf("characters lost:\n%s\n%s", got, text)
	}
}

func TestKinsoku(t *testing.T) {
	// Ten characters a line: the break after 十 would start line 2 with "，".
	for _, ln := range lines("一二三四五六七八九十，一二三四五六七八（九十）一二三四五六七八九“十”。", 10) {
		first, _ := utf8.DecodeRuneInString(ln)
		last, _ := utf8.DecodeLastRuneInString(ln)
		if strings.ContainsRune(noStart, first) || strings.ContainsRune(noEnd, last) {
			t.Errorf("line %q breaks kinsoku", ln)
		}
		if utf8.RuneCountInString(ln) > 10 {
			t.Errorf("line %q overfull", ln)
		}
	}
}

func TestNumbersWhole(t *testing.T) {
	ls := lines("一二三四五六七八24252.311082万元", 10)
	if len(ls) != 2 || ls[1] != "24252.311082万元" {
		t.Errorf("number broken: %q", ls)
	}
	ls = lines("一二三四五六七八九十一二三 https://example.gov.cn/a/very/long/path/that/does/not/fit", 10)
	if strings.Join(ls, "") != "一二三四五六七八九十一二三 https://example.gov.cn/a/very/long/path/that/does/not/fit" || len(ls) != 5 {
		t.Errorf("long word: %q", ls)
	}
}

func TestGridSpacing(t *testing.T) {
	// 28 characters of 16 pt with the grid spacing fill 156 mm exactly.
	w := 28*bodySize + 27*gridSpacing
	if d := w - textW*ptPerMM; d > 0.5 || d < -0.5 {
		t.Errorf("28 characters are %.2f pt, the line %.2f pt", w, textW*ptPerMM)
	}
}

// monoSqueezes lets the pause marks and the full stop be set at half width.
func monoSqueezes(u unit) bool { return strings.Contains("，；：。", u.text) }

// TestRepair: a line that would stretch its CJK gaps past the limit takes,
// in turn, more of what follows by squeezing marks, the area code of a
// telephone number, part of the line before, and last the head of a Latin
// word; an address breaks only after its "/", ".", "@"…, a number never.
func TestRepair(t *testing.T) {
	b := breaker{max: 100, width: monoWidth, limit: 2, em: 10, squeezes: monoSqueezes}
	for _, c := range []struct {
		name, text string
		max        float64
		want       []string
	}{
		// "www." fits after 一二三四五六七 (70 + 20), "jnlc." does not.
		{"address", "一二三四五六七www.jnlc.gov.cn。", 100, []string{"一二三四五六七www.", "jnlc.gov.cn。"}},
		// "mouxian." does not fit and is not split inside: the line stays short.
		{"label whole", "一二三四五六www.mouxian.gov.cn", 100, []string{"一二三四五六www.", "mouxian.gov.cn"}},
		// The two commas at half width make room for "abcdef".
		{"squeeze", "一二三，四五六，abcdef七八。", 100, []string{"一二三，四五六，abcdef", "七八。"}},
		// The area code moves up; the number after it is not split further.
		{"phone", "一二三四五六七0797-8213456。", 100, []string{"一二三四五六七0797-", "8213456。"}},
		// Two characters move down so that neither line stretches past the limit.
		{"rebalance", "一二三四五六七八九十一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰123456789012。", 200,
			[]string{"一二三四五六七八九十一二三四五六七八", "九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "123456789012。"}},
		// Eight characters leave 20 for "abcdefgh": the head "abcd" moves up.
		{"word", "一二三四五六七八abcdefgh。", 100, []string{"一二三四五六七八abcd", "efgh。"}},
		// A number is kept whole even though the line stays short.
		{"number", "一二三四五六七八12345678。", 100, []string{"一二三四五六七八", "12345678。"}},
	} {
		b.max = c.max
		var got []string
		for _, ln := range b.lines(units([]render.Span{{Text: c.text, Role: render.RoleBody}}, monoWidth)) {
			got = append(got, lineText(ln.units))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestJustifyGaps: justification widens the gaps between CJK text and a
// number first, then those between CJK characters, and never the gap after
// the indent, inside a word or at an address's break point; a line too long
// sets its ending mark, then its pause marks, at half width.
func TestJustifyGaps(t *testing.T) {
	b := breaker{max: 134, width: monoWidth, limit: 2, em: 10, squeezes: monoSqueezes}
	cell := unit{width: 10, n: 1, indent: true}
	us := append([]unit{cell, cell}, units([]render.Span{{Text: "一二三12三www.x.cn四", Role: render.RoleBody}}, monoWidth)...)
	// 20 + 30 + 10 + 10 + 20 + 10 + 10 + 10 = 120: 14 to share, a quarter em
	// (2.5) in each of the four mixed gaps, 2 in each of the two CJK gaps.
	after := b.justify(us, false)
	var got []string
	for i, u := range us {
		got = append(got, fmt.Sprintf("%s%.2f", u.text, after[i]))
	}
	want := "0.00|0.00|一2.00|二2.00|三2.50|122.50|三2.50|www.0.00|x.0.00|cn2.50|四0.00"
	if strings.Join(got, "|") != want {
		t.Errorf("stretch:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	b.max = 140
	us = units([]render.Span{{Text: "一二三，四五六七八九十一二三四。", Role: render.RoleBody}}, monoWidth) // 150: 10 too long
	after = b.justify(us, false)
	if after[len(us)-1] != -5 || after[3] != -5 {
		t.Errorf("squeeze: %v", after)
	}
}
