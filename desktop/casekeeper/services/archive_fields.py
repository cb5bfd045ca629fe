"""The value types of the archive's documents: each applies the domain's rules when importing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, TypeVar

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StrictInt, ValidationInfo

from casekeeper.domain.values import (
    LONG_TEXT_MAX,
    MAX_YEAR,
    MIN_YEAR,
    SHORT_TEXT_MAX,
    clean_text,
    parse_country,
    parse_currency,
    zone_from_name,
)
from casekeeper.errors import InputError

DT = TypeVar("DT", date, datetime)


#: Pass as ``context`` when reading an archive: the domain's rules then apply to every value.
#: (An export builds documents from what the case file holds and states it as it is.)
IMPORTING = {"importing": True}


def _importing(info: ValidationInfo) -> bool:
    return isinstance(info.context, dict) and bool(info.context.get("importing"))


def _domain_rule(check: Callable[[str], object], what: str
                 ) -> Callable[[str, ValidationInfo], str]:
    """A pydantic validator applying one of the domain's parsers (the same rules as every door)."""

    def validate(value: str, info: ValidationInfo) -> str:
        if not _importing(info):
            return value
        try:
            check(value)
        except InputError as exc:
            raise ValueError(f"{what} ({exc.accepted})") from exc
        return value

    return validate


def _in_years(value: DT, info: ValidationInfo) -> DT:
    if _importing(info) and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"dates must fall between {MIN_YEAR} and {MAX_YEAR}")
    return value


def plain_text(limit: int, *, multiline: bool) -> Callable[[str, ValidationInfo], str]:
    def validate(value: str, info: ValidationInfo) -> str:
        if not _importing(info):
            return value
        cleaned = clean_text(value, "text", limit, multiline=multiline)
        if cleaned != value.strip().replace("\r\n", "\n"):
            raise ValueError("the text holds control characters")
        return value

    return validate


ARCHIVE_FORMAT = 2  # 2: reminders already sent and opening requests travel too
SHA256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Short = Annotated[str, Field(max_length=SHORT_TEXT_MAX), AfterValidator(plain_text(SHORT_TEXT_MAX,
                                                                               multiline=False))]
Long = Annotated[str, Field(max_length=LONG_TEXT_MAX), AfterValidator(plain_text(LONG_TEXT_MAX,
                                                                             multiline=True))]
Ref = Annotated[int, Field(ge=1, le=10_000_000)]
Day = Annotated[date, AfterValidator(_in_years)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]
Instant = Annotated[AwareDatetime, AfterValidator(_in_years)]
Zone = Annotated[str, Field(max_length=64), AfterValidator(_domain_rule(zone_from_name,
                                                                        "an unknown time zone"))]
Country = Annotated[str, Field(pattern=r"^[A-Z]{2}$"),
                    AfterValidator(_domain_rule(parse_country, "an unknown country"))]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$"),
                     AfterValidator(_domain_rule(parse_currency, "an unknown currency"))]
Format = Annotated[StrictInt, Field(ge=1)]


class Doc(BaseModel):
    """A document or part of one: unknown fields refused, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)
