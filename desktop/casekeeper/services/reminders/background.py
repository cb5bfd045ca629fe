"""Install, remove and describe the schedule that runs ``casekeeper-cli notify`` with the app closed."""

from __future__ import annotations

import getpass
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from casekeeper.errors import KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.reminders import schedule_files as files

log = logging.getLogger("casekeeper.reminders")
Runner = Callable[[Sequence[str]], int]  # runs a system command (systemctl, launchctl, schtasks)


@dataclass(frozen=True, slots=True)
class Place:
    """Where the schedule's files go on this computer, and which kind of schedule it uses."""

    kind: str  # "systemd", "autostart", "launchd" or "windows"
    home: Path
    config_home: Path  # XDG_CONFIG_HOME on Linux
    log_file: Path

    def files(self) -> list[Path]:
        """Every file the schedule of this kind consists of."""
        if self.kind == "systemd":
            units = self.config_home / "systemd" / "user"
            return [units / f"{files.UNIT_NAME}.service", units / f"{files.UNIT_NAME}.timer"]
        if self.kind == "autostart":
            return [self.config_home / "autostart" / f"{files.UNIT_NAME}.desktop"]
        if self.kind == "launchd":
            return [self.home / "Library" / "LaunchAgents" / f"{files.AGENT_LABEL}.plist"]
        return [self.log_file.parent / "casekeeper-reminders-task.xml"]


@dataclass
class ScheduleStatus:
    """What is installed."""

    kind: str
    installed: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)

    @property
    def enabled(self) -> bool:
        """True when every file of the schedule is there."""
        return bool(self.installed) and not self.missing


def detect_place(log_file: Path, environ: dict[str, str] | None = None,
                 platform: str = sys.platform) -> Place:
    """This computer's kind of schedule: systemd user timer, autostart, launchd or Task Scheduler."""
    env = dict(os.environ) if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    if platform == "darwin":
        kind = "launchd"
    elif platform.startswith("win"):
        kind = "windows"
    else:
        runtime = env.get("XDG_RUNTIME_DIR", "")
        has_user_manager = bool(runtime) and (Path(runtime) / "systemd" / "private").exists()
        kind = "systemd" if has_user_manager and shutil.which("systemctl") else "autostart"
    return Place(kind, home, config_home, log_file)


def cli_command(data_dir: Path | None, platform: str = sys.platform) -> list[str]:
    """How the schedule starts ``casekeeper-cli`` (the installed one when there is one).

    On Windows it is always a program without a console (see :func:`windowless_command`).
    """
    if platform.startswith("win"):
        command = windowless_command(_program_folders())
    else:
        found = _find(("casekeeper-cli",), _program_folders())
        command = [str(found)] if found else [sys.executable, "-m", "casekeeper.cli.main"]
    return [*command, "--data-dir", str(data_dir)] if data_dir is not None else command


def windowless_command(folders: Sequence[Path]) -> list[str]:
    """A command running the CLI on Windows without a console window flashing up.

    The GUI executable (the bundle's ``casekeeper.exe``, or the launcher pip makes for the
    ``casekeeper`` GUI script) with ``--windowless``; else ``pythonw.exe`` next to this Python.
    A console program (``casekeeper-cli.exe``, ``python.exe``) is never chosen.
    """
    gui = _find(("casekeeper.exe",), folders)
    if gui is not None:
        return [str(gui), "--windowless"]
    pythonw = _find(("pythonw.exe",), [Path(sys.executable).parent, *folders])
    if pythonw is not None:
        return [str(pythonw), "-m", "casekeeper.cli.main"]
    raise KnownError(NO_WINDOWLESS)


NO_WINDOWLESS = ("No program that runs without a window was found next to Case Keeper "
                 "(casekeeper.exe or pythonw.exe), so the schedule was not installed: a console "
                 "window would open every quarter of an hour. Reinstall Case Keeper, then try "
                 "again.")


def _program_folders() -> list[Path]:
    """Where Case Keeper's own programs are: beside this interpreter or bundle, and this command."""
    return [Path(sys.executable).parent, Path(sys.argv[0]).absolute().parent]


def _find(names: Sequence[str], folders: Sequence[Path]) -> Path | None:
    for folder in folders:
        for name in names:
            candidate = folder / name
            if candidate.is_file() and (os.access(candidate, os.X_OK) or name.endswith(".exe")):
                return candidate
    return None


def render(place: Place, command: Sequence[str], now: datetime) -> dict[Path, bytes]:
    """Each file of the schedule with its contents."""
    paths = place.files()
    if place.kind == "systemd":
        return {paths[0]: files.systemd_service(command).encode(),
                paths[1]: files.systemd_timer().encode()}
    if place.kind == "autostart":
        return {paths[0]: files.autostart_entry(command).encode()}
    if place.kind == "launchd":
        return {paths[0]: files.launchd_agent(command, str(place.log_file))}
    start = now.replace(microsecond=0, tzinfo=None).isoformat()
    return {paths[0]: files.windows_task(command, start, _windows_user()).encode("utf-16")}


