"""Report failures in plain words: a KnownError in the window's language, anything else politely, logged."""

from __future__ import annotations

import logging
from collections.abc import Callable

from casekeeper.errors import KnownError
from casekeeper.ui.common.i18n import current_language, translate

log = logging.getLogger("casekeeper.ui")


def plain_words(error: BaseException) -> str:
    """What to tell the person; unexpected errors are logged with their traceback."""
    if not isinstance(error, KnownError):
        log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    return words_for(error)


def words_for(error: BaseException) -> str:
    """What to tell the person, unlogged: a KnownError in the window's language, else politely."""
    from casekeeper.domain.amounts import AmountError

    if isinstance(error, AmountError):  # what the amount was read as, in the window's language
        from casekeeper.ui.common.input_messages import amount_message

        return amount_message(error)
    if isinstance(error, KnownError):  # a fault from below carries its words in every language
        return error.in_language(current_language())
    return translate(
        "Errors",
        "Something went wrong and this action was not completed. Your data "
        "is safe. The details were written to the log file; please report "
        "the problem.",
    )


class Reporter:
    """Sends messages to a display function (the window's message bar)."""

    def __init__(self, show: Callable[[str], None]) -> None:
        self._show = show

    def __call__(self, error: BaseException) -> None:
        self._show(plain_words(error))
