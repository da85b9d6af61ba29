"""The .desktop file and AppStream metainfo: valid for the desktop's own validators, "Open with
Press Desk" for the release and contact files the app imports, screenshots and release notes in
step with the README and the CHANGELOG.

The validators are Debian's ``desktop-file-utils`` and ``appstream`` (scripts/system-deps.sh
test installs them); ``PRESSDESK_REQUIRE_DESKTOP_TOOLS=1`` (scripts/test) fails when they are
missing instead of skipping.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
REQUIRED_TYPES = {
    "message/rfc822",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/pdf",
    "text/html",
    "text/vcard",
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("PRESSDESK_REQUIRE_DESKTOP_TOOLS") == "1":
            pytest.fail(f"{name} is missing (bash scripts/system-deps.sh test)")
        pytest.skip(f"{name} not installed (Debian: desktop-file-utils, appstream)")
    return found


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP_FILE)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_open_with_press_desk_offers_the_release_and_contact_types_it_imports() -> None:
    entry = _entry()
    types = {t for t in entry["MimeType"].split(";") if t}
    assert types >= REQUIRED_TYPES
    assert "text/plain" not in types  # every text file on the machine: too broad
    assert entry["Exec"] == "pressdesk %F"  # files, several at once, as paths
    assert entry["Icon"] == APP_ID
    provided = {e.text for e in ET.parse(METAINFO).getroot().iter("mediatype")}
    assert provided == types - {"text/x-vcard"}  # the alias is only for older desktops


def test_metainfo_screenshots_are_the_readmes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = [e.text or "" for e in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        name = url.rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
        assert f"docs/screenshots/{name}" in readme, name


def test_metainfo_release_notes_follow_the_changelogs_versions() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    dated = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", changelog, re.M)
    releases = [(r.get("version"), r.get("date"))
                for r in ET.parse(METAINFO).getroot().iter("release")]
    assert dated and releases == dated
    assert dated[0][0] == __version__  # the newest release is the version the code says
