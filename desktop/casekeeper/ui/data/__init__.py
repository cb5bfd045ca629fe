"""Your data: backups, restore, integrity check, archives, trash and start-up recovery."""
