#!/usr/bin/env python3
"""Reads every feed and calendar of a built site with real feed clients:
- feedparser (RSS 2.0 and Atom 1.0): no bozo flag, the expected version, entries with ids;
- jsonfeed-util (JSON Feed 1.1; feedparser 6.0.x, the latest on PyPI, does not read JSON Feed);
- icalendar (RFC 5545): every .ics parses, one VEVENT per deadline with a unique UID;
- the OPML file parses and names every RSS feed.
The three formats of one list must carry the same items in the same order.
Usage: check_feeds.py SITE_DIR"""
import glob, os, sys
import xml.etree.ElementTree as ET
import feedparser, icalendar, jsonfeed

site = sys.argv[1]
failures = []

def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)

counts = {"rss": 0, "atom": 0, "json": 0, "ics": 0}
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

print(f"feeds: {counts['rss']} RSS, {counts['atom']} Atom, {counts['json']} JSON Feed, {counts['ics']} calendars read")
print(f"{0 if failures else 1} passed, {1 if failures else 0} failed: feed checks ({len(failures)} problems)")
sys.exit(1 if failures else 0)
