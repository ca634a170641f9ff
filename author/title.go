package author

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// titleLineMax is the most characters a title line holds (GB/T 9704-2012:
// 标题一般用 2 号小标宋体字，编排于红色分隔线下空二行位置，分一行或多行居中排布；
// 回行时，要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形).
const titleLineMax = 20

// Where an agency's name may break: after the name of an institution
// (strong), or else after a place (weak). Longer suffixes are tried first.
var (
	strongSuffixes = []string{"委员会", "管委会", "联合会", "人民政府", "办公室", "办公厅", "办事处", "政府", "中心", "公司",
		"集团", "协会", "局", "厅", "委", "部", "院", "署", "）", "〕", ")"}
	weakSuffixes = append(strings.Split(divisions, ""), subdistrict) // 自治区 … end in one of divisions
	// noBreakBefore are beginnings that continue the word before them: "委"
	// of 委员会, "市" of 市场, "区" of 区域, "县" of 县委…
	noBreakBefore = []string{"员", "场", "域", "委", "级", "直", "属", "政府", "人民", "）", "〕", ")"}
)

// yearBreak is the strength of the break between the agency and the year.
const yearBreak = 3

// titleWord is a piece of the title that is never broken, and how good a
// break after it is.
type titleWord struct {
	text     string
	strength int // of a break after it: 0 none, 1 weak, 2 strong
}

// titleWords splits the title into its words: the parts of the agency's
// name, the year, and the words of the format's title (its keywords).
func (r *Report) titleWords() [][]titleWord {
	agency := strings.TrimSpace(r.Agency.S)
	var out [][]titleWord
	if agency != "" {
		out = append(out, agencyParts(agency))
	}
	out = append(out, append([]titleWord{{text: fmt.Sprintf("%d年", r.Year), strength: 1}}, keywordSplit(r.Spec.Texts.Title, r.Spec.Texts.Keywords)...))
	return out
}

// agencyParts splits an agency's name after each suffix that ends a part,
// outside brackets.
func agencyParts(name string) []titleWord {
	var out []titleWord
	start, depth := 0, 0
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		end := i + size
		switch {
		case strings.ContainsRune("（〔(", r):
			depth++
		case strings.ContainsRune("）〕)", r):
			depth = max(depth-1, 0)
		}
		if s := breakAfter(name[start:end], name[end:]); s > 0 && end < len(name) && depth == 0 {
			out = append(out, titleWord{text: name[start:end], strength: s})
			start = end
		}
		i = end
	}
	return append(out, titleWord{text: name[start:], strength: 2})
}

// breakAfter tells how good a break is between head and tail.
func breakAfter(head, tail string) int {
	for _, p := range noBreakBefore {
		if strings.HasPrefix(tail, p) {
			return 0
		}
	}
	for _, s := range strongSuffixes {
		if strings.HasSuffix(head, s) && utf8.RuneCountInString(head) > utf8.RuneCountInString(s) {
			return 2
		}
	}
	for _, s := range weakSuffixes {
		if strings.HasSuffix(head, s) && utf8.RuneCountInString(head) > utf8.RuneCountInString(s) {
			return 1
		}
	}
	return 0
}

// keywordSplit cuts a title at the edges of the keywords it contains:
// "政府信息公开工作年度报告" → 政府信息公开, 工作, 年度报告.
func keywordSplit(title string, keywords []string) []titleWord {
	cuts := map[int]bool{}
	for _, k := range keywords {
		if i := strings.Index(title, k); i >= 0 && k != "" {
			cuts[i], cuts[i+len(k)] = true, true
		}
	}
	var out []titleWord
	start := 0
	for i := 1; i <= len(title); i++ {
		if cuts[i] || i == len(title) {
			if i > start {
				out = append(out, titleWord{text: title[start:i], strength: 1})
				start = i
			}
		}
	}
	return out
}

