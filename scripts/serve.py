#!/usr/bin/env python3
"""Serves the repository over HTTP for the demo and the browser tests: `/` redirects to `/www/`, `.wasm`
is served as application/wasm, and nothing is cached. Usage: serve.py [PORT] [--quiet]"""
import http.server, os, socketserver, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.js': 'text/javascript', '.mjs': 'text/javascript'}

    def __init__(self, *a, **kw):
        super().__init__(*a, directory=ROOT, **kw)

    def do_GET(self):
        if self.path in ('/', '/index.html'):
            self.send_response(302)
            self.send_header('Location', '/www/')
            self.end_headers()
            return
        super().do_GET()

    def end_headers(self):
        self.send_header('Cache-Control', 'no-store')
        # The embed may be loaded from another origin (a CDN): allow it, as a CDN would.
        self.send_header('Access-Control-Allow-Origin', '*')
        super().end_headers()

    def log_message(self, fmt, *args):
        if '--quiet' not in sys.argv:
            super().log_message(fmt, *args)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == '__main__':
    port = int(next((a for a in sys.argv[1:] if a.isdigit()), '8080'))
    with Server(('127.0.0.1', port), Handler) as httpd:
        print(f'Quoteline demo: http://127.0.0.1:{port}/www/', flush=True)
        httpd.serve_forever()