def enable(place: Place, command: Sequence[str], now: datetime, run: Runner) -> list[Path]:
    """Write the schedule's files and register them with the system; returns the files made."""
    made = render(place, command, now)
    try:
        for path, content in made.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    except OSError as error:
        raise KnownError(Marked(N_("The schedule could not be written ({error}); nothing was "
                                   "installed."), error=error)) from error
    registration = _register_commands(place)
    for step in registration:
        if run(step) != 0:
            log.warning("Schedule step failed: %s", " ".join(step))
            _remove(place, run)
            raise KnownError(Marked(N_("The system refused the schedule ({command}); nothing was "
                                       "left installed. See the README's reminders section."),
                                    command=" ".join(step)))
    for other in _other_kinds(place):
        _remove(other, run)  # one schedule only: an older one of the other kind would run too
    return list(made)


def disable(place: Place, run: Runner) -> list[Path]:
    """Unregister the schedule and remove every file it made; returns the files removed.

    On Linux both kinds go, whichever this session would choose: a timer enabled in a desktop
    session is also removed from a terminal without one (``install.sh --uninstall`` over SSH).
    """
    removed = _remove(place, run)
    for other in _other_kinds(place):
        removed += _remove(other, run)
    return removed


def status(place: Place) -> ScheduleStatus:
    """Which of the schedule's files are there (on Linux, of either kind)."""
    for candidate in [place, *_other_kinds(place)]:
        wanted = candidate.files()
        found = ScheduleStatus(candidate.kind, [path for path in wanted if path.exists()],
                               [path for path in wanted if not path.exists()])
        if found.installed:
            return found
    return ScheduleStatus(place.kind, [], place.files())


def autostart_entry(place: Place) -> Path | None:
    """The Linux autostart entry's file (the one a ``notify --every`` loop runs from), or None."""
    if place.kind not in LINUX_KINDS:
        return None
    return replace(place, kind="autostart").files()[0]


LINUX_KINDS = ("systemd", "autostart")


def _other_kinds(place: Place) -> list[Place]:
    """On Linux, the kind this session did not choose, when files of it are there."""
    if place.kind not in LINUX_KINDS:
        return []
    other = replace(place, kind="autostart" if place.kind == "systemd" else "systemd")
    return [other] if any(path.exists() for path in other.files()) else []


def _remove(place: Place, run: Runner) -> list[Path]:
    for step in _unregister_commands(place):
        run(step)  # already gone, or no systemd here, is fine: the files go all the same
    removed = []
    for path in place.files():
        if path.exists():
            path.unlink()
            removed.append(path)
    if place.kind == "systemd":
        wants = place.files()[1].parent / "timers.target.wants" / place.files()[1].name
        if wants.is_symlink():  # left by a disable that could not reach the user manager
            wants.unlink()
        if removed:
            run(["systemctl", "--user", "daemon-reload"])
    return removed


def run_system(command: Sequence[str]) -> int:
    """Run a system command quietly; its return code (127 when it does not exist)."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=60,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        log.warning("%s could not run: %s", command[0], error)
        return 127
    if done.returncode != 0:
        log.warning("%s: %s", " ".join(command), (done.stderr or done.stdout).strip()[:500])
    return done.returncode


def _register_commands(place: Place) -> list[list[str]]:
    if place.kind == "systemd":
        return [["systemctl", "--user", "daemon-reload"],
                ["systemctl", "--user", "enable", "--now", f"{files.UNIT_NAME}.timer"]]
    if place.kind == "launchd":
        return [["launchctl", "bootstrap", f"gui/{os.getuid()}", str(place.files()[0])]]
    if place.kind == "windows":
        return [["schtasks", "/Create", "/TN", files.TASK_NAME, "/XML", str(place.files()[0]),
                 "/F"]]
    return []  # autostart: the session starts it at the next login


def _unregister_commands(place: Place) -> list[list[str]]:
    if place.kind == "systemd":
        return [["systemctl", "--user", "disable", "--now", f"{files.UNIT_NAME}.timer"]]
    if place.kind == "launchd":
        return [["launchctl", "bootout", f"gui/{os.getuid()}/{files.AGENT_LABEL}"]]
    if place.kind == "windows":
        return [["schtasks", "/Delete", "/TN", files.TASK_NAME, "/F"]]
    return []


def _windows_user() -> str:
    domain = os.environ.get("USERDOMAIN", "")
    user = os.environ.get("USERNAME") or getpass.getuser()
    return f"{domain}\\{user}" if domain else user
