"""A real SMTP submission server for the mail tests (aiosmtpd).

Usage: smtp_server.py CERT KEY {starttls|tls} USER PASSWORD [STORE_DIR]

Listens on 127.0.0.1 on a free port (or on $SMTP_SERVER_PORT when set, to
come back where an earlier server was), prints the port on stdout, then
serves until killed. STARTTLS mode requires STARTTLS before AUTH; TLS mode
wraps the socket from the first byte. AUTH PLAIN/LOGIN is required and
checked against USER/PASSWORD; MAIL FROM refused@example.com is refused.
The message "app-password" as password gets Gmail's app-password reply.
With STORE_DIR, each accepted message is written there as N.eml (the bytes
as received) beside N.json ({"mail_from": ..., "rcpt_tos": [...]}), the
JSON last so that a reader seeing it finds the message complete, and each
accepted connection appends a line to STORE_DIR/connections.

Recipients drive failures: defer@example.com gets 451 at RCPT,
reject@example.com 550 at RCPT; with stall@example.com among the
recipients the server receives the message, appends a line to
STORE_DIR/stalled and never answers the end of DATA.
AUTH XOAUTH2 is accepted for USER with the token XOAUTH2_TOKEN below.
"""

import asyncio
import base64
import itertools
import json
import os
import socket
import ssl
import logging
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

# The one OAuth2 access token the server accepts (the tests use the same).
XOAUTH2_TOKEN = "ya29.sealdesk-test-token"


def append_line(path, text):
    with open(path, "a") as out:
        out.write(text + "\n")


def main():
    # aiosmtpd logs a warning about its own use of a deprecated attribute on
    # every sign-in; it is not ours to fix and only clutters the test output.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    cert, key, mode, user, password = sys.argv[1:6]
    store = sys.argv[6] if len(sys.argv) > 6 else None
    numbers = itertools.count(1)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        # handled=False on failure: aiosmtpd then answers 535 itself; a
        # handled failure without a reply leaves the client waiting.
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode()
        secret = auth_data.password.decode()
        if secret == "app-password":
            return AuthResult(
                success=False,
                handled=False,
                message="534 5.7.9 Application-specific password required.",
            )
        return AuthResult(success=(login == user and secret == password), handled=False)

    class Handler:
        async def auth_XOAUTH2(self, server, args):
            # RFC-less but documented by Google: base64 of
            # "user=USER^Aauth=Bearer TOKEN^A^A", sent as the initial response.
            if len(args) < 2:
                return AuthResult(success=False, handled=False)
            try:
                fields = base64.b64decode(args[1]).decode().split("\x01")
            except (ValueError, UnicodeDecodeError):
                return AuthResult(success=False, handled=False)
            given = dict(f.split("=", 1) for f in fields if "=" in f)
            ok = given.get("user") == user and given.get("auth") == f"Bearer {XOAUTH2_TOKEN}"
            return AuthResult(success=ok, handled=False)

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address == "defer@example.com":
                return "451 4.3.0 Mailbox temporarily unavailable, try again later"
            if address == "reject@example.com":
                return "550 5.1.1 No such user here"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_MAIL(self, server, session, envelope, address, options):
            if address == "refused@example.com":
                return "553 5.7.1 Sender address rejected: not owned by user"
            envelope.mail_from = address
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            if "stall@example.com" in envelope.rcpt_tos:
                if store:
                    append_line(os.path.join(store, "stalled"), envelope.mail_from)
                await asyncio.sleep(3600)
            if store:
                number = next(numbers)
                with open(os.path.join(store, f"{number}.eml"), "wb") as eml:
                    eml.write(envelope.original_content)
                meta = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}
                with open(os.path.join(store, f"{number}.json.tmp"), "w") as out:
                    json.dump(meta, out)
                os.rename(
                    os.path.join(store, f"{number}.json.tmp"),
                    os.path.join(store, f"{number}.json"),
                )
            return "250 Message accepted"

    port = int(os.environ.get("SMTP_SERVER_PORT", "0"))
    if not port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]

    class CountingController(Controller):
        # The readiness probe of start() also connects: count after it.
        counting = False

        def factory(self):
            if store and self.counting:
                append_line(os.path.join(store, "connections"), "connection")
            return super().factory()

    tls_mode = mode == "tls"
    controller = CountingController(
        Handler(),
        hostname="127.0.0.1",
        port=port,
        ssl_context=context if tls_mode else None,
        server_kwargs=dict(
            authenticator=authenticator,
            auth_required=True,
            # In TLS mode the socket is wrapped below aiosmtpd, which then
            # does not know the session is encrypted: it would hide AUTH.
            auth_require_tls=not tls_mode,
            require_starttls=not tls_mode,
            tls_context=None if tls_mode else context,
        ),
    )
    # The controller's own readiness probe does not speak TLS.
    controller.ready_timeout = 10
    controller.start()
    controller.counting = True
    print(port, flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
