"""Deadlines: the Deadlines tab, the Due view and reminders."""
