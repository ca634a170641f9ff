package render

import (
	"regexp"
	"strings"
	"unicode"
)

// Continued marks a table continued on a new page, above its repeated
// header rows.
const Continued = "续表"

// MaxHanStretch is the most justification may add between two Han
// characters (em), after JIS X 4051 and clreq: the PDF keeps to it,
// repairing a line that would need more; the Word document and the page,
// which cannot be given a limit, judge by it which words may leave the
// line before them too short.
const MaxHanStretch = 0.15

// IsWordRune reports whether r belongs in a Latin word or number, which
// justification must not spread and a line must not break
// ("24252.311082", "https://www.x.gov.cn", "0797-8213456").
func IsWordRune(r rune) bool {
	return r < 0x2E80 && !unicode.IsSpace(r) && !strings.ContainsRune("（）《》“”‘’，。、；：？！", r)
}

// AddressBreaks are the characters after which an address or an e-mail
// may break (no hyphen is added).
const AddressBreaks = "/.@-?&=_"

// AddressFragments splits a web address or an e-mail after each run of
// break characters, where a line may break: "https://www.x.gov.cn" →
// "https://", "www.", "x.", "gov.", "cn". Any other word (a number, a
// name) comes back whole.
func AddressFragments(word string) []string {
	if !isAddress(word) {
		return []string{word}
	}
	rs := []rune(word)
	var out []string
	start := 0
	for i := 0; i+1 < len(rs); i++ {
		if strings.ContainsRune(AddressBreaks, rs[i]) && !strings.ContainsRune(AddressBreaks, rs[i+1]) {
			out = append(out, string(rs[start:i+1]))
			start = i + 1
		}
	}
	return append(out, string(rs[start:]))
}

// phone is a telephone or fax number: an area code and its hyphen, then
// the number ("0797-8213456", "400-123-4567").
var phone = regexp.MustCompile(`^(\+?[0-9]{2,4}-)([0-9][0-9-]{5,}[0-9])$`)

// PhoneParts splits a telephone or fax number after the hyphen of its area
// code, the one place a line may break inside it when it must
// ("0797-8213456" → "0797-", "8213456"); any other word, a date or an
// amount among them, comes back whole.
func PhoneParts(word string) []string {
	m := phone.FindStringSubmatch(word)
	if m == nil {
		return []string{word}
	}
	return m[1:3]
}

// isAddress reports whether a word is a web address or an e-mail rather
// than a number, which never breaks.
func isAddress(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "@") || strings.HasPrefix(strings.ToLower(s), "www.") {
		return true
	}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if (rs[i] == '.' || rs[i] == '/') && IsLetter(rs[i-1]) && IsLetter(rs[i+1]) {
			return true // "jnlc.gov.cn", "xxgk/nb"
		}
	}
	return false
}

// IsLetter reports whether r is a Latin (or other alphabetic, non-CJK)
// letter.
func IsLetter(r rune) bool { return r < 0x2E80 && unicode.IsLetter(r) }
