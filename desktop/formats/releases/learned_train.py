"""Train the learned contact-line model from the repository's labelled releases.

Usage: ``python -m desktop.formats.releases.learned_train [--without-realshapes]
[--model PATH] [--score DIR ...]``

Every labelled release (``tests/data/releases/**/X`` with ``X.json``) is read as the importer
reads it, and each article line the block finder sees is tagged: ``B`` where a labelled
contact's entry starts, ``I`` inside it, ``O`` elsewhere. A line belongs to an entry when it
holds one of the contact's phone numbers or addresses, or (within a few lines of those) the
contact's name, title or office. The same inputs always give the same model file.

``--score DIR`` reports line-level precision and recall of contact lines on other labelled
folders (real releases kept outside the repository), so the model's generalisation can be
measured on its own, apart from the extractor.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import phonenumbers
import pycrfsuite

from desktop.domain.text import fold
from desktop.formats.releases import parse
from desktop.formats.releases.blocks import find_blocks
from desktop.formats.releases.learned import MODEL_PATH, SWITCH, learned_spans, tag_lines
from desktop.formats.releases.learned_features import line_features
from desktop.formats.releases.sources import read_release

REPOSITORY = Path(__file__).resolve().parents[3]
LABELLED = REPOSITORY / "tests" / "data" / "releases"
_REACH = 6  # lines between a contact's number or address and its name, title or office lines

# Training settings: L-BFGS with a little L1 (few features kept) and L2 regularisation.
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

Sequence_ = tuple[list[str], list[str]]  # article lines and their B/I/O tags


def labelled_releases(root: Path = LABELLED, *, without_realshapes: bool = False) -> list[Path]:
    """Every release under ``root`` with an expected ``.json`` label, in a fixed order."""
    found = []
    for label in sorted(root.rglob("*.json")):
        if without_realshapes and any(part.startswith("realshapes") for part in label.parts):
            continue
        data = json.loads(label.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "contacts" not in data or "file" not in data:
            continue
        source = label.parent / data["file"]
        if source.is_file():
            found.append(label)
    return found


@contextmanager
def _capture_lines(sink: list[list[str]]) -> Iterator[None]:
    """Record the article lines the release reader hands to the contact finder."""
    original = getattr(parse, "extract_contacts")  # noqa: B009 (parse's own import of it)

    def recording(lines: list[str], *args: Any, **kwargs: Any) -> Any:
        sink.append(list(lines))
        return original(lines, *args, **kwargs)

    setattr(parse, "extract_contacts", recording)  # noqa: B010
    try:
        yield
    finally:
        setattr(parse, "extract_contacts", original)  # noqa: B010


@contextmanager
def _learned_off() -> Iterator[None]:
    """Read without the learned fallback: the lines are the same, the reading is quicker."""
    before = os.environ.get(SWITCH)
    os.environ[SWITCH] = "0"
    try:
        yield
    finally:
        if before is None:
            del os.environ[SWITCH]
        else:
            os.environ[SWITCH] = before


def article_lines(source: Path) -> list[str]:
    """The article lines of ``source`` that the block finder is given (the body's)."""
    seen: list[list[str]] = []
    with _capture_lines(seen), _learned_off():
        read_release(source)
    return seen[0] if seen else []


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_digits(phone: Any) -> str | None:
    """The digits of a labelled number as any national or international writing holds them."""
    if isinstance(phone, dict) and phone.get("e164"):
        try:
            return str(phonenumbers.parse(str(phone["e164"])).national_number)
        except phonenumbers.NumberParseException:
            return _digits(str(phone["e164"]))[-7:]
    if isinstance(phone, dict) and phone.get("as_written"):
        digits = _digits(str(phone["as_written"]))
        return digits[-7:] if len(digits) >= 7 else digits or None
    return None


def gold_tags(lines: list[str], contacts: list[dict[str, Any]]) -> list[str]:
    """B/I/O for each line from the labelled contacts (see the module's docstring)."""
    folded = [fold(line) for line in lines]
    digits = [_digits(line) for line in lines]
    lowered = [line.lower() for line in lines]
    tags = ["O"] * len(lines)
    starts: list[int] = []
    for contact in contacts:
        numbers = [d for d in (_phone_digits(p) for p in contact.get("phones", [])) if d]
        emails = [str(e).lower() for e in contact.get("emails", [])]
        anchors = [
            i for i in range(len(lines))
            if any(n and len(n) >= 5 and n in digits[i] for n in numbers)
            or any(e in lowered[i] for e in emails)
        ]
        if not anchors:
            continue
        words = [fold(str(contact[key])) for key in ("name", "title", "office")
                 if contact.get(key) and len(str(contact[key])) >= 3]
        near = {
            i for anchor in anchors for i in range(max(0, anchor - _REACH),
                                                   min(len(lines), anchor + _REACH + 1))
            if any(word in folded[i] for word in words)
        }
        held = sorted({*anchors, *near})
        start, end = held[0], held[-1]
        if end - start > 3 * _REACH:  # the address again in the story: keep the last entry
            last = max(anchors)
            start = min(i for i in held if i >= last - _REACH)
            end = max(i for i in held if i <= last + _REACH)
        for i in range(start, end + 1):
            if tags[i] == "O":
                tags[i] = "I"
        starts.append(start)
    for start in starts:
        tags[start] = "B"
    return tags


def labelled_sequences(labels: Sequence[Path]) -> list[Sequence_]:
    """The article lines and B/I/O tags of every labelled release in ``labels``."""
    sequences = []
    for label in labels:
        data = json.loads(label.read_text(encoding="utf-8"))
        lines = article_lines(label.parent / data["file"])
        if lines:
            sequences.append((lines, gold_tags(lines, data["contacts"])))
    return sequences


def train(sequences: Sequence[Sequence_], model: Path) -> None:
    """Write a model learned from ``sequences`` to ``model``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for lines, tags in sequences:
        trainer.append(pycrfsuite.ItemSequence(line_features(lines)), tags)
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(PARAMS)
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))


def _scores(hits: int, predicted: int, expected: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / expected if expected else 0.0
    return {"lines": float(expected), "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}


def line_scores(sequences: Sequence[Sequence_], model: Path) -> dict[str, dict[str, float]]:
    """Precision and recall of contact lines (B or I) over the non-blank lines: the model's
    tags, the hand rules' blocks, and the blocks the learned fallback adds to the rules'."""
    counts = {name: [0, 0, 0] for name in ("model", "rules", "added")}
    for lines, tags in sequences:
        with _learned_off():
            rules = find_blocks(lines)
        in_rules = {i for block in rules for i in range(block.start, block.end)}
        added = {i for start, end in learned_spans(lines, rules, model) for i in range(start, end)}
        got = {
            "model": {i for i, tag in enumerate(tag_lines(lines, model)) if tag != "O"},
            "rules": in_rules,
            "added": in_rules | added,
        }
        for index, (line, want) in enumerate(zip(lines, tags, strict=True)):
            if not line.strip():
                continue
            for name, found in got.items():
                have = index in found
                counts[name][0] += have and want != "O"
                counts[name][1] += have
                counts[name][2] += want != "O"
    return {name: _scores(*values) for name, values in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--without-realshapes", action="store_true",
                        help="leave out tests/data/releases/realshapes*/ (modelled on real pages)")
    parser.add_argument("--model", type=Path, default=MODEL_PATH,
                        help="where to write the model (default: the shipped one)")
    parser.add_argument("--score", action="append", type=Path, default=[],
                        help="a labelled folder to score contact lines on (repeatable)")
    args = parser.parse_args(argv)
    labels = labelled_releases(without_realshapes=args.without_realshapes)
    sequences = labelled_sequences(labels)
    tagged = sum(tag != "O" for _, tags in sequences for tag in tags)
    print(f"training on {len(sequences)} releases, {tagged} contact lines")
    train(sequences, args.model)
    print(f"model written to {args.model} ({args.model.stat().st_size:,} bytes)")
    for folder in args.score:
        scores = line_scores(labelled_sequences(labelled_releases(folder)), args.model)
        print(f"{folder}: {scores['model']['lines']:.0f} contact lines")
        for name, score in scores.items():
            print(f"  {name:<6} precision {score['precision']:.3f}  recall "
                  f"{score['recall']:.3f}  F1 {score['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
