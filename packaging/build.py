"""Build the Case Keeper bundle for the current OS into dist/ (stdlib only).

Run with the project's virtual environment, from anywhere:

    .venv/bin/python packaging/build.py            # Linux, macOS
    .venv\\Scripts\\python packaging\\build.py      # Windows

Linux: dist/casekeeper/ and dist/casekeeper-VERSION-linux-ARCH.tar.gz (bundle + desktop files).
macOS: dist/Case Keeper.app (and dist/casekeeper/); --installer also makes the .dmg.
Windows: dist/casekeeper/; --installer also runs Inno Setup (iscc) to make the setup .exe.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "org.casekeeper.CaseKeeper"
ICON_DIR = ROOT / "resources" / "icons" / "app"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(data["project"])


def run(cmd: list[str | Path], **kwargs: Any) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def pyinstaller(clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit(
            "PyInstaller is not installed in this environment:\n"
            f"  {sys.executable} -m pip install pyinstaller"
        )
    cmd: list[str | Path] = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        WORK,
    ]
    if clean:
        cmd.append("--clean")
    run([*cmd, PACKAGING / "casekeeper.spec"], cwd=ROOT)


def linux_tarball(name: str, version: str) -> Path:
    """Bundle + desktop integration files in the hicolor layout + install.sh, as .tar.gz."""
    arch = platform.machine() or "unknown"
    top = f"{name}-{version}"
    target = DIST / f"{top}-linux-{arch}.tar.gz"
    linux = PACKAGING / "linux"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(DIST / name, arcname=top)
        tar.add(linux / f"{APP_ID}.desktop", arcname=f"{top}/share/applications/{APP_ID}.desktop")
        tar.add(
            linux / f"{APP_ID}.metainfo.xml", arcname=f"{top}/share/metainfo/{APP_ID}.metainfo.xml"
        )
        for size in HICOLOR_SIZES:
            tar.add(
                ICON_DIR / f"casekeeper-{size}.png",
                arcname=f"{top}/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png",
            )
        tar.add(
            ICON_DIR / "casekeeper.svg",
            arcname=f"{top}/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        )
        tar.add(linux / "install.sh", arcname=f"{top}/install.sh")
    return target


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def windows_installer(version: str) -> None:
    iscc = find_iscc()
    if iscc is None:
        sys.exit("Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org or winget")
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DBundleDir={DIST / 'casekeeper'}",
            f"/DOutputDir={DIST}",
            PACKAGING / "windows" / "casekeeper.iss",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the Case Keeper bundle for this OS.")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also make the Windows setup .exe or the macOS .dmg",
    )
    args = parser.parse_args()

    meta = project()
    name, version = meta["name"], meta["version"]
    print(
        f"Building {name} {version} for {sys.platform} ({platform.machine()}) "
        f"with {sys.executable}",
        flush=True,
    )
    started = time.monotonic()
    pyinstaller(clean=not args.no_clean)

    bundle = DIST / name
    outputs = [bundle]
    if sys.platform == "darwin":
        app = DIST / "Case Keeper.app"
        outputs = [app]
        if args.installer:
            run(["bash", PACKAGING / "macos" / "make_dmg.sh", app, version])
            outputs.append(DIST / f"CaseKeeper-{version}.dmg")
    elif sys.platform == "win32":
        if args.installer:
            windows_installer(version)
            outputs.append(DIST / f"CaseKeeper-{version}-setup.exe")
    else:
        outputs.append(linux_tarball(name, version))

    print(f"\nBuilt in {time.monotonic() - started:.0f} s:")
    for path in outputs:
        print(f"  {path.relative_to(ROOT)}  {human(tree_size(path))}")
    exe = bundle / (f"{name}.exe" if sys.platform == "win32" else name)
    print(f"\nTry it: {exe.relative_to(ROOT)} --version")
    return 0


if __name__ == "__main__":
    sys.exit(main())
