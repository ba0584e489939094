"""What the check scripts share: a static server for a built site on a free loopback port, and
headless Chromium set up as it runs here (as root: --no-sandbox; Debian's chromedriver, given
explicitly so that Selenium does not try to download one)."""
import socket, subprocess, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def serve(site):
    """Starts `python3 -m http.server` on 127.0.0.1; returns (process, port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port), "--directory", site],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, port


def chromium(console=False, extra=()):
    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage") + tuple(extra):
        opts.add_argument(a)
    if console:
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
