#!/usr/bin/env python3
"""Turns a Scope content folder's notices into a Hugo site, for the benchmark: one Markdown
file per notice with front matter, taxonomies sector / department / buyer (Hugo writes an RSS
feed per term by default), lists paginated as Scope's are (page_size from config.yaml), and
minimal templates. Usage: hugo_site.py CONTENT_DIR HUGO_DIR"""
import csv, json, os, re, sys

content, out = sys.argv[1], sys.argv[2]
config = open(os.path.join(content, "config.yaml"), encoding="utf-8").read()
page_size = int(re.search(r"^page_size: (\d+)", config, re.M).group(1))
sectors = {}
for block in re.findall(r"- id: (\S+)\n\s+name: \"([^\"]+)\"\n\s+divisions: \[([^\]]*)\]", open(os.path.join(content, "sectors.yaml"), encoding="utf-8").read()):
    for d in re.findall(r"\"(\d\d)\"", block[2]):
        sectors[d] = block[1]
buyers = {r["id"]: r["name"] for r in csv.DictReader(open(os.path.join(content, "buyers", "acheteurs.csv"), encoding="utf-8"))}
os.makedirs(os.path.join(out, "content", "annonces"), exist_ok=True)
os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
open(os.path.join(out, "config.toml"), "w").write(f"""baseURL = "https://marches.example.org/"
languageCode = "fr"
title = "Benchmark"
paginate = {page_size}
disableKinds = []
[taxonomies]
  secteur = "secteurs"
  departement = "departements"
  acheteur = "acheteurs"
""")
base = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>"
layouts = {
    "single.html": base + "<h1>{{ .Title }}</h1><p>{{ .Params.buyer }} · {{ .Params.deadline }}</p>{{ .Content }}</body></html>",
    "list.html": base + "<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.deadline }}</li>{{ end }}</ul>{{ template \"_internal/pagination.html\" . }}</body></html>",
    "terms.html": base + "<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></body></html>",
}
for name, text in layouts.items():
    open(os.path.join(out, "layouts", "_default", name), "w").write(text)
open(os.path.join(out, "layouts", "index.html"), "w").write(base + "<h1>{{ .Site.Title }}</h1></body></html>")

def q(s):
    return json.dumps(s, ensure_ascii=False)
notices = json.load(open(os.path.join(content, "notices", "annonces.json"), encoding="utf-8"))
for n in notices:
    secs = sorted({sectors.get(c[:2], "cpv-" + c[:2]) for c in n["cpv"]})
    fm = ["---", f"title: {q(n['title'])}", f"date: {n['published']}", f"deadline: {q(n['deadline'])}",
          f"buyer: {q(buyers[n['buyer']])}", f"secteurs: {q(secs)}", f"departements: {q(n['departments'])}",
          f"acheteurs: {q([buyers[n['buyer']]])}", "---", ""]
    with open(os.path.join(out, "content", "annonces", n["id"] + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(fm) + n.get("description", "") + "\n")
print(f"Hugo site: {len(notices)} notices in {out}")
