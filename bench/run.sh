#!/usr/bin/env bash
# Whole-process speed ratios (issue 18), measured as cpu time (user + sys)
# of fresh processes, the commands of each table run in turn, round after
# round, medians (bench/cpu). Run from anywhere:
#   bash bench/run.sh            # RUNS=21 rounds, BATCH=1000 units
#   RUNS=11 BATCH=200 bash bench/run.sh
# The Typst comparison needs `cd bench/typst && npm ci`; it is skipped
# without it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Built as the release is (no cgo, stripped): what users run.
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$work/nianbao" ./cmd/nianbao
go build -o "$work/cpu" ./bench/cpu
nb="$work/nianbao" ex=testdata/long-2021.yaml
cpu() { "$work/cpu" -runs "$runs" "$@"; echo; }

echo "== The 13-page example ($ex) in a fresh process, against starting the program"
echo "   goals: build (the three formats HTML, PDF, XLSX) <= 3 x version; check <= 1.5 x version"
cpu -names "version,check,build (HTML+PDF+XLSX),build (all four: + DOCX),build --pdf,build --xlsx,build --html,build --docx" -- \
  "$nb version" "$nb check $ex" "$nb build --html --pdf --xlsx -o $work/a $ex" "$nb build -o $work/a4 $ex" \
  "$nb build --pdf -o $work/b $ex" "$nb build --xlsx -o $work/c $ex" "$nb build --html -o $work/d $ex" "$nb build --docx -o $work/d4 $ex"

echo "== Ten times the prose (go run ./bench/gen -prose 10)"
echo "   goal: build of 10x the prose <= 3 x build of the example"
go run ./bench/gen -prose 10 -o "$work/prose10.yaml"
cpu -names "build (example),build (10x prose)" -- "$nb build -o $work/e $ex" "$nb build -o $work/f $work/prose10.yaml"

if [ -d bench/typst/node_modules/@myriaddreamin/typst-ts-node-compiler ] && command -v node >/dev/null; then
  echo "== The PDF against Typst on the same content and fonts (go run ./bench/typstdoc)"
  echo "   goal: Typst >= 10 x nianbao's PDF"
  go run ./bench/typstdoc "$ex" > "$work/long.typ"
  cpu -names "nianbao build --pdf,typst (node compiler)" -- \
    "$nb build --pdf -o $work/g $ex" "node bench/typst/compile.js $work/long.typ $work/long-typst.pdf"
  # The two engines without their processes' start: Typst's compiler with its
  # fonts loaded, the document laid out anew each time (bench/typst/warm.js);
  # nianbao's pdf.Write with the fonts parsed, on one processor so that its
  # wall time is its cpu time (BenchmarkPDF). Five rounds, each measuring
  # both, so that load on the machine falls on both alike; the median ratio.
  go test -c -o "$work/bench.test" ./bench
  for round in 1 2 3 4 5; do
    t=$(node bench/typst/warm.js "$work/long.typ")
    n=$(cd bench && "$work/bench.test" -test.run XXX -test.bench '^BenchmarkPDF$' -test.benchtime 100x -test.cpu 1 | awk '$1 == "BenchmarkPDF" {print $3}')
    echo "$t $n"
  done | awk '{ printf "%.2f nianbao pdf.Write %.1f ms, Typst compile %.1f ms\n", $1 / ($2 / 1e6), $2 / 1e6, $1 }' |
    sort -n | sed -n 3p | awk '{ r = $1; $1 = ""; printf "   within one process (the round of the median ratio of 5):%s: %.1f x\n", $0, r }'
  echo
else
  echo "== Typst comparison skipped: run 'cd bench/typst && npm ci' first"; echo
fi

echo "== A batch"
bash bench/batch.sh "${BATCH:-1000}"
