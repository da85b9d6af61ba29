"""A newsroom on 127.0.0.1 for feed tests: a feed, release pages, and pages that misbehave."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RELEASE_PAGE = """<!doctype html><html><head>
<title>{title} | Lakeside Water Authority</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>{title}</h1>
<p>LAKESIDE, 2 March 2026 – The Lakeside Water Authority said today that {what} across the
three districts it serves, after a winter of repairs to the old pumping stations.</p>
<p>Engineers finished the work two weeks ahead of plan, the authority said.</p>
<p>For more information, please contact {name}, Press Officer, Lakeside Water Authority,
Tel: {phone}, Email: {email}</p>
</article></main><footer>© Lakeside Water Authority</footer></body></html>
"""


def release_page(title: str, what: str, name: str, phone: str, email: str) -> str:
    return RELEASE_PAGE.format(title=title, what=what, name=name, phone=phone, email=email)


def rss(base: str, items: list[tuple[str, str]], title: str = "Lakeside newsroom") -> str:
    entries = "".join(
        f"<item><title>{name}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        "<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>" for path, name in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>News</description>{entries}</channel></rss>")


def atom(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f'<entry><title>{name}</title><link href="{base}{path}"/><id>urn:lake:{path}</id>'
        "<updated>2026-03-02T09:00:00Z</updated></entry>" for path, name in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Lakeside Atom</title><id>urn:lake</id><updated>2026-03-02T09:00:00Z</updated>"
            f"{entries}</feed>")


@dataclass
class Newsroom:
    base: str = ""
    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    """path -> (status, content type, body)."""
    slow_paths: set[str] = field(default_factory=set)
    huge_paths: set[str] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def page(self, path: str, body: str, kind: str = "text/html; charset=utf-8",
             status: int = 200) -> None:
        self.pages[path] = (status, kind, body.encode("utf-8"))


def _handler(room: Newsroom) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            room.requests.append(self.path)
            try:
                if self.path in room.slow_paths:
                    room.stop.wait(10)  # longer than any test's timeout; ends at shutdown
                    return
                if self.path in room.huge_paths:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    chunk = b"<p>" + b"flood " * 10_000 + b"</p>\n"
                    for _ in range(2000):  # up to 120 MB unless the client hangs up
                        if room.stop.is_set():
                            return
                        self.wfile.write(chunk)
                    return
                status, kind, body = room.pages.get(self.path, (404, "text/plain", b"Not found"))
                self.send_response(status)
                if status in (301, 302):
                    self.send_header("Location", body.decode())
                    body = b""
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def newsroom() -> Iterator[Newsroom]:
    room = Newsroom()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(room))
    server.daemon_threads = True
    room.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield room
    finally:
        room.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
