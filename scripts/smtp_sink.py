#!/usr/bin/env python3
"""A real SMTP server on the loopback for the tests of `scope notify` (aiosmtpd, from PyPI).

    scripts/smtp_sink.py DIR [--refuse ADDRESS]... [--slow SECONDS] [--tls CERT KEY] [--auth USER:PASSWORD]

Saves each accepted message into DIR as N.eml (the bytes received) and N.json (the envelope:
sender and recipients); answers 550 to RCPT TO for each --refuse address; with --slow, waits
that long before accepting each message. With --tls, offers STARTTLS with that certificate
and requires it; with --auth, requires AUTH (LOGIN or PLAIN) with that user and password, over
TLS. Prints "ready PORT" once it listens, then runs until killed."""
import argparse
import asyncio
import json
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder, refuse, slow):
        self.folder, self.refuse, self.slow, self.count = folder, {a.lower() for a in refuse}, slow, 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.slow:
            await asyncio.sleep(self.slow)
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".eml.tmp", base + ".eml")
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        return "250 2.0.0 accepted"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("folder")
    p.add_argument("--refuse", action="append", default=[])
    p.add_argument("--slow", type=float, default=0)
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--auth")
    a = p.parse_args()
    os.makedirs(a.folder, exist_ok=True)
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    options = {}
    if a.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.tls[0], a.tls[1])
        options.update(tls_context=context, require_starttls=True)
    if a.auth:
        user, password = a.auth.split(":", 1)

        def check(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
            return AuthResult(success=ok)
        options.update(authenticator=check, auth_required=True, auth_require_tls=bool(a.tls))
    controller = Controller(Sink(a.folder, a.refuse, a.slow), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("ready %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
