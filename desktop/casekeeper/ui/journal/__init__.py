"""The journal feature: contacts, transcripts and imported e-mails."""
