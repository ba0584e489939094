#!/usr/bin/env bash
# `scope check` on the real files of Tests/Fixtures/real/ (the 4,509-contract DECP 2019 export
# the largest), for one binary or two compared: runs alternated, medians of wall and CPU
# seconds and the peak memory, and the ratio. Run on demand, never as a test.
#   bench/check-real.sh [BINARY [OTHER_BINARY]]     (default: .build/release/scope)
#   RUNS=11 bench/check-real.sh /tmp/before/scope .build/release/scope
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
A=${1:-.build/release/scope}
B=${2:-}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/decp/notices" "$WORK/all/notices"
cp Tests/Fixtures/real/decp2019_marches-publics.info.json "$WORK/decp/notices/"
cp Tests/Fixtures/real/*.json Tests/Fixtures/real/*.xml "$WORK/all/notices/"
for d in decp all; do printf 'title: Real\nnow: "2024-07-10T12:00:00+02:00"\n' > "$WORK/$d/config.yaml"; done

# One run: "wall cpu maxrss_kb".
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$1" check --content "$2" >/dev/null 2>&1 || true
  tail -1 "$WORK/t" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for d in decp all; do
  : > "$WORK/a.$d"; : > "$WORK/b.$d"
  for i in $(seq "$RUNS"); do
    measure "$A" "$WORK/$d" >> "$WORK/a.$d"
    [ -n "$B" ] && measure "$B" "$WORK/$d" >> "$WORK/b.$d"
  done
  for side in a b; do
    [ -s "$WORK/$side.$d" ] || continue
    bin=$([ $side = a ] && echo "$A" || echo "$B")
    wall=$(cut -d' ' -f1 "$WORK/$side.$d" | median); cpu=$(cut -d' ' -f2 "$WORK/$side.$d" | median); rss=$(cut -d' ' -f3 "$WORK/$side.$d" | median)
    printf '%-5s %-40s wall %6.2f s  cpu %6.2f s  peak %6d MB  (median of %d)\n' "$d" "$bin" "$wall" "$cpu" $((${rss%.*} / 1024)) "$RUNS"
    echo "$wall $cpu" > "$WORK/m.$side.$d"
  done
  if [ -n "$B" ]; then
    read -r wa ca < "$WORK/m.a.$d"; read -r wb cb < "$WORK/m.b.$d"
    awk -v wa="$wa" -v wb="$wb" -v ca="$ca" -v cb="$cb" -v d="$d" 'BEGIN {printf "%-5s second / first: wall %.2f, cpu %.2f\n", d, wb / wa, cb / ca}'
  fi
done
