"""The dossier's fixed wording, looked up by key and translated through the gettext catalogues."""

from __future__ import annotations

from casekeeper.export.i18n_journal import MESSAGES as JOURNAL_MESSAGES
from casekeeper.i18n import N_, PN_, translator
from casekeeper.i18n.markers import InContext, Plural

_MESSAGES: dict[str, str | InContext | Plural] = {
    "title": N_("Dispute file"),
    "page_of": N_("page {page} of {total}"),
    "generated": N_("Generated {when} with Case Keeper {version}"),
    "ref": N_("Ref."),
    "summary": N_("Summary"),
    "parties": N_("Parties"),
    "consumer": N_("Consumer"),
    "klarna_entity": N_("Klarna entity"),
    "merchant": N_("Merchant"),
    "country": N_("Country"),
    "product": N_("Product"),
    "problem_kind": N_("Kind of problem"),
    "order_ref": N_("Order number"),
    "klarna_ref": N_("Klarna reference"),
    "account": N_("Klarna account"),
    "amount": N_("Amount"),
    "purchase_date": N_("Purchase date"),
    "problem": N_("The problem"),
    "remedy": N_("Remedy sought"),
    "current_stage": N_("Current stage"),
    "status": N_("Status"),
    "key_dates": N_("Key dates"),
    "first_contact": N_("First contact"),
    "complaint": N_("Formal complaint"),
    "last_contact": N_("Last contact"),
    "disputed_for": PN_("Disputed for {n} day", "Disputed for {n} days"),
    "contacts_count": N_("{contacts}, {promises} ({broken}), {exhibits}"),
    "count_contacts": PN_("{n} contact logged", "{n} contacts logged"),
    "count_promises": PN_("{n} promise", "{n} promises"),
    "count_broken": PN_("{n} broken", "{n} broken"),
    "count_exhibits": PN_("{n} exhibit", "{n} exhibits"),
    "generated_on": N_("Generated on"),
    "app_version": N_("App version"),
    "evidence_fp": N_("Evidence list fingerprint (SHA-256)"),
    "period": N_("Period covered"),
    "period_all": N_("whole case"),
    "period_from_to": N_("{start} to {end}"),
    "redacted_note": N_("Personal details are masked in this copy."),
    "none": N_("none"),
    "not_given": N_("not given"),
    # deadlines
    "deadlines": N_("Deadlines"),
    "deadlines_intro": N_("Each clock, when it started, when it ran out and what actually happened."),
    "col_clock": N_("Clock"),
    "col_started_by": N_("Started by"),
    "col_due": N_("Due"),
    "col_happened": N_("What happened"),
    "col_status": N_("Status"),
    "col_source": N_("Source"),
    "happened_on": N_("done on {date}"),
    "broken": N_("promise broken"),
    "broken_on": N_("promise broken (shown on {date})"),
    "nothing_yet": N_("nothing yet"),
    "st_met": N_("met"),
    "st_missed": PN_("missed by {n} day", "missed by {n} days"),
    "st_pending": N_("pending"),
    "st_overdue": PN_("overdue by {n} day", "overdue by {n} days"),
    "unverified": N_("unverified"),
    "advice": N_("What Case Keeper suggests next"),
    "advice_intro": N_(
        "Worked out from the journal and the country's rules on the day this dossier was made; "
        "a suggestion, not legal advice."),
    "advice_step": N_("Next step: {step} — {handler}."),
    "advice_track": N_("For this kind of problem: {label}."),
    "advice_keep": N_("Keep:"),
    "advice_source": N_("Source: {source} ({level})."),
    "level_confirmed": N_("confirmed on a Klarna or official page"),
    "level_guide": N_("from a consumer guide, not confirmed by Klarna"),
    "level_inferred": N_("inferred from another country's rules, not confirmed"),
    "level_unknown": N_("not confirmed: no source found"),
    "level_your-record": N_("from your own records"),
    "who_klarna": N_("Klarna must act"),
    "who_consumer": N_("consumer's time limit"),
    "no_deadlines": N_("No deadline has been computed for this case."),
    "broken_promises": N_("Broken promises"),
    "col_promise": N_("Promise"),
    "col_made_by": N_("Made by"),
    "col_made_on": N_("Made on"),
    "no_broken": N_("No promise has been recorded as broken."),
    # escalation
    "escalation": N_("Escalation"),
    "col_stage": N_("Stage"),
    "col_date": N_("Date"),
    "col_reference": N_("Reference"),
    "col_their_deadline": N_("Other side's deadline"),
    "col_details": N_("Details and outcome"),
    "no_stages": N_("No step on the escalation ladder has been recorded."),
    # log
    "log": N_("Chronological log"),
    "col_no": N_("No."),
    "col_when": N_("Date and time"),
    "col_channel": N_("Channel"),
    "col_agent": N_("Agent"),
    "col_summary": N_("Summary, promises"),
    "col_outcome": N_("Outcome"),
    "col_exhibits": N_("Exh."),
    "asked_human": N_("asked for a human"),
    "transferred_to": N_("transferred to {who}"),
    "wait": N_("waited {n} min"),
    "duration": N_("lasted {n} min"),
    "promise_due": N_("Promise: {text} (due {due}, {state})"),
    "promise_nodue": N_("Promise: {text} (no date, {state})"),
    "no_contacts": N_("No contact has been logged in this period."),
    # exhibits
    "exhibit_index": N_("Exhibit index"),
    "exhibits": N_("Exhibits"),
    "col_exhibit": N_("No."),
    "col_title": N_("Title and file"),
    "col_type": N_("Type"),
    "col_doc_date": N_("Document date"),
    "col_page": N_("Page"),
    "col_sha": N_("SHA-256 of the original"),
    "col_size": N_("Size"),
    "no_exhibits": N_("No exhibit is attached to this case."),
    "exhibits_omitted": N_("Exhibit pages are not included in this copy; the index lists them."),
    "pdf_follows": PN_(
        "This exhibit is a one-page PDF document, reproduced on the next page.",
        "This exhibit is a PDF document of {n} pages, reproduced on the following pages.",
    ),
    "pdf_page": N_("{label}, page {i} of {n}"),
    "other_file": N_("This file ({type}) cannot be shown on a page. The original is attached to this "
        "PDF; its SHA-256 fingerprint is:"),
    "other_file_withheld": N_("This file ({type}) cannot be shown on a page. Its SHA-256 fingerprint is:"),
    "withheld": N_("The original is not reproduced or attached in this redacted copy because it may "
        "contain personal details that cannot be masked. The fingerprint identifies it."),
    "missing_file": N_(
        "The original file is missing from the store; only its recorded fingerprint is given."),
    "hash_mismatch": N_("Warning: the stored file does not match its recorded fingerprint."),
    "original_separate": N_("The original file is too large to attach here; it is in the archive {archive} "
        "delivered with this PDF."),
    "integrity_separate": N_(
        "To keep this PDF small, the originals of {labels} are not attached but delivered with "
        "it in the archive {archive}, with a SHA256SUMS.txt file; verify them the same way."),
    "attached_note": N_("The original file is attached to this PDF."),
    # integrity
    "integrity": N_("Integrity"),
    "integrity_how": N_("Every exhibit is identified by the SHA-256 fingerprint of its original file. The "
        "originals "
        "are attached to this PDF (open the attachments panel of your PDF reader). Save an "
        "attachment and compute its SHA-256 with any tool (for example <font name='DejaVuSansMono'>"
        "sha256sum</font> on Linux, <font "
        "name='DejaVuSansMono'>shasum&nbsp;-a&nbsp;256</font> on macOS, "
        "<font name='DejaVuSansMono'>certutil&nbsp;-hashfile&nbsp;FILE&nbsp;SHA256</font> on "
        "Windows); it must "
        "equal the value in the exhibit index."),
    "integrity_list": N_("The evidence list fingerprint on the first page is the SHA-256 of the lines "
        '"E1&nbsp;&lt;sha256&gt;", "E2&nbsp;&lt;sha256&gt;"… joined by line breaks, in exhibit order.'),
    "integrity_withheld": N_("In this redacted copy some originals are not attached: {labels}."),
    "integrity_no_originals": N_("This copy was made without exhibit pages or attached originals."),
    "audit_head": N_("Head of the journal's audit chain"),
    "audit_none": N_("No audit chain head was supplied."),
    "statement": N_(
        "This file was generated by Case Keeper from the consumer's own records. It sets out facts "
        "as the consumer recorded them and copies of the documents they kept. It is not a legal "
        "opinion and does not state what outcome the dispute should have."),
    "subject_meta": N_("Dispute with {company} about {merchant}"),
}


_MESSAGES.update(JOURNAL_MESSAGES)


def msg(language: str, key: str, **values: object) -> str:
    """The message ``key`` in ``language``, with ``{placeholders}`` filled in."""
    message = _MESSAGES[key]
    if isinstance(message, Plural):
        raise TypeError(f"{key} has plural forms: use msg_n")
    text = translator(language).marked(message)
    return text.format(**values) if values else text


def msg_n(language: str, key: str, n: int, **values: object) -> str:
    """The message ``key`` in its form for ``n`` things; ``{n}`` and the other values filled in."""
    message = _MESSAGES[key]
    if not isinstance(message, Plural):
        raise TypeError(f"{key} has no plural forms: use msg")
    return translator(language).plural(message, n).format(n=n, **values)


def has_message(key: str) -> bool:
    """Whether ``key`` is in the table."""
    return key in _MESSAGES
