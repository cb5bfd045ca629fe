"""Letter sentences that depend on what the journal holds (answers, lists, GDPR items)."""

from __future__ import annotations

from casekeeper.export.letters.draft import LetterKind
from casekeeper.i18n import N_, translator

PHRASES: dict[str, str] = {
    "letter_ref": N_(" (recorded letter {letter_no})"),
    "complaint_due": N_(" within the time your procedure gives, which ended on {complaint_due}"),
    "answer_none": N_("I have not received a final response to it."),
    "answer_got": N_("The last message I received from Klarna, on {answer_date}{answer_ref}, does not settle "
        "it."),
    "final_none": N_(
        "No final response reached me within the time their procedure gives{complaint_due_end}."),
    "final_none_end": N_(", which ended on {complaint_due}"),
    "final_got": N_("Their last message, of {answer_date}{answer_ref}, does not settle the dispute."),
    "dossier_enclosed": N_(
        "The enclosed file sets out the facts, every contact I had with them and the documents "
        "I kept."),
    "gdpr_items": N_("– a copy of that data (Article 15(3)), in particular the recordings of my telephone "
        "calls and the transcripts of my chats with your customer service since {first_contact}, "
        "and the notes made on my account about this dispute;\n"
        "– the purposes of the processing, the categories of data, the recipients, how long "
        "the data will be kept, where it was obtained, and whether automated decision-making is "
        "used (Article 15(1))."),
    "gdpr_limit": N_("Article 12(3) of the Regulation asks you to answer within one month of receiving this "
        "request. That period may be extended by two further months "
        "where necessary; you would then tell me so, with the reasons, within the first month. "
        "My account and order references are given above to help you find my data."),
    "examine": N_("I would be grateful if you would examine my dispute. I remain available for any further "
        "information."),
    "chaser_by": N_("Please answer by {chaser_by}."),
    "chaser_next": N_("Without an answer by then, I will send you a formal complaint."),
    "dpo": N_("Data Protection Officer"),
    "dossier": N_("Dispute file (dossier) with its exhibits"),
}

ENDINGS: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.DATA_ACCESS_REQUEST: ("gdpr_items", "gdpr_limit"),
    LetterKind.EXTERNAL_BODY_COVER: ("dossier_enclosed", "examine"),
}


def pick(message: str, language: str) -> str:
    """A message of these tables in ``language``."""
    return translator(language).gettext(message)
