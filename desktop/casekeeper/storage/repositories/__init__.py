"""Repositories: every query of the case file, each bound to one session (one transaction)."""
