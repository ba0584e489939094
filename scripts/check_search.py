#!/usr/bin/env python3
"""Drives the search page of a built site in headless Chromium and checks its answers against
counts computed here from the exports themselves (notices JSON, programmations and buyers CSV):
result counts, facets narrowing them, the URL round trip, CPV prefixes, places understood as
departments, typos corrected, help on zero results, sorts, filters by value, procedure and
publication, facet counts as if the facet were not chosen, the buyer filter found by name, and
a console free of errors.
Usage: check_search.py SITE_DIR CONTENT_DIR"""
import csv, json, os, re, socket, subprocess, sys, time, unicodedata, urllib.parse
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
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

# The CPV codes' own labels (the search indexes them too), from the reference table as written.
CPV_LABELS = {}
for line in open("Sources/ScopeModel/Reference/CPV2008.swift", encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) == 3 and re.fullmatch(r"\d{8}(-\d)?", f[0]): CPV_LABELS[f[0][:8]] = f[1]
def labels(codes):
    seen = []
    for c in codes:
        l = CPV_LABELS.get(c[:8])
        if l and l not in seen: seen.append(l)
    return " ".join(seen)

# A trade's word is a record's term when the record holds every word of one of its activity's
# phrases (layouts/i18n/fr.trades.yaml, read here line by line: `word: [phrase, phrase]`).
TRADES = []
for line in open("layouts/i18n/fr.trades.yaml", encoding="utf-8"):
    m = re.match(r"^([^#:\s][^:]*):\s*\[(.*)\]\s*$", line)
    if m: TRADES.append((terms(m.group(1)), [terms(p) for p in m.group(2).split(",") if terms(p)]))
def with_trades(ts):
    out = set(ts)
    for trade, phrases in TRADES:
        if any(p <= ts for p in phrases): out |= trade
    return out

buyers = {r["id"]: r["name"] for r in csv.DictReader(open(os.path.join(content, "buyers", "acheteurs.csv"), encoding="utf-8"))}
config = open(os.path.join(content, "config.yaml"), encoding="utf-8").read()
now = datetime.fromisoformat(re.search(r'^now: "([^"]+)"', config, re.M).group(1))
def amount(x):
    try: return float(x) if x not in (None, "") else None
    except ValueError: return None
# Each sector's CPV divisions and the codes it takes from other divisions (`cpv:`), from
# sectors.yaml: a code is in the sector of its longest prefix named there, else its division's.
SECTOR_OF_PREFIX, sid = {}, None
for line in open(os.path.join(content, "sectors.yaml"), encoding="utf-8"):
    m = re.match(r"^  - id: (\S+)", line)
    if m: sid = m.group(1)
    m = re.match(r"^    (divisions|cpv): \[(.*)\]", line)
    if m and sid: SECTOR_OF_PREFIX.update({x.strip().strip('"'): sid for x in m.group(2).split(",")})
def sector_of(code):
    return next((SECTOR_OF_PREFIX[code[:n]] for n in range(8, 1, -1) if code[:n] in SECTOR_OF_PREFIX), None)
