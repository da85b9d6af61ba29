"""A CSV cell's values and a label column's kinds, read the quick way (no split for a single
value, each label's kinds remembered), are what the plain definitions give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.formats.contact_card import is_known_label, labelled_email_kind, labelled_phone_kind
from desktop.formats.contacts_csv import MULTI, _label_kinds, _values

_CELL = st.lists(st.sampled_from(["a", " ", ":::", " ::: ", "+41 22", "\n", "x@y.org", "\t", ":"]),
                 max_size=8).map("".join)


@settings(max_examples=500)
@given(_CELL)
def test_a_cell_splits_into_the_values_the_plain_definition_gives(cell: str) -> None:
    plain = [v.strip() for v in cell.split(MULTI) if v.strip()] if cell else []
    assert _values(cell) == plain


@settings(max_examples=300)
@given(st.sampled_from(["", "Work", "Mobile", "* Work", "Press line", "Other", "fax", "Home",
                        "WhatsApp", "Portable"]) | st.text(max_size=12))
def test_a_label_gives_the_kinds_the_plain_functions_give(label: str) -> None:
    for _ in range(2):  # remembered or not
        assert _label_kinds(label) == (
            labelled_phone_kind(label), labelled_email_kind(label),
            label if label and not is_known_label(label) else None)
