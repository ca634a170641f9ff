// Command gen writes N report files for the batch benchmark, made from the
// shipped examples with varied agencies, figures and prose; every one
// balances, so check passes and build renders all of them.
//
//	go run ./bench/gen -n 1000 -o /tmp/units
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	n := flag.Int("n", 1000, "number of units")
	out := flag.String("o", "units", "output directory")
	flag.Parse()
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
