#!/usr/bin/env bash
# Real nights, measured as a publisher has them (run on demand, never as a test): 100,000
# notices built at their sample's "now" (day D), then rebuilt in place
#   1. at D+1 with no other change (only the clock moved);
#   2. at D+2 after 1% of the notices changed, 0.5% new ones and 0.2% gone (a real night).
# Each night is compared with a full build of the same input at the same --now into a fresh
# folder (wall and CPU), and prints the files it wrote beside the site's files. The first
# rebuild is preceded by one at D (same input), which leaves the spare tree a nightly build
# reuses, as the night before does. ROUNDS rounds (default 3), medians.
#   bench/nights.sh [WORK_DIR]    (default /tmp/scope-nights; needs ~25 GB free)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/scope-nights}
ROUNDS=${ROUNDS:-3}
NOTICES=${NOTICES:-100000}
mkdir -p "$WORK"
if compgen -G "$WORK/site*" >/dev/null || compgen -G "$WORK/.site*" >/dev/null; then
  rm -rf "$WORK"/site* "$WORK"/.site*
  sync; sleep 70  # past the kernel's window for recently deleted inodes (see bench/run.sh)
fi
swift build -c release --product scope >/dev/null
SCOPE=$PWD/.build/release/scope

measure() {  # measure LABEL CMD... → wall, CPU (user + system)
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.$label" "$@" >"$WORK/out.$label" 2>&1
  read -r secs user sys < "$WORK/time.$label"
  echo "$secs $(awk "BEGIN {print $user + $sys}")"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
written() { python3 -c "import json;f=json.load(open('$1'))['files'];print(f['written'], f['removed'])"; }
# The day after D, N days on, at the sample's hour.
day() { python3 -c "
import re, datetime
now = re.search(r'^now: \"([^\"]+)\"', open('$WORK/content/config.yaml').read(), re.M).group(1)
print((datetime.datetime.fromisoformat(now) + datetime.timedelta(days=$1)).isoformat())"; }

rm -rf "$WORK/content" "$WORK/night"
"$SCOPE" sample --notices "$NOTICES" --programmations 0 --seed 11 --output "$WORK/content" >/dev/null
cp -a "$WORK/content" "$WORK/night"
# The real night's exports: 1% of notices retitled, 0.5% new (copies with new ids, published that
# day), 0.2% gone.
python3 - "$WORK/night/notices/annonces.json" "$(day 2)" <<'PY'
import json, sys
path, now = sys.argv[1], sys.argv[2]
notices = json.load(open(path, encoding="utf-8"))
for n in notices[::100]:
    n["title"] += " (modifié)"
new = []
for n in notices[7::200]:
    m = dict(n, id=n["id"] + "-N", published=now[:10])
    new.append(m)
gone = set(n["id"] for n in notices[3::500])
notices = [n for n in notices if n["id"] not in gone] + new
json.dump(notices, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"night: {len(notices[::100])} retitled, {len(new)} new, {len(gone)} gone", file=sys.stderr)
PY

D1=$(day 1); D2=$(day 2)
declare -A T C W D F
for r in $(seq "$ROUNDS"); do
  site="$WORK/site-$r"
  "$SCOPE" build --content "$WORK/content" --output "$site" --quiet >/dev/null
  "$SCOPE" build --content "$WORK/content" --output "$site" --quiet >/dev/null
  "$SCOPE" build --content "$WORK/content" --output "$WORK/site-fresh0-$r" --quiet >/dev/null
  # Only the clock moved; then the fresh build of the same input at the same instant.
  read -r t c < <(measure clock "$SCOPE" build --content "$WORK/content" --output "$site" --now "$D1" --quiet --report "$WORK/report-clock.json")
  T[clock]+="$t "; C[clock]+="$c "; W[clock]="$(written "$WORK/report-clock.json")"
  read -r t c < <(measure fresh1 "$SCOPE" build --content "$WORK/content" --output "$WORK/site-fresh1-$r" --now "$D1" --quiet)
  T[fresh1]+="$t "; C[fresh1]+="$c "
  # The real night.
  read -r t c < <(measure night "$SCOPE" build --content "$WORK/night" --output "$site" --now "$D2" --quiet --report "$WORK/report-night.json")
  T[night]+="$t "; C[night]+="$c "; W[night]="$(written "$WORK/report-night.json")"
  read -r t c < <(measure fresh2 "$SCOPE" build --content "$WORK/night" --output "$WORK/site-fresh2-$r" --now "$D2" --quiet)
  T[fresh2]+="$t "; C[fresh2]+="$c "
  # What each night must write, counted apart from the build (bench/sitediff.py), and the floor
  # of the real night's time: reading and indexing its exports (as the build reports them) and
  # writing those files' bytes (bench/nightly_floor.py).
  D[clock]="$(python3 bench/sitediff.py "$WORK/site-fresh0-$r" "$WORK/site-fresh1-$r" | tee "$WORK/diff-clock.txt" | sed -n 1p)"
  D[night]="$(python3 bench/sitediff.py "$WORK/site-fresh1-$r" "$WORK/site-fresh2-$r" --list "$WORK/diff-night.list" | tee "$WORK/diff-night.txt" | sed -n 1p)"
  read -r _ _ wf < <(python3 bench/nightly_floor.py "$WORK/site-fresh2-$r" --paths "$WORK/diff-night.list")
  ri=$(python3 -c "import json;s={x['stage']:x['seconds'] for x in json.load(open('$WORK/report-night.json'))['stages']};print(s['read']+s['index'])")
  F[night]+="$(awk "BEGIN {print $ri + $wf}") "
  # The night's site is the fresh build's, byte for byte.
  diff -r -q "$site" "$WORK/site-fresh2-$r" >/dev/null || echo "round $r: the night's site differs from a fresh build's" >&2
  files=$(find "$site" -type f | wc -l)
  echo "round $r: clock ${T[clock]}/ fresh ${T[fresh1]}; night ${T[night]}/ fresh ${T[fresh2]}" >&2
done
# Removed only now: a build right after a large deletion pays for it (see bench/run.sh).
rm -rf "$WORK"/site* "$WORK"/.site* "$WORK/diff-night.list"
med() { printf '%s\n' $1 | median; }
python3 - <<PY
rows = [("only the clock moved (D+1)", $(med "${T[clock]}"), $(med "${C[clock]}"), $(med "${T[fresh1]}"), $(med "${C[fresh1]}"), "${W[clock]}", "${D[clock]}"),
        ("1% changed, 0.5% new, 0.2% gone (D+2)", $(med "${T[night]}"), $(med "${C[night]}"), $(med "${T[fresh2]}"), $(med "${C[fresh2]}"), "${W[night]}", "${D[night]}")]
print(f"$NOTICES notices, $files files in the site; medians of $ROUNDS rounds")
for name, t, c, ft, fc, w, d in rows:
    wr, rm = map(int, w.split())
    must, gone = map(int, d.split())
    print(f"{name:<40} {t:6.1f} s wall = {100*t/ft:4.1f}% of a fresh build ({ft:.1f} s); {c:6.1f} s CPU = {100*c/fc:4.1f}%; "
          f"{wr} files written ({100*wr/$files:.1f}%), {rm} removed; between fresh builds {must} differ, {gone} gone")
floor = $(med "${F[night]}")
print(f"the real night's floor (read and index, then write the files that differ): {floor:.1f} s = "
      f"{100*floor/$(med "${T[fresh2]}"):.1f}% of a fresh build")
PY
echo "what differs, by kind of file (last round):"; tail -n +2 "$WORK/diff-night.txt"
