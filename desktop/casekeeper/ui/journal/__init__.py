"""The journal: log a contact, the timeline, promises, stage changes and escalation."""
