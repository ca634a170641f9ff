// Command gen writes report files for the benchmarks (bench/run.sh,
// bench/batch.sh):
//
//	go run ./bench/gen -n 1000 -o /tmp/units           # a batch: N units made from the shipped example
//	go run ./bench/gen -prose 10 -o /tmp/prose10.yaml   # the long example with ten times its prose
//
// Batch units vary the agency, a few figures (keeping every balance) and
// the prose; every one balances, so check passes and build renders all of
// them. The long example keeps its tables and 一、总体情况 (whose length the
// format limits) and repeats the parts of 五 and 六 until the prose is the
// given multiple of the original's.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"nianbao/author"
)

func main() {
	n := flag.Int("n", 1000, "number of units")
	prose := flag.Int("prose", 0, "write one file: testdata/long-2021.yaml with this multiple of its prose")
	out := flag.String("o", "units", "output directory (a file with -prose)")
	flag.Parse()
	if *prose > 0 {
		if err := os.WriteFile(*out, longer(*prose), 0o644); err != nil {
			log.Fatal(err)
		}
		return
	}
	base, err := os.ReadFile("testdata/example-2021.yaml")
	if err != nil {
		log.Fatal("run from the repository root: ", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for i := 1; i <= *n; i++ {
		path := filepath.Join(*out, fmt.Sprintf("单位%04d.yaml", i))
		if err := os.WriteFile(path, []byte(vary(string(base), i)), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("wrote %d units to %s\n", *n, *out)
}

// longer returns the long example with k times its prose: the text of
// each part of the sections after 一 is repeated (more parts would not do:
// numbering has its own limits).
func longer(k int) []byte {
	const name = "testdata/long-2021.yaml"
	data, err := os.ReadFile(name)
	if err != nil {
		log.Fatal("run from the repository root: ", err)
	}
	r, fs := author.Load(name, data)
	if r == nil {
		log.Fatal(fs)
	}
	sections := r.Spec.ProseSections()
	total, fixed := 0, length(r.Prose[sections[0].Index].Parts)
	for _, s := range sections {
		total += length(r.Prose[s.Index].Parts)
	}
	copies := (k*total - fixed + total - fixed - 1) / (total - fixed)
	for _, s := range sections[1:] {
		repeat(r.Prose[s.Index].Parts, copies)
	}
	return author.WriteYAML(r, author.WriteOptions{Source: []string{fmt.Sprintf("%s，正文约 %d 倍（bench/gen -prose %d）", name, k, k)}})
}

// repeat repeats the text of each part n times, paragraph after paragraph.
func repeat(ps []author.Part, n int) {
	for i := range ps {
		if t := strings.TrimRight(ps[i].Text.S, "\n"); t != "" {
			ps[i].Text.S = strings.Repeat(t+"\n", n)
		}
		repeat(ps[i].Parts, n)
	}
}

// length counts the characters of the text of parts (not their titles).
func length(ps []author.Part) int {
	n := 0
	for _, p := range ps {
		n += utf8.RuneCountInString(p.Text.S) + length(p.Parts)
	}
	return n
}

// vary changes the agency, a few figures (keeping every balance) and the
// prose of the example.
func vary(s string, i int) string {
	k := i % 37
	r := strings.NewReplacer(
		"agency: 江南市临川区人民政府", fmt.Sprintf("agency: 江南市第%d行政单位", i),
		"new:              [86, 6, 0, 1, 2, 0]", fmt.Sprintf("new:              [%d, 6, 0, 1, 2, 0]", 86+k),
		"disclosed:        [38, 3, 0, 1, 1, 0]", fmt.Sprintf("disclosed:        [%d, 3, 0, 1, 1, 0]", 38+k),
		"total:            [85, 5, 0, 1, 2, 0]", fmt.Sprintf("total:            [%d, 5, 0, 1, 2, 0]", 85+k),
		"全年共收到政府信息公开申请95件", fmt.Sprintf("全年共收到政府信息公开申请%d件", 95+k),
		"办结93件", fmt.Sprintf("办结%d件", 93+k),
		"其中予以公开43件", fmt.Sprintf("其中予以公开%d件", 43+k),
		"licensing: 3862", fmt.Sprintf("licensing: %d", 3862+i),
		"fees: 1852.37", fmt.Sprintf("fees: %d.%02d", 1000+i, i%100),
		"区政府常务会议专题研究政务公开工作", fmt.Sprintf("第%d单位党组会议%d次专题研究政务公开工作", i, k+1),
	)
	return r.Replace(s)
}
