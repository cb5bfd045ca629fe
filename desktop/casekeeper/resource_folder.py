"""The one place that finds the shipped resources folder: installed wheel, bundle or source checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def candidates(package_dir: Path, bundle_dir: str | None) -> list[Path]:
    """Where the folder may be, in order: inside the package (an installed wheel), inside a
    PyInstaller bundle, then the repository's top-level ``resources/`` (an editable install or a
    source checkout, where the package lives in ``desktop/casekeeper``)."""
    places = [package_dir / "resources"]
    if bundle_dir:
        places.append(Path(bundle_dir) / "casekeeper" / "resources")
    places.append(package_dir.parents[1] / "resources")
    return places


def find_resources(package_dir: Path, bundle_dir: str | None) -> Path:
    """The first candidate that holds the rulepacks; FileNotFoundError naming every place tried."""
    places = candidates(package_dir, bundle_dir)
    for place in places:
        if (place / "rulepacks").is_dir():
            return place
    searched = ", ".join(str(place) for place in places)
    raise FileNotFoundError(f"Case Keeper's resources folder is missing (looked in {searched}); "
                            "reinstall Case Keeper.")


@cache
def resources_dir() -> Path:
    """The folder holding rulepacks/, fonts/, icons/, i18n/ and templates/ for this installation."""
    return find_resources(PACKAGE_DIR, getattr(sys, "_MEIPASS", None))


def resource(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource("rulepacks", "fr.toml")``."""
    return resources_dir().joinpath(*parts)
