"""Output files written whole or not at all: a temporary file beside the target, then a rename.

The finished file gets the permissions any new file in that folder gets (``0666`` less the
umask, and the folder's default ACL where there is one), or the replaced file's when
overwriting: an export saved to a shared folder opens for colleagues as a file saved by any
other program would (``tempfile.mkstemp`` makes ``0600`` files, and the rename kept that).
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ATTEMPTS = 100


def _create(folder: Path, name: str, mode: int) -> Path:
    """A new empty file ``.<name>.<random>.part`` in ``folder``, created with ``mode`` (the
    kernel applies the umask and default ACL as it does for any new file)."""
    for _ in range(_ATTEMPTS):
        candidate = folder / f".{name}.{secrets.token_hex(4)}.part"
        try:
            handle = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_BINARY", 0), mode)
        except FileExistsError:
            continue
        os.close(handle)
        return candidate
    raise FileExistsError(f"{folder}: no free name for a temporary copy of {name}")


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``.

    If the block raises (a bad row, a cancel, a full disk), the temporary file is removed and
    ``path`` is left as it was: a reader never sees half an export.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        replaced: int | None = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        replaced = None
    # Overwriting: never more open than the old file while being written; umask still applies.
    temporary = _create(folder, path.name, 0o666 if replaced is None else replaced & 0o777)
    try:
        # The final mode, known now in case the writer recreates the temporary file; while
        # being written the owner can always write it (a read-only target, a 0o277 umask).
        mode = replaced if replaced is not None else stat.S_IMODE(temporary.stat().st_mode)
        if mode & 0o600 != 0o600:
            os.chmod(temporary, (mode & 0o777) | 0o600)
        yield temporary
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
