"""Realistic French, English, German and Swedish disputes built through the services, for the document tests.

Each case has long chat transcripts, a contact just after midnight local time, references with
slashes and dashes, a registered letter with its proof of posting, text and e-mail exhibits and a
photo carrying GPS metadata.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import (
    AgentKind,
    Channel,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    Stage,
)
from casekeeper.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Story:
    """The words of one case, in its language."""

    country: str
    zone: str
    consumer: str
    address: str
    email: str
    title: str
    merchant: str
    problem: str
    remedy: str
    bot_lines: tuple[str, ...]
    human_summary: str
    promise_one: str
    phone_summary: str
    promise_two: str
    letter_summary: str
    email_subject: str
    email_summary: str
    bot_name: str
    proof_title: str
    proof_text: str
    photo_title: str
    proof_file: str
    mail_file: str


FRENCH = Story(
    country="FR", zone="Europe/Paris", consumer="Camille Durand",
    address="14 rue des Lilas\n69003 Lyon", email="camille.durand@exemple.fr",
    title="Lampe arrivée cassée – paiement toujours exigé", merchant="Maison Lumière",
    problem="La lampe commandée est arrivée cassée, le carton déchiré. Le marchand ne répond plus.",
    remedy="Le remboursement intégral de 189,90 € après retour de la lampe.",
    bot_lines=("Assistant : Bonjour, je suis l'assistant de Klarna. Comment puis-je vous aider ?",
               "Moi : Ma lampe est arrivée cassée et je dois quand même payer la prochaine échéance.",
               "Assistant : Avez-vous contacté le marchand ?",
               "Moi : Oui, trois fois, sans réponse. Je veux parler à un conseiller.",
               "Assistant : Je vous transfère à un conseiller."),
    human_summary="Litige ouvert, paiements suspendus ; envoyer les photos du colis.",
    promise_one="Paiements suspendus pendant l'examen du litige",
    phone_summary="Rappel de paiement reçu malgré la suspension. J'ai demandé un responsable.",
    promise_two="Remboursement sous 5 jours ouvrés",
    letter_summary="Réclamation écrite envoyée en lettre recommandée avec AR.",
    email_subject="Votre réclamation KL-REF-0000558812-AB",
    email_summary="Accusé de réception de la réclamation ; réponse annoncée sous 15 jours.",
    bot_name="Assistant Klarna", proof_title="Preuve de dépôt",
    proof_text="La Poste – preuve de dépôt\nLettre recommandée 1A00112233445\n12/11/2026",
    photo_title="Carton déchiré à la livraison",
    proof_file="preuve-de-depot.txt", mail_file="reponse-klarna.eml",
)

ENGLISH = Story(
    country="GB", zone="Europe/London", consumer="James Whitfield",
    address="22 Hartley Road\nLeeds LS6 2AB", email="james.whitfield@example.co.uk",
    title="Lamp arrived broken – payment still demanded", merchant="Lumen & Co",
    problem="The lamp I ordered arrived broken in a torn box. The merchant no longer answers.",
    remedy="A full refund of £189.90 once the lamp is returned.",
    bot_lines=("Assistant: Hello, I am Klarna's assistant. How can I help?",
               "Me: My lamp arrived broken and I am still asked to pay the next instalment.",
               "Assistant: Have you contacted the merchant?",
               "Me: Yes, three times, with no answer. I want to speak to a person.",
               "Assistant: I am transferring you to an agent."),
    human_summary="Dispute opened, payments paused; send photos of the parcel.",
    promise_one="Payments paused while the dispute is examined",
    phone_summary="Payment reminder received despite the pause. I asked for a supervisor.",
    promise_two="Refund within 5 working days",
    letter_summary="Written complaint sent by recorded delivery.",
    email_subject="Your complaint KL-REF-0000558812-AB",
    email_summary="Complaint acknowledged; answer announced within 15 days.",
    bot_name="Klarna Assistant", proof_title="Proof of posting",
    proof_text="Royal Mail – proof of posting\nRecorded letter 1A00112233445\n12/11/2026",
    photo_title="Torn box on delivery",
    proof_file="proof-of-posting.txt", mail_file="klarna-answer.eml",
)

GERMAN = Story(
    country="DE", zone="Europe/Berlin", consumer="Jonas Becker",
    address="Lindenstraße 14\n50674 Köln", email="jonas.becker@beispiel.de",
    title="Lampe kaputt angekommen – Zahlung weiter verlangt", merchant="Lichthaus Müller",
    problem="Die bestellte Lampe kam zerbrochen in einem aufgerissenen Karton an. Der Händler "
            "antwortet nicht mehr.",
    remedy="Die vollständige Erstattung von 189,90 € nach Rücksendung der Lampe.",
    bot_lines=("Assistent: Hallo, ich bin der Assistent von Klarna. Wie kann ich helfen?",
               "Ich: Meine Lampe kam zerbrochen an, und trotzdem soll ich die nächste Rate zahlen.",
               "Assistent: Haben Sie den Händler kontaktiert?",
               "Ich: Ja, dreimal, ohne Antwort. Ich möchte mit einem Mitarbeiter sprechen.",
               "Assistent: Ich verbinde Sie mit einem Mitarbeiter."),
    human_summary="Streitfall eröffnet, Zahlungen pausiert; Fotos des Pakets schicken.",
    promise_one="Zahlungen pausiert, solange der Streitfall geprüft wird",
    phone_summary="Zahlungserinnerung trotz Pause erhalten. Ich habe die Teamleitung verlangt.",
    promise_two="Erstattung innerhalb von 5 Werktagen",
    letter_summary="Schriftliche Beschwerde per Einschreiben mit Rückschein versandt.",
    email_subject="Ihre Beschwerde KL-REF-0000558812-AB",
    email_summary="Eingang der Beschwerde bestätigt; Antwort innerhalb von 15 Tagen angekündigt.",
    bot_name="Klarna-Assistent", proof_title="Einlieferungsbeleg",
    proof_text="Deutsche Post – Einlieferungsbeleg\nEinschreiben 1A00112233445\n12.11.2026",
    photo_title="Aufgerissener Karton bei der Lieferung",
    proof_file="einlieferungsbeleg.txt", mail_file="antwort-klarna.eml",
)

SWEDISH = Story(
    country="SE", zone="Europe/Stockholm", consumer="Elin Lindqvist",
    address="Storgatan 12\n114 51 Stockholm", email="elin.lindqvist@exempel.se",
    title="Lampan kom trasig – betalning krävs ändå", merchant="Ljusbutiken Nord",
    problem="Lampan jag beställde kom trasig i en sönderriven kartong. Handlaren svarar inte längre.",
    remedy="Full återbetalning av 1 899 kr när lampan har skickats tillbaka.",
    bot_lines=("Assistent: Hej, jag är Klarnas assistent. Hur kan jag hjälpa dig?",
               "Jag: Min lampa kom trasig och jag ska ändå betala nästa delbetalning.",
               "Assistent: Har du kontaktat handlaren?",
               "Jag: Ja, tre gånger, utan svar. Jag vill prata med en handläggare.",
               "Assistent: Jag kopplar dig vidare till en handläggare."),
    human_summary="Tvist öppnad, betalningar pausade; skicka foton på paketet.",
    promise_one="Betalningar pausade medan tvisten utreds",
    phone_summary="Betalningspåminnelse trots paus. Jag bad att få prata med en chef.",
    promise_two="Återbetalning inom 5 arbetsdagar",
    letter_summary="Skriftligt klagomål skickat som rekommenderat brev.",
    email_subject="Ditt klagomål KL-REF-0000558812-AB",
    email_summary="Klagomålet är mottaget; svar utlovat inom 15 dagar.",
    bot_name="Klarnas assistent", proof_title="Inlämningskvitto",
    proof_text="PostNord – inlämningskvitto\nRekommenderat brev 1A00112233445\n2026-11-12",
    photo_title="Sönderriven kartong vid leveransen",
    proof_file="inlamningskvitto.txt", mail_file="svar-fran-klarna.eml",
)

STORIES = {"en": ENGLISH, "fr": FRENCH, "de": GERMAN, "sv": SWEDISH}
COUNTRIES = ("AT", "BE", "DE", "FR", "GB", "IE", "NL", "NO", "SE", "US", "ES")  # ES: generic rules
ZONES = {"AT": "Europe/Vienna", "BE": "Europe/Brussels", "DE": "Europe/Berlin",
         "FR": "Europe/Paris", "GB": "Europe/London", "IE": "Europe/Dublin",
         "NL": "Europe/Amsterdam", "NO": "Europe/Oslo", "SE": "Europe/Stockholm",
         "US": "America/New_York", "ES": "Europe/Madrid"}
CURRENCIES = {"FR": "EUR", "DE": "EUR", "GB": "GBP", "SE": "SEK", "AT": "EUR", "BE": "EUR",
              "IE": "EUR", "NL": "EUR", "NO": "NOK", "US": "USD", "ES": "EUR"}

REFERENCES = ("C-77119", "C-77120", "PH-4471-20/77", "1A00112233445", "KL-REF-0000558812-AB")
ORDER_REF = "ML-2026/40417-B"
KLARNA_REF = "K-7731-0042-FR"


def story_names(story: Story) -> tuple[str, ...]:
    """The names and references of ``story``: the person's or Klarna's own, not words of a language."""
    return (story.consumer, story.merchant, story.bot_name, story.email, *story.address.splitlines(),
            "Inès Duval", "Malik Osei", *REFERENCES, ORDER_REF, KLARNA_REF, story.proof_file,
            story.mail_file, story.zone)


def story_texts(story: Story) -> tuple[str, ...]:
    """The person's own words in ``story`` (transcripts, summaries, titles), in its language."""
    return (story.title, story.problem, story.remedy, *story.bot_lines, story.human_summary,
            story.promise_one, story.phone_summary, story.promise_two, story.letter_summary,
            story.email_subject, story.email_summary, story.proof_title, story.proof_text,
            story.photo_title)


