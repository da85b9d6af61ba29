"""vCard values are unescaped and split exactly as RFC 6350 says, whatever shortcut is taken.

The reader skips its character loops when a value holds no quote or backslash; these compare it
with a plain character-by-character reading on generated values.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.formats.vcard.reader import _split_unquoted, split_escaped, unescape

_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_TEXT = st.text(alphabet='ab;,:\\nN"é\n ', max_size=25)


def _unescape_by_hand(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            out.append(_ESCAPES.get(text[index + 1], text[index:index + 2]))
            index += 2
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def _split_escaped_by_hand(text: str, sep: str) -> list[str]:
    parts, buf, index = [], "", 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            buf += text[index:index + 2]
            index += 2
            continue
        if text[index] == sep:
            parts.append(_unescape_by_hand(buf))
            buf = ""
        else:
            buf += text[index]
        index += 1
    return [*parts, _unescape_by_hand(buf)]


def _split_unquoted_by_hand(text: str, sep: str) -> list[str]:
    parts, buf, quoted = [], "", False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(buf)
            buf = ""
            continue
        buf += ch
    return [*parts, buf]


@settings(max_examples=500)
@given(_TEXT, st.sampled_from([";", ","]))
def test_values_read_as_by_hand(text: str, sep: str) -> None:
    assert unescape(text) == _unescape_by_hand(text)
    assert split_escaped(text, sep) == _split_escaped_by_hand(text, sep)
    assert _split_unquoted(text, sep) == _split_unquoted_by_hand(text, sep)


def test_examples() -> None:
    assert unescape(r"Line one\nLine two\, and \; more\\n \x end\\") == (
        "Line one\nLine two, and ; more\\n \\x end\\")
    assert unescape("ends with \\") == "ends with \\"
    assert split_escaped(r"Family;Given\;Still;;", ";") == ["Family", "Given;Still", "", ""]
