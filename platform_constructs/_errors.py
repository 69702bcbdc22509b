"""One error type for bad construct input, reporting every problem at once."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    value: object
    allowed: str

    def __str__(self) -> str:
        return f"{self.field}: {self.value!r} is not allowed: {self.allowed}"


class PropsError(ValueError):
    """Raised when a construct is created with props that break its rules.

    The message names the construct kind and path, then one line per bad field
    with its value and what is allowed, so a user fixes everything in one go.
    """

    def __init__(self, construct: str, path: str, problems: list[Problem]):
        self.construct = construct
        self.path = path
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"invalid {construct} at '{path}':\n{lines}")


class Problems:
    """Collects problems while props are checked; `raise_if_any` ends the check."""

    def __init__(self, construct: str, path: str):
        self._construct = construct
        self._path = path
        self._items: list[Problem] = []

    def add(self, field: str, value: object, allowed: str) -> None:
        self._items.append(Problem(field, value, allowed))

    def check(self, ok: bool, field: str, value: object, allowed: str) -> bool:
        if not ok:
            self.add(field, value, allowed)
        return ok

    def extend(self, prefix: str, problems: list[Problem]) -> None:
        for p in problems:
            self._items.append(Problem(f"{prefix}{p.field}", p.value, p.allowed))

    def raise_if_any(self) -> None:
        if self._items:
            raise PropsError(self._construct, self._path, self._items)
