package author

import "testing"

// TestVisible: control characters are written as \uXXXX and bytes that are
// not UTF-8 as \xNN, by both; visible keeps a finding on one line, Visible
// keeps line breaks and tabs. Text that needs nothing is returned as it is.
func TestVisible(t *testing.T) {
	for _, tt := range []struct {
		in, visible, Visible string
	}{
		{"江南市临川区", "江南市临川区", "江南市临川区"},
		{"a\x1b]0;x\x07b", `a\u001B]0;x\u0007b`, `a\u001B]0;x\u0007b`},
		{"行一\n\t行二\r", `行一\u000A\u0009行二\u000D`, "行一\n\t行二\\u000D"},
		{"\xff", `\xFF`, `\xFF`},
		{"ab\xc3", `ab\xC3`, `ab\xC3`},
		{"\xe6\xb1\x9f\xe5\x8d", `江\xE5\x8D`, `江\xE5\x8D`},
		{"年\x80\n报", `年\x80\u000A报`, "年\\x80\n报"},
		{"\u0085\u202e", `\u0085\u202E`, `\u0085\u202E`},
	} {
		if got := visible(tt.in); got != tt.visible {
			t.Errorf("visible(%q) = %q, want %q", tt.in, got, tt.visible)
		}
		if got := Visible(tt.in); got != tt.Visible {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.Visible)
		}
	}
}
