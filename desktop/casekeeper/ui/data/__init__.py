"""Backups, restore, integrity, archives and the trash."""
