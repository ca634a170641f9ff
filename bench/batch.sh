#!/usr/bin/env bash
# Batch benchmark (issue: many units at once): N units generated from the
# shipped example, checked and then built to all four formats at -j 2;
# prints the cpu time (user + sys) per unit, the wall time and the peak
# memory of each step. Run from anywhere:
#   bash bench/batch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$work/nianbao" ./cmd/nianbao
go run ./bench/gen -n "$n" -o "$work/units" >/dev/null
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { tail -5 "$work/err"; exit 1; }
  read -r user sys wall kb < "$work/time"
  awk -v l="$label" -v u="$user" -v s="$sys" -v w="$wall" -v kb="$kb" -v n="$n" 'BEGIN {
    printf "%-30s cpu %7.2f s = %5.1f ms a unit   wall %6.2f s   peak %4d MB\n", l, u + s, 1000 * (u + s) / n, w, kb / 1024 }'
}
echo "$n units, $(nproc) CPUs, -j 2 (goal for build: <= 25 ms cpu a unit, peak < 80 MB)"
measure "check (all units)" "$work/nianbao" check -j 2 "$work/units"
measure "build (all four formats)" "$work/nianbao" build -j 2 -o "$work/out" "$work/units"
echo "outputs: $(find "$work/out" -type f | wc -l) files, $(du -sh "$work/out" | cut -f1)"
