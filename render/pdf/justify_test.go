package pdf

import (
	"bytes"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"nianbao/internal/testtool"
	"nianbao/render"
)

// stretchCorpus reads testdata/stretch-corpus.txt: sentences that used to
// be letter-spaced, where a web address, an e-mail, a long number or a
// Latin word arriving near the end of a line forced the line before it to
// stretch, digits included.
func stretchCorpus(t *testing.T) []string {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "stretch-corpus.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// corpusDocument repeats each corpus sentence after prefixes of 0 to 27
// characters, so that every address and number meets every line position.
func corpusDocument(t *testing.T) *render.Document {
	d := &render.Document{Title: "测试", TitleLines: []string{"测试"}, Lang: "zh-CN"}
	const filler = "政府信息公开工作坚持以公开为常态不公开为例外的原则推进决策执行管理服务结果公开"
	for _, s := range stretchCorpus(t) {
		for k := 0; k < charsPerLine; k++ {
			d.Blocks = append(d.Blocks, &render.Paragraph{Text: string([]rune(filler)[:k]) + s})
		}
	}
	return d
}

// TestJustifyLimits: in the laid-out corpus, no line stretches a gap by more
// than the limit, and no number or word is spread.
func TestJustifyLimits(t *testing.T) {
	l := newLayout(mustFonts(t))
	width := l.widthFunc(bodySize)
	b := breaker{max: textW * ptPerMM, spacing: gridSpacing, width: width, limit: stretchLimit}
	worst := 0.0
	for _, bl := range corpusDocument(t).Blocks {
		text := bl.(*render.Paragraph).Text
		cell := unit{width: bodySize, n: 1, indent: true}
		lines := b.lines(append([]unit{cell, cell}, units([]run{{text, render.RoleBody}}, width)...))
		var got strings.Builder
		for i, ln := range lines {
			for _, u := range ln.units {
				if !u.indent {
					got.WriteString(u.text)
				}
			}
			if ln.last {
				continue
			}
			s := stretch(ln.units, b.max, gridSpacing)
			worst = max(worst, s)
			if s > stretchLimit+0.01 && !startsWithNumber(lines[i+1]) {
				t.Errorf("line stretched %.2f pt a gap: %s", s, lineText(ln.units))
			}
		}
		if got.String() != text && strings.ReplaceAll(got.String(), " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Errorf("characters lost:\n%s\n%s", got.String(), text)
		}
	}
	t.Logf("widest stretch %.2f pt a gap (limit %.2f)", worst, stretchLimit)
}

// startsWithNumber reports whether a line starts with a number, which is
// never split and may leave the line before it stretched beyond the limit.
func startsWithNumber(ln line) bool {
	first := ln.units[0].text
	return strings.IndexFunc(first, render.IsLetter) < 0 && strings.IndexFunc(first, unicode.IsDigit) >= 0
}

func lineText(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.text)
	}
	return b.String()
}

// stext is mutool's structured text: every character with its box.
type stext struct {
	Pages []struct {
		Lines []struct {
			Fonts []struct {
				Size  float64 `xml:"size,attr"`
				Chars []struct {
					Quad string `xml:"quad,attr"`
					C    string `xml:"c,attr"`
				} `xml:"char"`
			} `xml:"font"`
		} `xml:"block>line"`
	} `xml:"page"`
}

// glyph is a character of the text layer: its left and right edge (pt).
type glyph struct {
	r      rune
	x0, x1 float64
	size   float64
}

// textLines reads the PDF's text layer with mutool, line by line.
func textLines(t *testing.T, pdf []byte) [][]glyph {
	mutool := testtool.Need(t, "mutool", "apt-get install mupdf-tools")
	out := command(t, mutool, "draw", "-q", "-F", "stext", "-o", "-", writeTemp(t, pdf))
	var doc stext
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var lines [][]glyph
	for _, p := range doc.Pages {
		for _, ln := range p.Lines {
			var gs []glyph
			for _, f := range ln.Fonts {
				for _, c := range f.Chars {
					q := strings.Fields(c.Quad)
					if len(q) != 8 || c.C == "" {
						continue
					}
					gs = append(gs, glyph{r: []rune(c.C)[0], x0: atof(q[0]), x1: atof(q[2]), size: f.Size})
				}
			}
			lines = append(lines, gs)
		}
	}
	return lines
}

func atof(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

// maxGaps measures, in em of the body size, the widest gap between two
// characters of one number or Latin word, and between two CJK characters,
// on the body lines of a PDF's text layer.
func maxGaps(t *testing.T, pdf []byte) (latin, cjk float64) {
	alnum := func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	for _, ln := range textLines(t, pdf) {
		for i := 1; i < len(ln); i++ {
			a, b := ln[i-1], ln[i]
			if a.size != bodySize || b.size != bodySize {
				continue
			}
			gap := (b.x0 - a.x1) / bodySize
			switch {
			case alnum(a.r) && alnum(b.r):
				latin = max(latin, gap)
			case unicode.Is(unicode.Han, a.r) && unicode.Is(unicode.Han, b.r):
				cjk = max(cjk, gap)
			}
		}
	}
	return latin, cjk
}

// TestJustifyTextLayer: the PDF of the corpus, read back, spreads no
// number or word, and no gap between CJK characters exceeds the limit.
func TestJustifyTextLayer(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, corpusDocument(t), Options{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	latin, cjk := maxGaps(t, buf.Bytes())
	t.Logf("widest gap inside a word %.3f em, between CJK characters %.3f em", latin, cjk)
	if latin > 0.01 {
		t.Errorf("a number or word is spread: gap %.3f em", latin)
	}
	if limit := (stretchLimit + gridSpacing) / bodySize; cjk > limit+0.005 {
		t.Errorf("CJK gap %.3f em, limit %.3f", cjk, limit)
	}
	for _, name := range []string{"example-2021.yaml", "qiaokou-2020.yaml"} {
		_, data := build(t, name)
		latin, cjk := maxGaps(t, data)
		t.Logf("%s: widest gap inside a word %.3f em, between CJK characters %.3f em", name, latin, cjk)
		if latin > 0.01 {
			t.Errorf("%s: a number or word is spread: gap %.3f em", name, latin)
		}
	}
}
