#!/usr/bin/env python3
"""The e-mail alerts, end to end with real parts: the sample built with `alerts.service` set,
served with the site's Content-Security-Policy by a small proxy that passes /alertes-email/ to
`scope alerts serve` (as the README's nginx `location` does); a real SMTP server on the loopback
(scripts/smtp_sink.py, aiosmtpd); headless Chromium as the firm.

1. From a sector × department page, "Recevoir cette liste par e-mail" opens the sign-up with
   that sector and department ticked; the firm types its address and sends.
2. The confirmation arrives (and nothing else); its link, opened, confirms.
3. `scope notify --database` sends one digest: exactly the open notices of the pair's page
   (every page of it; check_site.py holds those pages to the exports).
4. One POST to its List-Unsubscribe address (RFC 8058) stops it; the next `scope notify` sends
   nothing; no byte of the address is left in the database's files.
Refusals through the proxy too: a forged link, a confirmation link used after the stop, a form
posted by a bot. axe-core on the sign-up, confirmation and manage pages; none scrolls sideways
at 360 px. Screenshots in $SHOTS when set.
Usage: check_alerts.py SCOPE_BINARY CONTENT LAYOUTS [AXE_JS] [--language en]"""
import email, email.policy, glob, http.server, json, os, re, shutil, socket, subprocess, sys, tempfile, threading, time
import urllib.error, urllib.parse, urllib.request
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from sitetools import CSP, chromium

args = [a for a in sys.argv[1:] if not a.startswith("--")]
language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "fr"
args = [a for a in args if a != language] if "--language" in sys.argv else args
scope, content, layouts = (os.path.abspath(a) for a in args[:3])
axe_js = args[3] if len(args) > 3 else None
shots = os.environ.get("SHOTS")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []
def fail(msg):
    failures.append(msg); print("FAIL:", msg)
def check(cond, msg):
    if not cond: fail(msg)
    return cond

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]

work = tempfile.mkdtemp(prefix="scope-alerts-")
proxy_port, service_port = free_port(), free_port()
base = f"http://127.0.0.1:{proxy_port}/"
service = base + "alertes-email/"
address = "couvreur.tarn@example.org"
sender = "Marchés publics <alertes@marches.example>"
WORDS = {"fr": {"follow": "Recevoir cette liste par e‑mail", "sent": "Vérifiez votre boîte e-mail", "confirmed": "Votre alerte est confirmée",
                "bad": "Ce lien ne fonctionne pas", "form": "Le formulaire a expiré"},
         "en": {"follow": "Get this list by e‑mail", "sent": "Check your mailbox", "confirmed": "Your alert is confirmed",
                "bad": "This link does not work", "form": "The form expired"}}[language]

# The sample with the service named, built for the proxy's address.
shutil.copytree(content, os.path.join(work, "content"))
config = os.path.join(work, "content", "config.yaml")
text = open(config, encoding="utf-8").read()
text = re.sub(r"^language: \w+$", f"language: {language}", text, flags=re.M)
text = re.sub(r"^  service: .*$", f'  service: "{service}"', text, count=1, flags=re.M)
assert service in text, "the sample's config names no alerts.service"
open(config, "w", encoding="utf-8").write(text)
site = os.path.join(work, "site")
subprocess.run([scope, "build", "--content", os.path.join(work, "content"), "--layouts", layouts, "--output", site,
                "--base-url", base, "--quiet"], check=True, stdout=subprocess.DEVNULL)

mail_dir = os.path.join(work, "mail"); os.makedirs(mail_dir)
sink = subprocess.Popen([sys.executable, os.path.join(root, "scripts", "smtp_sink.py"), mail_dir], stdout=subprocess.PIPE, text=True)
smtp_port = int(sink.stdout.readline().split()[1])
database = os.path.join(work, "alerts.sqlite")
serve = subprocess.Popen([scope, "alerts", "serve", "--database", database, "--content", os.path.join(work, "content"),
                          "--layouts", layouts, "--listen", f"127.0.0.1:{service_port}", "--public-url", service,
                          "--from", sender, "--smtp", f"smtp://127.0.0.1:{smtp_port}"], stdout=subprocess.PIPE, text=True)
serve.stdout.readline()  # "Alerts sign-up on …" once it listens


class Proxy(http.server.SimpleHTTPRequestHandler):
    """The site's files with its CSP; /alertes-email/ to the service, as nginx's proxy_pass."""
    def log_message(self, *a): pass
    def end_headers(self):
        if not self.path.startswith("/alertes-email"):
            self.send_header("Content-Security-Policy", CSP)
        super().end_headers()
    def forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) if self.command == "POST" else None
        req = urllib.request.Request(f"http://127.0.0.1:{service_port}{self.path}", data=body, method=self.command)
        for h in ("Content-Type",):
            if self.headers.get(h): req.add_header(h, self.headers[h])
        req.add_header("X-Forwarded-For", self.headers.get("X-Test-Client", self.client_address[0]))
        try:
            r = urllib.request.urlopen(req)
        except urllib.error.HTTPError as e:
            r = e
        data = r.read()
        self.send_response(r.status)
        for k, v in r.headers.items():
            if k.lower() not in ("connection", "transfer-encoding", "content-length"): self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def do_GET(self):
        if self.path.startswith("/alertes-email"): return self.forward()
        return super().do_GET()
    def do_POST(self):
        if self.path.startswith("/alertes-email"): return self.forward()
        self.send_error(405)

