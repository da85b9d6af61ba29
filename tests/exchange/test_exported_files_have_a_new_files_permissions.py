"""An exported file opens for colleagues as any new file in that folder would: 0666 less the
umask, or the permissions of the file it replaces. (Exports are written to a temporary file
and renamed; that file was once created 0600, so a sheet saved to a shared folder could be
opened by its owner only.)"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.formats.atomic import replacing
from desktop.services import contacts
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.exports import export_contacts

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    """Tests set the umask they need; the runner's comes back after."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.parametrize("format", ["pdf", "csv", "xlsx", "vcf"])
def test_a_new_export_gets_the_permissions_of_a_new_file(
        db: Database, tmp_path: Path, umask: None, format: str) -> None:
    contacts.add_contact(db, ContactDraft(name="Dilnoza Rahimova", country="TJ"))
    target = tmp_path / f"almaty.{format}"
    assert export_contacts(db, target, format).count == 1
    assert _mode(target) == 0o644  # 0666 less the umask, 022
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600),
                                                (0o277, 0o400)], ids=oct)
def test_the_umask_decides_as_for_any_new_file(
        tmp_path: Path, umask: None, mask: int, expected: int) -> None:
    os.umask(mask)
    target = tmp_path / "almaty.txt"
    with replacing(target) as temporary:  # the owner can write it even under 0277
        temporary.write_text("written")
    assert target.read_text() == "written" and _mode(target) == expected


@pytest.mark.parametrize("old", [0o640, 0o604, 0o444, 0o600], ids=oct)
def test_overwriting_keeps_the_replaced_files_permissions(
        db: Database, tmp_path: Path, umask: None, old: int) -> None:
    contacts.add_contact(db, ContactDraft(name="Dilnoza Rahimova", country="TJ"))
    target = tmp_path / "almaty.csv"
    target.write_text("last week's export")
    target.chmod(old)
    export_contacts(db, target, "csv")
    assert "Dilnoza Rahimova" in target.read_text(encoding="utf-8-sig")
    assert _mode(target) == old


def test_a_failed_export_leaves_the_old_file_and_its_permissions(
        tmp_path: Path, umask: None) -> None:
    target = tmp_path / "almaty.csv"
    target.write_text("last week's export")
    target.chmod(0o640)
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "last week's export" and _mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["almaty.csv"]
    with pytest.raises(RuntimeError), replacing(tmp_path / "new.csv") as temporary:
        temporary.write_text("half")
        raise RuntimeError("cancelled")
    assert [p.name for p in tmp_path.iterdir()] == ["almaty.csv"]


def test_a_writer_that_recreates_the_temporary_file_still_gets_a_new_files_mode(
        tmp_path: Path, umask: None) -> None:
    target = tmp_path / "sheet.pdf"
    with replacing(target) as temporary:
        temporary.unlink()
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT, 0o600)
        os.write(fd, b"%PDF-")
        os.close(fd)
    assert _mode(target) == 0o644
