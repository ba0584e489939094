#!/usr/bin/env python3
"""Screenshots of the main kinds of page at 360 px and 1280 px wide, by headless Chromium.
Usage: scripts/screenshots.py [--first-screen] [SITE_DIR] [OUT_DIR]   (defaults: site, screenshots)
--first-screen: the first 800 px of the home and a notice page only (the README's pictures,
docs/images/).
Needs Debian's chromium and chromium-driver, and `pip install selenium`."""
import os, socket, subprocess, sys, time
from sitetools import chromium, serve, richest_buyer

args = [a for a in sys.argv[1:] if a != "--first-screen"]
first_screen = "--first-screen" in sys.argv
site = args[0] if len(args) > 0 else "site"
out = args[1] if len(args) > 1 else "screenshots"
os.makedirs(out, exist_ok=True)
notice = sorted(d for d in os.listdir(os.path.join(site, "annonces")) if d.startswith("26-"))[-1]
prog = sorted(d for d in os.listdir(os.path.join(site, "programmations")) if d.startswith("p26-"))[0]
buyer = richest_buyer(site)
pages = {"home": "/", "notice": f"/annonces/{notice}/", "programmation": f"/programmations/{prog}/",
         "sector": "/secteurs/btp/", "department": "/departements/31/", "buyers": "/acheteurs/",
         "buyer": buyer, "notices": "/annonces/", "page": "/a-propos/"}
if first_screen:
    pages = {k: pages[k] for k in ("home", "notice")}
server, port = serve(site)
driver = chromium(extra=("--hide-scrollbars",))
try:
    for name, path in pages.items():
        for width in (360, 1280):
            driver.set_window_size(width, 900)
            driver.get(f"http://127.0.0.1:{port}{path}")
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, 800 if first_screen else min(height, 4000))
            driver.save_screenshot(os.path.join(out, f"{name}-{width}.png"))
            print(os.path.join(out, f"{name}-{width}.png"))
finally:
    driver.quit()
    server.terminate()
