"""Letter sentences that depend on what the journal holds (answers, lists, GDPR items)."""

from __future__ import annotations

from casekeeper.export.letters.draft import LetterKind

PHRASES: dict[str, tuple[str, str]] = {
    "letter_ref": (" (recorded letter {letter_no})", " (lettre recommandée n° {letter_no})"),
    "complaint_due": (
        " within the time your procedure gives, which ended on {complaint_due}",
        " dans le délai de votre procédure, qui a pris fin le {complaint_due}",
    ),
    "answer_none": (
        "I have not received a final response to it.",
        "Je n'ai pas reçu de réponse définitive à cette réclamation.",
    ),
    "answer_got": (
        "The last message I received from Klarna, on {answer_date}{answer_ref}, does not settle "
        "it.",
        "Le dernier message reçu de Klarna, le {answer_date}{answer_ref}, ne règle pas le "
        "litige.",
    ),
    "final_none": (
        "No final response reached me within the time their procedure gives{complaint_due_end}.",
        "Aucune réponse définitive ne m'est parvenue dans le délai de leur procédure"
        "{complaint_due_end}.",
    ),
    "final_none_end": (", which ended on {complaint_due}", ", qui a pris fin le {complaint_due}"),
    "final_got": (
        "Their last message, of {answer_date}{answer_ref}, does not settle the dispute.",
        "Leur dernier message, du {answer_date}{answer_ref}, ne règle pas le litige.",
    ),
    "dossier_enclosed": (
        "The enclosed file sets out the facts, every contact I had with them and the documents "
        "I kept.",
        "Le dossier joint présente les faits, chacun de mes contacts avec eux et les documents "
        "que j'ai conservés.",
    ),
    "gdpr_items": (
        "– a copy of that data (Article 15(3)), in particular the recordings of my telephone "
        "calls and the transcripts of my chats with your customer service since {first_contact}, "
        "and the notes made on my account about this dispute;\n"
        "– the purposes of the processing, the categories of data, the recipients, how long "
        "the data will be kept, where it was obtained, and whether automated decision-making is "
        "used (Article 15(1)).",
        "– une copie de ces données (article 15, paragraphe 3), en particulier les "
        "enregistrements de mes appels et les transcriptions de mes échanges par chat avec votre "
        "service client depuis le {first_contact}, ainsi que les notes portées à mon dossier au "
        "sujet de ce litige ;\n"
        "– les finalités du traitement, les catégories de données, les destinataires, la durée "
        "de conservation, la source des données et l'existence d'une prise de décision "
        "automatisée (article 15, paragraphe 1).",
    ),
    "gdpr_limit": (
        "Article 12(3) of the Regulation asks you to answer within one month of receiving this "
        "request. That period may be extended by two further months "
        "where necessary; you would then tell me so, with the reasons, within the first month. "
        "My account and order references are given above to help you find my data.",
        "L'article 12, paragraphe 3, du règlement prévoit une réponse dans un délai d'un mois à "
        "compter de la réception de cette demande. Ce délai "
        "peut être prolongé de deux mois si nécessaire ; vous m'en informeriez alors, motifs à "
        "l'appui, dans le premier mois. Mes références de compte et de commande figurent "
        "ci-dessus pour faciliter vos recherches.",
    ),
    "examine": (
        "I would be grateful if you would examine my dispute. I remain available for any further "
        "information.",
        "Je vous remercie de bien vouloir examiner mon litige. Je reste à votre disposition pour "
        "toute information complémentaire.",
    ),
    "chaser_by": (
        "Please answer by {chaser_by}.",
        "Merci de me répondre au plus tard le {chaser_by}.",
    ),
    "chaser_next": (
        "Without an answer by then, I will send you a formal complaint.",
        "Sans réponse à cette date, je vous adresserai une réclamation formelle.",
    ),
    "dpo": ("Data Protection Officer", "Délégué à la protection des données"),
    "dossier": ("Dispute file (dossier) with its exhibits", "Dossier de litige et ses pièces"),
}

ENDINGS: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.DATA_ACCESS_REQUEST: ("gdpr_items", "gdpr_limit"),
    LetterKind.EXTERNAL_BODY_COVER: ("dossier_enclosed", "examine"),
}


def pick(pair: tuple[str, str], language: str) -> str:
    """The French or English member of a pair."""
    return pair[1] if language == "fr" else pair[0]
