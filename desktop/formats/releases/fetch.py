"""Fetching a feed or a release page over HTTP(S), bounded in time and size.

A newsroom page is a few hundred kilobytes; a server that trickles bytes, never answers, or
sends gigabytes must not hold an import. Every read has a socket timeout, the whole download a
deadline, and the body a size cap checked against Content-Length and again while reading.
Only http and https are followed, redirects included (urllib would follow ftp:// too).
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from desktop import __version__
from desktop.domain.refusals import english
from desktop.formats.releases.limits import megabytes

TIMEOUT_SECONDS = 10.0
"""Longest wait for the server to connect or to send the next bytes."""
DEADLINE_SECONDS = 30.0
"""Longest a whole page may take to arrive."""
MAX_PAGE_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be fetched: ``str()`` is "<url>: <reason>" in English (what the
    command line prints); ``code`` and ``params`` are the reason as a value the app translates
    (a ``fetch.*`` code of ``desktop.domain.refusals``)."""

    def __init__(self, url: str, code: str, **params: str | int) -> None:
        self.url, self.code, self.params = url, code, dict(params)
        super().__init__(f"{url}: {english(code, params)}")

    @property
    def reason(self) -> str:
        """The English reason without the URL."""
        return english(self.code, self.params)


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
        raise FetchError(url, "fetch.not_web")
    return url


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if not is_web_address(newurl):
            raise FetchError(req.full_url, "fetch.redirect_not_web", target=newurl)
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
                raise FetchError(url, "fetch.declared_too_big", size=megabytes(int(declared)),
                                 limit=megabytes(max_bytes))
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() - started > deadline:
                    raise FetchError(url, "fetch.deadline", seconds=f"{deadline:g}")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, "fetch.too_big", limit=megabytes(max_bytes))
                chunks.append(chunk)
            content_type = response.headers.get_content_type() if response.headers.get(
                "Content-Type") else ""
            return Fetched(response.geturl(), content_type,
                           response.headers.get_content_charset(), b"".join(chunks))
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(url, "fetch.status", status=error.code,
                         detail=str(error.reason or "")) from error
    except urllib.error.URLError as error:
        raise _unreachable(url, error.reason, timeout) from error
    except TimeoutError as error:
        raise FetchError(url, "fetch.timeout", seconds=f"{timeout:g}") from error
    except (OSError, ValueError) as error:
        raise FetchError(url, "fetch.failed", detail=str(error)) from error


def _unreachable(url: str, reason: object, timeout: float) -> FetchError:
    """Why the server could not be reached, by kind: each has its own advice in the app."""
    host = urlsplit(url).hostname or url
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return FetchError(url, "fetch.timeout", seconds=f"{timeout:g}")
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(url, "fetch.refused", host=host)
    if isinstance(reason, socket.gaierror):
        return FetchError(url, "fetch.unknown_host", host=host)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return FetchError(url, "fetch.certificate",
                          detail=str(reason.verify_message or reason))
    return FetchError(url, "fetch.unreachable", detail=str(reason))
