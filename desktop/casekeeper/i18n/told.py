"""Tell a text that may carry its catalogue message (:class:`~casekeeper.i18n.markers.Marked`)."""

from __future__ import annotations

from casekeeper.i18n.catalogue import translator
from casekeeper.i18n.markers import InContext, Marked, Plural


def told_in(text: str, language: str) -> str:
    """``text`` in ``language`` when it was marked (its marked values too), else as it is."""
    if not isinstance(text, Marked):
        return text
    tr = translator(language)
    message = text.message
    if isinstance(message, Plural):
        assert text.n is not None  # Marked refuses a plural without its count
        pattern = tr.plural(message, text.n)
    elif isinstance(message, InContext):
        pattern = tr.marked(message)
    else:
        pattern = tr.gettext(message)
    values = {
        key: told_in(value, language) if isinstance(value, Marked) else value
        for key, value in text.values.items()
    }
    return pattern.format(**values)
