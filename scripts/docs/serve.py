"""Serves a built site on 127.0.0.1 for build-docs.sh's link check: python3 serve.py PORT DIR.

Each answer carries a LinkChecker header, which lets linkchecker exceed its default of 10 requests a
second to one host (our own server, on this machine)."""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allowed")
        super().end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(
    ("127.0.0.1", int(sys.argv[1])), functools.partial(Handler, directory=sys.argv[2])).serve_forever()
