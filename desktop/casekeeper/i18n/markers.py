"""Markers that let Babel extract a message kept in a table and translated later.

``N_("Dispute file")`` returns its text unchanged; ``NP_("stage", "Supervisor")`` keeps a context;
``PN_``/``NPN_`` keep a singular and a plural. The table stores what the marker returns and the
code translates it with :class:`casekeeper.i18n.Translator` when the language is known.
"""

from __future__ import annotations

from typing import NamedTuple


class Plural(NamedTuple):
    """A message with a plural form and an optional context, translated with ``ngettext``."""

    context: str | None
    singular: str
    plural: str


class InContext(NamedTuple):
    """A message that needs a context to be translated (one word, two meanings)."""

    context: str
    text: str


def N_(text: str) -> str:
    """Mark ``text`` for extraction; translated later."""
    return text


def NP_(context: str, text: str) -> InContext:
    """Mark ``text`` in ``context`` for extraction."""
    return InContext(context, text)


def PN_(singular: str, plural: str) -> Plural:
    """Mark a message with a plural for extraction."""
    return Plural(None, singular, plural)


def NPN_(context: str, singular: str, plural: str) -> Plural:
    """Mark a message with a context and a plural for extraction."""
    return Plural(context, singular, plural)


class Marked(str):
    """An English text that keeps its catalogue message and values, to be told in a language.

    A notice made deep in storage (a foreign write-ahead log set aside) is this text; the CLI and
    the window, which know the person's language, show :func:`told_in`.
    """

    msgid: str
    values: dict[str, object]

    def __new__(cls, msgid: str, **values: object) -> Marked:
        made = super().__new__(cls, msgid.format(**values))
        made.msgid = msgid
        made.values = values
        return made
