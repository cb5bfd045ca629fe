"""Case Keeper: a journal, deadlines and a dossier for a consumer's dispute with Klarna."""

__version__ = "0.1.0"
