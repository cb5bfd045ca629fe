"""Alembic migrations of the case file; run from code by casekeeper.storage.migrate."""
