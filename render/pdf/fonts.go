package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"nianbao/fonts"
	"nianbao/render"
)

// Fonts is the set of four faces a document is drawn with, one per role.
// It is safe for concurrent use and meant to be loaded once per process.
type Fonts struct {
	faces [4]*face
}

// face is one parsed TrueType font with cached coverage and advances.
type face struct {
	name string // file name or "built-in", for messages
	data []byte
	font *sfnt.Font
	upem float64

	mu      sync.Mutex
	advance map[rune]float64 // advance width in em; 0 for a missing glyph
}

var (
	defaultOnce  sync.Once
	defaultFonts *Fonts
	defaultErr   error
)

// DefaultFonts returns the built-in fonts, parsed once.
func DefaultFonts() (*Fonts, error) {
	defaultOnce.Do(func() { defaultFonts, defaultErr = LoadFonts(nil) })
	return defaultFonts, defaultErr
}

// FontFile is a user-supplied TrueType file for a role.
type FontFile struct {
	Name string // the path, for messages
	Data []byte
}

// LoadFonts parses the built-in fonts, replacing those of the roles given
// in custom. A custom font must be a TrueType font with glyf outlines (not a
// collection, not CFF) and a Unicode cmap.
func LoadFonts(custom map[render.Role]FontFile) (*Fonts, error) {
	builtin := map[render.Role][]byte{render.RoleBody: fonts.Body, render.RoleTitle: fonts.Title, render.RoleHei: fonts.Hei, render.RoleKai: fonts.Kai}
	fs := &Fonts{}
	for _, role := range render.Roles {
		f := FontFile{Name: "内置字体", Data: builtin[role]}
		if c, ok := custom[role]; ok {
			f = c
		}
		fc, err := parseFace(f)
		if err != nil {
			return nil, fmt.Errorf("%s字体 %s：%w", role, f.Name, err)
		}
		fs.faces[role] = fc
	}
	return fs, nil
}

func parseFace(f FontFile) (*face, error) {
	if err := checkTrueType(f.Data); err != nil {
		return nil, err
	}
	font, err := sfnt.Parse(f.Data)
	if err != nil {
		return nil, fmt.Errorf("无法读取：%v", err)
	}
	return &face{name: f.Name, data: f.Data, font: font, upem: float64(font.UnitsPerEm()), advance: map[rune]float64{}}, nil
}

// checkTrueType accepts only what fpdf can embed: a single TrueType font
// with glyf outlines.
func checkTrueType(data []byte) error {
	if len(data) < 12 {
		return errors.New("不是字体文件")
	}
	switch string(data[:4]) {
	case "ttcf":
		return errors.New("是字体集（TTC），请改用单个 TrueType（.ttf）文件")
	case "OTTO":
		return errors.New("是 CFF 轮廓的 OpenType 字体，PDF 生成器只支持 TrueType（glyf）轮廓的 .ttf")
	case "\x00\x01\x00\x00", "true":
	default:
		return errors.New("不是 TrueType 字体文件")
	}
	n := int(binary.BigEndian.Uint16(data[4:6]))
	if len(data) < 12+16*n {
		return errors.New("字体文件已损坏")
	}
	for i := 0; i < n; i++ {
		if bytes.Equal(data[12+16*i:16+16*i], []byte("glyf")) {
			return nil
		}
	}
	return errors.New("没有 glyf 轮廓表，PDF 生成器无法使用")
}

// Has reports whether the role's font can draw r: a BMP rune with a glyph.
func (fs *Fonts) Has(role render.Role, r rune) bool {
	return r <= 0xFFFF && fs.faces[role].glyph(r)
}

// width returns the advance of r in em, 0 when the font has no glyph for it
// (or it is beyond the BMP, which fpdf cannot embed).
func (f *face) width(r rune) float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	if w, ok := f.advance[r]; ok {
		return w
	}
	w := 0.0
	if r <= 0xFFFF {
		var b sfnt.Buffer
		if gi, err := f.font.GlyphIndex(&b, r); err == nil && gi != 0 {
			adv, err := f.font.GlyphAdvance(&b, gi, fixed.I(int(f.upem)), 0)
			if err == nil {
				w = float64(adv) / 64 / f.upem
			}
		}
	}
	f.advance[r] = w
	return w
}

// glyph reports whether the font maps r to a glyph (zero-width glyphs too).
func (f *face) glyph(r rune) bool {
	var b sfnt.Buffer
	gi, err := f.font.GlyphIndex(&b, r)
	return err == nil && gi != 0
}
