"""Where Case Keeper keeps its data: platformdirs locations, or one folder given by the person."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from casekeeper.errors import DataLocationError
from casekeeper.i18n.markers import N_, Marked

# The same words as the diagnosis of a missing folder (services/diagnosis_words.py), translated
# from the catalogue where the error is shown.
FOLDER_NOT_THERE = N_(
    "The data folder {folder} is not there. If your cases are on a removable drive or a network "
    "folder, connect it and try again. Nothing was changed and no new, empty case file was made.")

APP_NAME = "CaseKeeper"
ENV_DATA_DIR = "CASEKEEPER_DATA_DIR"
#: Where removable drives and network shares appear; /media and /run/media hold one per user.
REMOVABLE_ROOTS: tuple[Path, ...] = (Path("/media"), Path("/run/media"), Path("/mnt"),
                                     Path("/Volumes"))


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The folders and files of one data location."""

    data_dir: Path
    config_dir: Path
    explicit: bool = False
    """Chosen by the person (--data-dir): never created where its parent folder is missing."""
    cache_folder: Path | None = None
    """The platform's cache folder; None keeps the cache inside the data folder (``cache``)."""

    @property
    def database(self) -> Path:
        """The SQLite case file."""
        return self.data_dir / "casekeeper.sqlite3"

    @property
    def evidence_dir(self) -> Path:
        """The content-addressed store of original files."""
        return self.data_dir / "evidence"

    @property
    def backups_dir(self) -> Path:
        """Copies of the case file."""
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        """Diagnostic logs (never case contents)."""
        return self.data_dir / "logs"

    @property
    def cache_dir(self) -> Path:
        """What Case Keeper can always make again (checked rule packs); safe to delete."""
        return self.cache_folder or self.data_dir / "cache"

    @property
    def settings_file(self) -> Path:
        """The INI file of settings and window state."""
        return self.config_dir / "casekeeper.ini"

    def ensure(self) -> None:
        """Create the missing folders, readable by their owner only on POSIX.

        A folder that already exists keeps its permissions (it may be shared on purpose); a chosen
        folder whose parent is missing (a removed drive, an unmounted share) is not created.
        """
        if self.explicit and not self.data_dir.exists() and looks_unplugged(self.data_dir):
            raise DataLocationError.marked(FOLDER_NOT_THERE, folder=self.data_dir)
        for folder in (self.data_dir, self.evidence_dir, self.backups_dir, self.logs_dir, self.config_dir):
            created = not folder.exists()
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise DataLocationError(
                    Marked(
                        N_(
                            "The folder {folder} cannot be created ({why}). Check its "
                            "permissions, or choose another data folder with --data-dir."
                        ),
                        folder=folder,
                        why=exc.strerror or exc,
                    )
                ) from exc
            if created and os.name == "posix":
                with contextlib.suppress(OSError):
                    folder.chmod(0o700)  # mkdir's mode is reduced by the umask


def looks_unplugged(folder: Path) -> bool:
    """True when ``folder`` lies on a removable drive or share that is not there now.

    Its nearest existing parent is a folder where such drives appear (``/media/<user>``,
    ``/run/media/<user>``, ``/mnt``, ``/Volumes``), or its Windows drive letter is missing.
    """
    if folder.drive and not Path(folder.anchor).exists():
        return True
    nearest = folder.parent
    while not nearest.exists() and nearest != nearest.parent:
        nearest = nearest.parent
    if nearest == folder.parent and nearest not in REMOVABLE_ROOTS:
        return False  # only the folder itself is missing: create it
    return nearest in REMOVABLE_ROOTS or nearest.parent in REMOVABLE_ROOTS[:2]


def resolve_paths(data_dir: str | None = None,
                  environ: Mapping[str, str] | None = None) -> DataPaths:
    """The data location: ``--data-dir``, else ``CASEKEEPER_DATA_DIR``, else the platform's folders.

    With an explicit folder, settings and the cache live inside it too, so one folder holds
    everything.
    """
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(ENV_DATA_DIR) or None
    if chosen:
        root = Path(chosen).expanduser().absolute()
        if root.exists() and not root.is_dir():
            raise DataLocationError(
                Marked(
                    N_("The data folder {root} is a file, not a folder. Choose a folder with --data-dir."),
                    root=root,
                )
            )
        return DataPaths(data_dir=root, config_dir=root / "config", explicit=True)
    from platformdirs import user_cache_path, user_config_path, user_data_path

    return DataPaths(data_dir=user_data_path(APP_NAME, appauthor=False, roaming=True),
                     config_dir=user_config_path(APP_NAME, appauthor=False, roaming=True),
                     cache_folder=user_cache_path(APP_NAME, appauthor=False))
