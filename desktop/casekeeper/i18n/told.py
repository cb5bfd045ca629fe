"""Tell a text that may carry its catalogue message (:class:`~casekeeper.i18n.markers.Marked`)."""

from __future__ import annotations

from casekeeper.i18n.catalogue import translator
from casekeeper.i18n.markers import Marked


def told_in(text: str, language: str) -> str:
    """``text`` in ``language`` when it was marked, else as it is."""
    if isinstance(text, Marked):
        return translator(language).gettext(text.msgid).format(**text.values)
    return text
