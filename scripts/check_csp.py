#!/usr/bin/env python3
"""The site under a strict Content-Security-Policy (the one the README documents, sent by the
test server with every response): each kind of page loads in headless Chromium with no
policy violation and no console error, and the two scripts still work — a search finds
results, the alert picker shows a sector's feeds.

    python3 scripts/check_csp.py site
"""
import sys, time, json
from sitetools import serve, chromium, CSP, richest_buyer

site = sys.argv[1] if len(sys.argv) > 1 else "site"
server, port = serve(site)
base = f"http://127.0.0.1:{port}"
failures = []

def fail(m):
    failures.append(m)
    print("FAIL", m)

# Recorded from the first script of every document, before the page's own.
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});
"""

driver = chromium(console=True)
driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
try:
    import glob, os
    notice = sorted(os.listdir(os.path.join(site, "annonces")))
    notice = next(n for n in notice if os.path.exists(os.path.join(site, "annonces", n, "index.html")) and n[0].isdigit())
    prog = next(n for n in sorted(os.listdir(os.path.join(site, "programmations"))) if n.startswith("p"))
    buyer = richest_buyer(site).strip("/").split("/")[-1]
    pages = ["/", f"/annonces/{notice}/", f"/programmations/{prog}/", "/secteurs/", "/secteurs/btp/", "/departements/",
             "/departements/31/", f"/acheteurs/{buyer}/", "/acheteurs/", "/recherche/", "/alertes/", "/a-propos/", "/404.html"]
    header = None
    for p in pages:
        driver.get(base + p)
        time.sleep(0.2)
        v = driver.execute_script("return window.__csp")
        if v: fail(f"{p}: CSP violations {v}")
    # The search page's script runs under the policy: a word gives results.
    driver.get(base + "/recherche/?q=travaux")
    for _ in range(50):
        n = driver.execute_script("var h=document.getElementById('results-heading'); return h && h.getAttribute('data-count')")
        if n: break
        time.sleep(0.1)
    if not n or int(n) == 0: fail(f"search under CSP: no results for 'travaux' (data-count {n})")
    # The alert picker's script too.
    driver.get(base + "/alertes/")
    time.sleep(0.3)
    if driver.execute_script("return document.getElementById('alert-picker').hidden"): fail("alert picker did not start under CSP")
    links = driver.execute_script("return document.querySelectorAll('#picker-result a').length")
    if not links: fail("alert picker shows no feed under CSP")
    v = driver.execute_script("return window.__csp")
    if v: fail(f"scripts: CSP violations {v}")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    if errors: fail(f"console errors: {errors}")
    print(f"CSP: {len(pages)} kinds of page, search and alert picker, under: {CSP}")
finally:
    driver.quit()
    server.terminate()
if failures:
    sys.exit(1)
print("check_csp: OK")
