"""The journal: contacts, the timeline, promises, stages, imported e-mails, transcripts, the payment plan."""
