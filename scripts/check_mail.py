#!/usr/bin/env python3
"""Reads every .eml of a folder with Python's email package (policy.default, strict about
defects) and its HTML part with html5lib, and prints what the tests of `scope notify` check, as
JSON: per message, the envelope recipients (N.json beside it, from scripts/smtp_sink.py), the
decoded headers, the MIME structure, the text part and the links of the HTML part.

    scripts/check_mail.py DIR"""
import email
import glob
import json
import os
import sys
from email import policy

import html5lib


def main(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.eml"))):
        raw = open(path, "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        envelope = path[:-4] + ".json"
        to = json.load(open(envelope))["to"] if os.path.exists(envelope) else [str(m["To"])]
        text = m.get_body(("plain",))
        html = m.get_body(("html",))
        links = []
        if html is not None:
            doc = html5lib.parse(html.get_content(), namespaceHTMLElements=False)
            links = [a.get("href") for a in doc.iter("a")]
        out.append({
            "file": os.path.basename(path),
            "to": to,
            "from": str(m["From"]),
            "subject": str(m["Subject"]),
            "date": str(m["Date"]),
            "message_id": str(m["Message-ID"]),
            "list_unsubscribe": str(m["List-Unsubscribe"]) if m["List-Unsubscribe"] else None,
            "list_unsubscribe_post": str(m["List-Unsubscribe-Post"]) if m["List-Unsubscribe-Post"] else None,
            "content_type": m.get_content_type(),
            "parts": [p.get_content_type() for p in m.iter_parts()],
            "defects": [str(d) for d in m.defects] + [str(d) for p in m.walk() for d in p.defects],
            "crlf": b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""),
            "text": text.get_content() if text is not None else None,
            "links": links,
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
