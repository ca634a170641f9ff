package pdf

import (
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
	for _, ln := range breakLines(units([]run{{text, render.RoleBody}}, monoWidth), float64(chars*10), 0, monoWidth) {
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

// TestAddressBreaks: an address breaks at its natural points; a line that
// would stretch past the limit takes the head of the letter word after it;
// a number is never split.
func TestAddressBreaks(t *testing.T) {
	b := breaker{max: 100, width: monoWidth, limit: 2}
	for _, c := range []struct {
		text string
		want []string
	}{
		// "www." fits after 一二三四五六七 (70 + 20), "jnlc." does not.
		{"一二三四五六七www.jnlc.gov.cn。", []string{"一二三四五六七www.", "jnlc.gov.cn。"}},
		// Eight characters leave 20 for "abcdefgh": the head "abcd" moves up.
		{"一二三四五六七八abcdefgh。", []string{"一二三四五六七八abcd", "efgh。"}},
		// A number is kept whole even though the line stretches.
		{"一二三四五六七八12345678。", []string{"一二三四五六七八", "12345678。"}},
	} {
		var got []string
		for _, ln := range b.lines(units([]run{{c.text, render.RoleBody}}, monoWidth)) {
			got = append(got, lineText(ln.units))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q, want %q", c.text, got, c.want)
		}
	}
}
