"""English and French names for the domain's enums (channels, stages, outcomes...)."""

from __future__ import annotations

from enum import StrEnum

from casekeeper.domain.enums import (
    AgentKind,
    CaseStatus,
    Channel,
    DeadlineState,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    Stage,
)

_PAIRS: list[tuple[StrEnum, tuple[str, str]]] = [
    (CaseStatus.OPEN, ("open", "en cours")),
    (CaseStatus.RESOLVED, ("resolved", "résolu")),
    (CaseStatus.CLOSED_UNRESOLVED, ("closed unresolved", "clos sans solution")),
    (Product.PAY_IN_3_4, ("Pay in 3 / Pay in 4", "Paiement en 3 ou 4 fois")),
    (Product.PAY_IN_30, ("Pay in 30 days", "Paiement à 30 jours")),
    (Product.FINANCING, ("Financing", "Financement")),
    (Product.CARD, ("Klarna Card", "Carte Klarna")),
    (Product.OTHER, ("Other", "Autre")),
    (ProblemCategory.GOODS_NOT_RECEIVED, ("Goods not received", "Marchandise non reçue")),
    (
        ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED,
        ("Damaged or not as described", "Endommagé ou non conforme"),
    ),
    (ProblemCategory.RETURN_NOT_REGISTERED, ("Return not registered", "Retour non enregistré")),
    (ProblemCategory.REFUND_NOT_RECEIVED, ("Refund not received", "Remboursement non reçu")),
    (ProblemCategory.PAYMENT_NOT_ALLOCATED, ("Payment not allocated", "Paiement non affecté")),
    (ProblemCategory.UNAUTHORISED_PURCHASE, ("Unauthorised purchase", "Achat non autorisé")),
    (ProblemCategory.DEBT_COLLECTION, ("Debt collection", "Recouvrement")),
    (ProblemCategory.ACCOUNT_OR_LOGIN, ("Account or login", "Compte ou connexion")),
    (ProblemCategory.OTHER, ("Other", "Autre")),
    (Channel.HELP_CENTRE, ("Help centre", "Centre d'aide")),
    (Channel.CHAT, ("Chat", "Chat")),
    (Channel.APP, ("Klarna app", "Application Klarna")),
    (Channel.PHONE, ("Phone", "Téléphone")),
    (Channel.EMAIL, ("E-mail", "E-mail")),
    (Channel.WEB_FORM, ("Web form", "Formulaire web")),
    (Channel.SOCIAL, ("Social media", "Réseaux sociaux")),
    (Channel.LETTER, ("Letter", "Courrier")),
    (Channel.IN_PERSON, ("In person", "En personne")),
    (Channel.OTHER, ("Other", "Autre")),
    (Direction.TO_KLARNA, ("to Klarna", "vers Klarna")),
    (Direction.FROM_KLARNA, ("from Klarna", "de Klarna")),
    (AgentKind.HUMAN, ("human", "humain")),
    (AgentKind.BOT, ("bot", "robot")),
    (AgentKind.UNKNOWN, ("unknown", "inconnu")),
    (Outcome.RESOLVED, ("Resolved", "Résolu")),
    (Outcome.PROMISE, ("Promise made", "Promesse faite")),
    (Outcome.ESCALATED, ("Escalated", "Escaladé")),
    (Outcome.REFUSED, ("Refused", "Refusé")),
    (Outcome.NO_ANSWER, ("No answer", "Sans réponse")),
    (Outcome.TRANSFERRED, ("Transferred", "Transféré")),
    (Outcome.PENDING, ("Pending", "En attente")),
    (Outcome.HOLDING_REPLY, ("Holding reply", "Réponse d'attente")),
    (Outcome.FINAL_RESPONSE, ("Final response", "Réponse définitive")),
    (Outcome.RECEIVED, ("Letter received", "Courrier reçu")),
    (Stage.FIRST_CONTACT, ("First contact", "Premier contact")),
    (Stage.FOLLOW_UP, ("Follow-up", "Relance")),
    (Stage.SUPERVISOR_REQUESTED, ("Supervisor requested", "Responsable demandé")),
    (Stage.SUPERVISOR, ("Supervisor", "Responsable")),
    (Stage.FORMAL_COMPLAINT, ("Formal complaint", "Réclamation formelle")),
    (Stage.INTERNAL_REVIEW, ("Internal reviewer", "Médiateur interne")),
    (Stage.EXTERNAL_BODY, ("External body", "Organisme externe")),
    (Stage.COURT, ("Court", "Tribunal")),
    (Stage.RESOLVED, ("Resolved", "Résolu")),
    (PromiseState.PENDING, ("pending", "en attente")),
    (PromiseState.KEPT, ("kept", "tenue")),
    (PromiseState.BROKEN, ("broken", "non tenue")),
    (DeadlineState.PENDING, ("pending", "en cours")),
    (DeadlineState.MET, ("met", "respecté")),
    (DeadlineState.MISSED, ("missed", "dépassé")),
    (DeadlineState.OVERDUE, ("overdue", "en retard")),
]
# StrEnum members compare equal to their value, so key by (enum class, value).
_LABELS: dict[tuple[type, str], tuple[str, str]] = {(type(m), m.value): n for m, n in _PAIRS}


def label(value: StrEnum, language: str) -> str:
    """The display name of an enum member; its raw value if no name is known."""
    names = _LABELS.get((type(value), value.value))
    if names is None:
        return str(value)
    return names[1] if language == "fr" else names[0]
