"""Phrases of the clocks added for issue 13's last gaps (a letter's stated deadline, the postal
delay assumed before receipt, the UK agreement date, free help): key -> (English, French).

Merged into :data:`casekeeper.knowledge.wording.MESSAGES`; kept apart so that module stays small.
"""

from __future__ import annotations

from typing import Final

MORE_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # a deadline stated in a letter to the person (a debt collector's)
    "respond_by_label": ("Answer the letter you logged before the date it states",
                         "Répondez au courrier noté avant la date qu'il indique"),
    "collector_label": ("Dispute the debt collector's claim in writing, to the collector and to "
                        "Klarna, before its deadline (do not pay a disputed claim blindly)",
                        "Contestez par écrit la créance du recouvreur, auprès du recouvreur et de "
                        "Klarna, avant son échéance (ne payez pas à l'aveugle une créance "
                        "contestée)"),
    "respond_by_clock": ("the date stated in the letter", "la date indiquée dans le courrier"),
    "respond_by_source": ("the date you entered from the letter",
                          "la date que vous avez reprise du courrier"),
    "letter_logged": ("the letter you logged", "le courrier noté"),
    # the postal delay assumed while no receipt is logged
    "assumes_delivery": (" (assumes delivery by {date}: {delay} by post, "
                         "{level}; log the acknowledgement of receipt to correct)",
                         " (suppose une distribution au plus tard le {date} : "
                         "{delay} par la poste, {level} ; notez l'accusé de réception pour "
                         "corriger)"),
    "no_postal_delay": (" (counted from the day you sent it: no postal delay is known, so "
                        "Klarna may have a few more days; log the acknowledgement of receipt "
                        "to correct)",
                        " (compté dès le jour de l'envoi : aucun délai postal n'est connu, "
                        "Klarna peut donc avoir quelques jours de plus ; notez l'accusé de "
                        "réception pour corriger)"),
    # the UK agreement date
    "agreement_date_unknown": ("Enter the purchase date: for {what}, agreements made before "
                               "{date} and those made on or after it take different routes "
                               "({level}). Both routes' time limits are shown meanwhile.",
                               "Indiquez la date d'achat : pour {what}, les contrats conclus "
                               "avant le {date} et ceux conclus à partir de cette date suivent "
                               "des voies différentes ({level}). Les délais des deux voies sont "
                               "affichés en attendant."),
    # a new case with only letters received (a collector's)
    "reason_new_case_received": ("You have not contacted Klarna yet: start with the first "
                                 "contact, and log it.",
                                 "Vous n'avez pas encore contacté Klarna : commencez par un "
                                 "premier contact, et notez-le."),
    # free help for a track
    "free_help": ("Free help: {text} ({level}).", "Aide gratuite : {text} ({level})."),
}
