"""Fetching a feed or a release page over HTTP(S), bounded in time and size.

A newsroom page is a few hundred kilobytes; a server that trickles bytes, never answers, or
sends gigabytes must not hold an import. Every read has a socket timeout, the whole download a
deadline, and the body a size cap checked against Content-Length and again while reading.
Only http and https are followed, redirects included (urllib would follow ftp:// too).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from desktop import __version__
from desktop.formats.releases.limits import megabytes

TIMEOUT_SECONDS = 10.0
"""Longest wait for the server to connect or to send the next bytes."""
DEADLINE_SECONDS = 30.0
"""Longest a whole page may take to arrive."""
MAX_PAGE_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be fetched; the message names the URL and the reason."""


@dataclass(frozen=True)
class Fetched:
    url: str
    """Where the body came from, after redirects."""
    content_type: str
    """The media type without parameters ("text/html"), or "" when the server gave none."""
    charset: str | None
    body: bytes


def is_web_address(location: str) -> bool:
    return urlsplit(location.strip()).scheme.lower() in {"http", "https"}


def check_web_address(url: str) -> str:
    """The URL stripped, or ``FetchError`` when it is not an http(s) address with a host."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise FetchError(f"{url}: only http:// and https:// addresses are fetched")
    return url


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if not is_web_address(newurl):
            raise FetchError(f"{req.full_url}: redirected to {newurl}, which is not an http(s) "
                             "address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, deadline: float = DEADLINE_SECONDS,
          max_bytes: int = MAX_PAGE_BYTES) -> Fetched:
    """GET ``url``; ``FetchError`` on any failure (status, timeout, size, scheme, network)."""
    url = check_web_address(url)
    request = urllib.request.Request(url, headers={
        "User-Agent": f"PressDesk/{__version__} (newsroom feed reader)",
        "Accept": "text/html,application/xhtml+xml,application/pdf,application/rss+xml,"
                  "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})
    started = time.monotonic()
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: the page is {megabytes(int(declared))}, more than "
                                 f"the {megabytes(max_bytes)} a release page can be")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() - started > deadline:
                    raise FetchError(f"{url}: took longer than {deadline:g} s to arrive")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: the page is more than the {megabytes(max_bytes)} "
                                     "a release page can be; it was not read")
                chunks.append(chunk)
            content_type = response.headers.get_content_type() if response.headers.get(
                "Content-Type") else ""
            return Fetched(response.geturl(), content_type,
                           response.headers.get_content_charset(), b"".join(chunks))
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: the server answered {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(f"{url}: no answer within {timeout:g} s") from error
        raise FetchError(f"{url}: cannot be reached ({reason})") from error
    except TimeoutError as error:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from error
    except (OSError, ValueError) as error:
        raise FetchError(f"{url}: cannot be fetched ({error})") from error
