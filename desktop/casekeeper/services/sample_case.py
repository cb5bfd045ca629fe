"""A realistic sample dispute in each language, built through the services, for first run, demos and tests."""

from __future__ import annotations

import struct
import tempfile
import zlib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import AgentKind, Channel, Outcome, ProblemCategory, Product, Stage
from casekeeper.services.workspace import Workspace

# The sample's words in each language the app speaks: a damaged parcel in the person's own
# country and language (a German window gets a German case in Germany, never a French one).
SAMPLES: dict[str, dict[str, str]] = {
    "fr": {
        "country": "FR", "zone": "Europe/Paris", "currency": "EUR", "amount": "189.90",
        "title": "Colis arrivé endommagé – paiement toujours exigé", "merchant": "Maison Lumière",
        "order": "ML-40417", "klarna_ref": "K-7731-FR",
        "problem": "La lampe commandée est arrivée cassée, carton déchiré. Le marchand ne répond plus.",
        "remedy": "Le remboursement intégral après retour de la lampe.",
        "name": "Camille Martin", "email": "camille.martin@example.org",
        "bot": "Assistant Klarna",
        "bot_summary": "L'assistant automatique propose seulement de contacter le marchand.",
        "bot_transcript": ("Assistant : Avez-vous contacté le marchand ?\nMoi : Oui, sans réponse. Je "
            "veux un humain."),
        "agent1": "Ines Duval",
        "chat_summary": "Litige ouvert, paiements suspendus ; envoyer les photos du colis.",
        "chat_promise": "Paiements suspendus pendant l'examen du litige",
        "agent2": "Malik Osei", "number": "01 73 28 81 88",
        "phone_summary": "Rappel de paiement reçu malgré la suspension. J'ai demandé un superviseur.",
        "phone_promise": "Remboursement sous 5 jours ouvrés",
        "supervisor_note": "Superviseur demandé au téléphone ; rappel promis.",
        "tracking": "1A00112233445", "letter_summary": "Lettre recommandée avec AR : réclamation écrite.",
        "complaint_note": "Réclamation formelle envoyée par lettre recommandée.",
        "broken_note": "Aucun remboursement au 10 novembre.",
        "photo1": "colis-carton.png", "photo1_title": "Carton déchiré à la livraison",
        "photo2": "lampe-cassee.png", "photo2_title": "Lampe cassée",
        "proof": "preuve-de-depot.txt", "proof_title": "Preuve de dépôt",
        "proof_text": "La Poste – preuve de dépôt\nLettre recommandée {tracking}\n12/11/2026",
    },
    "de": {
        "country": "DE", "zone": "Europe/Berlin", "currency": "EUR", "amount": "189.90",
        "title": "Paket beschädigt angekommen – Zahlung wird trotzdem verlangt", "merchant": "Lichthaus GmbH",
        "order": "LH-40417", "klarna_ref": "K-7731-DE",
        "problem": ("Die bestellte Lampe kam zerbrochen an, der Karton war eingerissen. Der Händler "
            "antwortet nicht mehr."),
        "remedy": "Volle Erstattung nach Rücksendung der Lampe.",
        "name": "Julia Becker", "email": "julia.becker@example.org",
        "bot": "Klarna-Assistent",
        "bot_summary": "Der automatische Assistent schlägt nur vor, den Händler zu kontaktieren.",
        "bot_transcript": ("Assistent: Haben Sie den Händler kontaktiert?\nIch: Ja, ohne Antwort. Ich "
            "möchte einen Menschen sprechen."),
        "agent1": "Lena Vogt",
        "chat_summary": "Streitfall eröffnet, Zahlungen pausiert; Fotos des Pakets schicken.",
        "chat_promise": "Zahlungen pausiert, solange der Streitfall geprüft wird",
        "agent2": "Jonas Weber", "number": "",
        "phone_summary": "Zahlungserinnerung trotz Pause erhalten. Ich habe nach einer Teamleitung gefragt.",
        "phone_promise": "Erstattung innerhalb von 5 Werktagen",
        "supervisor_note": "Teamleitung am Telefon verlangt; Rückruf zugesagt.",
        "tracking": "RR123456785DE",
        "letter_summary": "Einschreiben mit Rückschein: schriftliche Beschwerde.",
        "complaint_note": "Förmliche Beschwerde per Einschreiben geschickt.",
        "broken_note": "Bis zum 10. November keine Erstattung.",
        "photo1": "paket-karton.png", "photo1_title": "Eingerissener Karton bei der Lieferung",
        "photo2": "lampe-zerbrochen.png", "photo2_title": "Zerbrochene Lampe",
        "proof": "einlieferungsbeleg.txt", "proof_title": "Einlieferungsbeleg",
        "proof_text": "Deutsche Post – Einlieferungsbeleg\nEinschreiben {tracking}\n12.11.2026",
    },
    "sv": {
        "country": "SE", "zone": "Europe/Stockholm", "currency": "SEK", "amount": "2149.00",
        "title": "Paketet kom skadat – betalningen krävs ändå", "merchant": "Ljushuset AB",
        "order": "LJ-40417", "klarna_ref": "K-7731-SE",
        "problem": ("Lampan jag beställde kom trasig och kartongen var sönderriven. Butiken svarar inte "
            "längre."),
        "remedy": "Full återbetalning när lampan har skickats tillbaka.",
        "name": "Sara Lindqvist", "email": "sara.lindqvist@example.org",
        "bot": "Klarnas assistent",
        "bot_summary": "Den automatiska assistenten föreslår bara att jag kontaktar butiken.",
        "bot_transcript": ("Assistent: Har du kontaktat butiken?\nJag: Ja, utan svar. Jag vill prata med "
            "en människa."),
        "agent1": "Elin Berg",
        "chat_summary": "Ärendet öppnat, betalningarna pausade; skicka bilder på paketet.",
        "chat_promise": "Betalningarna pausas medan ärendet utreds",
        "agent2": "Oskar Nilsson", "number": "",
        "phone_summary": "Fick en betalningspåminnelse trots pausen. Jag bad att få prata med en chef.",
        "phone_promise": "Återbetalning inom 5 bankdagar",
        "supervisor_note": "Bad om en chef i telefon; de lovade att ringa tillbaka.",
        "tracking": "RR123456785SE",
        "letter_summary": "Rekommenderat brev med mottagningsbevis: skriftligt klagomål.",
        "complaint_note": "Formellt klagomål skickat som rekommenderat brev.",
        "broken_note": "Ingen återbetalning den 10 november.",
        "photo1": "paket-kartong.png", "photo1_title": "Sönderriven kartong vid leveransen",
        "photo2": "lampa-trasig.png", "photo2_title": "Trasig lampa",
        "proof": "inlamningskvitto.txt", "proof_title": "Inlämningskvitto",
        "proof_text": "PostNord – inlämningskvitto\nRekommenderat brev {tracking}\n2026-11-12",
    },
    "en": {
        "country": "GB", "zone": "Europe/London", "currency": "GBP", "amount": "159.90",
        "title": "Parcel arrived damaged – payment still demanded", "merchant": "Lumière Home Ltd",
        "order": "LH-40417", "klarna_ref": "K-7731-UK",
        "problem": "The lamp I ordered arrived broken, in a torn box. The shop no longer answers.",
        "remedy": "A full refund once the lamp is returned.",
        "name": "Emma Clarke", "email": "emma.clarke@example.org",
        "bot": "Klarna assistant",
        "bot_summary": "The automated assistant only suggests contacting the shop.",
        "bot_transcript": "Assistant: Have you contacted the shop?\nMe: Yes, no answer. I want a person.",
        "agent1": "Hannah Price",
        "chat_summary": "Dispute opened, payments paused; send photos of the parcel.",
        "chat_promise": "Payments paused while the dispute is reviewed",
        "agent2": "Daniel Shaw", "number": "",
        "phone_summary": "Payment reminder received despite the pause. I asked for a supervisor.",
        "phone_promise": "Refund within 5 working days",
        "supervisor_note": "Supervisor requested on the phone; a call back promised.",
        "tracking": "RR123456785GB", "letter_summary": "Recorded delivery: written complaint.",
        "complaint_note": "Formal complaint sent by recorded delivery.",
        "broken_note": "No refund by 10 November.",
        "photo1": "parcel-box.png", "photo1_title": "Torn box on delivery",
        "photo2": "lamp-broken.png", "photo2_title": "Broken lamp",
        "proof": "proof-of-postage.txt", "proof_title": "Proof of postage",
        "proof_text": "Royal Mail – proof of postage\nSigned For {tracking}\n12/11/2026",
    },
}


