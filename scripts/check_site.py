#!/usr/bin/env python3
"""Checks a built site with real parts, beside `swift test`:
- the sample's exports validate against docs/schemas/*.schema.json (jsonschema);
- every HTML page parses with html5lib's spec-following parser, with no parse error;
- headless Chromium loads the main kinds of page over HTTP with no console error, and the
  pages show what they should (title, cards, links).
Usage: check_site.py SITE_DIR CONTENT_DIR
"""
import csv, json, os, subprocess, sys, time, socket

site, content = sys.argv[1], sys.argv[2]
failures = []

def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)

# 1. Schemas.
import jsonschema
schemas = {k: jsonschema.Draft202012Validator(json.load(open(f"docs/schemas/{k}.schema.json"))) for k in ("notice", "programmation", "buyer")}
folders = {"notice": "notices", "programmation": "programmations", "buyer": "buyers"}
checked = 0
for kind, folder in folders.items():
    root = os.path.join(content, folder)
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            path = os.path.join(dirpath, f)
            if f.endswith(".json"):
                data = json.load(open(path, encoding="utf-8"))
                records = data if isinstance(data, list) else data.get(folder, [])
            elif f.endswith(".csv"):
                text = open(path, encoding="utf-8-sig").read()
                delim = ";" if ";" in text.split("\n", 1)[0] else ","
                records = [{k: v for k, v in r.items() if v != ""} for r in csv.DictReader(text.splitlines(True), delimiter=delim)]
            else:
                continue
            for i, r in enumerate(records):
                for e in schemas[kind].iter_errors(r):
                    fail(f"{path} record {i}: {e.message}")
                checked += 1
print(f"schemas: {checked} records checked")

# 2. HTML parses per the HTML5 spec.
import html5lib
pages = 0
for dirpath, _, files in os.walk(site):
    for f in files:
        if f.endswith(".html"):
            p = html5lib.HTMLParser(strict=False)
            p.parse(open(os.path.join(dirpath, f), "rb").read())
            if p.errors:
                fail(f"{os.path.join(dirpath, f)}: {len(p.errors)} HTML parse errors, first {p.errors[0]}")
            pages += 1
print(f"html5lib: {pages} pages parsed")

# 3. A real browser.
from sitetools import chromium, serve
from selenium.webdriver.common.by import By

