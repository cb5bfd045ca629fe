"""Read the closed vocabularies (channel, stage, outcome...) from what a person types."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from casekeeper.domain.enums import (
    Channel,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    Stage,
    TrashKind,
)
from casekeeper.errors import InputError
from casekeeper.i18n.markers import N_, Marked

E = TypeVar("E", bound=StrEnum)

_ALIASES: dict[type[StrEnum], dict[str, str]] = {
    Channel: {"e-mail": "email", "mail": "email", "help-center": "help-centre",
              "helpcentre": "help-centre", "webform": "web-form", "form": "web-form",
              "post": "letter", "call": "phone", "telephone": "phone"},
    Direction: {"to": "to-klarna", "from": "from-klarna", "out": "to-klarna", "in": "from-klarna"},
    Product: {"pay-in-3": "pay-in-3-4", "pay-in-4": "pay-in-3-4", "pay-later": "pay-in-30"},
    Stage: {"complaint": "formal-complaint", "ombudsman": "external-body",
            "review": "internal-review", "reviewer": "internal-review"},
    Outcome: {"promised": "promise", "none": "no-answer"},
    ProblemCategory: {},
    TrashKind: {"exhibit": "evidence", "stage": "stage-change", "contact": "interaction"},
}


def parse_choice(enum_type: type[E], text: str, field: str) -> E:
    """The member named by ``text`` (case, spaces and underscores forgiven), or an InputError."""
    key = text.strip().lower().replace("_", "-").replace(" ", "-")
    key = _ALIASES.get(enum_type, {}).get(key, key)
    try:
        return enum_type(key)
    except ValueError as exc:
        accepted = ", ".join(member.value for member in enum_type)
        raise InputError(field, text, Marked(N_("use one of: {accepted}"), accepted=accepted)) from exc
