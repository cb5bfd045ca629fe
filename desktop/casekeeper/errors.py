"""Two kinds of failure: KnownError (bad input, the environment) is shown politely; anything else is a bug."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Self

from casekeeper.i18n.markers import N_, NP_, InContext, Marked

if TYPE_CHECKING:
    from casekeeper.i18n import Translator

Words = Callable[["Translator"], str]


class KnownError(Exception):
    """A failure the person can understand and act on; its message is shown as it is.

    ``message`` (and ``str()``) is English. A fault raised deep in storage or services does not
    know the person's language, so it carries its words instead: a
    :class:`~casekeeper.i18n.markers.Marked` message (``KnownError(Marked(N_("..."), x=1))``, or
    :meth:`marked`), or a ``words`` function; the CLI and the window, which know the language,
    show :meth:`in_language`.
    """

    def __init__(self, message: str, *, words: Words | None = None) -> None:
        super().__init__(message)
        self.message = str(message)
        if words is None and isinstance(message, Marked):
            marked = message

            def words(tr: Translator) -> str:
                from casekeeper.i18n.told import told_in

                return told_in(marked, tr.language)

        self.words = words

    @classmethod
    def marked(cls, msgid: str, **values: object) -> Self:
        """The error of a message marked with ``N_``, with the values of its placeholders."""
        return cls(Marked(msgid, **values))

    def in_language(self, language: str) -> str:
        """The message in ``language`` (en, fr, de or sv); English when it carries no words."""
        if self.words is None:
            return self.message
        from casekeeper.i18n import translator

        return self.words(translator(language))

    def __str__(self) -> str:
        return self.message


NOT_ACCEPTED = N_("{field}: {given} is not accepted; {accepted}")
# The fields services name in an InputError, as the person reads them (options stay as typed).
FIELD_NAMES: dict[str, InContext] = {
    "title": NP_("input field", "title"),
    "amount": NP_("input field", "amount"),
    "currency": NP_("input field", "currency"),
    "country": NP_("input field", "country"),
    "date": NP_("input field", "date"),
    "at": NP_("input field", "at"),
    "zone": NP_("input field", "zone"),
    "file": NP_("input field", "file"),
    "interaction": NP_("input field", "interaction"),
    "backup": NP_("input field", "backup"),
    "purchase date": NP_("input field", "purchase date"),
    "promise due": NP_("input field", "promise due"),
    "respond by": NP_("input field", "respond by"),
    "total": NP_("input field", "total"),
    "count": NP_("input field", "count"),
    "every": NP_("input field", "every"),
    "instalment": NP_("input field", "instalment"),
    "instalments": NP_("input field", "instalments"),
    "extended until": NP_("input field", "extended until"),
    "paused on": NP_("input field", "paused on"),
    "settled on": NP_("input field", "settled on"),
    "channel": NP_("input field", "channel"),
    "request": NP_("input field", "request"),
    "reason": NP_("input field", "reason"),
    "merchant": NP_("input field", "merchant"),
    "company": NP_("input field", "company"),
    "agent": NP_("input field", "agent"),
    "reference": NP_("input field", "reference"),
    "order reference": NP_("input field", "order reference"),
    "tracking number": NP_("input field", "tracking number"),
    "number dialled": NP_("input field", "number dialled"),
    "transferred to": NP_("input field", "transferred to"),
    "summary": NP_("input field", "summary"),
    "your name": NP_("input field", "your name"),
    "body": NP_("input field", "body"),
    "on": NP_("input field", "on"),
    "opens at": NP_("input field", "opens at"),
    "wait minutes": NP_("input field", "wait minutes"),
    "call minutes": NP_("input field", "call minutes"),
    "promise": NP_("input field", "promise"),
    "case": NP_("input field", "case"),
    "exhibit": NP_("input field", "exhibit"),
    "note": NP_("input field", "note"),
    "due date": NP_("input field", "due date"),
    "kind": NP_("input field", "kind"),
}


def field_name(field: str) -> str:
    """A field as the person reads it, marked to be told in their language (options as typed)."""
    known = FIELD_NAMES.get(field)
    return field if known is None else Marked(known)


class InputError(KnownError):
    """A value the person gave is not acceptable: names the field, what was given, what is accepted.

    ``accepted`` is a text marked for the catalogues (``Marked(N_("give ..."))``) so that the whole
    message is told in the person's language.
    """

    def __init__(self, field: str, given: object, accepted: str) -> None:
        self.field = field
        self.given = given
        self.accepted = accepted
        shown = (
            given
            if isinstance(given, Marked)
            else _shorten(repr(given) if isinstance(given, str) else str(given))
        )
        super().__init__(Marked(NOT_ACCEPTED, field=field_name(field), given=shown, accepted=accepted))


_NOT_FOUND: dict[str, str] = {
    "case": N_(
        "case {ident} does not exist; check the number (it may be wrong, or the record may be in the trash)"
    ),
    "interaction": N_(
        "interaction {ident} does not exist; check the number (it may be wrong, or the "
        "record may be in the trash)"
    ),
    "promise": N_(
        "promise {ident} does not exist; check the number (it may be wrong, or the "
        "record may be in the trash)"
    ),
    "stage change": N_(
        "stage change {ident} does not exist; check the number (it may be "
        "wrong, or the record may be in the trash)"
    ),
    "exhibit": N_(
        "exhibit {ident} does not exist; check the number (it may be wrong, or the "
        "record may be in the trash)"
    ),
    "instalment": N_(
        "instalment {ident} does not exist; check the number (it may be wrong, or the record "
        "may be in the trash)"
    ),
    "case in the trash": N_("there is no case {ident} in the trash; see 'trash list'"),
    "interaction in the trash": N_("there is no interaction {ident} in the trash; see 'trash list'"),
    "promise in the trash": N_("there is no promise {ident} in the trash; see 'trash list'"),
    "stage-change in the trash": N_("there is no stage change {ident} in the trash; see 'trash list'"),
    "evidence in the trash": N_("there is no exhibit {ident} in the trash; see 'trash list'"),
}
NOT_FOUND = N_(
    "{what} {ident} does not exist; check the number (it may be wrong, or the record may be in the trash)"
)


class NotFoundError(KnownError):
    """A record the person named does not exist (or is in the trash)."""

    def __init__(self, what: str, ident: object) -> None:
        self.what = what
        self.ident = ident
        known = _NOT_FOUND.get(what)
        super().__init__(
            Marked(NOT_FOUND, what=what, ident=ident) if known is None else Marked(known, ident=ident)
        )


class DataLocationError(KnownError):
    """The data folder or database cannot be used (permissions, full disk, newer version...)."""


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