// titleLines breaks the title as GB/T 9704 asks: at most 20 characters a
// line, between the parts of the agency's name and before the year, never
// inside a word, the lines shaped as a trapezoid or a diamond. Each line is
// returned as its words.
func (r *Report) titleLines() [][]string {
	groups := r.titleWords()
	var words []titleWord
	for g, ws := range groups {
		for i, w := range ws {
			if i == len(ws)-1 && g < len(groups)-1 {
				w.strength = yearBreak
			}
			words = append(words, w)
		}
	}
	words = splitLongWords(mergeWords(words, maxTitleWords))
	best, bestScore := []int(nil), math.Inf(1)
	for _, breaks := range breakSets(len(words)) {
		if s := titleScore(words, breaks); s < bestScore {
			best, bestScore = breaks, s
		}
	}
	var lines [][]string
	var cur []string
	for i, w := range words {
		cur = append(cur, w.text)
		if i == len(words)-1 || slices.Contains(best, i) {
			lines = append(lines, cur)
			cur = nil
		}
	}
	return lines
}

// splitLongWords cuts a word longer than a line (an agency name with no
// place to break) into even pieces.
func splitLongWords(words []titleWord) []titleWord {
	var out []titleWord
	for _, w := range words {
		rs := []rune(w.text)
		if len(rs) <= titleLineMax {
			out = append(out, w)
			continue
		}
		n := (len(rs) + titleLineMax - 1) / titleLineMax
		for i := 0; i < n; i++ {
			piece := titleWord{text: string(rs[i*len(rs)/n : (i+1)*len(rs)/n])}
			if i == n-1 {
				piece.strength = w.strength
			}
			out = append(out, piece)
		}
	}
	return out
}

// maxTitleWords bounds the search over break sets: 2^13 sets at most.
const maxTitleWords = 14

// mergeWords joins the words across their weakest breaks until at most n
// remain.
func mergeWords(words []titleWord, n int) []titleWord {
	words = append([]titleWord(nil), words...)
	for len(words) > n {
		weakest := 0
		for i := range words[:len(words)-1] {
			if words[i].strength < words[weakest].strength {
				weakest = i
			}
		}
		words[weakest] = titleWord{text: words[weakest].text + words[weakest+1].text, strength: words[weakest+1].strength}
		words = append(words[:weakest+1], words[weakest+2:]...)
	}
	return words
}

// breakSets lists every set of break positions (a break after word i) for
// n words: 2^(n-1) sets.
func breakSets(n int) [][]int {
	var out [][]int
	for mask := 0; mask < 1<<(n-1); mask++ {
		var set []int
		for i := 0; i < n-1; i++ {
			if mask&(1<<i) != 0 {
				set = append(set, i)
			}
		}
		out = append(out, set)
	}
	return out
}

// titleScore rates a way to break the title (lower is better): lines over
// 20 characters rule it out; then fewer lines, then a trapezoid or diamond,
// then breaks at strong places, then even lines.
func titleScore(words []titleWord, breaks []int) float64 {
	var lengths []int
	n, penalty, unbrokenYear := 0, 0.0, false
	for i, w := range words {
		n += utf8.RuneCountInString(w.text)
		if i == len(words)-1 || slices.Contains(breaks, i) {
			if n > titleLineMax {
				return math.Inf(1)
			}
			lengths = append(lengths, n)
			n = 0
			if i < len(words)-1 {
				penalty += float64(yearBreak-w.strength) * 10
			}
		} else if w.strength == yearBreak {
			unbrokenYear = true
		}
	}
	if unbrokenYear && len(lengths) > 1 {
		return math.Inf(1) // a title on several lines puts the year on a new one
	}
	if !trapezoidOrDiamond(lengths) {
		penalty += 100
	}
	mean := 0.0
	for _, l := range lengths {
		mean += float64(l)
	}
	mean /= float64(len(lengths))
	for _, l := range lengths {
		penalty += (float64(l) - mean) * (float64(l) - mean) / 10
	}
	return float64(len(lengths))*1000 + penalty
}

// trapezoidOrDiamond reports whether line lengths never shrink and then
// grow again: widening, narrowing, or widening then narrowing. Lines within
// shapeSlack characters of each other count as equal.
func trapezoidOrDiamond(lengths []int) bool {
	narrowing := false
	for i := 1; i < len(lengths); i++ {
		switch d := lengths[i] - lengths[i-1]; {
		case d < -shapeSlack:
			narrowing = true
		case d > shapeSlack && narrowing:
			return false
		}
	}
	return true
}

// shapeSlack is how many characters two centred lines may differ by and
// still look the same length.
const shapeSlack = 1
