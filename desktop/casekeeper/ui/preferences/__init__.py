"""Preferences and the first-run welcome: language, country, reminders."""
