package pdf

import (
	"testing"

	"nianbao/render"
)

// TestSqueezable: the bundled faces let a line set their pause and stop
// marks, closing brackets and closing quotes at half width, their ink
// lying in the left half of the em; never an opening mark, a dash or an
// ellipsis, nor a character. The Kai face's question mark reaches just
// past the middle of its em, and its quotes are narrow already (0.35 em):
// they are set as they are.
func TestSqueezable(t *testing.T) {
	fs, err := DefaultFonts()
	if err != nil {
		t.Fatal(err)
	}
	const never = "（《「『【〔〈“‘—…·中a1,"
	for _, c := range []struct {
		role     render.Role
		squeezes string
		keeps    string
	}{
		{render.RoleBody, "，。、；：！？）》」』】〕〉”’", never},
		{render.RoleTitle, "，。、；：！？）》」』】〕〉”’", never},
		{render.RoleHei, "，。、；：！？）》」』】〕〉”’", never},
		{render.RoleKai, "，。、；：！）》」』】〕〉", "？”’" + never},
	} {
		f := fs.faces[c.role]
		for _, r := range c.squeezes {
			if !f.squeezable(r) {
				t.Errorf("%s: %c is not squeezable", c.role, r)
			}
		}
		for _, r := range c.keeps {
			if f.squeezable(r) {
				t.Errorf("%s: %c is squeezable", c.role, r)
			}
		}
	}
}
