"""Translated variants of a rulepack entry's text fields (``[channels.phone.fr]``, ``.de``, ``.sv``)."""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from casekeeper.knowledge.wording import DEFAULT

TRANSLATED_LANGUAGES: Final = ("fr", "de", "sv")


def lines(value: Any) -> Any:
    """A multi-line string as a list of its non-empty lines; anything else unchanged."""
    if isinstance(value, str):
        return [line.strip() for line in value.splitlines() if line.strip()]
    return value


class Translation(BaseModel):
    """The translated text fields of one entry; an absent or empty field falls back to English."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    source: str | None = None


class ChannelText(Translation):
    """Translatable texts of a channel."""

    label: str | None = None
    hours_note: str | None = None
    notes: list[str] | None = None

    _split_notes = field_validator("notes", mode="before")(lines)


class StepText(Translation):
    """Translatable texts of a ladder step."""

    handler: str | None = None
    how: str | None = None
    must_contain: list[str] | None = None
    clock_note: str | None = None
    blocked_note: str | None = None

    _split_contents = field_validator("must_contain", mode="before")(lines)


class LimitText(Translation):
    """Translatable texts of a consumer time limit."""

    label: str | None = None
    note: str | None = None


class TrackText(Translation):
    """Translatable texts of a track."""

    label: str | None = None
    handler: str | None = None
    how: str | None = None
    clock_label: str | None = None
    note: str | None = None
    first_steps: list[str] | None = None
    keep: list[str] | None = None

    _split_lists = field_validator("first_steps", "keep", mode="before")(lines)


class LetterText(Translation):
    """Translatable texts of a letter's answer clock."""

    label: str | None = None
    note: str | None = None


class PauseText(Translation):
    """Translatable texts of the dispute's payment pause."""

    label: str | None = None
    extend_note: str | None = None


class HelpText(Translation):
    """The translated wording of a free-help entry."""

    text: str | None = None


class GateText(Translation):
    """The translated wording of an agreement gate."""

    what: str | None = None


class SourceText(Translation):
    """An entry whose only shown text is its source (the pack, holidays, bank days, a product
    clock)."""


class PostalText(Translation):
    """Translatable texts of the postal delay."""

    service: str | None = None


# Entry kind (as in an entry's dotted name) -> the fields its ``fr`` sub-table may carry.
TRANSLATABLE: Final[dict[str, tuple[str, ...]]] = {
    "channels": tuple(ChannelText.model_fields),
    "ladder": tuple(StepText.model_fields),
    "limits": tuple(LimitText.model_fields),
    "tracks": tuple(TrackText.model_fields),
    "letters": tuple(LetterText.model_fields),
    "pause": tuple(PauseText.model_fields),
    "free_help": tuple(HelpText.model_fields),
    "agreements": tuple(GateText.model_fields),
    "product_clocks": tuple(SourceText.model_fields),
    "holidays": tuple(SourceText.model_fields),
    "bank_days": tuple(SourceText.model_fields),
    "postal_delay": tuple(PostalText.model_fields),
}


def same_items(value: Translation | None, info: ValidationInfo) -> Translation | None:
    """Refuse a translated list whose number of items differs from the English list."""
    if value is None:
        return value
    for name in type(value).model_fields:
        translated = getattr(value, name)
        english = info.data.get(name)
        if isinstance(translated, list) and translated and isinstance(english, list) \
                and len(translated) != len(english):
            raise ValueError(f"{name} has {len(english)} item(s) in English but "
                             f"{len(translated)} in this translation; translate item by item")
    return value


def _pick(entry: BaseModel, field: str, language: str) -> object:
    english: object = getattr(entry, field)
    lang = (language or "").strip().lower().replace("_", "-").split("-")[0]
    if lang not in TRANSLATED_LANGUAGES:
        return english
    translation = getattr(entry, lang, None)
    if not isinstance(translation, Translation):
        return english
    translated: object = getattr(translation, field, None)
    return translated if translated else english


def localized(entry: BaseModel, field: str, language: str = DEFAULT) -> str:
    """Text field ``field`` of ``entry`` in ``language``, the English text when not translated.

    ``localized(pack.channels["phone"], "label", "fr")``; raises AttributeError for a field the
    entry does not have and TypeError for a list field (use :func:`localized_list`).
    """
    value = _pick(entry, field, language)
    if not isinstance(value, str):
        raise TypeError(f"{field} is not a text field; use localized_list")
    return value


def source_of(entry: BaseModel, language: str = DEFAULT) -> str:
    """The ``source`` of ``entry`` in ``language``, the English source when not translated."""
    return localized(entry, "source", language)


def localized_list(entry: BaseModel, field: str, language: str = DEFAULT) -> list[str]:
    """List field ``field`` (``notes``, ``must_contain``) in ``language``, else in English."""
    value = _pick(entry, field, language)
    if not isinstance(value, list):
        raise TypeError(f"{field} is not a list field; use localized")
    return [str(item) for item in value]
