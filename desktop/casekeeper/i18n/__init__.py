"""Text outside the window in the person's language: gettext catalogues and Babel formats.

A :class:`Translator` is made for one explicit language and passed along; nothing here keeps a
global "current language", because a document is often made in another language than the window's.
"""

from casekeeper.i18n.catalogue import LANGUAGES, Language, Translator, is_language, translator
from casekeeper.i18n.markers import N_, NP_, NPN_, PN_

__all__ = ["LANGUAGES", "NPN_", "NP_", "N_", "PN_", "Language", "Translator", "is_language",
           "translator"]