def _png(width: int, height: int, seed: int) -> bytes:
    """A small PNG photo stand-in (brown parcel tones with a dark tear), with no extra library."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            tear = abs((x - width // 2) - (y - height // 2) // 2) < 3 + seed
            shade = 40 if tear else 150 + ((x * 7 + y * 3 + seed * 11) % 40)
            row += bytes((shade, int(shade * 0.75), int(shade * 0.45)))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def create_sample_case(workspace: Workspace, *, example: bool = True, language: str = "fr") -> int:
    """A damaged parcel paid with Klarna, six weeks into the dispute, in ``language`` and its
    country (French in France, German in Germany, Swedish in Sweden, English in the UK); return
    its id.

    The welcome's copy is marked as an example (labelled, no reminders); tests and screenshots
    may make it an ordinary case with ``example=False``.
    """
    words = SAMPLES.get(language, SAMPLES["en"])
    zone = words["zone"]

    def at(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
        return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))

    case_id = workspace.cases.create(CaseInput(
        title=words["title"], merchant=words["merchant"],
        country=words["country"], product=Product.PAY_IN_3_4, order_ref=words["order"],
        klarna_ref=words["klarna_ref"], amount=Decimal(words["amount"]), currency=words["currency"],
        purchase_date=date(2026, 9, 28), problem=ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED,
        problem_text=words["problem"], remedy=words["remedy"], consumer_name=words["name"],
        consumer_email=words["email"]), example=example)
    journal = workspace.journal
    journal.log(case_id, InteractionInput(
        occurred_at=at(2026, 10, 7, 17, 55), zone=zone, channel=Channel.CHAT,
        agent_name=words["bot"], agent_kind=AgentKind.BOT, reference="C-77119", wait_minutes=1,
        summary=words["bot_summary"], transcript=words["bot_transcript"],
        asked_for_human=True, transferred_to=words["agent1"], outcome=Outcome.TRANSFERRED))
    chat = journal.log(case_id, InteractionInput(
        occurred_at=at(2026, 10, 7, 18, 2), zone=zone, channel=Channel.CHAT,
        agent_name=words["agent1"], agent_kind=AgentKind.HUMAN, reference="C-77120",
        summary=words["chat_summary"], outcome=Outcome.PROMISE),
        PromiseInput(words["chat_promise"], date(2026, 10, 28)))
    phone = journal.log(case_id, InteractionInput(
        occurred_at=at(2026, 11, 2, 15, 20), zone=zone, channel=Channel.PHONE,
        agent_name=words["agent2"], agent_kind=AgentKind.HUMAN, reference="PH-30981",
        number_dialled=words["number"], wait_minutes=22, call_minutes=14, asked_for_human=True,
        summary=words["phone_summary"], outcome=Outcome.PROMISE),
        PromiseInput(words["phone_promise"], date(2026, 11, 9)))
    journal.record_stage(case_id, StageInput(
        stage=Stage.SUPERVISOR_REQUESTED, occurred_at=at(2026, 11, 2, 15, 35), zone=zone,
        reference="PH-30981", note=words["supervisor_note"]))
    tracking = words["tracking"]
    letter = journal.log(case_id, InteractionInput(
        occurred_at=at(2026, 11, 12, 10, 0), zone=zone, channel=Channel.LETTER,
        tracking_number=tracking, summary=words["letter_summary"], outcome=Outcome.PENDING))
    journal.record_stage(case_id, StageInput(
        stage=Stage.FORMAL_COMPLAINT, occurred_at=at(2026, 11, 12, 10, 5), zone=zone,
        reference=tracking, note=words["complaint_note"]))
    promises = {promise.interaction_id: promise.id for promise in workspace.cases.detail(case_id).promises}
    journal.settle_promise(promises[phone], kept=False, note=words["broken_note"])
    journal.settle_promise(promises[chat], kept=False, by_interaction=phone)
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, title) in enumerate(((words["photo1"], words["photo1_title"]),
                                                (words["photo2"], words["photo2_title"]))):
            path = Path(folder) / name
            path.write_bytes(_png(96, 72, number))
            workspace.evidence.attach(case_id, path, title=title, document_date=date(2026, 10, 6))
        proof = Path(folder) / words["proof"]
        proof.write_text(words["proof_text"].format(tracking=tracking), encoding="utf-8")
        workspace.evidence.attach(case_id, proof, title=words["proof_title"], interaction_id=letter,
                                  document_date=date(2026, 11, 12))
    return case_id
