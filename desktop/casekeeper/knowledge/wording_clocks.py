"""Phrases of the clocks added for issue 13's last gaps (a letter's stated deadline, the postal
delay assumed before receipt, the UK agreement date, free help), marked for the catalogues.

Merged into :data:`casekeeper.knowledge.wording.MESSAGES`; kept apart so that module stays small.
"""

from __future__ import annotations

from typing import Final

from casekeeper.i18n import N_

MORE_MESSAGES: Final[dict[str, str]] = {
    "respond_by_label": N_("Answer the letter you logged before the date it states"),
    "collector_label": N_(
        "Dispute the debt collector's claim in writing, to the collector and to Klarna, "
        "before its deadline (do not pay a disputed claim blindly)"),
    "respond_by_clock": N_("the date stated in the letter"),
    "respond_by_source": N_("the date you entered from the letter"),
    "letter_logged": N_("the letter you logged"),
    "assumes_delivery": N_(
        " (assumes delivery by {date}: {delay} by post, {level}; log the acknowledgement of "
        "receipt to correct)"),
    "no_postal_delay": N_(
        " (counted from the day you sent it: no postal delay is known, so Klarna may have a "
        "few more days; log the acknowledgement of receipt to correct)"),
    "agreement_date_unknown": N_(
        "Enter the purchase date: for {what}, agreements made before {date} and those made on "
        "or after it take different routes ({level}). Both routes' time limits are shown "
        "meanwhile."),
    "reason_new_case_received": N_(
        "You have not contacted Klarna yet: start with the first contact, and log it."),
    "free_help": N_("Free help: {text} ({level})."),
}