def sectors_of(codes): return {sector_of(c) for c in codes} - {None}
def quarter_of(expected):
    """The quarter a programmation expects its notice in, as the search names it: 2027-Q1."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(-\d{2})?", expected.strip())
    if m: return f"{m.group(1)}-Q{(int(m.group(2)) - 1) // 3 + 1}"
    m = re.fullmatch(r"(\d{4})-[QT](\d)", expected.strip().upper())
    if m: return f"{m.group(1)}-Q{m.group(2)}"
    raise ValueError(f"expected publication {expected!r}: no known shape")
docs = []
for n in json.load(open(os.path.join(content, "notices", "annonces.json"), encoding="utf-8")):
    deadline = datetime.fromisoformat(n["deadline"])
    text = " ".join([n["title"], buyers[n["buyer"]], n.get("place", ""), " ".join(c[:8] for c in n["cpv"]),
                     n.get("description", ""), " ".join(l["title"] for l in n.get("lots", [])),
                     labels(n["cpv"] + [l["cpv"] for l in n.get("lots", []) if l.get("cpv")])])
    docs.append({"id": n["id"], "terms": with_trades(terms(text)) | {"_" + fold(n["id"])}, "deps": set(n["departments"]),
                 "kind": "n", "stated": n.get("status"), "deadline": deadline, "buyer": n["buyer"],
                 "cpv": [c[:8] for c in n["cpv"]] + [l["cpv"][:8] for l in n.get("lots", []) if l.get("cpv")],
                 "value": amount(n.get("estimated_value")), "procedure": n.get("procedure"),
                 "published": datetime.fromisoformat(n["published"]).date(), "sectors": sectors_of(n["cpv"])})
for p in csv.DictReader(open(os.path.join(content, "programmations", "programmations.csv"), encoding="utf-8-sig"), delimiter=";"):
    text = " ".join([p["title"], buyers[p["buyer"]], " ".join(c[:8] for c in p["cpv"].split("|")), p["description"], labels(p["cpv"].split("|"))])
    docs.append({"id": p["id"], "terms": with_trades(terms(text)) | {"_" + fold(p["id"])}, "deps": set(p["departments"].split("|")),
                 "kind": "p", "deadline": None, "buyer": p["buyer"], "cpv": [c[:8] for c in p["cpv"].split("|")],
                 "value": amount(p["estimated_value"]) or amount(p["value_max"]) or amount(p["value_min"]), "procedure": None,
                 "published": datetime.fromisoformat(p["announced"]).date() if p.get("announced") else None,
                 "sectors": sectors_of(p["cpv"].split("|")), "quarter": quarter_of(p["expected_publication"])})
DEPARTMENTS = {c: n for c, n in meta["departments"]}
BANDS = [40_000, 100_000, 215_000, 1_000_000, 5_000_000]
def band(v): return None if v is None else str(next((i for i, b in enumerate(BANDS) if v < b), len(BANDS)))

PARIS = ZoneInfo("Europe/Paris")
def paris_day(t): return t.astimezone(PARIS).date()
def kind(d, at):
    """Open, closed or programmation, as the page says it at the instant `at` by the documented
    rule: what the export states; else open while the deadline is to come, to the minute at the
    build's instant and to the day on the days after it (in Paris)."""
    if d["kind"] == "p": return "p"
    if d["stated"]: return "o" if d["stated"] == "open" else "c"
    return "o" if d["deadline"] > now and paris_day(d["deadline"]) >= paris_day(at) else "c"

def matching(q, dep=None, statut=None, within=None, val=None, proc=None, pub=None, buyer=None, at=None, sec=None, quand=None):
    """The records a query finds, by the documented rules: a word is an id, a CPV prefix (2 to
    8 digits: every code that begins with it, trailing zeros of a full code dropped), or terms
    that must all be there. Open or closed as the page says it at `at` (the build's instant
    unless given)."""
    at = at or now
    words = [w for w in re.split(r"\s+", q.strip()) if w]
    out = []
    for d in docs:
        ok = True
        for w in words:
            idt = "_" + fold(w)
            if idt in d["terms"]: continue
            m = re.fullmatch(r"(\d{2,8})(-\d)?", w)
            if m:
                prefix = m.group(1).rstrip("0") if len(m.group(1)) == 8 else m.group(1)
                prefix = prefix if len(prefix) >= 2 else m.group(1)[:2]
                if any(c.startswith(prefix) for c in cpv_codes):
                    if not any(c.startswith(prefix) for c in d["cpv"]): ok = False; break
                    continue
            ts = terms(w)
            if not ts or not ts <= d["terms"]: ok = False; break
        if dep and dep not in d["deps"]: ok = False
        if sec and sec not in d["sectors"]: ok = False
        if statut and kind(d, at) != statut: ok = False
        if within and not (kind(d, at) == "o" and paris_day(d["deadline"]) <= paris_day(at) + timedelta(days=within)): ok = False
        if val is not None and band(d["value"]) != val: ok = False
        if proc and d["procedure"] != proc: ok = False
        if pub and not (d["published"] and 0 <= (now.date() - d["published"]).days < pub): ok = False
        if buyer and d["buyer"] != buyer: ok = False
        if quand and not (d.get("quarter") and (d["quarter"] == quand or d["quarter"][:4] == quand)): ok = False
        if ok: out.append(d)
    return out
