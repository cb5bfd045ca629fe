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

    A notice or an error made deep in storage or services (a foreign write-ahead log set aside, a
    closed case) is this text; the CLI and the window, which know the person's language, show
    :func:`~casekeeper.i18n.told.told_in`. The message is a text marked with ``N_``, a
    ``NP_`` message in context or a ``PN_``/``NPN_`` plural told for ``n`` (also ``{n}`` in the
    text). A value may itself be marked: it is told in the same language.
    """

    msgid: str
    message: str | InContext | Plural
    n: int | None
    values: dict[str, object]

    def __new__(cls, message: str | InContext | Plural, n: int | None = None, /, **values: object) -> Marked:
        if isinstance(message, Plural) and n is None:
            raise TypeError("a plural message needs its count n")
        if n is not None:
            values = {"n": n, **values}
        if isinstance(message, Plural):
            english = message.singular if n == 1 else message.plural
        elif isinstance(message, InContext):
            english = message.text
        else:
            english = message
        made = super().__new__(cls, english.format(**values))
        made.msgid = (
            message.text
            if isinstance(message, InContext)
            else (message.singular if isinstance(message, Plural) else message)
        )
        made.message = message
        made.n = n
        made.values = values
        return made
