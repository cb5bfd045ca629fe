"""Case templates and the chat opening message, read from resources/templates (data, not code)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from casekeeper.domain.enums import ProblemCategory
from casekeeper.resource_folder import resource


@dataclass(frozen=True, slots=True)
class CaseTemplate:
    """The pre-filled texts of one common problem in one language."""

    problem: ProblemCategory
    title: str
    problem_text: str
    remedy: str


@cache
def _data() -> dict[str, Any]:
    text = (
        resource("templates", "case_templates.toml").read_text("utf-8")
    )
    return tomllib.loads(text)


def case_templates(language: str) -> list[CaseTemplate]:
    """The templates in ``language`` (English when a text is missing)."""
    result = []
    for key, table in _data()["templates"].items():
        texts = table.get(language) or table["en"]
        result.append(CaseTemplate(ProblemCategory(key), texts["title"], texts["problem"], texts["remedy"]))
    return result


def chat_opening(language: str, description: str, order: str, email: str) -> str:
    """The seed guide's opening message in ``language`` (the window's, whatever the case's
    country), the case title as ``description``; the blanks the case cannot fill are left as [..]."""
    data = _data()
    lang = language if language in data["chat_opening"] else "en"
    blanks = data["chat_placeholders"][lang]
    if description and data["chat_description"].get(lang, "lower") == "lower":
        description = description[:1].lower() + description[1:]
    return str(data["chat_opening"][lang]).format(
        description=description or blanks["description"],
        order=order or blanks["order"],
        email=email or blanks["email"],
    )
