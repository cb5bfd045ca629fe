"""Tests of the reminders sent while the window is closed."""
