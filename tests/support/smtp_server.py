"""A real SMTP submission server for the mail tests (aiosmtpd).

Usage: smtp_server.py CERT KEY {starttls|tls} USER PASSWORD [STORE_DIR]

Listens on 127.0.0.1 on a free port, prints the port on stdout, then
serves until killed. STARTTLS mode requires STARTTLS before AUTH; TLS mode
wraps the socket from the first byte. AUTH PLAIN/LOGIN is required and
checked against USER/PASSWORD; MAIL FROM refused@example.com is refused.
The message "app-password" as password gets Gmail's app-password reply.
With STORE_DIR, each accepted message is written there as N.eml (the bytes
as received) beside N.json ({"mail_from": ..., "rcpt_tos": [...]}), the
JSON last so that a reader seeing it finds the message complete.
"""

import asyncio
import itertools
import json
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def main():
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
        async def handle_MAIL(self, server, session, envelope, address, options):
            if address == "refused@example.com":
                return "553 5.7.1 Sender address rejected: not owned by user"
            envelope.mail_from = address
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
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

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    tls_mode = mode == "tls"
    controller = Controller(
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
    print(port, flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
