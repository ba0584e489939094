#!/usr/bin/env bash
# A national site fed by eForms, a file per notice (as TED and the national portals publish
# them): N notices made from the real eForms notice of Tests/Fixtures/real (each its own
# notice, procedure, title and deadline), built from nothing, rebuilt with the same files, and
# rebuilt after 1% of the files changed. Prints the read stage and the whole build of each;
# medians of RUNS alternated runs.
#   bench/eforms.sh [N] [WORK_DIR] [SCOPE_BINARY]      (default 10000, /tmp/scope-eforms)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
WORK=${2:-/tmp/scope-eforms}
RUNS=${RUNS:-3}
if [ -z "${3:-}" ]; then
  swift build -c release --product scope >/dev/null
  SCOPE=$PWD/.build/release/scope
else
  SCOPE=$3
fi
rm -rf "$WORK"
mkdir -p "$WORK/content/notices"
python3 - "$PWD/Tests/Fixtures/real/eforms-sdk_cn_24_FRA_comments.xml" "$WORK/content" "$N" <<'PY'
import sys
src, out, n = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], int(sys.argv[3])
open(out + "/config.yaml", "w").write('title: eForms\nnow: "2019-06-01T12:00:00+02:00"\n')
for i in range(n):
    s = src.replace("da4d46e9-490b-41ff-a2ae-8166d356a619", "da4d46e9-490b-41ff-a2ae-%012d" % i)
    s = s.replace("e3cdabf1-e057-47a5-9210-b1f6fc757228", "e3cdabf1-e057-47a5-9210-%012d" % i)
    s = s.replace("<cbc:Name languageID=\"FRA\">", "<cbc:Name languageID=\"FRA\">N°%d " % i, 1)
    open(out + "/notices/avis-%06d.xml" % i, "w", encoding="utf-8").write(s)
PY
measure() {  # measure LABEL: wall seconds, read stage seconds, CPU seconds
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$SCOPE" build --content "$WORK/content" --output "$WORK/site" --quiet \
    --report "$WORK/report.json" >/dev/null 2>&1
  read -r wall user sys < "$WORK/time"
  python3 -c "import json;r=json.load(open('$WORK/report.json'));print($wall, [s['seconds'] for s in r['stages'] if s['stage']=='read'][0], round($user+$sys,2), r['records']['notice']['built'])"
}
retitle() {  # 1% of the files get a new title
python3 - "$WORK/content/notices" "$1" <<'PY'
import os, sys
folder, mark = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(folder))[::100]:
    p = os.path.join(folder, name)
    s = open(p, encoding="utf-8").read().replace("<cbc:Name languageID=\"FRA\">", "<cbc:Name languageID=\"FRA\">(%s) " % mark, 1)
    open(p, "w", encoding="utf-8").write(s)
PY
}
full=(); same=(); nightly=()
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/site" "$WORK"/.site*
  full+=("$(measure)")
  same+=("$(measure)")
  retitle "r$i"
  nightly+=("$(measure)")
done
python3 - "$N" "${full[@]}" -- "${same[@]}" -- "${nightly[@]}" <<'PY'
import statistics, sys
n, rest = sys.argv[1], " ".join(sys.argv[2:]).split(" -- ")
names = ["from nothing", "same files", "1% of files changed"]
print(f"eForms, {n} files (a notice each), medians of {len(rest[0].split()) // 4} runs")
for name, runs in zip(names, rest):
    v = [list(map(float, r)) for r in zip(*[iter(runs.split())] * 4)]
    wall, read, cpu = (statistics.median(x[k] for x in v) for k in range(3))
    print(f"  {name:<20} build {wall:6.2f} s ({cpu:6.2f} s CPU), read stage {read:6.2f} s, notices {int(v[0][3])}")
PY
