package render

import (
	"strings"
	"testing"
)

func TestAddressFragments(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"https://www.jnlc.gov.cn", []string{"https://", "www.", "jnlc.", "gov.", "cn"}},
		{"lcqzwgk@jnlc.gov.cn", []string{"lcqzwgk@", "jnlc.", "gov.", "cn"}},
		{"www.gov.cn/zhengce/xxgk", []string{"www.", "gov.", "cn/", "zhengce/", "xxgk"}},
		{"24252.311082", []string{"24252.311082"}}, // a number never breaks
		{"0797-8213456", []string{"0797-8213456"}},
		{"No.3", []string{"No.3"}},
		{"APP", []string{"APP"}},
	} {
		if got := AddressFragments(c.word); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("AddressFragments(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestPhoneParts(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"0797-8213456", []string{"0797-", "8213456"}},
		{"010-12345678", []string{"010-", "12345678"}},
		{"400-123-4567", []string{"400-", "123-4567"}},
		{"2024-01-01", []string{"2024-01-01"}}, // a date stays whole
		{"123456789.12", []string{"123456789.12"}},
		{"20250000000012345678", []string{"20250000000012345678"}},
		{"0797-", []string{"0797-"}},
	} {
		if got := PhoneParts(c.word); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("PhoneParts(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestIsWordRune: letters, digits and the signs inside addresses and
// numbers belong in a word; Chinese characters, full-width marks and every
// space do not (the breakers rely on it to end a word at a space).
func TestIsWordRune(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', true}, {'7', true}, {'.', true}, {'-', true}, {'@', true}, {'/', true},
		{'公', false}, {'，', false}, {'（', false}, {'“', false},
		{' ', false}, {'\t', false}, {'\n', false}, {'\u00a0', false}, {'\u2003', false}, {'\u3000', false},
	} {
		if got := IsWordRune(c.r); got != c.want {
			t.Errorf("IsWordRune(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}
