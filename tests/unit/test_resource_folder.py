"""The resources folder is found in a source checkout, an installed wheel and a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.resource_folder import PACKAGE_DIR, find_resources, resources_dir

ROOT = Path(__file__).resolve().parents[2]


def _package(root: Path) -> Path:
    package = root / "site" / "casekeeper"
    package.mkdir(parents=True)
    return package


def test_a_checkout_uses_the_top_level_resources_folder() -> None:
    assert resources_dir() == ROOT / "resources"
    assert PACKAGE_DIR == ROOT / "desktop" / "casekeeper"
    assert (resources_dir() / "rulepacks" / "fr.toml").is_file()


def test_an_installed_wheel_uses_the_folder_inside_the_package(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "resources" / "rulepacks").mkdir(parents=True)
    assert find_resources(package, None) == package / "resources"


def test_a_bundle_uses_the_folder_beside_its_modules(tmp_path: Path) -> None:
    package = _package(tmp_path)
    bundle = tmp_path / "_internal"
    (bundle / "casekeeper" / "resources" / "rulepacks").mkdir(parents=True)
    assert find_resources(package, str(bundle)) == bundle / "casekeeper" / "resources"


def test_a_missing_folder_names_every_place_tried(tmp_path: Path) -> None:
    package = _package(tmp_path)
    with pytest.raises(FileNotFoundError, match="reinstall") as caught:
        find_resources(package, None)
    assert str(package / "resources") in str(caught.value)
    assert str(tmp_path / "resources") in str(caught.value)
