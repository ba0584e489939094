#!/usr/bin/env python3
"""The docs as a newcomer reads them:
- every relative link and image of README.md, CONTRIBUTING.md and docs/*.md names a file that
  exists (web links are not fetched: CI has no network);
- every command in the README's `sh` blocks runs as written from the repository's root and
  exits 0, but the two set-up commands, which .ci/run runs itself just before.
Usage: check_docs.py"""
import glob, os, re, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)
SET_UP = {"./scripts/build-sample", "swift test"}  # .ci/run's own first steps
failures = []

files = ["README.md", "CONTRIBUTING.md"] + sorted(glob.glob("docs/*.md"))
links = 0
for name in files:
    text = open(name, encoding="utf-8").read()
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # code is not a link
    for target in re.findall(r"!?\[[^\]]*\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = os.path.normpath(os.path.join(os.path.dirname(name), target.split("#")[0]))
        links += 1
        if not os.path.exists(path):
            failures.append(f"{name}: the link {target} names {path}, which does not exist")
print(f"docs: {links} links in {len(files)} files checked")

readme = open("README.md", encoding="utf-8").read()
commands = []
for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.S):
    for line in block.splitlines():
        command = re.sub(r"\s+#.*$", "", line).strip()
        if command and not command.startswith("#"):
            commands.append(command)
for leftover in glob.glob("/tmp/scope-readme-*"):
    shutil.rmtree(leftover, ignore_errors=True)
ran = 0
for command in commands:
    if command in SET_UP:
        print(f"docs: {command!r} is run by .ci/run itself")
        continue
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=600)
    ran += 1
    if done.returncode != 0:
        failures.append(f"README: {command!r} exited {done.returncode}: {(done.stderr or done.stdout)[-400:]}")
for leftover in glob.glob("/tmp/scope-readme-*") + glob.glob("/tmp/.scope-readme-*"):
    shutil.rmtree(leftover, ignore_errors=True) if os.path.isdir(leftover) else os.remove(leftover)
print(f"docs: {ran} README commands ran")

for f in failures:
    print("FAIL", f)
sys.exit(1 if failures else 0)
