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
