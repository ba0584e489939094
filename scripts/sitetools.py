"""What the check scripts share: a static server for a built site on a free loopback port, and
headless Chromium set up as it runs here (as root: --no-sandbox; Debian's chromedriver, given
explicitly so that Selenium does not try to download one)."""
import socket, subprocess, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


# The Content-Security-Policy the README documents: nothing inline, nothing from elsewhere.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

SERVER = """
import http.server, sys
class H(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", sys.argv[3])
        super().end_headers()
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])),
    lambda *a, **k: H(*a, directory=sys.argv[2], **k)).serve_forever()
"""


def serve(site):
    """Serves the built site on 127.0.0.1 with the documented Content-Security-Policy on every
    response, so that every browser check also checks the site works under it; returns
    (process, port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port), site, CSP],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, port


def richest_buyer(site):
    """The buyer page with the most sections filled (awards, programmations, notices): the
    one that shows the most of the buyer template."""
    import glob, os
    def score(path):
        text = open(path, encoding="utf-8").read()
        return (('id="attribues"' in text), text.count("<li class=\"card"), path)
    best = max(glob.glob(os.path.join(site, "acheteurs", "*", "index.html")), key=score)
    return "/" + os.path.relpath(os.path.dirname(best), site) + "/"


def chromium(console=False, extra=()):
    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage") + tuple(extra):
        opts.add_argument(a)
    if console:
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
