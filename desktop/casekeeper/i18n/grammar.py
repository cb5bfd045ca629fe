"""Small rules of a language's grammar that the catalogues decide, not the code."""

from __future__ import annotations

from casekeeper.i18n.catalogue import translator
from casekeeper.i18n.markers import NP_

# German writes nouns with a capital letter anywhere in a sentence; the other languages lower-case
# a label ("Phone" -> "by phone") when it is quoted inside running text.
_LOWER = NP_("grammar: answer 'yes' if a label such as 'Phone' is lower-cased inside a sentence",
             "yes")


def in_sentence(label: str, language: str) -> str:
    """A label (a channel, an outcome) as written in the middle of a sentence in ``language``."""
    if translator(language).marked(_LOWER) == "yes":
        return label.lower()
    return label
