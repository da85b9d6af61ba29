"""`pressdesk contacts import --help` names every field `--map` accepts: the list ended in "…"
and left out middle_name, honorific, whatsapp and personal_email, which only the refusal of
a wrong field then revealed."""

from __future__ import annotations

import re

import pytest

from desktop.cli import build_parser
from desktop.services.contact_columns import FIELDS


def test_the_help_of_map_names_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["contacts", "import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())  # argparse wraps the lines
    assert "…" not in help_text
    named = set(re.findall(r"[a-z_]+", help_text.split("--map COLUMN=FIELD", 1)[1]))
    for field in FIELDS:
        assert field in named, field
