"""Wording of the log, transcripts, text exhibits, promises and the ombudsman section."""

from __future__ import annotations

from casekeeper.i18n import N_
from casekeeper.i18n.markers import InContext, Plural

MESSAGES: dict[str, str | InContext | Plural] = {
    "log_intro": N_("Times are local times in the zone named on the first page."),
    "zone_row": N_("Times in this file"),
    "agent_not_noted": N_("not noted"),
    "tracking": N_("tracking no."),
    "outcome_is": N_("Outcome: {outcome}"),
    "exhibits_are": N_("Exhibits: {labels}"),
    "transcript_page": N_("Transcript: page {page}"),
    "transcript_below": N_("Transcript: see Transcripts"),
    "their_deadline": N_("{what}: {due}"),
    "transcripts": N_("Transcripts"),
    "transcripts_intro": N_("Each transcript is reproduced in full, as the consumer saved it."),
    "contact_no": N_("Contact no. {n}"),
    # text and e-mail exhibits
    "text_exhibit": N_("The text of this file is reproduced below."),
    "text_truncated": N_("Only the first {n} characters are reproduced; the original holds the rest."),
    "mail_from": N_("From"),
    "mail_to": N_("To"),
    "mail_cc": N_("Cc"),
    "mail_date": N_("Date"),
    "mail_subject": N_("Subject"),
    "mail_attachments": N_("Attachments of this e-mail"),
    "mail_no_text": N_("This e-mail has no text part."),
    # promises
    "unkept_promises": N_("Promises not kept"),
    "no_unkept": N_("No promise is recorded as broken, and none is past its due date."),
    "col_made_where": N_("Made by, in which contact"),
    "col_state_proof": N_("State, proof and note"),
    "made_by_is": N_("By {who}"),
    "ref_is": N_("ref. {ref}"),
    "tracking_is": N_("tracking no. {ref}"),
    "broken_by_contact": N_("Broken, as shown by:"),
    "broken_noted": N_("Broken (noted on {date})"),
    "note_is": N_("Note: {note}"),
    # ombudsman
    "omb_title": N_("For the ombudsman"),
    "omb_letters": N_("Registered letters, proof of posting and acknowledgement of receipt"),
    "omb_col_letter": N_("Letter sent"),
    "omb_col_proofs": N_("Proof of posting and acknowledgement (exhibits linked to this letter)"),
    "omb_no_letter": N_("No letter to Klarna is recorded in the journal."),
    "omb_no_proof": N_("No exhibit is linked to this letter: attach the proof of posting and the "
        "acknowledgement of receipt to this contact."),
    "omb_answer": N_("Klarna's answer to the formal complaint"),
    "omb_no_complaint": N_("No formal complaint is recorded in the journal."),
    "omb_complaint_on": N_("Formal complaint made on {date}."),
    "omb_answer_seen": N_("First message from Klarna recorded after it: {contact}."),
    "omb_answer_exhibits": N_("Copy: {labels}."),
    "omb_answer_final": N_(
        "Whether it is Klarna's final response is for the reader to judge from its words."),
    "omb_none_recorded": N_("No answer from Klarna is recorded."),
    "omb_none_in_time": N_(
        "No answer from Klarna is recorded within the time their procedure gives, which ended "
        "on {due}."),
    "omb_none_yet": N_("No answer from Klarna is recorded yet; their time runs until {due}."),
    "decl_title": N_("Declaration"),
    "decl_text": N_("I, the undersigned, {name}, declare that the copies of the documents in this file are "
        "true copies of the originals I hold, and that the facts set out in it are, to the best "
        "of my knowledge, accurate."),
    "decl_place": N_("Place and date: ……………………………………………"),
    "decl_sign": N_("Signature:"),
    # sources
    "sources": N_("Sources of the rules"),
    "src_verified": N_("verified"),
    "src_unverified": N_("not verified for this country"),
    "src_journal": N_("your journal"),
    "src_pack": N_("Case Keeper country sheet ({country})"),
    "withheld_gps": N_("The original photo records the place where it was taken (GPS position), so it is not "
        "reproduced or attached in this redacted copy. The fingerprint identifies it."),
    "withheld_chosen": N_("As chosen for this redacted copy, the original is not attached. The fingerprint "
        "identifies it."),
    "picture_warning": N_(
        "A picture is reproduced as it is and cannot be masked: check that it shows no name, "
        "address or number before sending this copy. Its metadata (EXIF, XMP) is removed."),
}
