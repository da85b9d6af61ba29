"""How well the release reader finds media contacts, measured on a labelled corpus.

Usage: ``python benchmarks/extraction_quality.py [CORPUS_DIR ...] [--folder DIR] [--json]
[--verbose] [--learned | --no-learned] [--without-words LANGS] [--languages LANGS]``

``--without-words sv,no,da`` reads releases with those languages' word lists hidden (the
``PRESSDESK_HIDE_WORDS`` environment variable, read once when the reader is imported, so the
scoring runs in a child process) and scores only the releases labelled in those languages: an
estimate of how the reader does on a language it has no list for. The words built into
``lexicon.py`` (English, French, Spanish, German, some Portuguese, Russian and Arabic) cannot be
hidden. ``--languages`` picks the scored releases by their labelled language on its own.

A folder may lie outside the repository (``--folder /work/realreleases/tuneA``): real releases
copied from newsrooms are scored there, and stay there, because their contacts are real people.

Several folders may be given (``corpus``, ``blind``, ``holdout`` … ``holdout10``): each is scored
on its own and the releases of all of them together. Every set but ``corpus`` was written without
looking at the extractor's latest fixes and scored before any fix; ``holdout10`` is the newest and
has not been tuned on, so its figures say how the extractor does on releases nobody has seen
(contacts F1 before tuning: ``holdout4`` 0.925, ``holdout5`` 0.848, ``holdout6`` 0.723,
``holdout7`` 0.821, ``holdout8`` 1.000 with phones and e-mails at 0.778: a number or a
person's details wrapped onto the next line; ``holdout9``, hard-wrapped e-mailed releases, 0.968
with titles at 0.933 and datelines at 0.875; ``holdout10``, country offices' everyday pages and
e-mails, 0.917 (recall 0.846) with every contact field at 1.000 and datelines at 0.875).
Labels follow ``tests/data/releases/LABELLING.md``.

Contacts are matched by folded name; precision/recall/F1 count matched names. Each field
(title, office, country, phones, emails) is scored over the matched contacts; release-level
fields (title, dateline, date, language) over the releases. Expected results sit beside each
release as ``<file>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.domain.text import fold  # noqa: E402
from desktop.formats.releases import ExtractedPerson, read_release  # noqa: E402
from desktop.formats.releases.lexicon import HIDE_WORDS_ENV  # noqa: E402

DATA = ROOT / "tests" / "data" / "releases"
DEFAULT_CORPUS = DATA / "corpus"
BLIND_CORPUS = DATA / "blind"
HOLDOUT_CORPUS = DATA / "holdout"
TUNED_CORPORA = (
    DEFAULT_CORPUS, BLIND_CORPUS, HOLDOUT_CORPUS, DATA / "holdout2", DATA / "holdout3",
    DATA / "holdout4", DATA / "holdout5", DATA / "holdout6", DATA / "holdout7", DATA / "holdout8",
    DATA / "holdout9", DATA / "realshapes", DATA / "realshapes2", DATA / "realshapes3",
    DATA / "realshapes4", DATA / "realshapes5", DATA / "realshapes6", DATA / "realshapes7",
    DATA / "realshapes9", DATA / "realshapes11", DATA / "realshapes10", DATA / "realshapes12",
    DATA / "realshapes13", DATA / "realshapes14", DATA / "realshapes15",
    DATA / "realshapes16",
    DATA / "realshapes17",
    DATA / "realshapes18",
    DATA / "morelanguages",
)
"""Folders whose mistakes have been read and fixed: they must meet the targets each alone."""
FRESH_CORPORA = (DATA / "holdout10",)
"""Folders not yet tuned on: pooled, they say how the extractor does on unseen releases."""
FIELDS = ("title", "office", "country", "phones", "emails")
RELEASE_FIELDS = ("title", "dateline", "published_on", "language")


def _text(value: str | None) -> str | None:
    return fold(value) if value else None


def _phone_keys(phones: list[dict[str, Any]]) -> set[str]:
    keys = set()
    for phone in phones:
        if phone.get("valid"):
            keys.add(str(phone["e164"]))
        else:
            keys.add("invalid:" + re.sub(r"\D", "", str(phone.get("as_written", ""))))
    return keys


def _person_values(person: ExtractedPerson) -> dict[str, Any]:
    phones = [
        {"e164": p.e164, "valid": p.valid, "as_written": p.as_written} for p in person.phones
    ]
    return {
        "title": _text(person.title),
        "office": _text(person.office),
        "country": person.country,
        "phones": _phone_keys(phones),
        "emails": {e.address for e in person.emails if e.valid},
    }


def _expected_values(contact: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": _text(contact.get("title")),
        "office": _text(contact.get("office")),
        "country": contact.get("country"),
        "phones": _phone_keys(contact.get("phones", [])),
        "emails": {str(e).lower() for e in contact.get("emails", [])},
    }


def _expected_files(corpus: Path | Sequence[Path]) -> list[Path]:
    folders = [corpus] if isinstance(corpus, Path) else list(corpus)
    return [path for folder in folders for path in sorted(folder.glob("*.json"))]


def evaluate(
    corpus: Path | Sequence[Path] = DEFAULT_CORPUS, languages: frozenset[str] | None = None
) -> dict[str, Any]:
    """Score every release in ``corpus`` (one folder or several) with an expected ``.json``,
    or only those labelled in one of ``languages``."""
    true_pos = false_pos = false_neg = 0
    field_hits = dict.fromkeys(FIELDS, 0)
    release_hits = dict.fromkeys(RELEASE_FIELDS, 0)
    releases = 0
    mistakes: list[str] = []
    for expected_path in _expected_files(corpus):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if languages is not None and expected.get("language") not in languages:
            continue
        source = expected_path.parent / expected["file"]
        parsed = read_release(source)
        releases += 1
        got_release = {
            "title": _text(parsed.title), "dateline": _text(parsed.dateline),
            "published_on": parsed.published_on.isoformat() if parsed.published_on else None,
            "language": parsed.language,
        }
        for name in RELEASE_FIELDS:
            raw = expected.get(name)
            want = _text(raw) if name in ("title", "dateline") else raw
            if got_release[name] == want:
                release_hits[name] += 1
            else:
                mistakes.append(f"{source.name}: {name} {got_release[name]!r} != {want!r}")
        got = {fold(p.name): p for p in parsed.media_contacts}
        want_contacts = {fold(c["name"]): c for c in expected["contacts"]}
        for name, contact in want_contacts.items():
            person = got.get(name)
            if person is None:
                false_neg += 1
                mistakes.append(f"{source.name}: missed {contact['name']}")
                continue
            true_pos += 1
            mine, theirs = _person_values(person), _expected_values(contact)
            for field in FIELDS:
                if mine[field] == theirs[field]:
                    field_hits[field] += 1
                else:
                    mistakes.append(
                        f"{source.name}: {contact['name']} {field} "
                        f"{mine[field]!r} != {theirs[field]!r}"
                    )
        for name, person in got.items():
            if name not in want_contacts:
                false_pos += 1
                mistakes.append(f"{source.name}: extra {person.name}")
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "releases": releases,
        "contacts": {"expected": true_pos + false_neg, "found": true_pos + false_pos,
                     "matched": true_pos, "precision": precision, "recall": recall, "f1": f1},
        "fields": {f: field_hits[f] / true_pos if true_pos else 0.0 for f in FIELDS},
        "release_fields": {f: release_hits[f] / releases if releases else 0.0
                           for f in RELEASE_FIELDS},
        "mistakes": mistakes,
    }


def _print(label: str, result: dict[str, Any], show_mistakes: bool) -> None:
    contacts = result["contacts"]
    print(f"== {label}")
    print(f"releases: {result['releases']}   contacts expected: {contacts['expected']}  "
          f"found: {contacts['found']}  matched: {contacts['matched']}")
    print(f"contacts  precision {contacts['precision']:.3f}  recall {contacts['recall']:.3f}  "
          f"F1 {contacts['f1']:.3f}")
    for field, score in result["fields"].items():
        print(f"  {field:<13}{score:.3f}")
    print("release fields:")
    for field, score in result["release_fields"].items():
        print(f"  {field:<13}{score:.3f}")
    if show_mistakes and result["mistakes"]:
        print(f"mistakes ({len(result['mistakes'])}):")
        for mistake in result["mistakes"]:
            print("  " + mistake)


def _codes(value: str) -> frozenset[str]:
    """Language codes written "sv,no,da" (commas or spaces)."""
    return frozenset(code.strip().lower() for code in re.split(r"[,\s]+", value) if code.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--corpus", "--folder", action="append", type=Path, default=[],
                        dest="corpus",
                        help="a folder of releases with expected .json, inside the repository "
                             "or anywhere else such as a scratch folder of real releases "
                             "(repeatable)")
    parser.add_argument("--all", action="store_true",
                        help="score every labelled folder, each and together")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--learned", action="store_true",
                        help="the learned contact-line fallback on (the default), "
                             "whatever the environment says")
    parser.add_argument("--no-learned", action="store_true",
                        help="hand rules only, whatever the environment says")
    parser.add_argument("--without-words", metavar="LANGS", default="",
                        help="hide these languages' word lists (comma-separated codes, e.g. "
                             "sv,no,da) and score only the releases labelled in them")
    parser.add_argument("--languages", metavar="LANGS", default="",
                        help="score only the releases labelled in these languages")
    args = parser.parse_args(argv)
    hidden = _codes(args.without_words)
    if hidden and _codes(os.environ.get(HIDE_WORDS_ENV, "")) != hidden:
        # The word lists are read when the reader is imported: score in a fresh process.
        env = {**os.environ, HIDE_WORDS_ENV: ",".join(sorted(hidden))}
        child = [sys.executable, str(Path(__file__).resolve()),
                 *(sys.argv[1:] if argv is None else argv)]
        return subprocess.run(child, env=env, check=False).returncode
    languages = _codes(args.languages) or hidden or None
    if args.learned:
        os.environ["PRESSDESK_LEARNED_CONTACTS"] = "1"
    if args.no_learned:
        os.environ["PRESSDESK_LEARNED_CONTACTS"] = "0"
    folders: list[Path] = [*args.corpora, *args.corpus]
    if args.all:
        folders += [f for f in (*TUNED_CORPORA, *FRESH_CORPORA) if f.is_dir()]
    folders = folders or [DEFAULT_CORPUS]
    results = {str(folder): evaluate(folder, languages) for folder in folders}
    if len(folders) > 1:
        results["all"] = evaluate(folders, languages)
    if args.json:
        print(json.dumps(results if len(folders) > 1 else results[str(folders[0])],
                         indent=2, ensure_ascii=False))
        return 0
    for label, result in results.items():
        _print(label, result, args.verbose or len(folders) == 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
