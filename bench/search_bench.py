#!/usr/bin/env python3
"""Search benchmark (not a test): on a built site, for one-word queries, the bytes the page
downloads for the query (counted at the server, as Web Workers and caches hide requests from
the page), the number of requests, and the time to first results as the page measures it
(from the query to the first cards drawn). Also prints the index's size.
A query with "=" in it is a search address's query string (`q=voirie&sort=value`), loaded as
such after the page: what a sort, a filter or a place costs.
The page tells open from closed by its own clock: `--now ISO` sets it to the build's instant
(the sample's `now:`), as a visitor reads the site on the day it was built; without it, the
machine's clock (a site read weeks after its build fetches more, to replace closed results).
Usage: search_bench.py [--now ISO] SITE_DIR QUERY [QUERY…]"""
import http.server, json, os, socketserver, statistics, sys, threading, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

args = sys.argv[1:]
now = None
if args[:1] == ["--now"]:
    now, args = args[1], args[2:]
site = args[0]
words = args[1:]
log = []

class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=site, **k)
    def log_message(self, *a):
        pass
    def send_head(self):
        f = super().send_head()
        path = self.translate_path(self.path)
        if f is not None and os.path.isfile(path):
            log.append((self.path, os.path.getsize(path)))
        return f

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

server = Server(("127.0.0.1", 0), Handler)
port = server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()

def size_of(folder):
    total = files = 0
    for dp, _, fs in os.walk(folder):
        for f in fs:
            total += os.path.getsize(os.path.join(dp, f)); files += 1
    return total, files

idx, nfiles = size_of(os.path.join(site, "recherche"))
print(f"index: {idx / 1e6:.1f} MB in {nfiles} files (recherche/)")
opts = webdriver.ChromeOptions()
for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-application-cache", "--disk-cache-size=1"):
    opts.add_argument(a)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
if now:
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": "window.scopeNow = %s;" % json.dumps(now)})
# A phone's screen: the filters are folded away, and their counts are loaded only when the
# visitor opens them (the last column: what opening them then downloads).
driver.set_window_size(360, 800)
print(f"{'query':<24}{'results':>9}{'requests':>10}{'KB':>9}{'ms (median of 3)':>18}{'then, for the counts':>22}")
try:
    for w in words:
        times = []
        for attempt in range(3):
            driver.execute_cdp_cmd("Network.clearBrowserCache", {})
            driver.get(f"http://127.0.0.1:{port}/recherche/")
            WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "search").get_attribute("data-ready") is not None)
            time.sleep(0.3)
            if "=" in w:
                # The page and its meta.json are cached now: what is left is the query's own.
                log.clear()
                driver.get(f"http://127.0.0.1:{port}/recherche/?{w}")
                log[:] = [p for p in log if not p[0].startswith(("/recherche/?", "/recherche/meta.json", "/assets/"))]
            else:
                log.clear()
                driver.find_element(By.ID, "q").send_keys(w)
            h = driver.find_element(By.ID, "results-heading")
            WebDriverWait(driver, 60).until(lambda d: h.get_attribute("data-ms") is not None or h.text == "Aucun résultat")
            time.sleep(0.5)
            first = [p for p in log if "/recherche/" in p[0]]
            driver.find_element(By.CSS_SELECTOR, "#refine summary").click()
            time.sleep(1.0)
            times.append(int(h.get_attribute("data-ms") or 0))
            requests = first
            later = [p for p in log if "/recherche/" in p[0]][len(first):]
            count = h.get_attribute("data-count")
            driver.execute_script("document.getElementById('results-heading').removeAttribute('data-ms')")
        kb = sum(s for _, s in requests) / 1024
        then = f"{len(later)} files, {sum(s for _, s in later) / 1024:.1f} KB" if later else "-"
        print(f"{w:<24}{count:>9}{len(requests):>10}{kb:>9.1f}{statistics.median(times):>18}{then:>22}")
finally:
    driver.quit()
    server.shutdown()
