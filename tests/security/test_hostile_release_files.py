"""Hostile release files: refused or read in bounded memory, and nothing in them runs or loads.

Memory is measured with tracemalloc (never wall-clock time): a billion-laughs page must not
allocate what its expansion would need; mail nested deeper than Python can recurse is refused.
"""

from __future__ import annotations

import socket
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from desktop.formats.releases.model import ParsedRelease, ReleaseReadError
from desktop.formats.releases.sources import read_release

BODY = ("<h1>Shelters open in the valley</h1><p>DUSHANBE, 3 March 2025 – Families moved into "
        "the new shelters today, the regional office said in a statement.</p><p>Media contact: "
        "Dilnoza Rahimova, +992 37 221 4455, d.rahimova@health.example.tj</p>")
TEXT = ("Shelters open in the valley\n\nDUSHANBE, 3 March 2025 – Families moved in.\n\n"
        "Media contact: Dilnoza Rahimova, +992 37 221 4455, d.rahimova@health.example.tj\n")


def _peak(path: Path) -> tuple[ParsedRelease | ReleaseReadError, int]:
    tracemalloc.start()
    try:
        result: ParsedRelease | ReleaseReadError = read_release(path)
    except ReleaseReadError as refusal:
        result = refusal
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, peak


def test_a_billion_laughs_page_is_read_without_expanding(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    page = tmp_path / "laughs.html"
    page.write_text(f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body>'
                    f"<p>&lol9;</p>{BODY}</body></html>", encoding="utf-8")
    release, peak = _peak(page)
    assert isinstance(release, ParsedRelease)
    assert "lollol" not in release.body
    assert peak < 200 * 1024 * 1024  # 10^9 "lol"s would be 3 GB


def test_scripts_and_remote_images_are_neither_run_nor_fetched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("reading a saved page opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = tmp_path / "tracked.html"
    page.write_text(
        "<html><head><script>document.write('INJECTED'); fetch('https://evil.example/x')"
        "</script><link rel=stylesheet href='https://evil.example/s.css'></head><body>"
        "<img src='https://evil.example/pixel.gif?who=me' onerror=\"alert('XSS')\">"
        f"{BODY}<iframe src='https://evil.example/frame'></iframe>"
        "<style>body{background:url(https://evil.example/bg)}</style></body></html>",
        encoding="utf-8")
    release = read_release(page)
    everything = f"{release.title}\n{release.body}"
    assert "Dilnoza Rahimova" in everything
    for leaked in ("INJECTED", "fetch(", "alert(", "evil.example", "background:url"):
        assert leaked not in everything


def _nested_mail(depth: int) -> bytes:
    head = ""
    tail = ""
    for level in range(depth):
        head += (f"Content-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n"
                 f"--b{level}\r\n")
        tail = f"\r\n--b{level}--\r\n" + tail
    inner = f"Content-Type: text/plain; charset=utf-8\r\n\r\n{TEXT}"
    return ("From: a@example.org\r\nSubject: Shelters\r\nMIME-Version: 1.0\r\n"
            + head + inner + tail).encode()


def test_mail_nested_a_thousand_deep_is_refused_by_name(tmp_path: Path) -> None:
    mail = tmp_path / "nested.eml"
    mail.write_bytes(_nested_mail(1000))  # the parser's recursion limit bounds its memory
    with pytest.raises(ReleaseReadError) as refused:
        read_release(mail)
    assert "nested.eml" in str(refused.value) and "nested more than" in str(refused.value)


def test_mail_nested_a_little_is_read(tmp_path: Path) -> None:
    mail = tmp_path / "forwarded.eml"
    mail.write_bytes(_nested_mail(3))
    release = read_release(mail)
    assert "Dilnoza Rahimova" in release.body


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(TEXT.encode(codec))
    release = read_release(path)
    assert release.title == "Shelters open in the valley"
    assert [p.name for p in release.people] == ["Dilnoza Rahimova"]


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.html", b"  \r\n\t ", "empty"),
    ("empty.eml", b"", "empty"),
    ("noise.txt", bytes(range(256)) * 40, "binary"),
    ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(600), "binary"),
    ("fake.docx", b"PK\x03\x04 not really a zip", "Word document"),
    ("fake.pdf", b"%PDF-1.7\n% nothing else", "PDF"),
    ("renamed.txt", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", ".pdf suffix"),
])
def test_empty_and_binary_files_are_refused_by_name(tmp_path: Path, name: str, data: bytes,
                                                    reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReleaseReadError) as refused:
        read_release(path)
    assert name in str(refused.value) and reason in str(refused.value)
