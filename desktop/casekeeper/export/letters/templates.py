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
        "Recorded delivery (signed for)",
        "Lettre recommandée avec accusé de réception",
    ),
    "subject_word": ("Subject: ", "Objet : "),
    "refs_word": ("Your references: ", "Vos références : "),
    "refs_account": ("Klarna account {account}", "compte Klarna {account}"),
    "refs_order": ("order {order}", "commande n° {order}"),
    "refs_klarna": ("Klarna reference {klarna_ref}", "référence Klarna {klarna_ref}"),
    "refs_letter": ("my recorded letter {letter_no}", "ma lettre recommandée n° {letter_no}"),
    "facts": (
        "On {purchase_date} I bought from {merchant} for {amount}, paid with Klarna ({product}) "
        "under order number {order}. The disputed amount is {amount}; the transaction date is "
        "{purchase_date}.",
        "Le {purchase_date}, j'ai acheté auprès du commerçant {merchant} pour {amount}, payé avec "
        "Klarna ({product}), commande n° {order}. Le montant contesté est de {amount} ; la date "
        "de la transaction est le {purchase_date}.",
    ),
    "problem": ("The problem: {problem}", "Le problème : {problem}"),
    "history": (
        "I have contacted Klarna {count} times since {first_contact}:",
        "J'ai contacté Klarna {count} fois depuis le {first_contact} :",
    ),
    "history_recent": (
        "I have contacted Klarna {count} times since {first_contact}; the latest contacts:",
        "J'ai contacté Klarna {count} fois depuis le {first_contact} ; les derniers échanges :",
    ),
    "contact_line": ("– {when}, {channel}{reference}: {outcome}", "– le {when}, {channel}"
                     "{reference} : {outcome}"),
    "contact_ref": (" (ref. {ref})", " (réf. {ref})"),
    "remedy": ("The resolution I ask for: {remedy}", "La solution que je demande : {remedy}"),
    "enclosed": (
        "I enclose copies of the documents listed below.",
        "Vous trouverez ci-joint la copie des documents listés ci-dessous.",
    ),
    "reply_to": (
        "Please reply in writing to my postal address above{email}.",
        "Merci de me répondre par écrit à mon adresse postale ci-dessus{email}.",
    ),
    "reply_to_no_address": (
        "Please reply in writing{email}.",
        "Merci de me répondre par écrit{email}.",
    ),
    "or_email": (" or by e-mail to {email}", " ou par e-mail à {email}"),
    "enclosures": ("Enclosures", "Pièces jointes"),
    "not_given": ("[to complete]", "[à compléter]"),
    "through": ("Sent through Klarna's customer service: {url}",
                "Envoyé via le service client de Klarna : {url}"),
    "customer_service": ("your customer service", "votre service client"),
    "reply_by": (
        "Please send me your answer by {reply_by} at the latest ({clock} from this letter, the "
        "time your complaints procedure gives).",
        "Merci de me faire parvenir votre réponse au plus tard le {reply_by} ({clock} à compter "
        "de ce courrier, le délai de votre procédure de réclamation).",
    ),
    "reply_by_plain": (
        "Please send me your answer by {reply_by} at the latest.",
        "Merci de me faire parvenir votre réponse au plus tard le {reply_by}.",
    ),
    "next_if_silent": (
        "If I have no satisfactory answer by then, I will take my complaint to the next step: "
        "{next_handler}.",
        "Sans réponse satisfaisante de votre part à cette date, je porterai ma réclamation à "
        "l'étape suivante : {next_handler}.",
    ),
}

SUBJECTS: dict[LetterKind, tuple[str, str]] = {
    LetterKind.FORMAL_COMPLAINT: (
        "Formal complaint – order {order}",
        "Réclamation formelle – commande n° {order}",
    ),
    LetterKind.FINAL_RESPONSE_REQUEST: (
        "Request for your final response – order {order}",
        "Demande de réponse définitive – commande n° {order}",
    ),
    LetterKind.PROMISE_CHASER: (
        "Your commitment of {promise_made_on} – order {order}",
        "Votre engagement du {promise_made_on} – commande n° {order}",
    ),
    LetterKind.INTERNAL_REVIEW: (
        "Request for review of my complaint – order {order}",
        "Demande de réexamen de ma réclamation – commande n° {order}",
    ),
    LetterKind.DATA_ACCESS_REQUEST: (
        "Request for access to my personal data (GDPR, Article 15)",
        "Demande d'accès à mes données personnelles (RGPD, article 15)",
    ),
    LetterKind.EXTERNAL_BODY_COVER: (
        "Referral of my dispute with {company} – order {order}",
        "Saisine concernant mon litige avec {company} – commande n° {order}",
    ),
}

OPENINGS: dict[LetterKind, tuple[str, str]] = {
    LetterKind.FORMAL_COMPLAINT: (
        "I am writing to make a formal complaint about the handling of my purchase described "
        "below, which has not been resolved through your customer service.",
        "Je vous adresse une réclamation formelle concernant le traitement de l'achat décrit "
        "ci-dessous, qui n'a pas été résolu par votre service client.",
    ),
    LetterKind.FINAL_RESPONSE_REQUEST: (
        "On {complaint_date} I sent you a formal complaint{letter_ref}. I have not received your "
        "final response{complaint_due_words}. Please send me your final response in writing, "
        "stating your position and the reasons for it.",
        "Le {complaint_date}, je vous ai adressé une réclamation formelle{letter_ref}. Je n'ai "
        "pas reçu votre réponse définitive{complaint_due_words}. Merci de me l'adresser par "
        "écrit, en indiquant votre position et ses motifs.",
    ),
    LetterKind.PROMISE_CHASER: (
        "On {promise_made_on}, {promise_made_by} told me{promise_where}: \u201c{promise_text}\u201d, "
        "by {promise_due}. As of today this has not happened. Please tell me in writing when it "
        "will be done.",
        "Le {promise_made_on}, {promise_made_by} m'a indiqué{promise_where} : « {promise_text} », "
        "pour le {promise_due}. À ce jour, cela n'a pas été fait. Merci de m'indiquer par écrit "
        "quand ce sera fait.",
    ),
    LetterKind.INTERNAL_REVIEW: (
        "I ask for my complaint of {complaint_date}{letter_ref} to be reviewed. {answer_state}",
        "Je demande le réexamen de ma réclamation du {complaint_date}{letter_ref}. {answer_state}",
    ),
    LetterKind.DATA_ACCESS_REQUEST: (
        "Under Article 15(1) and (3) of Regulation (EU) 2016/679 (General Data Protection "
        "Regulation), I ask you to confirm whether you process personal data about me and, if "
        "so, to give me:",
        "En application de l'article 15, paragraphes 1 et 3, du règlement (UE) 2016/679 "
        "(règlement général sur la protection des données), je vous demande de me confirmer si "
        "vous traitez des données personnelles me concernant et, dans ce cas, de me communiquer :",
    ),
    LetterKind.EXTERNAL_BODY_COVER: (
        "I ask you to examine my dispute with {company}, the company I complain about. I made a "
        "formal complaint to them on {complaint_date}{letter_ref}. {final_state}",
        "Je vous saisis de mon litige avec {company}, la société contre laquelle je réclame. Je "
        "lui ai adressé une réclamation formelle le {complaint_date}{letter_ref}. {final_state}",
    ),
}
