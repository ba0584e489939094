#!/usr/bin/env python3
"""Reads every feed and calendar of a built site with real feed clients:
- feedparser (RSS 2.0 and Atom 1.0): no bozo flag, the expected version, entries with ids;
- jsonfeed-util (JSON Feed 1.1; feedparser 6.0.x, the latest on PyPI, does not read JSON Feed);
- icalendar (RFC 5545): every .ics parses, one VEVENT per deadline with a unique UID;
- the OPML file parses and names every RSS feed;
- every RSS and Atom file points browsers at the site's XSLT stylesheet, and that stylesheet,
  applied by libxslt (lxml), gives an HTML page (html5lib) with the feed's title, its address
  to copy and every one of its items.
The three formats of one list must carry the same items in the same order.
Usage: check_feeds.py SITE_DIR"""
import glob, os, sys
import xml.etree.ElementTree as ET
import re
import feedparser, html5lib, icalendar, jsonfeed
from lxml import etree

site = sys.argv[1]
failures = []

def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)

counts = {"rss": 0, "atom": 0, "json": 0, "ics": 0, "styled": 0}
style_file = os.path.join(site, "assets", "flux.xsl")
style = etree.XSLT(etree.parse(style_file)) if os.path.exists(style_file) else None
if style is None: fail("no assets/flux.xsl")

def styled(path, parsed):
    """The feed as a browser shows it: its stylesheet instruction, then the page it makes."""
    head = open(path, encoding="utf-8").read(400)
    m = re.search(r'<\?xml-stylesheet type="text/xsl" href="([^"]+)"\?>', head)
    if not m or not m.group(1).endswith("/assets/flux.xsl"):
        return fail(f"{path}: no xml-stylesheet instruction for assets/flux.xsl")
    if style is None: return
    page = html5lib.parse(str(style(etree.parse(path))), namespaceHTMLElements=False)
    h1 = "".join(page.find(".//h1").itertext())
    if h1 != parsed.feed.title: fail(f"{path}: styled page's title {h1!r}, the feed's {parsed.feed.title!r}")
    address = page.find(".//input[@id='adresse']")
    links = [l.get("href") for l in parsed.feed.get("links", []) if l.get("rel") == "self"]
    if address is None or address.get("value") not in links: fail(f"{path}: styled page's address is not the feed's self link {links}")
    cards = [a.get("href") for a in page.findall(".//ul[@class='cards feed-items']/li/h3/a")]
    if cards != [e.link for e in parsed.entries]: fail(f"{path}: styled page lists {len(cards)} items, the feed {len(parsed.entries)}")
    counts["styled"] += 1
for rss in sorted(glob.glob(os.path.join(site, "**", "rss.xml"), recursive=True)):
    folder = os.path.dirname(rss)
    r = feedparser.parse(rss)
    if r.bozo or r.version != "rss20":
        fail(f"{rss}: bozo={r.bozo} {r.get('bozo_exception')} version={r.version}")
    a = feedparser.parse(os.path.join(folder, "atom.xml"))
    if a.bozo or a.version != "atom10":
        fail(f"{folder}/atom.xml: bozo={a.bozo} {a.get('bozo_exception')} version={a.version}")
    try:
        j = jsonfeed.Feed.parse_string(open(os.path.join(folder, "feed.json"), encoding="utf-8").read())
        json_ids = [i.id for i in j.items]
    except Exception as e:
        fail(f"{folder}/feed.json: {e!r}")
        json_ids = None
    styled(rss, r)
    styled(os.path.join(folder, "atom.xml"), a)
    rss_ids = [e.id for e in r.entries]
    atom_ids = [e.id for e in a.entries]
    if not (rss_ids == atom_ids == json_ids):
        fail(f"{folder}: RSS, Atom and JSON Feed disagree on items")
    for e in r.entries:
        if not e.get("title") or not e.get("link"):
            fail(f"{rss}: an item without title or link")
    counts["rss"] += 1; counts["atom"] += 1; counts["json"] += 1

uids = set()
for ics in sorted(glob.glob(os.path.join(site, "**", "*.ics"), recursive=True)):
    try:
        cal = icalendar.Calendar.from_ical(open(ics, "rb").read())
    except Exception as e:
        fail(f"{ics}: {e!r}")
        continue
    events = [c for c in cal.walk("VEVENT")]
    seen = set()
    for ev in events:
        uid = str(ev.get("UID"))
        if uid in seen:
            fail(f"{ics}: UID {uid} twice")
        seen.add(uid)
        if ev.get("DTSTART") is None or ev.get("DTSTAMP") is None:
            fail(f"{ics}: an event without DTSTART or DTSTAMP")
    counts["ics"] += 1

opml = ET.parse(os.path.join(site, "alertes", "flux.opml"))
urls = {o.get("xmlUrl") for o in opml.iter("outline") if o.get("xmlUrl")}
if len(urls) != counts["rss"]:
    fail(f"OPML lists {len(urls)} feeds, the site has {counts['rss']} RSS feeds")

print(f"feeds: {counts['rss']} RSS, {counts['atom']} Atom, {counts['json']} JSON Feed, {counts['ics']} calendars read; "
      f"{counts['styled']} RSS and Atom files read through their stylesheet")
print(f"{0 if failures else 1} passed, {1 if failures else 0} failed: feed checks ({len(failures)} problems)")
sys.exit(1 if failures else 0)
