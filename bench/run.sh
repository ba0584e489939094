#!/usr/bin/env bash
# Scope's benchmark, run on demand (never as a test): 100,000 notices built three times with a
# release binary, beside Hugo (Debian's package) on the same notices, a copy of the output
# (the floor no generator beats on this disk), a nightly rebuild after 1% of records changed,
# and a second size with 150,000 programmations. Prints a table; medians of three runs.
#   bench/run.sh [WORK_DIR]      (default /tmp/scope-bench; needs ~25 GB free)
#
# No measured build follows the deletion of a tree: each writes to a folder of its own, and all
# are removed at the end. This disk's ext4 has no journal, and then the kernel skips every
# inode deleted in the last minutes when it allocates one (ialloc.c, recently_deleted): right
# after `rm -rf` of a large tree, creating files costs many times the system time (20,000
# notices: 2.5 s of system time into a fresh folder, 13 to 32 s right after a deletion).
# A nightly build never follows such a deletion (Scope keeps the previous tree as its spare,
# Hugo overwrites public/), so the earlier runs' figures (rm -rf before each build) were not
# what a publisher sees.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/scope-bench}
RUNS=${RUNS:-3}
mkdir -p "$WORK"
# Trees left by an earlier run: removed, then a pause past the kernel's window for recently
# deleted inodes (60 s once written back).
if compgen -G "$WORK/site*" >/dev/null || compgen -G "$WORK/hugo-public*" >/dev/null || [ -e "$WORK/copy" ]; then
  rm -rf "$WORK"/site* "$WORK"/.site* "$WORK"/hugo-public* "$WORK/copy"
  sync; sleep 70
fi
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
swift build -c release --product scope >/dev/null
SCOPE=$PWD/.build/release/scope

