"""The wording of each letter (translated through the catalogues); ``{fields}`` come from the case."""

from __future__ import annotations

from casekeeper.export.letters.draft import LetterKind
from casekeeper.i18n import N_, PN_
from casekeeper.i18n.markers import Plural

COMMON: dict[str, str] = {
    "salutation": N_("Dear Sir or Madam,"),
    "closing": N_("Yours faithfully,"),
    "registered": N_("Recorded delivery (signed for)"),
    "subject_word": N_("Subject: "),
    "refs_word": N_("Your references: "),
    "refs_account": N_("Klarna account {account}"),
    "refs_order": N_("order {order}"),
    "refs_klarna": N_("Klarna reference {klarna_ref}"),
    "refs_letter": N_("my recorded letter {letter_no}"),
    "facts": N_("On {purchase_date} I bought from {merchant} for {amount}, paid with Klarna ({product}) "
        "under order number {order}. The disputed amount is {amount}; the transaction date is "
        "{purchase_date}."),
    "problem": N_("The problem: {problem}"),
    "contact_line": N_("– {when}, {channel}{reference}: {outcome}"),
    "contact_ref": N_(" (ref. {ref})"),
    "remedy": N_("The resolution I ask for: {remedy}"),
    "enclosed": N_("I enclose copies of the documents listed below."),
    "reply_to": N_("Please reply in writing to my postal address above{email}."),
    "reply_to_no_address": N_("Please reply in writing{email}."),
    "or_email": N_(" or by e-mail to {email}"),
    "enclosures": N_("Enclosures"),
    "not_given": N_("[to complete]"),
    "through": N_("Sent through Klarna's customer service: {url}"),
    "customer_service": N_("your customer service"),
    "reply_by": N_("Please send me your answer by {reply_by} at the latest ({clock} from this letter, the "
        "time your complaints procedure gives)."),
    "reply_by_plain": N_("Please send me your answer by {reply_by} at the latest."),
    "next_if_silent": N_(
        "If I have no satisfactory answer by then, I will take my complaint to the next step: "
        "{next_handler}."),
}
# How many times the person contacted Klarna, before the list of contacts.
HISTORY: dict[str, Plural] = {
    "history": PN_("I have contacted Klarna once since {first_contact}:",
                   "I have contacted Klarna {n} times since {first_contact}:"),
    "history_recent": PN_(
        "I have contacted Klarna once since {first_contact}; the latest contacts:",
        "I have contacted Klarna {n} times since {first_contact}; the latest contacts:"),
}
# The place and date line; the template of the enclosures heading and the page footer.
DATED = N_("{place}, {date}")
HEADING = N_("{title}:")
PAGE_OF = N_("page {page} of {total}")

SUBJECTS: dict[LetterKind, str] = {
    LetterKind.FORMAL_COMPLAINT: N_("Formal complaint – order {order}"),
    LetterKind.FINAL_RESPONSE_REQUEST: N_("Request for your final response – order {order}"),
    LetterKind.PROMISE_CHASER: N_("Your commitment of {promise_made_on} – order {order}"),
    LetterKind.INTERNAL_REVIEW: N_("Request for review of my complaint – order {order}"),
    LetterKind.DATA_ACCESS_REQUEST: N_("Request for access to my personal data (GDPR, Article 15)"),
    LetterKind.EXTERNAL_BODY_COVER: N_("Referral of my dispute with {company} – order {order}"),
}

OPENINGS: dict[LetterKind, str] = {
    LetterKind.FORMAL_COMPLAINT: N_(
        "I am writing to make a formal complaint about the handling of my purchase described "
        "below, which has not been resolved through your customer service."),
    LetterKind.FINAL_RESPONSE_REQUEST: N_(
        "On {complaint_date} I sent you a formal complaint{letter_ref}. I have not received your "
        "final response{complaint_due_words}. Please send me your final response in writing, "
        "stating your position and the reasons for it."),
    LetterKind.PROMISE_CHASER: N_(
        "On {promise_made_on}, {promise_made_by} told me{promise_where}: \u201c{promise_text}\u201d, "
        "by {promise_due}. As of today this has not happened. Please tell me in writing when it "
        "will be done."),
    LetterKind.INTERNAL_REVIEW: N_(
        "I ask for my complaint of {complaint_date}{letter_ref} to be reviewed. {answer_state}"),
    LetterKind.DATA_ACCESS_REQUEST: N_(
        "Under Article 15(1) and (3) of Regulation (EU) 2016/679 (General Data Protection "
        "Regulation), I ask you to confirm whether you process personal data about me and, if "
        "so, to give me:"),
    LetterKind.EXTERNAL_BODY_COVER: N_(
        "I ask you to examine my dispute with {company}, the company I complain about. I made a "
        "formal complaint to them on {complaint_date}{letter_ref}. {final_state}"),
}
