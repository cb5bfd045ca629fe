"""The wording of each letter in English and French; ``{fields}`` are filled from the case."""

from __future__ import annotations

from casekeeper.export.letters.draft import LetterKind

COMMON: dict[str, tuple[str, str]] = {
    "salutation": ("Dear Sir or Madam,", "Madame, Monsieur,"),
    "closing": (
        "Yours faithfully,",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    ),
    "registered": (
        "Registered letter with acknowledgement of receipt",
        "Lettre recommandée avec accusé de réception",
    ),
    "by_email": ("Sent by e-mail / web form", "Envoyé par e-mail / formulaire"),
    "refs_account": ("Klarna account: {account}", "Compte Klarna : {account}"),
    "refs_order": ("Order number: {order}", "Numéro de commande : {order}"),
    "refs_klarna": ("Klarna reference: {klarna_ref}", "Référence Klarna : {klarna_ref}"),
    "facts": (
        "On {purchase_date} I bought from {merchant} for {amount}, paid with Klarna ({product}) "
        "under order number {order}. The disputed amount is {amount}; the transaction date is "
        "{purchase_date}.",
        "Le {purchase_date}, j'ai acheté auprès du commerçant {merchant} pour {amount}, payé "
        "avec Klarna "
        "({product}), commande n° {order}. Le montant contesté est de {amount} ; la date de la "
        "transaction est le {purchase_date}.",
    ),
    "problem": ("The problem: {problem}", "Le problème : {problem}"),
    "history": (
        "I have contacted Klarna {count} times since {first_contact}:",
        "J'ai contacté Klarna {count} fois depuis le {first_contact} :",
    ),
    "contact_line": (
        "- {when}, {channel}{reference}: {outcome}",
        "- {when}, {channel}{reference} : {outcome}",
    ),
    "remedy": ("The resolution I ask for: {remedy}", "La solution que je demande : {remedy}"),
    "enclosed": (
        "I enclose copies of the documents listed below.",
        "Vous trouverez ci-joint la copie des documents listés ci-dessous.",
    ),
    "reply_to": (
        "Please reply in writing to the address above{email}.",
        "Merci de me répondre par écrit à l'adresse ci-dessus{email}.",
    ),
    "or_email": (" or to {email}", " ou à {email}"),
    "enclosures": ("Enclosures", "Pièces jointes"),
    "not_given": ("[to complete]", "[à compléter]"),
}

SUBJECTS: dict[LetterKind, tuple[str, str]] = {
    LetterKind.FORMAL_COMPLAINT: (
        "Formal complaint – order {order}",
        "Réclamation formelle – commande {order}",
    ),
    LetterKind.FINAL_RESPONSE_REQUEST: (
        "Request for your final response – order {order}",
        "Demande de réponse définitive – commande {order}",
    ),
    LetterKind.PROMISE_CHASER: (
        "Follow-up on your commitment of {promise_made_on} – order {order}",
        "Suite à votre engagement du {promise_made_on} – commande {order}",
    ),
    LetterKind.INTERNAL_REVIEW: (
        "Request for review of my complaint – order {order}",
        "Demande de réexamen de ma réclamation – commande {order}",
    ),
    LetterKind.DATA_ACCESS_REQUEST: (
        "Access request under Article 15 GDPR",
        "Demande d'accès au titre de l'article 15 du RGPD",
    ),
    LetterKind.EXTERNAL_BODY_COVER: (
        "Referral of my dispute with {entity} – order {order}",
        "Saisine concernant mon litige avec {entity} – commande {order}",
    ),
}

OPENINGS: dict[LetterKind, tuple[str, str]] = {
    LetterKind.FORMAL_COMPLAINT: (
        "I am writing to make a formal complaint about the handling of my purchase described "
        "below, "
        "which has not been resolved through your customer service.",
        "Je vous adresse une réclamation formelle concernant le traitement de l'achat décrit "
        "ci-dessous, qui n'a pas été résolu par votre service client.",
    ),
    LetterKind.FINAL_RESPONSE_REQUEST: (
        "I made a formal complaint on {complaint_date}. I have not yet received your final "
        "response. "
        "Please send me your final response in writing, stating your position and the reasons "
        "for it.",
        "J'ai déposé une réclamation formelle le {complaint_date}. Je n'ai pas encore reçu "
        "votre réponse "
        "définitive. Merci de me l'adresser par écrit, en indiquant votre position et ses motifs.",
    ),
    LetterKind.PROMISE_CHASER: (
        "On {promise_made_on}, {promise_made_by} told me: \u201c{promise_text}\u201d, by "
        "{promise_due}. "
        "As of today this has not happened. Please tell me in writing when it will be done.",
        "Le {promise_made_on}, {promise_made_by} m'a indiqué : « {promise_text} », pour le "
        "{promise_due}. "
        "À ce jour, cela n'a pas été fait. Merci de m'indiquer par écrit quand ce sera fait.",
    ),
    LetterKind.INTERNAL_REVIEW: (
        "I ask {entity}'s internal complaints reviewer to look again at my complaint of "
        "{complaint_date}, because the answer I received does not settle it.",
        "Je demande au médiateur interne de {entity} de réexaminer ma réclamation du "
        "{complaint_date}, "
        "car la réponse reçue ne règle pas le litige.",
    ),
    LetterKind.DATA_ACCESS_REQUEST: (
        "Under Article 15 of the General Data Protection Regulation I ask for a copy of the "
        "personal "
        "data you hold about me, in particular the recordings of my telephone calls and the "
        "transcripts of my chats with your customer service since {first_contact}, and the notes "
        "made on my account about this dispute.",
        "En application de l'article 15 du Règlement général sur la protection des données, "
        "je vous "
        "demande une copie des données personnelles me concernant, en particulier les "
        "enregistrements "
        "de mes appels et les transcriptions de mes échanges par chat avec votre service "
        "client depuis "
        "le {first_contact}, ainsi que les notes portées à mon dossier au sujet de ce litige.",
    ),
    LetterKind.EXTERNAL_BODY_COVER: (
        "I submit to you my dispute with {entity}. The enclosed file sets out the facts, every "
        "contact I had with them and the documents I kept.",
        "Je vous soumets mon litige avec {entity}. Le dossier joint présente les faits, "
        "chacun de mes "
        "contacts avec eux et les documents que j'ai conservés.",
    ),
}

ENDINGS: dict[LetterKind, tuple[str, str]] = {
    LetterKind.DATA_ACCESS_REQUEST: (
        "Please answer within one month of receiving this request, as the Regulation provides. "
        "My account and order references are given above to help you find my data.",
        "Merci de me répondre dans le délai d'un mois à compter de la réception de cette demande, "
        "comme le prévoit le Règlement. Mes références de compte et de commande figurent ci-dessus "
        "pour faciliter vos recherches.",
    ),
    LetterKind.EXTERNAL_BODY_COVER: (
        "I would be grateful if you would examine my dispute. I remain available for any further "
        "information.",
        "Je vous remercie de bien vouloir examiner mon litige. Je reste à votre disposition pour "
        "toute information complémentaire.",
    ),
}


def pick(pair: tuple[str, str], language: str) -> str:
    """The French or English member of a pair."""
    return pair[1] if language == "fr" else pair[0]
