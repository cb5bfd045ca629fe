"""Wording of the log, transcripts, text exhibits, promises and the ombudsman section (en, fr)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "log_intro": (
        "Times are local times in the zone named on the first page.",
        "Les heures sont des heures locales du fuseau indiqué en première page.",
    ),
    "zone_row": ("Times in this file", "Heures de ce dossier"),
    "agent_not_noted": ("not noted", "non noté"),
    "tracking": ("tracking no.", "n° de suivi"),
    "outcome_is": ("Outcome: {outcome}", "Résultat : {outcome}"),
    "exhibits_are": ("Exhibits: {labels}", "Pièces : {labels}"),
    "transcript_page": ("Transcript: page {page}", "Transcription : page {page}"),
    "transcript_below": ("Transcript: see Transcripts", "Transcription : voir Transcriptions"),
    "their_deadline": ("{what}: {due}", "{what} : {due}"),
    "transcripts": ("Transcripts", "Transcriptions"),
    "transcripts_intro": (
        "Each transcript is reproduced in full, as the consumer saved it.",
        "Chaque transcription est reproduite en entier, telle que le consommateur l'a conservée.",
    ),
    "contact_no": ("Contact no. {n}", "Contact n° {n}"),
    # text and e-mail exhibits
    "text_exhibit": (
        "The text of this file is reproduced below.",
        "Le texte de ce fichier est reproduit ci-dessous.",
    ),
    "text_truncated": (
        "Only the first {n} characters are reproduced; the original holds the rest.",
        "Seuls les {n} premiers caractères sont reproduits ; l'original contient la suite.",
    ),
    "mail_from": ("From", "De"),
    "mail_to": ("To", "À"),
    "mail_cc": ("Cc", "Cc"),
    "mail_date": ("Date", "Date"),
    "mail_subject": ("Subject", "Objet"),
    "mail_attachments": ("Attachments of this e-mail", "Pièces jointes de cet e-mail"),
    "mail_no_text": (
        "This e-mail has no text part.",
        "Cet e-mail ne contient pas de partie texte.",
    ),
    # promises
    "unkept_promises": ("Promises not kept", "Promesses non tenues"),
    "no_unkept": (
        "No promise is recorded as broken, and none is past its due date.",
        "Aucune promesse n'est notée comme non tenue, et aucune n'a dépassé son échéance.",
    ),
    "col_made_where": ("Made by, in which contact", "Faite par, lors de quel contact"),
    "col_state_proof": ("State, proof and note", "État, preuve et note"),
    "made_by_is": ("By {who}", "Par {who}"),
    "ref_is": ("ref. {ref}", "réf. {ref}"),
    "tracking_is": ("tracking no. {ref}", "n° de suivi {ref}"),
    "broken_by_contact": ("Broken, as shown by:", "Non tenue, comme le montre :"),
    "broken_noted": ("Broken (noted on {date})", "Non tenue (constaté le {date})"),
    "note_is": ("Note: {note}", "Note : {note}"),
    # ombudsman
    "omb_title": ("For the ombudsman", "Pour le médiateur"),
    "omb_letters": (
        "Registered letters, proof of posting and acknowledgement of receipt",
        "Courriers recommandés, preuves de dépôt et avis de réception",
    ),
    "omb_col_letter": ("Letter sent", "Courrier envoyé"),
    "omb_col_proofs": (
        "Proof of posting and acknowledgement (exhibits linked to this letter)",
        "Preuve de dépôt et avis de réception (pièces liées à ce courrier)",
    ),
    "omb_no_letter": (
        "No letter to Klarna is recorded in the journal.",
        "Aucun courrier à Klarna n'est consigné dans le journal.",
    ),
    "omb_no_proof": (
        "No exhibit is linked to this letter: attach the proof of posting and the "
        "acknowledgement of receipt to this contact.",
        "Aucune pièce n'est liée à ce courrier : joignez à ce contact la preuve de dépôt et "
        "l'avis de réception.",
    ),
    "omb_answer": (
        "Klarna's answer to the formal complaint",
        "Réponse de Klarna à la réclamation formelle",
    ),
    "omb_no_complaint": (
        "No formal complaint is recorded in the journal.",
        "Aucune réclamation formelle n'est consignée dans le journal.",
    ),
    "omb_complaint_on": ("Formal complaint made on {date}.", "Réclamation formelle du {date}."),
    "omb_answer_seen": (
        "First message from Klarna recorded after it: {contact}.",
        "Premier message de Klarna consigné après elle : {contact}.",
    ),
    "omb_answer_exhibits": ("Copy: {labels}.", "Copie : {labels}."),
    "omb_answer_final": (
        "Whether it is Klarna's final response is for the reader to judge from its words.",
        "Le lecteur jugera sur pièce s'il s'agit de la réponse définitive de Klarna.",
    ),
    "omb_none_recorded": (
        "No answer from Klarna is recorded.",
        "Aucune réponse de Klarna n'est consignée.",
    ),
    "omb_none_in_time": (
        "No answer from Klarna is recorded within the time their procedure gives, which ended "
        "on {due}.",
        "Aucune réponse de Klarna n'est consignée dans le délai de leur procédure, qui a pris "
        "fin le {due}.",
    ),
    "omb_none_yet": (
        "No answer from Klarna is recorded yet; their time runs until {due}.",
        "Aucune réponse de Klarna n'est consignée à ce jour ; leur délai court jusqu'au {due}.",
    ),
    "decl_title": ("Declaration", "Déclaration"),
    "decl_text": (
        "I, the undersigned, {name}, declare that the copies of the documents in this file are "
        "true copies of the originals I hold, and that the facts set out in it are, to the best "
        "of my knowledge, accurate.",
        "Je soussigné(e), {name}, déclare que les copies des documents figurant dans ce dossier "
        "sont conformes aux originaux en ma possession et que les faits qui y sont exposés sont, "
        "à ma connaissance, exacts.",
    ),
    "decl_place": ("Place and date: ……………………………………………", "Fait à ……………………………, le ……………………"),
    "decl_sign": ("Signature:", "Signature :"),
    # sources
    "sources": ("Sources of the rules", "Sources des règles"),
    "src_verified": ("verified", "vérifiée"),
    "src_unverified": ("not verified for this country", "non vérifiée pour ce pays"),
    "src_journal": ("your journal", "votre journal"),
    "src_pack": ("Case Keeper country sheet ({country})", "fiche pays de Case Keeper ({country})"),
    "withheld_gps": (
        "The original photo records the place where it was taken (GPS position), so it is not "
        "reproduced or attached in this redacted copy. The fingerprint identifies it.",
        "La photo originale enregistre le lieu de la prise de vue (position GPS) : elle n'est ni "
        "reproduite ni jointe dans cet exemplaire masqué. L'empreinte l'identifie.",
    ),
    "withheld_chosen": (
        "As chosen for this redacted copy, the original is not attached. The fingerprint "
        "identifies it.",
        "Comme choisi pour cet exemplaire masqué, l'original n'est pas joint. L'empreinte "
        "l'identifie.",
    ),
    "picture_warning": (
        "A picture is reproduced as it is and cannot be masked: check that it shows no name, "
        "address or number before sending this copy. Its metadata (EXIF, XMP) is removed.",
        "Une image est reproduite telle quelle et ne peut pas être masquée : vérifiez qu'elle "
        "ne montre ni nom, ni adresse, ni numéro avant d'envoyer cet exemplaire. Ses "
        "métadonnées (EXIF, XMP) sont supprimées.",
    ),
}
