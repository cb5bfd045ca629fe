#!/usr/bin/env python3
"""Set up Case Keeper in a virtual environment and launch it, or run the whole test suite.

    python3 run.py            install (first time only) and launch the app
    python3 run.py test       install the test tools and run every check and test
    python3 run.py cli ARGS   install and run casekeeper-cli with ARGS
    python3 run.py prepare    only install the test tools (used by CI before the bundle build)

Only the standard library is used here, so this works on a machine with just Python 3.11+.
The environment lives in .venv beside this file and is reused; it is refreshed when
pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MINIMUM = (3, 11)


def venv_python() -> Path:
    """The interpreter inside .venv on this platform."""
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extra: str | None) -> Path:
    """Create .venv if needed and install the project (with an extra) when pyproject changed."""
    if sys.version_info < MINIMUM:
        sys.exit(f"Case Keeper needs Python {MINIMUM[0]}.{MINIMUM[1]} or newer; this is "
                 f"{sys.version.split()[0]}. Install a newer Python and run this again.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extra or 'app'}-{fingerprint}"
    if not stamp.exists():
        target = f".[{extra}]" if extra else "."
        print(f"Installing Case Keeper {('and its ' + extra + ' tools ') if extra else ''}"
              "(first run only) ...", flush=True)
        run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([str(python), "-m", "pip", "install", "--quiet", "--editable", target], cwd=ROOT)
        for old in VENV.glob(f".installed-{extra or 'app'}-*"):
            old.unlink()
        stamp.touch()
    return python


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> int:
    """Run a command, stopping this script with its status if it fails."""
    code = subprocess.call(command, cwd=cwd, env=env)
    if code != 0:
        sys.exit(code)
    return code


def launch(python: Path, args: list[str]) -> int:
    """Start the desktop app."""
    return subprocess.call([str(python), "-m", "casekeeper", *args], cwd=ROOT)


def test(python: Path, args: list[str]) -> int:
    """Lint, type-check, check the layer contracts, then run pytest (its summary is the last line)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bin_dir = python.parent
    checks = [
        ("ruff", [str(python), "-m", "ruff", "check", "desktop", "tests", "benchmarks", "packaging"]),
        ("mypy", [str(python), "-m", "mypy"]),
        ("import-linter", [str(bin_dir / ("lint-imports.exe" if os.name == "nt" else "lint-imports"))]),
    ]
    for name, command in checks:
        print(f"== {name}", flush=True)
        run(command, env=env)
    print("== pytest", flush=True)
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    """Dispatch on the first word."""
    action = argv[0] if argv else "app"
    rest = argv[1:]
    if action == "test":
        return test(ensure_environment("test"), rest)
    if action == "prepare":
        ensure_environment("test,bundle")
        return 0
    if action == "cli":
        python = ensure_environment(None)
        return subprocess.call([str(python), "-m", "casekeeper.cli.main", *rest], cwd=ROOT)
    if action in ("app", "launch"):
        return launch(ensure_environment(None), rest)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
