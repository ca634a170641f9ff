#!/usr/bin/env bash
# Batch benchmark (issue: many units at once): 1,000 units generated from the
# shipped example, checked and then built to all three formats; prints the
# wall time and the peak memory of each step. Run from anywhere:
#   bash bench/batch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/nianbao" ./cmd/nianbao
go run ./bench/gen -n "$n" -o "$work/units" >/dev/null
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" | tail -5; exit 1; }
  read -r secs kb < "$work/time"
  printf '%-34s %6.2f s   peak %5d MB\n' "$label" "$secs" "$((kb / 1024))"
}
echo "$n units, $(nproc) CPUs"
measure "check (all units)" "$work/nianbao" check "$work/units"
measure "build (HTML + PDF + XLSX)" "$work/nianbao" build -o "$work/out" "$work/units"
echo "outputs: $(find "$work/out" -type f | wc -l) files, $(du -sh "$work/out" | cut -f1)"
