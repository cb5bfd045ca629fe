"""Build many frozen views quickly (the 2,000 contacts of a case, the 3,000 cases of the list).

A frozen dataclass sets each field through ``object.__setattr__`` in its ``__init__``: about
half a microsecond a field, so 12 µs for one contact's 25 fields and 25 ms for a case of
2,000 contacts, more than reading them from SQLite. :func:`quick_maker` returns a constructor
that fills an ordinary (unfrozen) twin class with the very same slots, then gives the object
the frozen class: the result *is* an instance of the frozen class (equal, hashable, still
refusing any change), made in about a tenth of the time.

Only for dataclasses declared ``frozen=True, slots=True`` without ``__post_init__`` (checked);
the maker takes every field, positionally, in declaration order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")


def quick_maker(frozen: type[T]) -> Callable[..., T]:
    """A constructor of ``frozen`` taking every field positionally, in declaration order."""
    parameters = getattr(frozen, "__dataclass_params__", None)
    if parameters is None or not parameters.frozen or "__slots__" not in frozen.__dict__:
        raise TypeError(f"{frozen.__name__} is not a frozen dataclass with slots")
    if hasattr(frozen, "__post_init__"):
        raise TypeError(f"{frozen.__name__} checks its fields in __post_init__")
    names = [field.name for field in dataclasses.fields(frozen)]  # type: ignore[arg-type]
    twin = dataclasses.make_dataclass(
        frozen.__name__, names, slots=True, eq=False, repr=False, match_args=False
    )
    if tuple(twin.__slots__) != tuple(frozen.__slots__):  # type: ignore[attr-defined]
        raise TypeError(f"{frozen.__name__}: slots differ from its fields")

    def make(*values: Any) -> T:
        made = twin(*values)
        made.__class__ = frozen  # the same layout: the object becomes the frozen class's
        return cast(T, made)

    return make
