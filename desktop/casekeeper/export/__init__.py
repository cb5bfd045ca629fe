"""Export: the dossier PDF and formal letters with reportlab. No Qt, no storage."""
