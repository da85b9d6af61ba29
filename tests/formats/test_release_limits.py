"""Bounded inputs: far more than a press release is refused up front, with the limit stated."""

from __future__ import annotations

import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop.formats.releases import ReleaseReadError, limits, read_release
from desktop.formats.releases.limits import shown


def _docx_with(path: Path, document_bytes: int) -> None:
    """A .docx whose document.xml is ``document_bytes`` of one repeated byte (it packs tiny)."""
    chunk = b" " * limits.MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(document_bytes // limits.MB):
                member.write(chunk)


def test_a_one_line_text_far_beyond_a_release_is_refused_with_the_limit(tmp_path: Path) -> None:
    huge = tmp_path / "one line.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * limits.MB)  # sparse: 50 MB without writing them
    with pytest.raises(ReleaseReadError, match=r"one line\.txt: the file is 50 MB, more than "
                                               r"the 2\.0 MB a press release can be"):
        read_release(huge)


def test_text_within_the_file_limit_but_too_long_is_refused(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("word " * 70_000, encoding="utf-8")
    with pytest.raises(ReleaseReadError, match=r"long\.txt: the text is 350,000 characters long"):
        read_release(long)


def test_a_zip_bomb_posing_as_docx_is_refused_before_unzipping(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    _docx_with(bomb, 80 * limits.MB)
    assert bomb.stat().st_size < limits.MB
    with pytest.raises(ReleaseReadError, match=r"bomb\.docx: the document unzipped is 80 MB"):
        read_release(bomb)
    dense = tmp_path / "dense.docx"
    _docx_with(dense, 8 * limits.MB)
    with pytest.raises(ReleaseReadError, match=r"dense\.docx: part 'word/document\.xml' unzips "
                                               r"to 8\.0 MB.*zip bomb"):
        read_release(dense)


def test_a_huge_html_page_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "<p>x</p>" * (limits.MAX_HTML_FILE_BYTES // 8 + 10),
                    encoding="utf-8")
    with pytest.raises(ReleaseReadError, match=r"page\.html: the file is 8\.0 MB, more than"):
        read_release(page)


def test_junk_email_with_no_readable_text_is_refused(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "\x1b[31m\ufffd\ufffd\x07"
    message.set_content("\ufffd\x01\x02\ufffd\x1b[2J" * 200)
    junk = tmp_path / "junk.eml"
    junk.write_bytes(message.as_bytes())
    with pytest.raises(ReleaseReadError, match=r"junk\.eml: no readable text"):
        read_release(junk)


def test_mail_nested_deeper_than_any_release_is_refused(tmp_path: Path) -> None:
    inner = EmailMessage()
    inner.set_content("Media contact: Ana Ruiz, +34 91 555 0142, ana.ruiz@example.org")
    for _ in range(limits.MAX_EML_DEPTH + 2):
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(inner)
        inner = outer
    nested = tmp_path / "nested.eml"
    nested.write_bytes(inner.as_bytes())
    with pytest.raises(ReleaseReadError, match=r"nested\.eml: the email's parts are nested more "
                                               r"than 8 deep"):
        read_release(nested)


def test_control_characters_are_shown_escaped_and_long_values_cut() -> None:
    assert shown("bad\nname\x1b[31m.txt") == "bad\\nname\\x1b[31m.txt"
    assert shown("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    cut = shown("x" * 1000, limit=20)
    assert cut.startswith("x" * 20 + "…") and "1,000 characters" in cut


def test_html_entities_are_never_expanded(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    page = tmp_path / "laughs.html"
    page.write_text(f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body>'
                    "<h1>Shelters open in the valley</h1><p>&lol9;</p><p>Families moved into "
                    "the new shelters today, the regional office said in a statement.</p>"
                    "</body></html>", encoding="utf-8")
    release = read_release(page)
    assert "lollol" not in release.body and len(release.body) < 1000
