#!/usr/bin/env python3
"""The files a night must write, counted apart from the build: two sites made by fresh builds
(the night before's input at its instant, the night's at its own) are compared byte for byte.
A file of the second that the first lacks or holds with other bytes must be written by any
build that makes the second from the first; a file of the first that the second lacks must be
removed. Grouped by the kind of file, so that what a night writes beyond what a visitor must
see (a renumbering, a date) shows by name.

  python3 bench/sitediff.py BEFORE AFTER [--list FILE]
Prints: CHANGED REMOVED on its first line, then the families, most files first. --list writes
the changed files' paths (relative to AFTER) for bench/nightly_floor.py --paths.
"""
import collections, filecmp, os, sys

before, after = sys.argv[1], sys.argv[2]
listing = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--list" else None


def files(root):
    out = {}
    for folder, _, names in os.walk(root):
        for n in names:
            full = os.path.join(folder, n)
            out[os.path.relpath(full, root)] = full
    return out


def family(rel):
    """`recherche/docs`, `annonces/page`, `secteurs/*/31` (a sector's department), `annonces/*`
    (a notice's page), … : the first folder, then what names a kind of page below it."""
    parts = rel.split("/")
    if len(parts) <= 2:
        return parts[0]
    if parts[0] == "recherche" or parts[1] == "page":
        return parts[0] + "/" + parts[1]
    return parts[0] + "/*" + ("/" + parts[2] if len(parts) > 3 else "")


old, new = files(before), files(after)
changed, removed = collections.Counter(), collections.Counter()
paths = []
for rel, full in sorted(new.items()):
    was = old.get(rel)
    if was is None or os.path.getsize(was) != os.path.getsize(full) or not filecmp.cmp(was, full, shallow=False):
        changed[family(rel)] += 1
        paths.append(rel)
for rel in old:
    if rel not in new:
        removed[family(rel)] += 1
print(sum(changed.values()), sum(removed.values()))
for name, n in sorted(changed.items(), key=lambda kv: (-kv[1], kv[0]))[:25]:
    print(f"  {n:7d} {name}" + (f" ({removed[name]} removed)" if removed[name] else ""))
if listing:
    with open(listing, "w", encoding="utf-8") as f:
        f.writelines(p + "\n" for p in paths)
