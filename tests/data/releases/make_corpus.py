"""Write the extraction-quality corpus: realistic releases and the contacts each should yield.

Phone numbers are built from libphonenumber's example numbers (valid, not anybody's line) and
written as people write them; the expected JSON records their E.164 form. Run it again after
editing a release here: ``python tests/data/releases/make_corpus.py``. The .docx is made by
``make_docx.py`` from ``docx_release.json``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

HERE = Path(__file__).parent / "corpus"
_TYPES = {"m": PhoneNumberType.MOBILE, "f": PhoneNumberType.FIXED_LINE}
_FORMATS = {"i": PhoneNumberFormat.INTERNATIONAL, "n": PhoneNumberFormat.NATIONAL}


def number(key: str) -> tuple[str, str]:
    """``"KE.m.i.2"`` -> (as written, E.164): Kenya, mobile, international, variant 2."""
    region, kind, style, variant = key.split(".")
    example = phonenumbers.example_number_for_type(region, _TYPES[kind])
    assert example is not None, key
    for step in range(int(variant), int(variant) + 50):
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=example.national_number + step * 1013,
            italian_leading_zero=example.italian_leading_zero,
        )
        if phonenumbers.is_valid_number(candidate) and (
            phonenumbers.number_type(candidate)
            in (_TYPES[kind], PhoneNumberType.FIXED_LINE_OR_MOBILE)
        ):
            written = phonenumbers.format_number(candidate, _FORMATS[style])
            return written, phonenumbers.format_number(candidate, PhoneNumberFormat.E164)
    raise AssertionError(key)


def render(text: str, contacts: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    written = {key: number(key) for key in re.findall(r"\{([A-Z]{2}\.[mf]\.[in]\.\d+)\}", text)}
    for key, (as_written, _) in written.items():
        text = text.replace("{" + key + "}", as_written)
    expected = []
    for contact in contacts:
        phones = [{"e164": written[k][1], "valid": True} for k in contact["phones"]]
        phones += [{"as_written": raw, "valid": False} for raw in contact["invalid"]]
        expected.append({
            "name": contact["name"], "title": contact["title"], "office": contact["office"],
            "country": contact["country"], "phones": phones, "emails": contact["emails"],
        })
    return text, expected


def write(name: str, text: str, contacts: list[dict[str, Any]], **meta: Any) -> None:
    body, expected = render(text, contacts)
    for contact in expected:  # numbers written literally in the text, valid as written
        for e164 in meta.get("valid_literal", {}).get(contact["name"], []):
            assert phonenumbers.is_valid_number(phonenumbers.parse(e164)), e164
            contact["phones"].insert(0, {"e164": e164, "valid": True})
    meta.pop("valid_literal", None)
    encoding = meta.pop("encoding", "utf-8")
    (HERE / name).write_bytes(body.encode(encoding))
    document = {"file": name, **meta, "contacts": expected}
    (HERE / f"{name}.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    from corpus_texts import RELEASES  # the texts live apart to keep this file short

    HERE.mkdir(exist_ok=True)
    for release in RELEASES:
        release = dict(release)
        write(release.pop("name"), release.pop("text"), release.pop("contacts"), **release)
    docx_spec = HERE.parent / "docx_release.json"
    if docx_spec.exists():
        spec = json.loads(docx_spec.read_text())
        cells = [cell for row in spec["table"] for cell in row]
        _, expected = render("\n".join(spec["paragraphs"] + cells), spec["contacts"])
        document = {"file": "unhcr_kenya_en.docx", **spec["meta"], "contacts": expected}
        (HERE / "unhcr_kenya_en.docx.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
