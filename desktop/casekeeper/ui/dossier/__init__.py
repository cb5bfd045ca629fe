"""The dossier: its export options, the completeness checklist and the export."""