cpv_codes = {c for d in docs for c in d["cpv"]}
def expected(q, **filters): return len(matching(q, **filters))

server, port = serve(site)
driver = chromium(console=True)
# The page tells open from closed by its own clock: set to the build's instant here (the sample
# is built at a fixed `now:`), and to a week later below, as a site served late is read.
def set_clock(at):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": f"window.scopeNow = {json.dumps(at.isoformat())};"})
set_clock(now)

def count_shown(previous=None):
    h = driver.find_element(By.ID, "results-heading")
    WebDriverWait(driver, 10).until(lambda d: h.get_attribute("data-count") is not None and h.get_attribute("data-count") != previous
                                    or h.text == "Aucun résultat")
    time.sleep(0.3)
    return 0 if h.text == "Aucun résultat" else int(h.get_attribute("data-count"))

some_id = docs[10]["id"]
cases = [("voirie", {}), ("nettoyage", {}), ("couverture", {}), ("charpente", {}), ("couvreur", {}), ("électricien", {"dep": "31"}), ("nettoyage montpellier", {}), ("45233140", {}), (some_id, {}),
         ("réseaux", {}), ("voirie", {"dep": "31"}), ("voirie", {"statut": "o"}), ("entretien", {"within": 30}),
         ("", {"dep": "34", "statut": "p"})]