server = http.server.ThreadingHTTPServer(("127.0.0.1", proxy_port), lambda *a, **k: Proxy(*a, directory=site, **k))
threading.Thread(target=server.serve_forever, daemon=True).start()


def mails():
    out = []
    for path in sorted(glob.glob(os.path.join(mail_dir, "*.eml"))):
        out.append(email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default))
    return out

def wait_mails(n, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        if len(mails()) >= n: return mails()
        time.sleep(0.2)
    return mails()

def post(url, fields, client="203.0.113.9"):
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/x-www-form-urlencoded",
                                                                          "X-Test-Client": client})
    try:
        r = urllib.request.urlopen(req)
    except urllib.error.HTTPError as e:
        r = e
    return r.status, r.read().decode("utf-8")

def notify():
    r = subprocess.run([scope, "notify", "--database", database, "--content", os.path.join(work, "content"), "--layouts", layouts,
                        "--from", sender, "--smtp", f"smtp://127.0.0.1:{smtp_port}", "--rate", "50"], capture_output=True, text=True)
    check(r.returncode == 0, f"scope notify --database failed ({r.returncode}): {r.stderr[-400:]}")
    return r.stdout

def wait_for(predicate, seconds=15):
    """The predicate's value once true: a click's page may not have replaced the old one yet."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            value = predicate()
            if value: return value
        except (NoSuchElementException, StaleElementReferenceException):
            pass
        time.sleep(0.1)
    return None

def heading():
    return driver.find_element(By.TAG_NAME, "h1").text

def no_sideways(label):
    # Under the site's policy and the service's own: no violation, no script error.
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check(not errors, f"console errors on the {label} page: {errors[:3]}")
    for width in (360, 1280):
        driver.set_window_size(width, 900)
        wide = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(wide <= 0, f"{label} scrolls sideways at {width} px ({wide} px)")
        if shots:
            driver.save_screenshot(os.path.join(shots, f"alerts-{language}-{label}-{width}.png"))
    driver.set_window_size(360, 900)

def run_axe(label):
    if not axe_js: return
    driver.execute_script(open(axe_js, encoding="utf-8").read())
    found = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help; })); });")
    check(not found, f"axe on the {label} page: {found}")

driver = chromium(console=True)
driver.set_script_timeout(60)
try:
    # A search offers its own choice: the department it understood, and its words.
    driver.get(base + "recherche/?q=couverture%2081")
    for _ in range(50):
        follow = driver.find_elements(By.CSS_SELECTOR, "#search-follow:not([hidden]) a")
        if follow: break
        time.sleep(0.1)
    check(follow and follow[0].get_attribute("href") == service + "?dep=81&q=couverture",
          f"the search's e-mail link: {follow[0].get_attribute('href') if follow else None}")

    # A buyer's page leads to the sign-up with that buyer, named (the service reads the exports' names).
    buyer_page = sorted(glob.glob(os.path.join(site, "acheteurs", "*", "index.html")))[0]
    buyer_html = open(buyer_page, encoding="utf-8").read()
    buyer_name = re.search(r"<h1[^>]*>([^<]+)</h1>", buyer_html).group(1).strip()
    driver.get(base + os.path.relpath(os.path.dirname(buyer_page), site) + "/")
    driver.find_element(By.LINK_TEXT, WORDS["follow"]).click()
    wait_for(lambda: driver.find_elements(By.ID, "email"))
    ticked = [l.text for l in driver.find_elements(By.CSS_SELECTOR, "input[name=buyer]:checked + label")]
    check(len(ticked) == 1 and ticked[0] == driver.execute_script("var t = document.createElement('textarea'); t.innerHTML = arguments[0]; return t.value;", buyer_name),
          f"the sign-up from {buyer_name}'s page shows {ticked}")

    # 1. From the pair's page to the sign-up, its choice carried.
    driver.set_window_size(360, 900)
    driver.get(base + "secteurs/btp/81/")
    link = driver.find_element(By.LINK_TEXT, WORDS["follow"])
    check(link.get_attribute("href") == service + "?sec=btp&dep=81", f"the pair's e-mail link: {link.get_attribute('href')}")
    link.click()
    wait_for(lambda: driver.find_elements(By.ID, "sec-btp"))
    check(driver.find_element(By.ID, "sec-btp").is_selected(), "the sign-up does not tick the page's sector")
    check(driver.find_element(By.ID, "dep-81").is_selected(), "the sign-up does not tick the page's department")
    check(not driver.find_element(By.ID, "dep-31").is_selected(), "the sign-up ticks another department")
    check(driver.execute_script("return getComputedStyle(document.body).fontFamily") != "", "no stylesheet")
    check(driver.execute_script("return document.styleSheets.length") >= 1, "the sign-up page has not the site's stylesheet")
    run_axe("sign-up"); no_sideways("signup")
    driver.find_element(By.ID, "email").send_keys(address)
    time.sleep(2.5)  # a person takes longer than the form's minimum age; a bot posting at once does not
    driver.find_element(By.CSS_SELECTOR, "form.alert-form button[type=submit]").click()
    check(wait_for(lambda: WORDS["sent"] in heading()), f"after sending: {wait_for(heading)}")
    no_sideways("sent")

    # 2. The confirmation, and nothing else.
    got = wait_mails(1)
    check(len(got) == 1, f"{len(got)} e-mails after the sign-up, expected the confirmation alone")
    confirmation = got[0]
    check(confirmation["To"].addresses[0].addr_spec == address, f"confirmation to {confirmation['To']}")
    body = confirmation.get_body(("plain",)).get_content()
    links = re.findall(r"https?://\S+", body)
    confirm = next((u for u in links if "/confirmer?t=" in u), None)
    check(confirm is not None and confirm.startswith(service), f"no confirmation link in {body[:400]}")
    check(notify().count("e-mails sent 0") == 1, "scope notify sent something before the address confirmed")
    check(len(mails()) == 1, "a digest went to an address that did not confirm")
    driver.get(confirm)
    check(WORDS["confirmed"] in driver.find_element(By.TAG_NAME, "h1").text, "the confirmation link did not confirm")
    run_axe("confirmation"); no_sideways("confirmed")

    # 3. The digest: exactly the open notices of the pair's page.
    # Every page of the pair's list (cut by period, then numbered), read as its cards.
    pair = base + "secteurs/btp/81/"
    expected, seen, todo = set(), set(), [pair]
    while todo:
        url = todo.pop()
        if url in seen: continue
        seen.add(url)
        page_html = urllib.request.urlopen(url).read().decode("utf-8")
        expected.update(urllib.parse.urljoin(url, h) for h in re.findall(r'<li class="card notice-card">\s*<h3 class="card-title"><a href="([^"]+)"', page_html))
        todo += [urllib.parse.urljoin(url, h) for h in re.findall(r'href="([^"]*/secteurs/btp/81/page/[^"]*)"', page_html)]
    out = notify()
    check("e-mails sent 1" in out, f"scope notify --database: {out[-300:]}")
    got = wait_mails(2)
    digest = got[-1]
    html = digest.get_body(("html",)).get_content()
    sent = set(u.replace("https://marches.occitanie.example/", base) for u in re.findall(r'href="([^"]+/annonces/[^"]+)"', html))
    check(expected and sent == expected, f"the digest's notices are not the pair page's: {len(sent)} sent, {len(expected)} listed; "
          f"only sent {sorted(sent - expected)[:3]}, only listed {sorted(expected - sent)[:3]}")
    print(f"digest: {len(sent)} notices; the pair's pages ({len(seen)}) list {len(expected)}")
    unsubscribe = digest["List-Unsubscribe"].strip("<>")
    check(digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click", "no List-Unsubscribe-Post")
    manage = next((u for u in re.findall(r'href="([^"]+)"', html) if "/gerer?t=" in u), None)
    check(manage is not None, "the digest has no link to manage the alert")
    driver.get(manage)
    check(address in driver.page_source, "the manage page does not say whose alerts they are")
    run_axe("manage"); no_sideways("manage")

    # Refusals: a forged manage link, a bot's post.
    forged = manage[:-3] + ("AAA" if not manage.endswith("AAA") else "BBB")
    driver.get(forged)
    check(WORDS["bad"] in driver.find_element(By.TAG_NAME, "h1").text, "a forged link was taken")
    status, page_text = post(service, {"email": "bot@example.org", "sec": "btp"}, client="198.51.100.7")
    check(status == 400 and WORDS["form"] in page_text.replace("&#39;", "'"), f"a bot's blind post got {status}")

    # 4. One POST stops it; nothing more is sent; nothing of the address is left.
    status, _ = post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    check(status == 200, f"the one-click POST got {status}")
    out = notify()
    check("e-mails sent 0" in out and len(mails()) == 2, f"something was sent after the stop: {out[-200:]}")
    driver.get(confirm)
    check(WORDS["bad"] in driver.find_element(By.TAG_NAME, "h1").text, "the confirmation link worked again after the stop")
    for path in glob.glob(database + "*"):
        if path.endswith(".keys"): continue
        check(address.encode() not in open(path, "rb").read(), f"{os.path.basename(path)} still holds the address")
finally:
    driver.quit()
    server.shutdown()
    for p in (serve, sink):
        p.terminate(); p.wait()
    shutil.rmtree(work, ignore_errors=True)

print(f"Alerts end to end ({language}): sign-up, confirmation, digest, manage, one-click stop; {len(failures)} failures")
sys.exit(1 if failures else 0)
