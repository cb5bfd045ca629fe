"""What an e-mail import tells the person, in English and French, keyed by a stable code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Note:
    """Something the person should know about one message; ``code`` picks the translated words."""

    code: str
    detail: str = ""


_WORDS: Final[dict[str, tuple[str, str]]] = {
    # refusals: the message is not imported
    "missing": ("no such file; check the name", "fichier introuvable ; vérifiez le nom"),
    "unreadable": ("the file cannot be read; check its permissions",
                   "le fichier ne peut pas être lu ; vérifiez ses droits d'accès"),
    "not-a-file": ("not a saved file (a folder, a pipe or a device)",
                   "ce n'est pas un fichier enregistré (un dossier, un tube ou un périphérique)"),
    "empty": ("the file is empty", "le fichier est vide"),
    "too-large": ("larger than {detail} MB, the most Case Keeper reads from one file or message",
                  "plus de {detail} Mo, le maximum que Case Keeper lit dans un fichier ou un message"),
    "not-an-email": ("this is not an e-mail Case Keeper can read (no sender, date or subject); "
                     "attach it as an exhibit instead",
                     "ce n'est pas un e-mail que Case Keeper sait lire (ni expéditeur, ni date, ni "
                     "objet) ; joignez-le plutôt comme pièce"),
    "damaged-msg": ("this Outlook message is damaged or not an Outlook message ({detail})",
                    "ce message Outlook est endommagé ou n'en est pas un ({detail})"),
    "no-date": ("the message has no readable date; log this contact by hand with its time",
                "le message n'a pas de date lisible ; notez ce contact à la main avec son heure"),
    "duplicate": ("already imported as contact {detail}; it was not imported twice",
                  "déjà importé comme contact {detail} ; il n'a pas été importé deux fois"),
    "duplicate-in-batch": ("the same message appears twice in what you chose ({detail}); "
                           "imported once",
                           "le même message figure deux fois dans votre sélection ({detail}) ; "
                           "importé une seule fois"),
    "case-closed": ("the case is closed; reopen it before importing e-mails",
                    "le dossier est clos ; rouvrez-le avant d'importer des e-mails"),
    # notes: the message is imported, the person should know
    "malformed-header": ("the header “{detail}” is malformed; check that field",
                         "l'en-tête « {detail} » est mal formé ; vérifiez ce champ"),
    "unknown-charset": ("unknown character set “{detail}”: the text was read as UTF-8 and some "
                        "letters may be wrong; the original is kept as an exhibit",
                        "jeu de caractères inconnu « {detail} » : le texte a été lu en UTF-8 et "
                        "certaines lettres peuvent être fausses ; l'original est conservé en pièce"),
    "body-cut": ("the text is very long: the contact keeps its first {detail} characters; the "
                 "whole message is kept as an exhibit",
                 "le texte est très long : le contact en garde les {detail} premiers caractères ; "
                 "le message entier est conservé en pièce"),
    "nested-message": ("a forwarded message (“{detail}”) is included in the text and kept as "
                       "its own exhibit",
                       "un message transféré (« {detail} ») est repris dans le texte et conservé "
                       "comme pièce distincte"),
    "deep-nesting": ("messages forwarded inside more than {detail} levels are kept as exhibits "
                     "but not read",
                     "les messages transférés sur plus de {detail} niveaux sont conservés en pièce "
                     "mais pas lus"),
    "empty-attachment": ("the attachment “{detail}” is empty (0 bytes) and was left out",
                         "la pièce jointe « {detail} » est vide (0 octet) et a été écartée"),
    "duplicate-attachment": ("the attachment “{detail}” appears twice; it is kept once",
                             "la pièce jointe « {detail} » figure deux fois ; elle est conservée "
                             "une seule fois"),
    "attachment-in-other-message": ("the attachment “{detail}” also came with another message of "
                                    "this import; it is kept once, with the first",
                                    "la pièce jointe « {detail} » accompagne aussi un autre message "
                                    "de cet import ; elle est conservée une fois, avec le premier"),
    "attachment-already-exhibit": ("the attachment “{detail}” is already an exhibit of this case",
                                   "la pièce jointe « {detail} » est déjà une pièce de ce dossier"),
    "archive-attachment": ("“{detail}” is an archive: it is kept as it is and never opened",
                           "« {detail} » est une archive : elle est conservée telle quelle et "
                           "jamais ouverte"),
    "executable-attachment": ("“{detail}” is a program or script: it is kept as evidence but "
                              "never opened; never run it",
                              "« {detail} » est un programme ou un script : il est conservé comme "
                              "preuve mais jamais ouvert ; ne l'exécutez jamais"),
    "unreadable-attachment": ("the attachment “{detail}” could not be decoded and was left out; "
                              "the original message keeps it",
                              "la pièce jointe « {detail} » n'a pas pu être décodée et a été "
                              "écartée ; le message d'origine la contient toujours"),
    "too-large-attachment": ("the attachment “{detail}” is too large to keep as an exhibit; the "
                             "original message keeps it",
                             "la pièce jointe « {detail} » est trop grande pour être une pièce ; "
                             "le message d'origine la contient toujours"),
    "chat-transcript": ("this message holds a chat transcript: the agent, bot or human, a request "
                        "for a human and a transfer were read from it ({detail}); check them",
                        "ce message contient la transcription d'un chat : l'interlocuteur, robot "
                        "ou humain, une demande de conseiller et un transfert y ont été lus "
                        "({detail}) ; vérifiez-les"),
    "plan-stated": ("this message states {detail} instalment(s) of your payment plan; you can use "
                    "them as the case's payment plan",
                    "ce message indique {detail} échéance(s) de votre plan de paiement ; vous "
                    "pouvez les reprendre comme échéancier du dossier"),
    "sender-unknown": ("the sender {detail} is neither you nor a known Klarna address; check the "
                       "direction",
                       "l'expéditeur {detail} n'est ni vous ni une adresse Klarna connue ; "
                       "vérifiez le sens du contact"),
}


def mail_words(code: str, detail: str = "", language: str = "en") -> str:
    """The sentence for ``code`` in ``language`` (``en`` or ``fr``); unknown codes name themselves."""
    pair = _WORDS.get(code)
    if pair is None:
        return f"{code}: {detail}" if detail else code
    return pair[1 if language == "fr" else 0].format(detail=detail)


def known_codes() -> frozenset[str]:
    """Every code that has words (tests keep the two languages complete)."""
    return frozenset(_WORDS)
