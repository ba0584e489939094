#!/usr/bin/env python3
"""Render CPU per page, family by family, from a build's report (`scope build --report FILE`).

    python3 bench/render_cost.py REPORT.json [LABEL]

For each family of files (the first folder under the site, a list's feeds and calendars, its
subscribe pages, the notices' own calendars): the files, how many were made (the others were
kept by their key, unrendered), the CPU time their jobs took on the writing threads (the key,
the bytes, comparing and writing), of which the files kept (their key made and compared,
nothing rendered), and the time of the files made, per file made. Heaviest first."""
import json
import sys

report = json.load(open(sys.argv[1]))
label = sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]
render = report.get("render", {})
rows = sorted(render.items(), key=lambda kv: -kv[1]["cpu_seconds"])
total = sum(v["cpu_seconds"] for v in render.values())
print(f"render CPU by family ({label}): {total:.1f} s over {sum(v['files'] for v in render.values())} files")
print(f"  {'family':<18} {'files':>8} {'made':>8} {'CPU s':>8} {'share':>6} {'kept CPU s':>11} {'µs per file made':>17}")
for family, v in rows:
    kept = v.get("kept_cpu_seconds", 0)
    per = 1e6 * (v["cpu_seconds"] - kept) / v["made"] if v["made"] else 0
    share = 100 * v["cpu_seconds"] / total if total else 0
    print(f"  {family:<18} {v['files']:>8} {v['made']:>8} {v['cpu_seconds']:>8.2f} {share:>5.0f}% {kept:>11.2f} {per:>17.0f}")
kept_total = sum(v.get("kept_cpu_seconds", 0) for v in render.values())
print(f"  files kept by their key: {kept_total:.1f} s of the {total:.1f} s")
