// Command genindex writes, for each embedded face, its glyph index
// (FONT.glyphs, a ttf.Index): the glyph of every BMP code point, ready to
// read, so that a process neither decodes a font's cmap to draw with it
// nor parses the font at all to answer whether it has a character. Run by
// fonts/build.sh after the fonts are rebuilt, or with
//
//	go generate ./fonts
package main

import (
	"log"
	"os"
	"strings"

	"nianbao/internal/ttf"
)

// faces are the embedded fonts.
var faces = []string{
	"NotoSerifSC-Regular-S1.ttf",
	"NotoSerifSC-Bold-S1.ttf",
	"NotoSansSC-Medium-S1.ttf",
	"NianbaoKai-Regular-S1.ttf",
}

func main() {
	for _, file := range faces {
		data, err := os.ReadFile(file)
		if err != nil {
			log.Fatal("run in fonts/ (go generate ./fonts): ", err)
		}
		font, err := ttf.Parse(data)
		if err != nil {
			log.Fatalf("%s: %v", file, err)
		}
		if err := os.WriteFile(strings.TrimSuffix(file, ".ttf")+".glyphs", font.Index(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
