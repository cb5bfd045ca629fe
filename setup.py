"""Packaging glue that pyproject.toml cannot express: ship the top-level resources/ as casekeeper/resources.

Everything else (metadata, dependencies, entry points, tool settings) lives in pyproject.toml.
At run time ``casekeeper.resource_folder`` finds the folder inside the installed package (wheel,
PyInstaller bundle) or at the top of the repository (editable install, source checkout).
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
# Data folders are listed as (namespace) packages so that setuptools copies them without warnings.
resource_folders = sorted(
    ".".join(path.relative_to(RESOURCES).parts)
    for path in RESOURCES.rglob("*")
    if path.is_dir() and "__pycache__" not in path.parts
)
resource_packages = ["casekeeper.resources", *(f"casekeeper.resources.{name}" for name in resource_folders)]

setup(
    packages=[
        *find_namespace_packages("desktop", include=["casekeeper", "casekeeper.*"],
                                 exclude=["*.__pycache__"]),
        *resource_packages,
    ],
    package_dir={"": "desktop", "casekeeper.resources": "resources"},
    package_data={
        "casekeeper.storage.migrations": ["script.py.mako", "versions/*.py"],
        "casekeeper.resources": ["**/*"],
    },
)