try:
    for q, f in cases:
        params = {"q": q, "dep": f.get("dep"), "statut": f.get("statut"), "within": f.get("within")}
        qs = "&".join(f"{k}={v}" for k, v in params.items() if v)
        driver.get(f"http://127.0.0.1:{port}/recherche/?{qs}")
        got = count_shown()
        want = expected(q, dep=f.get("dep"), statut=f.get("statut"), within=f.get("within"))
        print(f"search {qs!r}: {got} results, {want} expected from the records")
        if got != want: fail(f"{qs}: {got} results shown, {want} computed from the records")
        if q and driver.find_element(By.ID, "q").get_attribute("value") != q: fail(f"{qs}: the query box does not hold the URL's query")
    # Facets narrow; the URL follows the form; typing gives results as one types.
    driver.get(f"http://127.0.0.1:{port}/recherche/")
    box = driver.find_element(By.ID, "q")
    box.send_keys("voirie")
    total = count_shown()
    if not driver.find_element(By.ID, "refine").get_attribute("open"):  # the filters fold away on a narrow screen
        driver.find_element(By.CSS_SELECTOR, "#refine summary").click()
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

    def page(qs):
        driver.get(f"http://127.0.0.1:{port}/recherche/?{qs}")
        return count_shown()
    def notes(): return driver.find_element(By.ID, "search-notes").text
    def shown_ids():
        return [a.get_attribute("href").rstrip("/").rsplit("/", 1)[-1] for a in driver.find_elements(By.CSS_SELECTOR, "#results .card-title a")]
    by_slug = {}
    for d in docs: by_slug.setdefault(d["id"].lower(), d)
    def shown_docs():
        out = []
        for slug in shown_ids():
            d = by_slug.get(slug.lower())
            if d is None: fail(f"result {slug} is no record of the exports")
            else: out.append(d)
        return out

    # "More results" only when there are more than the twenty shown.
    if page("q=voirie") > 20 and not driver.find_element(By.ID, "more").is_displayed(): fail("voirie: no 'more results' button")
    few = page("q=nettoyage+montpellier")
    if few <= 20 and driver.find_element(By.ID, "more").is_displayed(): fail(f"{few} results, all shown, and a 'more results' button")
    # A CPV code or prefix finds every code below it.
    for q in ["45000000", "452", "45233", "45233140", "71000000"]:
        got, want = page("q=" + q), expected(q)
        print(f"CPV {q}: {got} results, {want} records with a code below it")
        if got != want or want == 0: fail(f"CPV prefix {q}: {got} results, {want} records have a code below it")
    # A department's code or name is the department, not a word.
    for q, code in [("31", "31"), ("Haute-Garonne", "31"), ("tarn et garonne", "82")]:
        got, want = page("q=" + q), expected("", dep=code)
        print(f"place {q!r}: {got} results, {want} records in {code}")
        if got != want: fail(f"place {q!r}: {got} results, {want} records in department {code}")
        if DEPARTMENTS[code] not in notes(): fail(f"place {q!r}: the department is not named: {notes()!r}")
    got, want = page("q=voirie+31"), expected("voirie", dep="31")
    if got != want: fail(f"'voirie 31': {got} results, {want} voirie records in 31")
    # A sector's id that no record holds as a word is the sector ("BTP 81"); one that records hold
    # ("informatique") is searched as a word, and the sector offered.
    got, want = page("q=BTP+81"), expected("", dep="81", sec="btp")
    print(f"'BTP 81': {got} results, {want} records of BTP in 81")
    if got != want or want == 0: fail(f"'BTP 81': {got} results, {want} records of the BTP sector in 81")
    if "BTP" not in notes(): fail(f"'BTP 81': the sector is not named: {notes()!r}")
    # Office supplies (CPV 301…) are in the sector sectors.yaml's `cpv:` gives them, not computing.
    for sec in ("fournitures", "informatique"):
        got, want = page(f"sec={sec}"), expected("", sec=sec)
        print(f"sec={sec}: {got} results, {want} records of the sector")
        if got != want or want == 0: fail(f"sec={sec}: {got} results, {want} records of the sector")
    # Programmations by when their notice is expected: a year, a quarter, with a sector and a buyer.
    for qs, filters in [("quand=2027&sec=informatique", {"quand": "2027", "sec": "informatique"}),
                        ("quand=2027-Q2", {"quand": "2027-Q2"}), ("q=travaux&quand=2028", {"quand": "2028"})]:
        got, want = page(qs), expected(dict(urllib.parse.parse_qsl(qs)).get("q", ""), **filters)
        print(f"{qs}: {got} results, {want} programmations expected then")
        if got != want or want == 0: fail(f"{qs}: {got} results, {want} programmations expected then")
        if any(d["kind"] != "p" for d in shown_docs()): fail(f"{qs}: a notice among the results")
    top = max(((b, q) for d in docs if d.get("quarter") for b, q in [(d["buyer"], d["quarter"])]),
              key=lambda bq: sum(1 for d in docs if d.get("quarter") == bq[1] and d["buyer"] == bq[0]))
    got, want = page(f"buyer={top[0]}&quand={top[1]}"), expected("", buyer=top[0], quand=top[1])
    print(f"buyer={top[0]}&quand={top[1]}: {got} results, {want} expected")
    if got != want or want == 0: fail(f"buyer={top[0]}&quand={top[1]}: {got} results, {want} expected")
    got, want = page("q=informatique"), expected("informatique")
    if got != want: fail(f"'informatique': {got} results, {want} records hold the word")
    if not driver.find_elements(By.XPATH, "//div[@id='search-notes']//button[contains(., 'Informatique')]"):
        fail(f"'informatique': the sector is not offered: {notes()!r}")
    # A commune typed: its department (where most of its notices are) offered as the filter.
    import collections
    places = collections.Counter()
    for n in json.load(open(os.path.join(content, "notices", "annonces.json"), encoding="utf-8")):
        if n.get("place"): places[(n["place"], n["departments"][0])] += 1
    (town, town_dep), _ = places.most_common(1)[0]
    page("q=" + town)
    offers = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#search-notes button")]
    if not any(town in o and DEPARTMENTS[town_dep] in o for o in offers): fail(f"commune {town}: no offer of {DEPARTMENTS[town_dep]}: {offers}")
    else:
        next(b for b in driver.find_elements(By.CSS_SELECTOR, "#search-notes button") if town in b.text and DEPARTMENTS[town_dep] in b.text).click()
        time.sleep(0.6)  # the search runs again 120 ms after a change
        got = count_shown()
        if got != expected(town, dep=town_dep): fail(f"commune {town} in {town_dep}: {got} results, {expected(town, dep=town_dep)} expected")
        print(f"commune {town}: {DEPARTMENTS[town_dep]} offered; {got} results once taken")
    # A typo: the nearest word of the dictionary, said.
    for typo, word in [("nettoyge", "nettoyage"), ("electricte", "électricité"), ("chauferie", "chaufferie")]:
        got, want = page("q=" + typo), expected(word)
        print(f"typo {typo}: {got} results, {want} for {word}")
        if got != want or want == 0: fail(f"typo {typo}: {got} results, {want} records hold {word}")
        if fold(word) not in fold(notes()): fail(f"typo {typo}: no 'did you mean' naming {word}: {notes()!r}")
    # Zero results: nearby words, the sector pages, the alert for the sector and department.
    if page("q=zzqxw") != 0: fail("zzqxw found something")
    if driver.find_element(By.ID, "more").is_displayed(): fail("zero results: the 'more results' button shows")
    help_box = driver.find_element(By.ID, "search-help")
    if not help_box.is_displayed(): fail("no help shown on zero results")
    hrefs = [a.get_attribute("href") for a in help_box.find_elements(By.TAG_NAME, "a")]
    for sid, _ in meta["sectors"]:
        if not any(h.endswith(f"/secteurs/{sid}/") for h in hrefs): fail(f"zero results: no link to sector {sid}")
    if page("q=zzqxw&sec=btp&dep=31") != 0: fail("zzqxw in btp/31 found something")
    hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-help a")]
    if not any("/alertes/?sec=btp&dep=31" in h for h in hrefs): fail(f"zero results in btp/31: no alert for btp/31: {hrefs}")
    page("q=chaufferie+zzqxw")
    if "chaufferie" not in driver.find_element(By.ID, "search-help").text and not driver.find_elements(By.CSS_SELECTOR, "#search-help a[href*='q=']"):
        fail("zero results: no nearby word offered")
    # Sorts: by value, by publication, by deadline, over every result shown.
    for sort, key, reverse in [("value", lambda d: d["value"], True), ("published", lambda d: d["published"], True)]:
        got = page(f"q=voirie&sort={sort}")
        shown = shown_docs()
        want = sorted([key(d) for d in matching("voirie") if key(d) is not None], reverse=reverse)[:len(shown)]
        if [key(d) for d in shown] != want: fail(f"sort {sort}: {[key(d) for d in shown]} shown, {want} expected")
        else: print(f"sort {sort}: first {len(shown)} in order")
    page("q=voirie&statut=o&sort=deadline")
    shown = [d["deadline"] for d in shown_docs()]
    if shown != sorted(d["deadline"] for d in matching("voirie", statut="o"))[:len(shown)]: fail(f"sort deadline: {shown}")
    # Each card's badge says what the record is at the page's clock.
    page("q=voirie")
    shown = shown_docs()
    badges = [b.get_attribute("textContent") for b in driver.find_elements(By.CSS_SELECTOR, "#results .badge")]
    want_badges = [{"o": "Ouvert", "c": "Clôturé", "p": "Programmation"}[kind(d, now)] for d in shown]
    if badges != want_badges: fail(f"voirie: badges {badges[:8]}…, not {want_badges[:8]}…")
    # Filters: value band, procedure, publication date.
    procedure_ids = {label: pid for pid, label in meta["procedures"]}
    for qs, want in [("q=travaux&val=2", expected("travaux", val="2")), ("q=&val=5", expected("", val="5")),
                     ("q=travaux&proc=" + procedure_ids["Procédure adaptée"], expected("travaux", proc="Procédure adaptée")),
                     ("q=&pub=30", expected("", pub=30)), ("q=voirie&pub=90&dep=34", expected("voirie", pub=90, dep="34"))]:
        got = page(qs)
        print(f"filter {qs}: {got} results, {want} expected")
        if got != want or want == 0: fail(f"filter {qs}: {got} results, {want} computed from the records")
    # Facet counts as if the facet were not chosen.
    page("q=voirie&dep=31")
    # The counts come once the filters are shown (they are, on this wide window).
    WebDriverWait(driver, 10).until(lambda d: "·" in Select(d.find_element(By.ID, "f-dep")).options[1].text)
    for o in Select(driver.find_element(By.ID, "f-dep")).options[1:]:
        code = o.get_attribute("value")
        n = int(o.text.rsplit("·", 1)[1]) if "·" in o.text else None
        if n != expected("voirie", dep=code): fail(f"voirie, 31 chosen: option {o.text!r}, {expected('voirie', dep=code)} records in {code}")
    # The buyer filter, found by name.
    top_buyer = max(buyers, key=lambda b: sum(1 for d in docs if d["buyer"] == b))
    driver.get(f"http://127.0.0.1:{port}/recherche/")
    if not driver.find_element(By.ID, "refine").get_attribute("open"): driver.find_element(By.CSS_SELECTOR, "#refine summary").click()
    box = driver.find_element(By.ID, "f-buyer")
    box.send_keys(buyers[top_buyer].split()[-1][:4])
    WebDriverWait(driver, 5).until(lambda d: any(o.get_attribute("value") == buyers[top_buyer]
                                                 for o in d.find_elements(By.CSS_SELECTOR, "#buyer-options option")))
    box.clear()
    box.send_keys(buyers[top_buyer])
    got = count_shown()
    if got != expected("", buyer=top_buyer): fail(f"buyer {buyers[top_buyer]}: {got} results, {expected('', buyer=top_buyer)} records")
    if f"buyer={top_buyer}" not in driver.current_url: fail(f"buyer not in the URL: {driver.current_url}")
    print(f"buyer {buyers[top_buyer]}: {got} results")

    # On a phone, a filtered search (the home's "my trade in my department") shows its results
    # on the first screen: the filters as chips above the count, the panel folded; a chip takes
    # its filter away.
    driver.set_window_size(360, 800)
    got, want = page("sec=btp&dep=31"), expected("", dep="31", sec="btp")
    if got != want: fail(f"sec=btp&dep=31: {got} results, {want} records of BTP in 31")
    chips = driver.find_elements(By.CSS_SELECTOR, "#search-chips button")
    heading_y = driver.find_element(By.ID, "results-heading").rect["y"]
    print(f"phone, sec=btp&dep=31: {len(chips)} chips, the count at y = {heading_y:.0f}")
    if len(chips) != 2: fail(f"phone: {len(chips)} filter chips for two filters")
    if driver.find_element(By.ID, "refine").get_attribute("open") is not None: fail("phone: the filter panel opens over the results")
    if heading_y > 800: fail(f"phone: the results' count starts at y = {heading_y:.0f}, below the first screen")
    if chips:
        chips[0].click()
        for _ in range(50):
            if "sec=" not in driver.current_url: break
            time.sleep(0.1)
        if "sec=" in driver.current_url or count_shown(got) != expected("", dep="31"):
            fail(f"phone: the sector chip did not take its filter away ({driver.current_url})")
    driver.set_window_size(1280, 900)

    # Served a week late: the same files, read by the page's clock a week on.
    late = now + timedelta(days=7)
    set_clock(late)
    for qs, f in [("statut=o", {"statut": "o"}), ("statut=c", {"statut": "c"}), ("q=entretien&within=7", {"q": "entretien", "within": 7})]:
        got = page(qs)
        want = expected(f.get("q", ""), statut=f.get("statut"), within=f.get("within"), at=late)
        print(f"a week late, {qs}: {got} results, {want} expected from the records")
        if got != want or want == 0: fail(f"a week late, {qs}: {got} results, {want} computed from the records")

    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    if errors: fail(f"console errors: {errors}")
finally:
    driver.quit()
    server.terminate()

print(f"{0 if failures else 1} passed, {1 if failures else 0} failed: search checks ({len(failures)} problems)")
sys.exit(1 if failures else 0)
