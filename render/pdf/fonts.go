package pdf

import (
	"fmt"
	"strings"
	"sync"

	"nianbao/fonts"
	"nianbao/internal/ttf"
	"nianbao/render"
)

// Fonts is the set of four faces a document is drawn with, one per role.
// It is read-only once loaded: meant to be loaded once per process and
// shared by every document and worker.
type Fonts struct {
	faces [4]*face
}

// face is one TrueType font. A built-in face answers coverage questions
// from the glyph index generated with the fonts and is parsed (with that
// index) only when a PDF needs its widths and outlines; a user's font is
// parsed when loaded.
type face struct {
	name  string // file name or "内置字体", for messages
	data  []byte
	index ttf.Index // built-in faces only

	once sync.Once
	font *ttf.Font
	err  error
}

var (
	defaultOnce  sync.Once
	defaultFonts *Fonts
	defaultErr   error
)

// DefaultFonts returns the built-in fonts, loaded once.
func DefaultFonts() (*Fonts, error) {
	defaultOnce.Do(func() { defaultFonts, defaultErr = LoadFonts(nil) })
	return defaultFonts, defaultErr
}

// FontFile is a user-supplied TrueType file for a role.
type FontFile struct {
	Name string // the path, for messages
	Data []byte
}

// builtin are the embedded faces of the roles and their glyph indexes.
var builtin = [...]struct{ data, index []byte }{
	render.RoleBody:  {fonts.Body, fonts.BodyGlyphs},
	render.RoleTitle: {fonts.Title, fonts.TitleGlyphs},
	render.RoleHei:   {fonts.Hei, fonts.HeiGlyphs},
	render.RoleKai:   {fonts.Kai, fonts.KaiGlyphs},
}

// LoadFonts returns the built-in fonts, replacing those of the roles given
// in custom. A custom font must be a TrueType font with glyf outlines (not a
// collection, not CFF) and a Unicode cmap; it is parsed here, so that a bad
// file is refused before any report is read.
func LoadFonts(custom map[render.Role]FontFile) (*Fonts, error) {
	fs := &Fonts{}
	for _, role := range render.Roles {
		c, ok := custom[role]
		if !ok {
			fs.faces[role] = &face{name: "内置字体", data: builtin[role].data, index: builtin[role].index}
			continue
		}
		fc := &face{name: c.Name, data: c.Data}
		if _, err := fc.parsed(); err != nil {
			return nil, fmt.Errorf("%s字体 %s：%w", role, c.Name, err)
		}
		fs.faces[role] = fc
	}
	return fs, nil
}

// parsed returns the face's font, parsing it on first use.
func (f *face) parsed() (*ttf.Font, error) {
	f.once.Do(func() {
		if f.index != nil {
			f.font, f.err = ttf.ParseIndexed(f.data, f.index)
		} else {
			f.font, f.err = ttf.Parse(f.data)
		}
	})
	return f.font, f.err
}

// mustParse returns the parsed font of a face that is known to parse: a
// user's font was parsed when loaded, and the built-in fonts are tested.
func (f *face) mustParse() *ttf.Font {
	font, err := f.parsed()
	if err != nil {
		panic(fmt.Sprintf("字体 %s：%v", f.name, err))
	}
	return font
}

// Has reports whether the role's font can draw r: a BMP rune with a glyph.
func (fs *Fonts) Has(role render.Role, r rune) bool {
	f := fs.faces[role]
	if r > 0xFFFF {
		return false
	}
	if f.index != nil {
		return f.index.Glyph(r) != 0
	}
	return f.mustParse().Glyph(r) != 0
}

// width returns the advance of r in em, 0 when the font has no glyph for it
// (or it is beyond the BMP, which fpdf cannot embed).
func (f *face) width(r rune) float64 {
	font := f.mustParse()
	g := font.Glyph(r)
	if g == 0 {
		return 0
	}
	return float64(font.Advance(g)) / float64(font.UnitsPerEm())
}

// squeezeMarks are the full-width marks whose blank half lies after the
// glyph in a Chinese font: pause and stop marks, closing brackets and
// quotes. Opening brackets keep their blank before the glyph.
const squeezeMarks = "，。、；：！？）》」』】〕〉”’"

// squeezable reports whether a line may set r at half width (标点挤压): a
// full-width mark of squeezeMarks whose ink lies in the left half of its
// em. The outline decides, so that a user's font whose marks are centred
// or proportional is never squeezed into its ink.
func (f *face) squeezable(r rune) bool {
	if !strings.ContainsRune(squeezeMarks, r) {
		return false
	}
	font := f.mustParse()
	g := font.Glyph(r)
	em := font.UnitsPerEm()
	_, xMax, ok := font.Ink(g)
	return ok && font.Advance(g) == em && 2*xMax <= em
}

// subset returns a TrueType font with the glyphs of runes only.
func (f *face) subset(runes map[rune]bool) ([]byte, error) {
	rs := make([]rune, 0, len(runes))
	for r := range runes {
		rs = append(rs, r)
	}
	return f.mustParse().Subset(rs)
}
