"""Undoing two-column layout in text exported from a PDF.

A PDF laid out in two columns is exported line by line across the page, so a contact block in
the left column is interleaved with the boilerplate of the right one ("Jean-Pierre MBEKI
organisation humanitaire au monde, qui"). The right column starts at the same character
position on every line, after a wide gap; finding that position lets each column be put back
in order, left first, before anything else reads the lines.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.formats.releases.pipe_tables import unfold_pipe_tables

_GAP = re.compile(r"\S(\s{3,})(?=\S)")
_MIN_LINES = 3
_MIN_COLUMN = 20


def _right_start(line: str) -> int | None:
    """Where a second column starts in ``line``: after a gap of 3+ spaces, or after leading
    indentation when the left column is empty on that line."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if stripped and indent >= _MIN_COLUMN:
        return indent
    match = _GAP.search(line)
    return match.end(1) if match and match.end(1) >= _MIN_COLUMN else None


def _column(lines: list[str]) -> int | None:
    """The start of the right column if at least three lines share it."""
    starts = Counter(start for line in lines if (start := _right_start(line)) is not None)
    if not starts:
        return None
    start, count = starts.most_common(1)[0]
    return start if count >= _MIN_LINES else None


def _split(line: str, start: int) -> tuple[str, str]:
    head = line[:start]
    if len(line) > start and (not head.strip() or head.endswith("   ")):
        return head.rstrip(), line[start:].strip()
    return line.rstrip(), ""


def unfold_columns(lines: list[str]) -> list[str]:
    """``lines`` with every two-column stretch rewritten as its left column then its right.

    A stretch is a run of lines (blank ones included) where each line either has text at the
    shared column start after a gap, or stops before it; it must hold at least three lines with
    a right column, so ordinary prose with a stray wide space is left alone. A contacts table
    a scrape flattened into "A | B |" rows is unfolded column by column first (pipe_tables)."""
    lines = unfold_pipe_tables(lines)
    start = _column(lines)
    if start is None:
        return lines
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _right_start(lines[index]) != start:
            out.append(lines[index])
            index += 1
            continue
        end = index
        stretch: list[int] = []
        while end < len(lines):
            line = lines[end]
            if _right_start(line) == start:
                stretch.append(end)
            elif len(line.rstrip()) >= start - 2:
                break
            end += 1
        while end > index and not lines[end - 1].strip():
            end -= 1
        if len(stretch) < _MIN_LINES:
            out.extend(lines[index:end] if end > index else lines[index : index + 1])
            index = max(end, index + 1)
            continue
        pairs = [_split(line, start) for line in lines[index:end]]
        out.extend(left for left, _ in pairs)
        out.append("")
        out.extend(right for _, right in pairs if right)
        out.append("")
        index = end
    return out
