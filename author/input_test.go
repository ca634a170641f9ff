package author

import "testing"

// TestPastLimit: the offset of the byte of a set past a limit, the same for
// a string and its bytes, -1 when the limit holds.
func TestPastLimit(t *testing.T) {
	for _, tt := range []struct {
		text, set string
		limit     int
		want      int
	}{
		{"a: [1, 2]", ",:-?[{", 2, 5},
		{"a: [1, 2]", ",:-?[{", 3, -1},
		{"<p><b>x</b></p>", "<", 3, 11},
		{"", "<", 0, -1},
		{"行一\n行二\t|", "\n\t|", 1, 13},
	} {
		if got, gotBytes := pastLimit(tt.text, tt.set, tt.limit), pastLimit([]byte(tt.text), tt.set, tt.limit); got != tt.want || gotBytes != tt.want {
			t.Errorf("pastLimit(%q, %q, %d) = %d (bytes %d), want %d", tt.text, tt.set, tt.limit, got, gotBytes, tt.want)
		}
	}
}
