"""A release file refused with a code and parameters, so the app can say why in its own language.

``str()`` of the error is the English the command line prints ("<file>: <reason>", the reason
from ``desktop.domain.refusals``); ``code`` and ``params`` say the same as a value.
"""

from __future__ import annotations

from desktop.domain.refusals import english
from desktop.formats.releases.model import ReleaseReadError


class CodedReadError(ReleaseReadError):
    """A ``ReleaseReadError`` whose reason is a ``release.*`` code (desktop.domain.refusals)."""

    def __init__(self, source: str, code: str, **params: str | int) -> None:
        self.source, self.code, self.params = source, code, dict(params)
        super().__init__(f"{source}: {english(code, params)}")
