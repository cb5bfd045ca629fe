"""The dossier's fixed wording in English and French, looked up by key (no Qt)."""

from __future__ import annotations

from casekeeper.export.i18n_journal import MESSAGES as JOURNAL_MESSAGES

_MESSAGES: dict[str, tuple[str, str]] = {
    "title": ("Dispute file", "Dossier de litige"),
    "page_of": ("page {page} of {total}", "page {page} sur {total}"),
    "generated": (
        "Generated {when} with Case Keeper {version}",
        "Généré le {when} avec Case Keeper {version}",
    ),
    "ref": ("Ref.", "Réf."),
    "summary": ("Summary", "Résumé"),
    "parties": ("Parties", "Parties"),
    "consumer": ("Consumer", "Consommateur"),
    "klarna_entity": ("Klarna entity", "Entité Klarna"),
    "merchant": ("Merchant", "Commerçant"),
    "country": ("Country", "Pays"),
    "product": ("Product", "Produit"),
    "problem_kind": ("Kind of problem", "Type de problème"),
    "order_ref": ("Order number", "Numéro de commande"),
    "klarna_ref": ("Klarna reference", "Référence Klarna"),
    "account": ("Klarna account", "Compte Klarna"),
    "amount": ("Amount", "Montant"),
    "purchase_date": ("Purchase date", "Date d'achat"),
    "problem": ("The problem", "Le problème"),
    "remedy": ("Remedy sought", "Solution demandée"),
    "current_stage": ("Current stage", "Étape actuelle"),
    "status": ("Status", "Statut"),
    "key_dates": ("Key dates", "Dates clés"),
    "first_contact": ("First contact", "Premier contact"),
    "complaint": ("Formal complaint", "Réclamation formelle"),
    "last_contact": ("Last contact", "Dernier contact"),
    "disputed_for": ("Disputed for {days} days", "En litige depuis {days} jours"),
    "contacts_count": (
        "{n} contacts logged, {p} promises ({b} broken), {e} exhibits",
        "{n} contacts consignés, {p} promesses ({b} non tenues), {e} pièces",
    ),
    "generated_on": ("Generated on", "Généré le"),
    "app_version": ("App version", "Version de l'application"),
    "evidence_fp": (
        "Evidence list fingerprint (SHA-256)",
        "Empreinte de la liste des pièces (SHA-256)",
    ),
    "period": ("Period covered", "Période couverte"),
    "period_all": ("whole case", "tout le dossier"),
    "period_from_to": ("{start} to {end}", "du {start} au {end}"),
    "redacted_note": (
        "Personal details are masked in this copy.",
        "Les données personnelles sont masquées dans cet exemplaire.",
    ),
    "none": ("none", "aucun"),
    "not_given": ("not given", "non renseigné"),
    # deadlines
    "deadlines": ("Deadlines", "Délais"),
    "deadlines_intro": (
        "Each clock, when it started, when it ran out and what actually happened.",
        "Chaque délai, ce qui l'a déclenché, son échéance et ce qui s'est passé.",
    ),
    "col_clock": ("Clock", "Délai"),
    "col_started_by": ("Started by", "Déclenché par"),
    "col_due": ("Due", "Échéance"),
    "col_happened": ("What happened", "Ce qui s'est passé"),
    "col_status": ("Status", "Statut"),
    "col_source": ("Source", "Source"),
    "happened_on": ("done on {date}", "fait le {date}"),
    "broken": ("promise broken", "promesse non tenue"),
    "broken_on": ("promise broken (shown on {date})", "promesse non tenue (constaté le {date})"),
    "nothing_yet": ("nothing yet", "rien pour l'instant"),
    "st_met": ("met", "respecté"),
    "st_missed": ("missed by {n} days", "dépassé de {n} jours"),
    "st_missed_one": ("missed by 1 day", "dépassé de 1 jour"),
    "st_pending": ("pending", "en cours"),
    "st_overdue": ("overdue by {n} days", "en retard de {n} jours"),
    "st_overdue_one": ("overdue by 1 day", "en retard de 1 jour"),
    "unverified": ("unverified", "non vérifié"),
    "advice": ("What Case Keeper suggests next", "Ce que Case Keeper suggère ensuite"),
    "advice_intro": (
        "Worked out from the journal and the country's rules on the day this dossier was made; "
        "a suggestion, not legal advice.",
        "Établi à partir du journal et des règles du pays le jour où ce dossier a été créé ; "
        "une suggestion, pas un avis juridique.",
    ),
    "advice_step": ("Next step: {step} ({handler}).", "Étape suivante : {step} ({handler})."),
    "advice_track": ("For this kind of problem: {label}.", "Pour ce type de problème : {label}."),
    "advice_keep": ("Keep: {items}.", "À conserver : {items}."),
    "advice_source": ("Source: {source} ({level}).", "Source : {source} ({level})."),
    "level_confirmed": ("confirmed on a Klarna or official page",
                        "confirmé sur une page de Klarna ou officielle"),
    "level_guide": ("from a consumer guide, not confirmed by Klarna",
                    "tiré d'un guide pour consommateurs, non confirmé par Klarna"),
    "level_inferred": ("inferred from another country's rules, not confirmed",
                       "déduit des règles d'un autre pays, non confirmé"),
    "level_unknown": ("not confirmed: no source found", "non confirmé : aucune source trouvée"),
    "level_your-record": ("from your own records", "d'après vos propres notes"),
    "who_klarna": ("Klarna must act", "Klarna doit agir"),
    "who_consumer": ("consumer's time limit", "délai du consommateur"),
    "no_deadlines": (
        "No deadline has been computed for this case.",
        "Aucun délai n'a été calculé pour ce dossier.",
    ),
    "broken_promises": ("Broken promises", "Promesses non tenues"),
    "col_promise": ("Promise", "Promesse"),
    "col_made_by": ("Made by", "Faite par"),
    "col_made_on": ("Made on", "Faite le"),
    "no_broken": (
        "No promise has been recorded as broken.",
        "Aucune promesse n'a été notée comme non tenue.",
    ),
    # escalation
    "escalation": ("Escalation", "Escalade"),
    "col_stage": ("Stage", "Étape"),
    "col_date": ("Date", "Date"),
    "col_reference": ("Reference", "Référence"),
    "col_their_deadline": ("Other side's deadline", "Délai de l'autre partie"),
    "col_details": ("Details and outcome", "Détails et résultat"),
    "no_stages": (
        "No step on the escalation ladder has been recorded.",
        "Aucune étape d'escalade n'a été enregistrée.",
    ),
    # log
    "log": ("Chronological log", "Journal chronologique"),
    "col_no": ("No.", "N°"),
    "col_when": ("Date and time", "Date et heure"),
    "col_channel": ("Channel", "Canal"),
    "col_agent": ("Agent", "Interlocuteur"),
    "col_summary": ("Summary, promises", "Résumé, promesses"),
    "col_outcome": ("Outcome", "Résultat"),
    "col_exhibits": ("Exh.", "Pièces"),
    "asked_human": ("asked for a human", "a demandé un humain"),
    "transferred_to": ("transferred to {who}", "transféré à {who}"),
    "wait": ("waited {n} min", "attente {n} min"),
    "duration": ("lasted {n} min", "durée {n} min"),
    "promise_due": (
        "Promise: {text} (due {due}, {state})",
        "Promesse : {text} (échéance {due}, {state})",
    ),
    "promise_nodue": (
        "Promise: {text} (no date, {state})",
        "Promesse : {text} (sans date, {state})",
    ),
    "no_contacts": (
        "No contact has been logged in this period.",
        "Aucun contact n'a été consigné sur cette période.",
    ),
    # exhibits
    "exhibit_index": ("Exhibit index", "Liste des pièces"),
    "exhibits": ("Exhibits", "Pièces"),
    "col_exhibit": ("No.", "N°"),
    "col_title": ("Title and file", "Titre et fichier"),
    "col_type": ("Type", "Type"),
    "col_doc_date": ("Document date", "Date du document"),
    "col_page": ("Page", "Page"),
    "col_sha": ("SHA-256 of the original", "SHA-256 de l'original"),
    "col_size": ("Size", "Taille"),
    "no_exhibits": (
        "No exhibit is attached to this case.",
        "Aucune pièce n'est jointe à ce dossier.",
    ),
    "exhibits_omitted": (
        "Exhibit pages are not included in this copy; the index lists them.",
        "Les pages des pièces ne sont pas incluses dans cet exemplaire ; la liste les recense.",
    ),
    "pdf_follows": (
        "This exhibit is a PDF document of {n} pages, reproduced on the following pages.",
        "Cette pièce est un document PDF de {n} pages, reproduit aux pages suivantes.",
    ),
    "pdf_follows_one": (
        "This exhibit is a one-page PDF document, reproduced on the next page.",
        "Cette pièce est un document PDF d'une page, reproduit à la page suivante.",
    ),
    "pdf_page": ("{label}, page {i} of {n}", "{label}, page {i} sur {n}"),
    "other_file": (
        "This file ({type}) cannot be shown on a page. The original is attached to this "
        "PDF; its SHA-256 fingerprint is:",
        "Ce fichier ({type}) ne peut pas être affiché sur une page. L'original est joint à "
        "ce PDF ; son empreinte SHA-256 est :",
    ),
    "other_file_withheld": (
        "This file ({type}) cannot be shown on a page. Its SHA-256 fingerprint is:",
        "Ce fichier ({type}) ne peut pas être affiché sur une page. Son empreinte SHA-256 est :",
    ),
    "withheld": (
        "The original is not reproduced or attached in this redacted copy because it may "
        "contain personal details that cannot be masked. The fingerprint identifies it.",
        "L'original n'est ni reproduit ni joint dans cet exemplaire masqué, car il peut "
        "contenir des données personnelles impossibles à masquer. L'empreinte l'identifie.",
    ),
    "missing_file": (
        "The original file is missing from the store; only its recorded fingerprint is given.",
        "Le fichier original est absent du stockage ; seule son empreinte enregistrée est donnée.",
    ),
    "hash_mismatch": (
        "Warning: the stored file does not match its recorded fingerprint.",
        "Attention : le fichier stocké ne correspond pas à son empreinte enregistrée.",
    ),
    "original_separate": (
        "The original file is too large to attach here; it is in the archive {archive} "
        "delivered with this PDF.",
        "Le fichier original est trop volumineux pour être joint ici ; il se trouve dans "
        "l'archive {archive} fournie avec ce PDF.",
    ),
    "integrity_separate": (
        "To keep this PDF small, the originals of {labels} are not attached but delivered with "
        "it in the archive {archive}, with a SHA256SUMS.txt file; verify them the same way.",
        "Pour que ce PDF reste léger, les originaux de {labels} ne sont pas joints mais fournis "
        "avec lui dans l'archive {archive}, avec un fichier SHA256SUMS.txt ; vérifiez-les de la "
        "même façon.",
    ),
    "attached_note": (
        "The original file is attached to this PDF.",
        "Le fichier original est joint à ce PDF.",
    ),
    # integrity
    "integrity": ("Integrity", "Intégrité"),
    "integrity_how": (
        "Every exhibit is identified by the SHA-256 fingerprint of its original file. The "
        "originals "
        "are attached to this PDF (open the attachments panel of your PDF reader). Save an "
        "attachment and compute its SHA-256 with any tool (for example <font name='DejaVuSansMono'>"
        "sha256sum</font> on Linux, <font "
        "name='DejaVuSansMono'>shasum&nbsp;-a&nbsp;256</font> on macOS, "
        "<font name='DejaVuSansMono'>certutil&nbsp;-hashfile&nbsp;FILE&nbsp;SHA256</font> on "
        "Windows); it must "
        "equal the value in the exhibit index.",
        "Chaque pièce est identifiée par l'empreinte SHA-256 de son fichier original. Les "
        "originaux "
        "sont joints à ce PDF (panneau des pièces jointes de votre lecteur PDF). Enregistrez une "
        "pièce jointe et calculez son SHA-256 avec n'importe quel outil (par exemple "
        "<font name='DejaVuSansMono'>sha256sum</font> sous Linux, <font name='DejaVuSansMono'>"
        "shasum&nbsp;-a&nbsp;256</font> sous macOS, <font "
        "name='DejaVuSansMono'>certutil&nbsp;-hashfile&nbsp;FICHIER&nbsp;"
        "SHA256</font> sous Windows) ; elle doit être égale à la valeur de la liste des pièces.",
    ),
    "integrity_list": (
        "The evidence list fingerprint on the first page is the SHA-256 of the lines "
        '"E1&nbsp;&lt;sha256&gt;", "E2&nbsp;&lt;sha256&gt;"… joined by line breaks, in exhibit order.',
        "L'empreinte de la liste des pièces (première page) est le SHA-256 des lignes "
        "«&nbsp;E1&nbsp;&lt;sha256&gt;&nbsp;», «&nbsp;E2&nbsp;&lt;sha256&gt;&nbsp;»… séparées "
        "par des retours à la ligne, dans "
        "l'ordre des pièces.",
    ),
    "integrity_withheld": (
        "In this redacted copy some originals are not attached: {labels}.",
        "Dans cet exemplaire masqué, certains originaux ne sont pas joints : {labels}.",
    ),
    "integrity_no_originals": (
        "This copy was made without exhibit pages or attached originals.",
        "Cet exemplaire a été produit sans les pages des pièces ni les originaux joints.",
    ),
    "audit_head": ("Head of the journal's audit chain", "Tête de la chaîne d'audit du journal"),
    "audit_none": (
        "No audit chain head was supplied.",
        "Aucune tête de chaîne d'audit n'a été fournie.",
    ),
    "statement": (
        "This file was generated by Case Keeper from the consumer's own records. It sets out facts "
        "as the consumer recorded them and copies of the documents they kept. It is not a legal "
        "opinion and does not state what outcome the dispute should have.",
        "Ce fichier a été produit par Case Keeper à partir des propres notes du consommateur. Il "
        "présente les faits tels qu'il les a consignés et les copies des documents qu'il a "
        "conservés. Ce n'est pas un avis juridique et il ne préjuge pas de l'issue du litige.",
    ),
    "subject_meta": (
        "Dispute with {company} about {merchant}",
        "Litige avec {company} concernant {merchant}",
    ),
}


_MESSAGES.update(JOURNAL_MESSAGES)


def msg(language: str, key: str, **values: object) -> str:
    """The message ``key`` in ``language`` ("en" or "fr"), with ``{placeholders}`` filled in."""
    english, french = _MESSAGES[key]
    text = french if language == "fr" else english
    return text.format(**values) if values else text


def has_message(key: str) -> bool:
    """Whether ``key`` is in the table (used by tests to keep both languages complete)."""
    return key in _MESSAGES
