"""Which matching keys the directory may hold: a fixed-size filter, so a new card costs no query.

Matching asked the database three queries a batch for every card's numbers, addresses and name,
though a fresh import finds nothing and a large one mostly new people. This filter (a Bloom
filter: two bits of a 16-Mbit array per key) holds the keys of the directory as the import
began and of every contact the import writes or merges; a key it has never been given is
certainly not in the directory, so only the keys it may hold are asked of the database. It
never says "absent" for a key it was given, so matching finds what the queries alone found;
it only saves them. Its size is fixed (2 MiB), whatever the size of the directory or the
file: with more keys it says "may be there" more often and the import queries more, never
wrongly.

The keys are those ``contact_import_merge`` matches by, made from the rows as stored.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Email, Office, Phone
from desktop.services.contact_import_merge import email_key, person_key, phone_key

BITS = 1 << 24
"""16,777,216 bits: at 300,000 keys (100,000 people), about one key in a thousand is asked for
nothing; at a million keys, one in seventy."""

_MASK = BITS - 1

ROWS = 5000
"""Rows fetched at a time while the directory's keys are read (memory stays flat)."""


class SeenKeys:
    """A set of strings that may answer "maybe" for a key it does not hold, never "no" for one
    it does."""

    def __init__(self) -> None:
        self._bits = bytearray(BITS // 8)

    def add(self, key: str) -> None:
        value = hash(key)
        first, second = value & _MASK, (value >> 24) & _MASK
        bits = self._bits
        bits[first >> 3] |= 1 << (first & 7)
        bits[second >> 3] |= 1 << (second & 7)

    def update(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.add(key)

    def __contains__(self, key: str) -> bool:
        value = hash(key)
        first, second = value & _MASK, (value >> 24) & _MASK
        bits = self._bits
        return bool(bits[first >> 3] & (1 << (first & 7))
                     and bits[second >> 3] & (1 << (second & 7)))


class SharedKeys:
    """SeenKeys whose bits mean the same in another process, sent there as bytes: the reading
    process (contact_import_pipeline) asks it which cards may be someone the directory holds.

    Python's ``hash`` of a string differs from process to process (it is salted), so the two
    bit positions come from the key's CRC-32 instead, the second mixed from it by a
    multiplication (two keys share both only if their CRC-32s are equal: one pair in four
    billion). A C call, half the cost of a BLAKE2b digest. Same size, same promise: never
    "no" for a key it was given.
    """

    def __init__(self, bits: bytes | None = None) -> None:
        self._bits = bytearray(bits) if bits is not None else bytearray(BITS // 8)
        self.empty = bits is None
        """True until a key is added (a fresh directory: nothing worth sending)."""

    @staticmethod
    def _positions(key: str) -> tuple[int, int]:
        value = zlib.crc32(key.encode("utf-8", "surrogatepass"))
        return value & _MASK, ((value * 0x9E3779B1) >> 32) & _MASK

    def add(self, key: str) -> None:
        first, second = self._positions(key)
        bits = self._bits
        bits[first >> 3] |= 1 << (first & 7)
        bits[second >> 3] |= 1 << (second & 7)
        self.empty = False

    def __contains__(self, key: str) -> bool:
        first, second = self._positions(key)
        bits = self._bits
        return bool(bits[first >> 3] & (1 << (first & 7))
                    and bits[second >> 3] & (1 << (second & 7)))

    def to_bytes(self) -> bytes:
        return bytes(self._bits)


def shared_person_key(name_key: str | None, office_name_key: str | None) -> str:
    """A name in its office as another process can make it: by the office's name_key, not its
    id (which only the writer knows)."""
    return f"n:{name_key}|{office_name_key or ''}"


def directory_keys(session: Session, shared: SharedKeys | None = None) -> SeenKeys:
    """The keys of every contact in the directory now: numbers that match, addresses, names in
    their offices (``contact_import_merge._card_keys``' shapes, from the stored rows); also
    added to ``shared`` if given, names by their office's name_key (``shared_person_key``)."""
    seen = SeenKeys()
    add = seen.add
    for e164, extension, kind in session.execute(
            select(Phone.e164, Phone.extension, Phone.kind).where(Phone.e164.is_not(None))
            .execution_options(yield_per=ROWS)):
        key = phone_key(e164, extension, kind)
        if key:
            add(key)
            if shared is not None:
                shared.add(key)
    for (address,) in session.execute(
            select(Email.address).where(Email.address.is_not(None))
            .execution_options(yield_per=ROWS)):
        add(email_key(address))
        if shared is not None:
            shared.add(email_key(address))
    offices: dict[int, str] = {}
    if shared is not None:
        offices = {office_id: key for office_id, key in session.execute(
            select(Office.id, Office.name_key))}
    for name_key, office_id in session.execute(
            select(Contact.name_key, Contact.office_id).execution_options(yield_per=ROWS)):
        add(person_key(name_key, office_id))
        if shared is not None:
            shared.add(shared_person_key(
                name_key, offices.get(office_id) if office_id is not None else None))
    return seen
