#!/usr/bin/env python3
"""Screenshots of the main kinds of page at 360 px and 1280 px wide, by headless Chromium.
Usage: scripts/screenshots.py [SITE_DIR] [OUT_DIR]   (defaults: site, screenshots)
Needs Debian's chromium and chromium-driver, and `pip install selenium`."""
import os, socket, subprocess, sys, time
from sitetools import chromium, serve, richest_buyer

site = sys.argv[1] if len(sys.argv) > 1 else "site"
out = sys.argv[2] if len(sys.argv) > 2 else "screenshots"
os.makedirs(out, exist_ok=True)
notice = sorted(d for d in os.listdir(os.path.join(site, "annonces")) if d.startswith("26-"))[-1]
prog = sorted(d for d in os.listdir(os.path.join(site, "programmations")) if d.startswith("p26-"))[0]
buyer = richest_buyer(site)
pages = {"home": "/", "notice": f"/annonces/{notice}/", "programmation": f"/programmations/{prog}/",
         "sector": "/secteurs/btp/", "department": "/departements/31/", "buyers": "/acheteurs/",
         "buyer": buyer, "notices": "/annonces/", "page": "/a-propos/"}
server, port = serve(site)
driver = chromium(extra=("--hide-scrollbars",))
try:
    for name, path in pages.items():
        for width in (360, 1280):
            driver.set_window_size(width, 900)
            driver.get(f"http://127.0.0.1:{port}{path}")
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(height, 4000))
            driver.save_screenshot(os.path.join(out, f"{name}-{width}.png"))
            print(os.path.join(out, f"{name}-{width}.png"))
finally:
    driver.quit()
    server.terminate()