def _transcript(story: Story, repeat: int) -> str:
    return "\n".join(story.bot_lines * repeat)


def _gps_photo(path: Path) -> None:
    image = Image.new("RGB", (320, 240), (150, 110, 70))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (45.0, 45.0, 30.0)
    gps[3], gps[4] = "E", (4.0, 50.0, 10.0)
    exif[0x010F] = "PhoneMaker"
    image.save(path, format="JPEG", quality=90, exif=exif.tobytes())


def _eml(story: Story) -> str:
    return ("From: Klarna <service@klarna.test>\n"
            f"To: {story.email}\n"
            f"Subject: {story.email_subject}\n"
            "Date: Fri, 20 Nov 2026 10:14:00 +0100\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"XX\"\n\n"
            "--XX\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{story.email_summary}\nRef. KL-REF-0000558812-AB\n\n"
            "--XX\nContent-Type: application/pdf\n"
            "Content-Disposition: attachment; filename=\"conditions.pdf\"\n\n"
            "JVBERi0xLjQK\n--XX--\n")


def build_case(workspace: Workspace, story: Story) -> int:
    """Create the case of ``story`` and return its id."""
    zone = ZoneInfo(story.zone)

    def at(month: int, day: int, hour: int, minute: int) -> datetime:
        return datetime(2026, month, day, hour, minute, tzinfo=zone)

    case_id = workspace.cases.create(CaseInput(
        title=story.title, merchant=story.merchant, country=story.country,
        product=Product.PAY_IN_3_4, order_ref=ORDER_REF, klarna_ref=KLARNA_REF,
        amount=Decimal("1899.00" if story.country in ("SE", "NO") else "189.90"),
        currency=CURRENCIES[story.country],
        purchase_date=date(2026, 9, 28), problem=ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED,
        problem_text=story.problem, remedy=story.remedy, consumer_name=story.consumer,
        consumer_email=story.email, consumer_address=story.address))
    journal = workspace.journal
    journal.log(case_id, InteractionInput(
        occurred_at=at(10, 7, 17, 55), zone=story.zone, channel=Channel.CHAT,
        agent_name=story.bot_name, agent_kind=AgentKind.BOT, reference=REFERENCES[0],
        wait_minutes=1, summary=story.bot_lines[2], transcript=_transcript(story, 12),
        asked_for_human=True, transferred_to="Inès Duval", outcome=Outcome.TRANSFERRED))
    chat = journal.log(case_id, InteractionInput(
        occurred_at=at(10, 7, 18, 2), zone=story.zone, channel=Channel.CHAT,
        agent_name="Inès Duval", agent_kind=AgentKind.HUMAN, reference=REFERENCES[1],
        summary=story.human_summary, transcript=_transcript(story, 1), outcome=Outcome.PROMISE),
        PromiseInput(story.promise_one, date(2026, 10, 28)))
    phone = journal.log(case_id, InteractionInput(
        occurred_at=at(11, 3, 0, 20), zone=story.zone, channel=Channel.PHONE,
        agent_name="Malik Osei", agent_kind=AgentKind.HUMAN, reference=REFERENCES[2],
        wait_minutes=22, call_minutes=14, asked_for_human=True, summary=story.phone_summary,
        outcome=Outcome.PROMISE), PromiseInput(story.promise_two, date(2026, 11, 9)))
    journal.record_stage(case_id, StageInput(
        stage=Stage.SUPERVISOR_REQUESTED, occurred_at=at(11, 3, 0, 35), zone=story.zone,
        reference=REFERENCES[2]))
    letter = journal.log(case_id, InteractionInput(
        occurred_at=at(11, 12, 10, 0), zone=story.zone, channel=Channel.LETTER,
        tracking_number=REFERENCES[3], summary=story.letter_summary, outcome=Outcome.PENDING))
    journal.record_stage(case_id, StageInput(
        stage=Stage.FORMAL_COMPLAINT, occurred_at=at(11, 12, 10, 5), zone=story.zone,
        reference=REFERENCES[3]))
    mail = journal.log(case_id, InteractionInput(
        occurred_at=at(11, 20, 10, 14), zone=story.zone, channel=Channel.EMAIL,
        direction=Direction.FROM_KLARNA, reference=REFERENCES[4],
        email_subject=story.email_subject, summary=story.email_summary,
        outcome=Outcome.PENDING))
    promises = {p.interaction_id: p.id for p in workspace.cases.detail(case_id).promises}
    journal.settle_promise(promises[chat], kept=False, by_interaction=phone,
                           note=story.phone_summary)
    with tempfile.TemporaryDirectory() as folder:
        photo = Path(folder) / "parcel.jpg"
        _gps_photo(photo)
        workspace.evidence.attach(case_id, photo, title=story.photo_title,
                                  document_date=date(2026, 10, 6))
        chat_file = Path(folder) / "chat-C-77120.txt"
        chat_file.write_text(_transcript(story, 1), encoding="utf-8")
        workspace.evidence.attach(case_id, chat_file, title=story.human_summary, interaction_id=chat)
        proof = Path(folder) / story.proof_file
        proof.write_text(story.proof_text, encoding="utf-8")
        workspace.evidence.attach(case_id, proof, title=story.proof_title, interaction_id=letter,
                                  document_date=date(2026, 11, 12))
        eml = Path(folder) / story.mail_file
        eml.write_text(_eml(story), encoding="utf-8")
        workspace.evidence.attach(case_id, eml, title=story.email_subject, interaction_id=mail,
                                  document_date=date(2026, 11, 20))
    return case_id
