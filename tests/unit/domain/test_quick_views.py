"""The quick maker builds the same frozen views as their constructor, still frozen."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from casekeeper.domain.dto import CaseSummary
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.domain.quick_views import quick_maker


def _values() -> tuple[object, ...]:
    return (
        7,
        "Refund",
        "Shop",
        "SE",
        CaseStatus.OPEN,
        Stage.FIRST_CONTACT,
        None,
        "SEK",
        datetime(2026, 1, 2, tzinfo=UTC),
        3,
        1,
        0,
        0,
        datetime(2026, 1, 3, tzinfo=UTC),
        True,
    )


def test_a_quick_view_equals_the_constructed_one_and_stays_frozen() -> None:
    made = quick_maker(CaseSummary)(*_values())
    expected = CaseSummary(*_values())  # type: ignore[arg-type]
    assert type(made) is CaseSummary
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.title = "changed"  # type: ignore[misc]
    assert dataclasses.replace(made, title="other").title == "other"


def test_only_frozen_dataclasses_with_slots_are_accepted() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithoutSlots:
        value: int

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        value: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError("negative")

    for kind in (WithoutSlots, NotFrozen, Checked):
        with pytest.raises(TypeError):
            quick_maker(kind)
