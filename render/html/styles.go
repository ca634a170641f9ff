package html

import (
	"sort"
	"strings"
)

// Font stacks by role, as official documents use them: the licensed
// Windows/macOS faces first, then common system fonts, then the open fonts
// nianbao ships for its PDF.
const (
	fontTitle = `'方正小标宋简体','FZXiaoBiaoSong-B05S','华文中宋','STZhongsong','Noto Serif SC','Source Han Serif SC','Songti SC','SimSun',serif`
	fontBody  = `'仿宋_GB2312','仿宋','FangSong','STFangsong','Noto Serif SC','Source Han Serif SC','Songti SC','SimSun',serif`
	fontHei   = `'黑体','SimHei','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif`
	fontKai   = `'楷体_GB2312','楷体','KaiTi','STKaiti','Nianbao Kai','LXGW WenKai','Kaiti SC',serif`
)

// bodyHeading styles the headings set in the body face: 1. and （1）.
const bodyHeading = "font-family:" + fontBody + ";font-size:1em;font-weight:normal;margin:0;text-indent:2em;"

// styles are the per-element styles. The full page turns them into class
// rules; --fragment writes them inline, as a CMS editor keeps no <style>.
var styles = map[string]string{
	"report":     "font-family:" + fontBody + ";font-size:1.0625rem;line-height:1.9;color:#000;",
	"title":      "font-family:" + fontTitle + ";font-size:1.6em;font-weight:bold;line-height:1.5;text-align:center;margin:0 0 1.2em;",
	"title-line": "display:inline-block;max-width:100%;word-break:keep-all;overflow-wrap:anywhere;text-wrap:balance;",
	"p":          "margin:0;text-indent:2em;text-align:justify;overflow-wrap:anywhere;",
	"word":       "display:inline-block;white-space:nowrap;",
	"ragged":     "text-align:left;",
	"addr":       "overflow-wrap:anywhere;",
	"h2":         "font-family:" + fontHei + ";font-size:1em;font-weight:normal;margin:0.8em 0 0;text-indent:2em;",
	"h3":         "font-family:" + fontKai + ";font-size:1em;font-weight:normal;margin:0.4em 0 0;text-indent:2em;",
	"h4":         bodyHeading,
	"h5":         bodyHeading,
	"wrap":       "position:relative;overflow-x:auto;max-width:100%;margin:0.6em 0 1em;",
	"table":      "border-collapse:collapse;width:100%;font-size:0.8em;line-height:1.45;font-family:" + fontBody + ";",
	"wide":       "min-width:40em;",
	"widest":     "min-width:46em;",
	"caption":    "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;",
	"th":         "border:1px solid #000;padding:0.3em 0.35em;font-weight:normal;text-align:center;vertical-align:middle;text-wrap:balance;",
	"th-title":   "background:#c6d9f1;font-family:" + fontHei + ";",
	"th-corner":  "font-family:" + fontKai + ";",
	"th-span":    "min-width:3em;",
	"num":        "", // a column of figures: narrowed in print (report.css)
	"td":         "border:1px solid #000;padding:0.3em 0.35em;text-align:center;vertical-align:middle;white-space:nowrap;font-variant-numeric:tabular-nums;",
	"note":       "font-family:" + fontKai + ";",
	"sign":       "margin:2em 0 0;text-align:right;",
	"sign-line":  "margin:0;",
}

// classCSS writes the class rules of the full page.
func classCSS() string {
	names := make([]string, 0, len(styles))
	for n := range styles {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		if styles[n] != "" && n != "report" {
			b.WriteString(".report ." + n + " { " + styles[n] + " }\n")
		}
	}
	// The root element carries class "report" itself.
	b.WriteString(".report { " + styles["report"] + " }\n")
	return b.String()
}
