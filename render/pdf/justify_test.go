package pdf

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"slices"
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

// TestJustifyLimits: in the laid-out corpus no character is lost, no gap
// between CJK characters takes more than the limit, no gap inside a word,
// at an address's break or after the indent takes any, and a line is left
// short of the measure only when it starts with a number or an address, or
// is a few lines before one that could not be broken.
func TestJustifyLimits(t *testing.T) {
	l := newLayout(mustFonts(t))
	b := l.bodyBreaker()
	short, ragged, total := 0.0, 0, 0
	for _, bl := range corpusDocument(t).Blocks {
		text := bl.(*render.Paragraph).Text
		cell := unit{width: bodySize, n: 1, indent: true}
		lines := b.lines(append([]unit{cell, cell}, units([]render.Span{{Text: text, Role: render.RoleBody}}, b.width)...))
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
			total++
			after := b.justify(ln.units, false)
			checkGaps(t, ln.units, after)
			w := natural(ln.units, gridSpacing)
			for _, a := range after {
				w += a
			}
			if b.max-w > 0.01 {
				ragged++
				short = max(short, b.max-w)
				t.Logf("line %.2f em short: %s", (b.max-w)/bodySize, lineText(ln.units))
				if !nearWord(lines[i:]) {
					t.Errorf("line left short with no number or address after it: %s", lineText(ln.units))
				}
			}
		}
		if got.String() != text && strings.ReplaceAll(got.String(), " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Errorf("characters lost:\n%s\n%s", got.String(), text)
		}
	}
	t.Logf("%d of %d lines left short, the most by %.2f em", ragged, total, short/bodySize)
}

// checkGaps fails when justification put more into a gap than its kind
// allows.
func checkGaps(t *testing.T, ln []unit, after []float64) {
	t.Helper()
	for i := 1; i < len(ln); i++ {
		most := 0.0
		switch gapBefore(ln, i) {
		case gapCJK:
			most = stretchLimit
		case gapMixed:
			most = mixedLast * bodySize
		}
		if after[i-1] > most+0.001 {
			t.Errorf("gap before %q takes %.2f pt: %s", ln[i].text, after[i-1], lineText(ln))
		}
	}
}

// nearWord reports whether a line or one of the window lines after it
// starts with a number, an address or a code.
func nearWord(lines []line) bool {
	for _, ln := range lines[:min(window+1, len(lines))] {
		if ln.units[0].latin {
			return true
		}
	}
	return false
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

// glyph is a character of the text layer: its left and right edge and its
// baseline (pt).
type glyph struct {
	r         rune
	x0, x1, y float64
	size      float64
}

// textLines reads the PDF's text layer with mutool and gathers its
// characters into lines by baseline, left to right. mutool's own lines are
// not used, nor the spaces it makes up for wide gaps: it cuts a widely
// spaced line into pieces and fills gaps with spaces, hiding the very gaps
// measured.
func textLines(t *testing.T, pdf []byte) [][]glyph {
	mutool := testtool.Need(t, "mutool", "apt-get install mupdf-tools")
	out := filepath.Join(t.TempDir(), "r.stext")
	command(t, mutool, "convert", "-F", "stext", "-O", "inhibit-spaces", "-o", out, writeTemp(t, pdf))
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc stext
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var lines [][]glyph
	for _, p := range doc.Pages {
		var gs []glyph
		for _, ln := range p.Lines {
			for _, f := range ln.Fonts {
				for _, c := range f.Chars {
					q := strings.Fields(c.Quad)
					if len(q) != 8 || c.C == "" {
						continue
					}
					gs = append(gs, glyph{r: []rune(c.C)[0], x0: atof(q[0]), x1: atof(q[2]), y: atof(q[5]), size: f.Size})
				}
			}
		}
		slices.SortStableFunc(gs, func(a, b glyph) int {
			if math.Abs(a.y-b.y) > 1 {
				return cmp.Compare(a.y, b.y)
			}
			return cmp.Compare(a.x0, b.x0)
		})
		for i, g := range gs {
			if i == 0 || math.Abs(g.y-gs[i-1].y) > 1 {
				lines = append(lines, nil)
			}
			lines[len(lines)-1] = append(lines[len(lines)-1], g)
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
// characters of one number, Latin word or address (any two neighbouring
// ASCII characters but spaces), and between two CJK characters, on the
// body lines of a PDF's text layer.
func maxGaps(t *testing.T, pdf []byte) (latin, cjk float64) {
	word := func(r rune) bool { return r > ' ' && r < 0x7F }
	for _, ln := range textLines(t, pdf) {
		for i := 1; i < len(ln); i++ {
			a, b := ln[i-1], ln[i]
			if a.size != bodySize || b.size != bodySize {
				continue
			}
			gap := (b.x0 - a.x1) / bodySize
			switch {
			case word(a.r) && word(b.r):
				latin = max(latin, gap)
			case unicode.Is(unicode.Han, a.r) && unicode.Is(unicode.Han, b.r):
				cjk = max(cjk, gap)
			}
		}
	}
	return latin, cjk
}

// TestJustifyTextLayer: the PDFs of the corpus and of the test reports,
// read back, spread no number, word or address, and no gap between CJK
// characters exceeds the limit.
func TestJustifyTextLayer(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, corpusDocument(t), Options{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	pdfs := map[string][]byte{"stretch-corpus.txt": buf.Bytes()}
	for _, name := range []string{"example-2021.yaml", "qiaokou-2020.yaml", "long-2021.yaml"} {
		_, pdfs[name] = build(t, name)
	}
	limit := (stretchLimit + gridSpacing) / bodySize
	for name, data := range pdfs {
		latin, cjk := maxGaps(t, data)
		t.Logf("%s: widest gap inside a word %.3f em, between CJK characters %.3f em (limit %.3f)", name, latin, cjk, limit)
		if latin > 0.01 {
			t.Errorf("%s: a number, word or address is spread: gap %.3f em", name, latin)
		}
		if cjk > limit+0.005 {
			t.Errorf("%s: CJK gap %.3f em, limit %.3f", name, cjk, limit)
		}
	}
}