server, port = serve(site)
try:
    driver = chromium(console=True)
    try:
        notice = sorted(d for d in os.listdir(os.path.join(site, "annonces")) if d.startswith("26-"))[0]
        checks = [("/", "h1", ".notice-card"), ("/annonces/", "h1", ".notice-card"), (f"/annonces/{notice}/", "h1", ".facts"),
                  ("/secteurs/btp/", "h1", ".notice-card"), ("/departements/31/", "h1", ".notice-card"),
                  ("/programmations/", "h1", ".programmation-card"), ("/acheteurs/", "h1", ".facet-table"),
                  ("/a-propos/", "h1", "article"), ("/alertes/", "h1", ".feed-list")]
        for path, heading, selector in checks:
            driver.get(f"http://127.0.0.1:{port}{path}")
            if not driver.find_elements(By.CSS_SELECTOR, heading) or not driver.find_elements(By.CSS_SELECTOR, selector):
                fail(f"{path}: no {heading} or no {selector}")
            css = driver.execute_script("return getComputedStyle(document.body).fontFamily")
            if "system-ui" not in css:
                fail(f"{path}: the stylesheet did not load (font-family {css})")
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            if errors:
                fail(f"{path}: console errors {errors}")
        # Open notices' badges: the site's script says how long is left, in Paris days, from each
        # badge's deadline; checked against the days counted here, at the build's day and a day later.
        import datetime, re as _re
        from zoneinfo import ZoneInfo
        paris = ZoneInfo("Europe/Paris")
        now_text = _re.search(r'^now:\s*"([^"]+)"', open(os.path.join(content, "config.yaml"), encoding="utf-8").read(), _re.M).group(1)
        driver.get(f"http://127.0.0.1:{port}/")
        words = driver.execute_script("return Object.assign({}, document.body.dataset)")
        seen = 0
        for shift in (0, 1):
            now = datetime.datetime.fromisoformat(now_text) + datetime.timedelta(days=shift)
            driver.execute_script("scopeBadges(new Date(arguments[0]))", now.isoformat())
            for el in driver.find_elements(By.CSS_SELECTOR, ".badge[data-deadline]"):
                deadline = datetime.datetime.fromisoformat(el.get_attribute("data-deadline"))
                n = (deadline.astimezone(paris).date() - now.astimezone(paris).date()).days
                want = words["badgeClosed"] if deadline <= now else words["badgeToday"] if n == 0 else words["badgeTomorrow"] if n == 1 \
                    else words["badgeDays"].replace("{n}", str(n))
                said = el.get_attribute("textContent")  # as written; the stylesheet shows it in capitals
                if said != want:
                    fail(f"badge of deadline {deadline} at {now}: {said!r}, not {want!r}")
                seen += 1
        if not seen:
            fail("no open notice's badge on the home page")
        print(f"chromium: {seen} deadline badges said by the site's script, at the build's day and the next")
        # An open notice's documents are its main action until its deadline, then a light button.
        first_open = driver.execute_script("var b = document.querySelector('.card .badge[data-deadline]');"
                                           "return b ? [b.closest('.card').querySelector('h3 a').getAttribute('href'), b.getAttribute('data-deadline')] : null")
        if first_open:
            driver.get(f"http://127.0.0.1:{port}{first_open[0]}")
            for at, light in ((now_text, False), (first_open[1], True)):
                driver.execute_script("scopeBadges(new Date(arguments[0]))", at)
                classes = [b.get_attribute("class") for b in driver.find_elements(By.CSS_SELECTOR, ".actions .documents")]
                if classes and ("button-light" in classes[0]) != light:
                    fail(f"{first_open[0]} at {at}: documents button {classes[0]!r}")
        # Follow a link as a visitor would: home → a sector → its first notice.
        driver.get(f"http://127.0.0.1:{port}/")
        driver.find_element(By.CSS_SELECTOR, ".facet-links a").click()
        driver.find_element(By.CSS_SELECTOR, ".notice-card h3 a").click()
        if "/annonces/" not in driver.current_url:
            fail(f"following links ended at {driver.current_url}")
        # The alert picker: choose BTP and Haute-Garonne, the pair's feed links appear.
        from selenium.webdriver.support.ui import Select
        driver.get(f"http://127.0.0.1:{port}/alertes/")
        Select(driver.find_element(By.ID, "picker-sector")).select_by_value("btp")
        Select(driver.find_element(By.ID, "picker-department")).select_by_value("31")
        hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#picker-result a")]
        # A feed's link leads to its page (the address to copy, and how), not to the XML.
        if not any(h.endswith("/secteurs/btp/31/abonnement/#rss") for h in hrefs) or not any(h.endswith("/secteurs/btp/31/") for h in hrefs):
            fail(f"alert picker shows {hrefs}")
        # A sub-sector: its page and feeds; a buyer typed by name: its page and feeds.
        trades = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#picker-trade option") if o.get_attribute("value")]
        if not trades: fail("the alert picker offers no sub-sector")
        else:
            # With the department kept, the trade in that department; without one, the trade.
            Select(driver.find_element(By.ID, "picker-trade")).select_by_value(trades[0])
            hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#picker-result a")]
            if not any(h.endswith(f"/{trades[0]}/31/abonnement/#rss") for h in hrefs) or not any(h.endswith(f"/{trades[0]}/31/") for h in hrefs):
                fail(f"alert picker, sub-sector {trades[0]} in 31: {hrefs}")
            Select(driver.find_element(By.ID, "picker-department")).select_by_value("")
            hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#picker-result a")]
            if not any(h.endswith(f"/{trades[0]}/abonnement/#rss") for h in hrefs): fail(f"alert picker, sub-sector {trades[0]}: {hrefs}")
        import csv as _csv
        first = next(_csv.DictReader(open(os.path.join(content, "buyers", "acheteurs.csv"), encoding="utf-8")))
        box = driver.find_element(By.ID, "picker-buyer")
        box.send_keys(first["name"])
        time.sleep(1)
        box.clear(); box.send_keys(first["name"])
        time.sleep(0.5)
        hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#picker-result a")]
        if not any(h.endswith(f"/acheteurs/{first['id']}/abonnement/#rss") for h in hrefs): fail(f"alert picker, buyer {first['name']}: {hrefs}")
        # A feed's page: every address in full, each a feed the site serves (RSS parsed, the
        # calendar a VCALENDAR), and a copy button that says it copied.
        import urllib.request, xml.etree.ElementTree as ET
        driver.get(f"http://127.0.0.1:{port}/secteurs/btp/31/abonnement/#rss")
        fields = {f.get_attribute("id"): f.get_attribute("value") for f in driver.find_elements(By.CSS_SELECTOR, "input.copy-field")}
        base = "https://marches.occitanie.example/"
        want = {k + "-url": base + "secteurs/btp/31/" + v for k, v in
                [("rss", "rss.xml"), ("atom", "atom.xml"), ("json", "feed.json"), ("ics", "echeances.ics")]}
        if fields != want: fail(f"feed page of btp/31: addresses {fields}, expected {want}")
        else:
            local = lambda u: urllib.request.urlopen(u.replace(base, f"http://127.0.0.1:{port}/")).read()
            if ET.fromstring(local(fields["rss-url"])).tag != "rss": fail("feed page: the RSS address is no RSS")
            if not local(fields["ics-url"]).startswith(b"BEGIN:VCALENDAR"): fail("feed page: the calendar address is no calendar")
        driver.find_element(By.CSS_SELECTOR, "#rss button.copy-button").click()
        time.sleep(0.3)
        if not driver.find_element(By.ID, "rss-done").text: fail("feed page: the copy button says nothing")
        print(f"chromium: {len(checks)} pages loaded, links followed, alert picker works (sector × department, sub-sector, buyer)")
    finally:
        driver.quit()
finally:
    server.terminate()

print(f"{0 if failures else 1} passed, {1 if failures else 0} failed: site checks ({len(failures)} problems)")
sys.exit(1 if failures else 0)
