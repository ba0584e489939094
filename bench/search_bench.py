#!/usr/bin/env python3
"""Search benchmark (not a test): on a built site, for one-word queries, the bytes the page
downloads for the query (counted at the server, as Web Workers and caches hide requests from
the page), the number of requests, and the time to first results as the page measures it
(from the query to the first cards drawn). Also prints the index's size.
Usage: search_bench.py SITE_DIR WORD [WORD…]"""
import http.server, os, socketserver, statistics, sys, threading, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

site = sys.argv[1]
words = sys.argv[2:]
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
print(f"{'query':<16}{'results':>9}{'requests':>10}{'KB':>9}{'ms (median of 3)':>18}")
try:
    for w in words:
        times = []
        for attempt in range(3):
            driver.execute_cdp_cmd("Network.clearBrowserCache", {})
            driver.get(f"http://127.0.0.1:{port}/recherche/")
            WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "f-buyer").find_elements(By.TAG_NAME, "option")[1:])
            time.sleep(0.3)
            log.clear()
            box = driver.find_element(By.ID, "q")
            box.send_keys(w)
            h = driver.find_element(By.ID, "results-heading")
            WebDriverWait(driver, 60).until(lambda d: h.get_attribute("data-ms") is not None or h.text == "Aucun résultat")
            time.sleep(0.5)
            times.append(int(h.get_attribute("data-ms") or 0))
            requests = [p for p in log if "/recherche/" in p[0]]
            count = h.get_attribute("data-count")
            driver.execute_script("document.getElementById('results-heading').removeAttribute('data-ms')")
        kb = sum(s for _, s in requests) / 1024
        print(f"{w:<16}{count:>9}{len(requests):>10}{kb:>9.1f}{statistics.median(times):>18}")
finally:
    driver.quit()
    server.shutdown()