# Wall time (s), peak RSS (MB), CPU time (user + system, s) and user time (s) of a command,
# from GNU time. The CPU time varies less than the wall time on a noisy disk; the user time
# leaves out the kernel's file creation, which `cp -a` pays too.
measure() {  # measure LABEL CMD...
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.$label" "$@" >"$WORK/out.$label" 2>&1
  read -r secs kb user sys < "$WORK/time.$label"
  echo "$secs $((kb / 1024)) $(awk "BEGIN {print $user + $sys}") $user"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(swift --version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2)"

[ -d "$WORK/content" ] || "$SCOPE" sample --notices 100000 --programmations 0 --buyers 5000 --output "$WORK/content" >/dev/null

# 1. Scope, three full builds from nothing, each into a folder of its own.
times=(); mems=(); cpus=(); users=()
for i in $(seq "$RUNS"); do
  sync
  read -r t m c u < <(measure scope "$SCOPE" build --content "$WORK/content" --output "$WORK/site-$i" --quiet --report "$WORK/report.json")
  times+=("$t"); mems+=("$m"); cpus+=("$c"); users+=("$u")
  echo "scope run $i: ${t}s, ${m} MB, ${c} s CPU" >&2
done
scope_t=$(printf '%s\n' "${times[@]}" | median); scope_m=$(printf '%s\n' "${mems[@]}" | median)
scope_c=$(printf '%s\n' "${cpus[@]}" | median); scope_u=$(printf '%s\n' "${users[@]}" | median)
SITE="$WORK/site-$RUNS"
files=$(find "$SITE" -type f | wc -l); bytes=$(du -sb "$SITE" | cut -f1)
pages=$(find "$SITE" -name index.html | wc -l)
stages=$(python3 -c "import json;print(', '.join('%s %.1f s' % (s['stage'], s['seconds']) for s in json.load(open('$WORK/report.json'))['stages']))")
python3 bench/render_cost.py "$WORK/report.json" "full build, last run"

# 2. Hugo on the same notices.
python3 bench/hugo_site.py "$WORK/content" "$WORK/hugo" >/dev/null
htimes=(); hmems=(); hcpus=(); husers=()
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/hugo/resources"  # Hugo's cache: a few files
  sync
  read -r t m c u < <(measure hugo hugo --source "$WORK/hugo" --destination "$WORK/hugo-public-$i" --quiet)
  htimes+=("$t"); hmems+=("$m"); hcpus+=("$c"); husers+=("$u")
  echo "hugo run $i: ${t}s, ${m} MB, ${c} s CPU" >&2
done
hugo_t=$(printf '%s\n' "${htimes[@]}" | median); hugo_m=$(printf '%s\n' "${hmems[@]}" | median)
hugo_c=$(printf '%s\n' "${hcpus[@]}" | median); hugo_u=$(printf '%s\n' "${husers[@]}" | median)
hugo_files=$(find "$WORK/hugo-public-$RUNS" -type f | wc -l)

# 3. Copying Scope's own output.
sync
read -r cp_t _ _ _ < <(measure copy cp -a "$SITE" "$WORK/copy")

# 4. The nightly rebuild after 1% of the notices changed (same --now). Nightly builds follow one
# another, so the night before is built first (same input): it leaves the spare tree a nightly
# build reuses (the first rebuild after a build from nothing has none).
read -r same_t _ same_c _ < <(measure same "$SCOPE" build --content "$WORK/content" --output "$SITE" --quiet)
retitle() {  # 1% of the notices get a new title (a different one each time: MARK)
python3 - "$WORK/content/notices/annonces.json" "$1" <<'PY'
import json, sys
path, mark = sys.argv[1], sys.argv[2]
notices = json.load(open(path, encoding="utf-8"))
for n in notices[::100]:
    n["title"] = n["title"] + f" ({mark})"
json.dump(notices, open(path, "w", encoding="utf-8"), ensure_ascii=False, sort_keys=True, indent=2)
PY
}
retitle "modifié"
touch "$WORK/before-nightly"; sleep 1
read -r inc_t inc_m inc_c _ < <(measure nightly "$SCOPE" build --content "$WORK/content" --output "$SITE" --quiet --report "$WORK/report-nightly.json")
inc_files=$(python3 -c "import json;f=json.load(open('$WORK/report-nightly.json'))['files'];print('%d written, %d unchanged, %d removed' % (f['written'], f['unchanged'], f['removed']))")
python3 bench/render_cost.py "$WORK/report-nightly.json" "nightly, 1% retitled"
# The floor under it: writing the very files it wrote, their bytes already made (see the script).
read -r floor_files floor_bytes floor_t < <(python3 bench/nightly_floor.py "$SITE" "$WORK/before-nightly")
# The same with the page cache dropped first, as on a server the night after (root only).
cold_t=""
if [ "$(id -u)" = 0 ]; then
  retitle "rectifié"
  sync; echo 3 > /proc/sys/vm/drop_caches
  read -r cold_t _ _ _ < <(measure cold "$SCOPE" build --content "$WORK/content" --output "$SITE" --quiet)
fi
rm -rf "$WORK/content"  # changed: the next run starts from a fresh sample

# 5. The second size: 100,000 notices + 150,000 programmations + 5,000 buyers.
"$SCOPE" sample --notices 100000 --programmations 150000 --buyers 5000 --output "$WORK/content-large" >/dev/null
read -r large_t large_m _ _ < <(measure large "$SCOPE" build --content "$WORK/content-large" --output "$WORK/site-large" --quiet)
large_files=$(find "$WORK/site-large" -type f | wc -l)
# Everything built is removed now that nothing more is measured.
rm -rf "$WORK"/site* "$WORK"/.site* "$WORK"/hugo-public* "$WORK/copy" "$WORK/content-large"

python3 - <<PY
scope_t, hugo_t, cp_t, inc_t = $scope_t, $hugo_t, $cp_t, $inc_t
scope_m, hugo_m = $scope_m, $hugo_m
rows = [
 ("Scope, 100k notices, full build (median of $RUNS)", f"{scope_t:.1f} s ({$scope_c:.1f} s CPU)", f"{scope_m} MB"),
 ("  stages (last run)", "$stages", ""),
 ("  output", f"$files files, $pages pages, {$bytes/1e9:.2f} GB, {$pages/scope_t:.0f} pages/s", ""),
 ("Hugo 100k notices (median of $RUNS)", f"{hugo_t:.1f} s ({$hugo_c:.1f} s CPU)", f"{hugo_m} MB"),
 ("  output", "$hugo_files files", ""),
 ("Scope / Hugo", f"time {scope_t/hugo_t:.2f}x (Hugo/Scope {hugo_t/scope_t:.2f}x), CPU {$scope_c/$hugo_c:.2f}x, user CPU {$scope_u/$hugo_u:.2f}x", f"memory {scope_m/hugo_m:.2f}x"),
 ("cp -a of Scope's output", f"{cp_t:.1f} s", f"Scope = {scope_t/cp_t:.2f}x the copy"),
 ("rebuild, same input (the night before)", f"{$same_t:.1f} s = {100*$same_t/scope_t:.0f}% of the full build ({$same_c:.1f} s CPU = {100*$same_c/$scope_c:.0f}%)", ""),
 ("nightly rebuild, 1% of notices changed", f"{inc_t:.1f} s = {100*inc_t/scope_t:.0f}% of the full build ({$inc_c:.1f} s CPU = {100*$inc_c/$scope_c:.0f}%)", "$inc_files"),
 ("  the floor: its files written, bytes in memory", f"{$floor_t:.1f} s = {100*$floor_t/scope_t:.0f}% of the full build", f"$floor_files files, {$floor_bytes/1e6:.0f} MB"),
 ("  the same, page cache dropped first", f"{float('${cold_t:-0}'):.1f} s = {100*float('${cold_t:-0}')/scope_t:.0f}% of the full build" if "$cold_t" else "not measured (needs root)", ""),
 ("100k notices + 150k programmations + 5k buyers", f"{$large_t:.1f} s, $large_files files", f"$large_m MB"),
]
w = max(len(r[0]) for r in rows)
for r in rows: print(f"{r[0]:<{w}}  {r[1]}  {r[2]}")
PY

# The run joins the history (docs/performance.md shows it: python3 bench/history.py --write).
run_no=$(( $(tail -n +2 bench/results.csv | wc -l) + 1 ))
echo "$run_no,$(date +%Y-%m),$(git log -1 --format=%h),$scope_t,$scope_c,$scope_m,$hugo_t,$hugo_c,$hugo_m,$cp_t,$same_t,$inc_t,$inc_c,$large_t,$large_m,$scope_u,$hugo_u,$cold_t,$floor_t,${NOTE:-fresh folders}" >> bench/results.csv
echo "appended run $run_no to bench/results.csv"
