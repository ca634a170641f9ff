package author

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pageHeadSeed starts a page that names an annual report.
const pageHeadSeed = "<html><body><p>某县2024年政府信息公开工作年度报告</p><table><tr>"

// FuzzReadPage: any bytes, as an HTML page or as a text, are read and
// checked without a panic, and every finding says what.
func FuzzReadPage(f *testing.F) {
	files, _ := filepath.Glob("../testdata/pages/seeds/*.txt")
	for _, path := range files {
		if data, err := os.ReadFile(path); err == nil && len(data) < 1<<16 {
			f.Add(data, false)
		}
	}
	f.Add([]byte(`<table><tr><td rowspan=999999 colspan=999999>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table>`), true)
	f.Add([]byte(`<p>某县2024年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td>行政复议</td></tr><tr><td>1</td><td>2</td></tr></table>`), true)
	f.Add([]byte("某县2024年政府信息公开工作年度报告\n"+strings.Repeat("1|", 3000)), false) // one line of many cells
	f.Add([]byte(pageHeadSeed+strings.Repeat("<td>1", 3000)), true)          // one row of many cells
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		name := "f.txt"
		if html {
			name = "f.html"
		}
		r, fs := ReadPage(name, data)
		judge(t, r, fs)
	})
}
