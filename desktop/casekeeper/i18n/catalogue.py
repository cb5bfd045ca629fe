"""Load the compiled catalogue of one language and translate with it (gettext, CLDR plurals)."""

from __future__ import annotations

import gettext
import io
from functools import cache
from typing import Literal, TypeGuard

from casekeeper.i18n.markers import InContext, Plural
from casekeeper.resource_folder import resource

Language = Literal["en", "fr", "de", "sv"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "de", "sv")
DOMAIN = "casekeeper"
MAX_CATALOGUE_BYTES = 16 * 1024 * 1024


def is_language(value: str) -> TypeGuard[Language]:
    """Whether ``value`` is a language Case Keeper's documents and messages are written in."""
    return value in LANGUAGES


def catalogue_path(language: str) -> str:
    """Where the compiled catalogue of ``language`` ships."""
    return str(resource("i18n", language, "LC_MESSAGES", f"{DOMAIN}.mo"))


def _load(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language`` read with a size limit; English is the source text."""
    if language == "en":
        return gettext.NullTranslations()
    with open(catalogue_path(language), "rb") as stream:  # noqa: PTH123 - one bounded read
        data = stream.read(MAX_CATALOGUE_BYTES + 1)
    if len(data) > MAX_CATALOGUE_BYTES:
        raise ValueError(f"the {language} catalogue is larger than {MAX_CATALOGUE_BYTES} bytes")
    return gettext.GNUTranslations(io.BytesIO(data))


class Translator:
    """Translations of one language: ``gettext``, ``ngettext``, ``pgettext``, ``npgettext``."""

    def __init__(self, language: Language) -> None:
        self.language: Language = language
        self._catalogue = _load(language)

    def gettext(self, message: str) -> str:
        """``message`` in this language."""
        return self._catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form of a message for ``n`` things, by the language's CLDR plural rule."""
        return self._catalogue.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` in ``context`` (a word with two meanings)."""
        return self._catalogue.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        """The plural form of a message in a context."""
        return self._catalogue.npgettext(context, singular, plural, n)

    def marked(self, message: str | InContext) -> str:
        """A message kept in a table with ``N_`` or ``NP_``, translated."""
        if isinstance(message, InContext):
            return self.pgettext(message.context, message.text)
        return self.gettext(message)

    def plural(self, message: Plural, n: int) -> str:
        """A message kept with ``PN_`` or ``NPN_``, in the form for ``n``."""
        if message.context is None:
            return self.ngettext(message.singular, message.plural, n)
        return self.npgettext(message.context, message.singular, message.plural, n)


@cache
def translator(language: str) -> Translator:
    """The translator of ``language`` (``en``, ``fr``, ``de`` or ``sv``; others get English).

    Catalogues are read once and never change while the program runs, so they are shared.
    """
    return Translator(language if is_language(language) else "en")
