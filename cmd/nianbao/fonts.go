package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"nianbao/internal/safefile"
	"nianbao/render"
	"nianbao/render/pdf"
)

// fontFlags are the --font-* options: a TrueType file per role.
type fontFlags map[render.Role]*string

func addFontFlags(fs *pflag.FlagSet) fontFlags {
	return fontFlags{
		render.RoleBody:  fs.String("font-body", "", "正文字体（仿宋），TrueType .ttf `文件`；默认用内置 Noto Serif SC"),
		render.RoleTitle: fs.String("font-title", "", "标题字体（小标宋），.ttf `文件`；默认用内置 Noto Serif SC Bold"),
		render.RoleHei:   fs.String("font-heading", "", "一级标题字体（黑体），.ttf `文件`；默认用内置 Noto Sans SC"),
		render.RoleKai:   fs.String("font-kai", "", "二级标题和注释字体（楷体），.ttf `文件`；默认用内置 Nianbao Kai（霞鹜文楷改名）"),
	}
}

// maxFontSize bounds a font file: a full CJK TrueType font has some 20 MB.
const maxFontSize = 64 << 20

// load returns the built-in fonts with the user's files in their roles.
func (ff fontFlags) load() (*pdf.Fonts, error) {
	custom := map[render.Role]pdf.FontFile{}
	for role, path := range ff {
		if *path == "" {
			continue
		}
		data, err := safefile.Read(*path, maxFontSize)
		if err != nil {
			return nil, fmt.Errorf("%s: 无法读取字体文件：%s", *path, safefile.Describe(err))
		}
		custom[role] = pdf.FontFile{Name: *path, Data: data}
	}
	if len(custom) == 0 {
		return pdf.DefaultFonts()
	}
	return pdf.LoadFonts(custom)
}
