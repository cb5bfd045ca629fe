"""Warn when the data folder lies in a cloud-synced folder (sync can tear a live SQLite file)."""

from __future__ import annotations

from pathlib import PurePath

from casekeeper.i18n.markers import N_, Marked

_MARKERS = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("icloud drive", "iCloud Drive"),
    ("icloud~", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("sync", "Syncthing"),
    ("syncthing", "Syncthing"),
    ("pcloud", "pCloud"),
    ("mega", "MEGA"),
)
_EXACT = {"sync", "mega", "my drive"}


def synced_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path``, judged by folder names, or None."""
    for part in path.parts:
        lowered = part.lower()
        for marker, service in _MARKERS:
            if marker in _EXACT:
                if lowered == marker:
                    return service
            elif lowered == marker or lowered.startswith(marker):
                return service
        if lowered.startswith("cloudstorage"):  # macOS ~/Library/CloudStorage/<Provider>
            return "a cloud storage provider"
    return None


def cloud_folder_warning(path: PurePath) -> str | None:
    """The start-up warning to show, or None when the folder does not look synced."""
    service = synced_service(path)
    if service is None:
        return None
    return Marked(
        N_(
            "Your data folder {path} seems to be inside a {service} folder. Syncing a "
            "case file while Case Keeper has it open can damage it or create conflicting "
            "copies. Choose a folder outside it (--data-dir), and use backups or "
            "'casekeeper-cli export' to move your data between computers."
        ),
        path=path,
        service=service,
    )
