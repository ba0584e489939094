#!/usr/bin/env python3
"""The floor of a nightly build's writes: the files it wrote, their bytes already in memory,
each written beside its place and renamed over it, as Scope writes a file. No generator can
write what changed in less; rendering those pages comes on top.

  python3 bench/nightly_floor.py SITE MARK   the files of SITE newer than MARK (a file touched
                                             before the nightly build) are rewritten in a copy
                                             of them made first under SITE/../floor-copy
  python3 bench/nightly_floor.py SITE --paths LIST   the files of SITE listed in LIST (one path
                                             relative to SITE a line, as bench/sitediff.py writes)
Prints: FILES BYTES SECONDS (the median of three rounds).
"""
import os, shutil, statistics, sys, time

site = sys.argv[1]
paths = []
if sys.argv[2] == "--paths":
    paths = [line.rstrip("\n") for line in open(sys.argv[3], encoding="utf-8") if line.strip()]
else:
    mark = os.stat(sys.argv[2]).st_mtime
    for folder, _, names in os.walk(site):
        for n in names:
            full = os.path.join(folder, n)
            if os.lstat(full).st_mtime > mark:
                paths.append(os.path.relpath(full, site))
paths.sort()
data = [(p, open(os.path.join(site, p), "rb").read()) for p in paths]
# Written into a tree of their own, so that the site measured next is left as the build made it.
copy = os.path.join(os.path.dirname(os.path.abspath(site)), "floor-copy")
shutil.rmtree(copy, ignore_errors=True)
for p, b in data:
    os.makedirs(os.path.join(copy, os.path.dirname(p)), exist_ok=True)
    with open(os.path.join(copy, p), "wb") as f:
        f.write(b)
rounds = []
for _ in range(3):
    os.sync()
    t = time.monotonic()
    for p, b in data:
        full = os.path.join(copy, p)
        tmp = full + ".floor"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, b)
        os.close(fd)
        os.rename(tmp, full)
    rounds.append(time.monotonic() - t)
shutil.rmtree(copy)
print(len(data), sum(len(b) for _, b in data), f"{statistics.median(rounds):.2f}")
