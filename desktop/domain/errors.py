"""The errors a user can be shown: each names the field, the value and the reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field


class PressDeskError(Exception):
    """Base of every error Press Desk reports to a person rather than as a bug."""


@dataclass(frozen=True)
class Problem:
    """One refused value: where it was, which field, what it said, and why it was refused."""

    field: str
    value: str
    reason: str
    where: str | None = None
    code: str | None = None
    """Why, as a value the app translates ("phone.too_short"); ``reason`` is its English."""
    params: Mapping[str, str | int] = dataclass_field(default_factory=dict, compare=False,
                                                     hash=False)

    def message(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.field} {self.value!r}: {self.reason}"


def coded(field_name: str, value: str, code: str, params: Mapping[str, str | int],
          where: str | None = None) -> Problem:
    """A problem whose reason is the English of ``code`` (desktop.domain.refusals)."""
    from desktop.domain.refusals import english

    return Problem(field_name, value, english(code, params), where, code, dict(params))


class InputError(PressDeskError):
    """Input refused; nothing was written. Carries one or more problems."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(p.message() for p in self.problems))


class DuplicateError(InputError):
    """A phone number or email address already belongs to another contact."""

    def __init__(self, problem: Problem, existing_id: int, existing_name: str) -> None:
        self.existing_id = existing_id
        self.existing_name = existing_name
        super().__init__(problem)


class NotFoundError(PressDeskError):
    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"No {entity} with id {key}")


class ConflictError(PressDeskError):
    """Somebody else saved the record first (optimistic locking)."""

    def __init__(self, entity: str, key: object, expected: int, actual: int,
                 changed_by: str | None, changed_at: str | None) -> None:
        self.entity, self.key, self.expected, self.actual = entity, key, expected, actual
        self.changed_by, self.changed_at = changed_by, changed_at
        who = f" by {changed_by}" if changed_by else ""
        when = f" at {changed_at}" if changed_at else ""
        super().__init__(
            f"{entity.capitalize()} {key} is at version {actual}, not {expected}: "
            f"it was changed{who}{when}. Reload it and apply your change again."
        )


class DatabaseError(PressDeskError):
    """The database cannot be used as it is (too new, unreachable, damaged)."""
