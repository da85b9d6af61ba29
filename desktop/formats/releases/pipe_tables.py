"""Undoing a contacts table flattened into rows of cells joined by "|".

Releases filed as exhibits (and pages whose tables were scraped row by row) print two or three
people's contact details side by side: "Contact: Name A | Name B |" / "Job A | Job B |" /
"Phone: … | Phone: … |". Read row by row, every person's details run into the next person's.
Each stretch of such rows is rewritten column by column, each column's cells one a line with a
blank line after it, so that every person's entry reads as a vertical block of its own.
"""

from __future__ import annotations

import re

_MIN_ROWS = 3
_CELL_LIMIT = 120


def _cells(line: str) -> list[str] | None:
    """The cells of a table row ("A | B |"), or None when ``line`` is no such row."""
    if "|" not in line or len(line) > _CELL_LIMIT * 3:
        return None
    cells = [cell.strip() for cell in line.split("|")]
    if cells and not cells[-1]:
        cells = cells[:-1]  # the row's closing bar
    if len(cells) < 2 or any(len(cell) > _CELL_LIMIT for cell in cells):
        return None
    return cells


def unfold_pipe_tables(lines: list[str]) -> list[str]:
    """``lines`` with every stretch of at least three "|" rows, of which at least two hold
    text in two cells or more, rewritten column by column (blank rows split the stretch into
    groups, each unfolded on its own)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _cells(lines[index]) is None:
            out.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and _cells(lines[end]) is not None:
            end += 1
        rows = [_cells(line) or [] for line in lines[index:end]]
        wide = sum(1 for row in rows if sum(1 for cell in row if cell) >= 2)
        if end - index < _MIN_ROWS or wide < 2 or not _people_in_columns(rows):
            out.extend(lines[index:end])
            index = end
            continue
        out.extend(_unfolded(rows))
        index = end
    return out


def _people_in_columns(rows: list[list[str]]) -> bool:
    """Whether each column holds a person (a row of numbers or addresses side by side, and
    no row mixing a number with other text), not each row ("Name | Job | +58 … | address",
    a table read row by row already)."""
    side_by_side = False
    for row in rows:
        filled = [cell for cell in row if cell]
        details = [cell for cell in filled if _DETAIL.search(cell)]
        if details and len(details) < len(filled):
            return False
        side_by_side = side_by_side or len(details) >= 2
    return side_by_side


# A phone number or an address in a cell.
_DETAIL = re.compile(r"@|\d{3}[\s.)-]*\d{3}[\s.-]*\d{2,4}")


def _unfolded(rows: list[list[str]]) -> list[str]:
    out: list[str] = []
    group: list[list[str]] = []
    for row in [*rows, []]:
        if any(row):
            group.append(row)
            continue
        width = max((len(r) for r in group), default=0)
        for column in range(width):
            cells = [r[column] for r in group if column < len(r) and r[column]]
            if cells:
                out.extend(cells)
                out.append("")
        group = []
    return [re.sub(r"\s{2,}", " ", line) for line in out]
