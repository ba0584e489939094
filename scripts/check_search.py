#!/usr/bin/env python3
"""Drives the search page of a built site in headless Chromium and checks its answers against
counts computed here from the exports themselves (notices JSON, programmations and buyers CSV):
result counts, facets narrowing them, the URL round trip, and a console free of errors.
Usage: check_search.py SITE_DIR CONTENT_DIR"""
import csv, json, os, re, socket, subprocess, sys, time, unicodedata
from datetime import datetime, timedelta
from sitetools import chromium, serve
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

site, content = sys.argv[1], sys.argv[2]
failures = []
def fail(msg):
    failures.append(msg); print("FAIL:", msg)

meta = json.load(open(os.path.join(site, "recherche", "meta.json")))
STOP = set(meta["stop_words"])

# The rules of Tokenizer.swift, written again from its documentation.
def fold(s):
    s = s.lower().replace("œ", "oe").replace("æ", "ae").replace("’", " ").replace("'", " ")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
def stem(w):
    if len(w) <= 3 or not w[-1].isalpha(): return w
    if w.endswith("eaux"): return w[:-1]
    if w.endswith("aux"): return w[:-3] + "al"
    if w.endswith("eux") or w.endswith("oux"): return w[:-1]
    if w.endswith("ss"): return w
    if w.endswith("s"): return w[:-1]
    return w
def terms(text):
    out = []
    for chunk in re.split(r"[ \n\t]+", fold(text or "")):
        c = re.sub(r"^\W+|\W+$", "", chunk.replace("_", " ")).strip()
        if re.fullmatch(r"\d{8}(-\d)?", c):
            out.append(c[:8]); continue
        for w in re.split(r"[\W_]+", c):
            if not w or w in STOP or (len(w) == 1 and not w.isdigit()): continue
            out.append(stem(w))
    return set(out)

buyers = {r["id"]: r["name"] for r in csv.DictReader(open(os.path.join(content, "buyers", "acheteurs.csv"), encoding="utf-8"))}
config = open(os.path.join(content, "config.yaml"), encoding="utf-8").read()
now = datetime.fromisoformat(re.search(r'^now: "([^"]+)"', config, re.M).group(1))
docs = []
for n in json.load(open(os.path.join(content, "notices", "annonces.json"), encoding="utf-8")):
    deadline = datetime.fromisoformat(n["deadline"])
    status = n.get("status") or ("open" if deadline > now else "closed")
    text = " ".join([n["title"], buyers[n["buyer"]], n.get("place", ""), " ".join(c[:8] for c in n["cpv"]),
                     n.get("description", ""), " ".join(l["title"] for l in n.get("lots", []))])
    docs.append({"id": n["id"], "terms": terms(text) | {"_" + fold(n["id"])}, "deps": set(n["departments"]),
                 "kind": "o" if status == "open" else "c", "deadline": deadline})
for p in csv.DictReader(open(os.path.join(content, "programmations", "programmations.csv"), encoding="utf-8-sig"), delimiter=";"):
    text = " ".join([p["title"], buyers[p["buyer"]], " ".join(c[:8] for c in p["cpv"].split("|")), p["description"]])
    docs.append({"id": p["id"], "terms": terms(text) | {"_" + fold(p["id"])}, "deps": set(p["departments"].split("|")),
                 "kind": "p", "deadline": None})

def expected(q, dep=None, statut=None, within=None):
    words = [w for w in re.split(r"\s+", q.strip()) if w]
    out = []
    for d in docs:
        ok = True
        for w in words:
            idt = "_" + fold(w)
            ts = terms(w)
            if idt in d["terms"]: continue
            if not ts or not ts <= d["terms"]: ok = False; break
        if dep and dep not in d["deps"]: ok = False
        if statut and d["kind"] != statut: ok = False
        if within and not (d["kind"] == "o" and d["deadline"] <= now + timedelta(days=within)): ok = False
        if ok: out.append(d)
    return len(out)

server, port = serve(site)
driver = chromium(console=True)

def count_shown(previous=None):
    h = driver.find_element(By.ID, "results-heading")
    WebDriverWait(driver, 10).until(lambda d: h.get_attribute("data-count") is not None and h.get_attribute("data-count") != previous
                                    or h.text == "Aucun résultat")
    time.sleep(0.3)
    return 0 if h.text == "Aucun résultat" else int(h.get_attribute("data-count"))

some_id = docs[10]["id"]
cases = [("voirie", {}), ("nettoyage", {}), ("nettoyage montpellier", {}), ("45233140", {}), (some_id, {}),
         ("réseaux", {}), ("voirie", {"dep": "31"}), ("voirie", {"statut": "o"}), ("entretien", {"within": 30}),
         ("", {"dep": "34", "statut": "p"})]
try:
    for q, f in cases:
        params = {"q": q, "dep": f.get("dep"), "statut": f.get("statut"), "within": f.get("within")}
        qs = "&".join(f"{k}={v}" for k, v in params.items() if v)
        driver.get(f"http://127.0.0.1:{port}/recherche/?{qs}")
        got = count_shown()
        want = expected(q, f.get("dep"), f.get("statut"), f.get("within"))
        print(f"search {qs!r}: {got} results, {want} expected from the records")
        if got != want: fail(f"{qs}: {got} results shown, {want} computed from the records")
        if q and driver.find_element(By.ID, "q").get_attribute("value") != q: fail(f"{qs}: the query box does not hold the URL's query")
    # Facets narrow; the URL follows the form; typing gives results as one types.
    driver.get(f"http://127.0.0.1:{port}/recherche/")
    box = driver.find_element(By.ID, "q")
    box.send_keys("voirie")
    total = count_shown()
    Select(driver.find_element(By.ID, "f-dep")).select_by_value("31")
    narrowed = count_shown(str(total))
    if not (0 < narrowed < total): fail(f"department 31 did not narrow voirie: {total} → {narrowed}")
    if "q=voirie" not in driver.current_url or "dep=31" not in driver.current_url: fail(f"URL not updated: {driver.current_url}")
    driver.get(driver.current_url)
    if count_shown() != narrowed: fail("reloading the URL does not give the same results")
    if Select(driver.find_element(By.ID, "f-dep")).first_selected_option.get_attribute("value") != "31": fail("dep not restored from the URL")
    driver.get(f"http://127.0.0.1:{port}/recherche/")
    driver.find_element(By.ID, "q").send_keys("voi")
    if count_shown() < 1: fail("typing 'voi' gives no result (prefix matching)")
    # Keyboard: the box is reachable and results are links.
    links = driver.find_elements(By.CSS_SELECTOR, "#results a")
    if not links: fail("no result link")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    if errors: fail(f"console errors: {errors}")
finally:
    driver.quit()
    server.terminate()

print(f"{0 if failures else 1} passed, {1 if failures else 0} failed: search checks ({len(failures)} problems)")
sys.exit(1 if failures else 0)
