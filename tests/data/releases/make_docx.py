"""Build ``corpus/unhcr_kenya_en.docx`` (title, paragraphs and a contact table) from
``docx_release.json``; the expected contacts are written by ``make_corpus.py``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx

HERE = Path(__file__).parent


def build(target: Path) -> Path:
    sys.path.insert(0, str(HERE))
    from make_corpus import number

    spec = json.loads((HERE / "docx_release.json").read_text())

    def fill(text: str) -> str:
        return re.sub(r"\{([A-Z]{2}\.[mf]\.[in]\.\d+)\}", lambda m: number(m.group(1))[0], text)

    document = docx.Document()
    document.add_heading(spec["title"], level=1)
    for paragraph in spec["paragraphs"]:
        document.add_paragraph(fill(paragraph))
    table = document.add_table(rows=0, cols=4)
    for row in spec["table"]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = fill(text)
    document.add_paragraph("UNHCR Kenya · Nairobi · Switchboard +254 20 423 2000")
    document.save(str(target))
    return target


if __name__ == "__main__":
    build(HERE / "corpus" / "unhcr_kenya_en.docx")
