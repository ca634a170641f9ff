// Package fonts embeds the open-licensed subset fonts (S1: GB2312, the BMP
// part of 通用规范汉字表, Big5 level 1 and common symbols) that nianbao draws
// its PDF with, so the binary alone renders a report. See README.md for the
// sources, licences and the rebuild script build.sh.
package fonts

import _ "embed"

//go:generate go run ./internal/genindex

// Body is Noto Serif SC Regular: the body text (仿宋 substitute) and page numbers.
//
//go:embed NotoSerifSC-Regular-S1.ttf
var Body []byte

// Title is Noto Serif SC Bold: the title (小标宋 substitute).
//
//go:embed NotoSerifSC-Bold-S1.ttf
var Title []byte

// Hei is Noto Sans SC Medium: first-level headings (黑体 substitute).
//
//go:embed NotoSansSC-Medium-S1.ttf
var Hei []byte

// Kai is LXGW WenKai Regular renamed "Nianbao Kai" as its licence requires
// for a modified copy: second-level headings and notes (楷体 substitute).
//
//go:embed NianbaoKai-Regular-S1.ttf
var Kai []byte

// The glyph indexes of the faces (ttf.Index, made by go generate): the
// glyph of each BMP code point, so that no process decodes a face's cmap.
var (
	//go:embed NotoSerifSC-Regular-S1.glyphs
	BodyGlyphs []byte
	//go:embed NotoSerifSC-Bold-S1.glyphs
	TitleGlyphs []byte
	//go:embed NotoSansSC-Medium-S1.glyphs
	HeiGlyphs []byte
	//go:embed NianbaoKai-Regular-S1.glyphs
	KaiGlyphs []byte
)
