"""One error type for bad construct input, reporting every problem at once."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from constructs import Construct


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

    def __reduce__(self):  # raised in a synth worker process, re-raised in the parent
        return type(self), (self.construct, self.path, list(self.problems))


class Problems:
    """Collects problems while props are checked; `raise_if_any` ends the check.

    `at` is the construct whose path the error names, or a fixed path. The path is looked up only
    when there is something to report: reading it is a call into the jsii kernel.
    """

    def __init__(self, construct: str, at: str | Construct):
        self._construct = construct
        self._at = at
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
            path = self._at if isinstance(self._at, str) else self._at.node.path
            raise PropsError(self._construct, path, self._items)


@contextmanager
def unique_id(scope: Construct, id: str, construct: str) -> Iterator[None]:
    """Around a construct's `super().__init__(scope, id)`: an id `scope` already has becomes a PropsError naming
    both constructs' kinds, where the constructs library says only "There is already a Construct with name ...".

    The library's own check is the only one made: looking the id up first would cost two calls into the jsii kernel
    for every construct. Where constructs nest (CanaryRollout over SecureApp), the outermost kind is named.
    """
    outermost = not any(s is scope and i == id for s, i in _making)
    _making.append((scope, id))
    try:
        yield
    except RuntimeError as e:
        taken = scope.node.try_find_child(id) if outermost and str(e).startswith(_TAKEN) else None
        if taken is None:
            raise
        where = f"'{scope.node.path}'" if scope.node.path else "the app"
        raise PropsError(construct, f"{scope.node.path}/{id}".lstrip("/"), [Problem(
            "id", id, f"an id no other construct in {where} has (the {type(taken).__name__} at '{taken.node.path}' has it)")]) from None
    finally:
        _making.pop()


_TAKEN = "There is already a Construct with name "
_making: list[tuple[Construct, str]] = []  # the constructs being made, outermost first
