"""Near-valid bytes: a real small file with a few bytes flipped, cut, inserted or repeated."""

from __future__ import annotations

from hypothesis import strategies as st

_EDIT = st.tuples(st.sampled_from(["flip", "insert", "delete", "cut", "repeat"]),
                  st.floats(min_value=0.0, max_value=1.0), st.binary(min_size=1, max_size=8))


def mutate(base: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    """Apply ``edits`` in order; positions are fractions of the current length."""
    data = bytearray(base)
    for kind, where, chunk in edits:
        at = int(where * len(data))
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] ^= chunk[0] or 0xFF
        elif kind == "insert":
            data[at:at] = chunk
        elif kind == "delete":
            del data[at:at + len(chunk)]
        elif kind == "cut":
            del data[at:]
        elif kind == "repeat":
            data[at:at] = bytes(data[at:at + 64]) * (chunk[0] % 8 + 1)
    return bytes(data)


EDITS = st.lists(_EDIT, min_size=1, max_size=6)
