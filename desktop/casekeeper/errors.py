"""Two kinds of failure: KnownError (bad input, the environment) is shown politely; anything else is a bug."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from casekeeper.i18n import Translator

Words = Callable[["Translator"], str]


class KnownError(Exception):
    """A failure the person can understand and act on; its message is shown as it is.

    ``message`` (and ``str()``) is English. A fault raised deep in storage or services does not
    know the person's language, so it carries its words instead (``words``, or :meth:`marked`
    for a catalogue message and its values); the CLI and the window, which know the language,
    show :meth:`in_language`.
    """

    def __init__(self, message: str, *, words: Words | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.words = words

    @classmethod
    def marked(cls, msgid: str, **values: object) -> Self:
        """The error of a message marked with ``N_``, with the values of its placeholders."""
        def words(tr: Translator) -> str:
            return tr.gettext(msgid).format(**values)
        return cls(msgid.format(**values), words=words)

    def in_language(self, language: str) -> str:
        """The message in ``language`` (en, fr, de or sv); English when it carries no words."""
        if self.words is None:
            return self.message
        from casekeeper.i18n import translator

        return self.words(translator(language))

    def __str__(self) -> str:
        return self.message


class InputError(KnownError):
    """A value the person gave is not acceptable: names the field, what was given, what is accepted."""

    def __init__(self, field: str, given: object, accepted: str) -> None:
        self.field = field
        self.given = given
        self.accepted = accepted
        shown = _shorten(repr(given) if isinstance(given, str) else str(given))
        super().__init__(f"{field}: {shown} is not accepted; {accepted}")


class NotFoundError(KnownError):
    """A record the person named does not exist (or is in the trash)."""

    def __init__(self, what: str, ident: object) -> None:
        self.what = what
        self.ident = ident
        super().__init__(f"{what} {ident} does not exist; check the number (it may be wrong, or "
                         "the record may be in the trash)")


class DataLocationError(KnownError):
    """The data folder or database cannot be used (permissions, full disk, newer version...)."""


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
