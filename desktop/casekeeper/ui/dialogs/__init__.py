"""Dialogs: log a contact, escalate, contact Klarna, new case, welcome, preferences."""
