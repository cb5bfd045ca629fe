"""The schedule's files for each system: checked by the system's own tools or by parsing."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from casekeeper.services.reminders import schedule_files as files
from casekeeper.services.reminders.background import (
    Place,
    detect_place,
    disable,
    enable,
    render,
    status,
    windowless_command,
)

NOW = datetime(2026, 11, 24, 10, 30)
COMMAND = ["/opt/Case Keeper/casekeeper-cli", "--data-dir", "/home/ana/My 100% data"]
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def _place(tmp_path: Path, kind: str) -> Place:
    return Place(kind, tmp_path / "home", tmp_path / "config", tmp_path / "logs" / "reminders.log")


class Recorder:
    """Stands in for systemctl, launchctl and schtasks: records each command, answers ``code``."""

    def __init__(self, code: int = 0) -> None:
        self.code = code
        self.commands: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> int:
        self.commands.append(list(command))
        return self.code


@pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                    reason="needs systemd-analyze (apt package systemd)")
def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    place = _place(tmp_path, "systemd")
    cli = shutil.which("true")  # verify wants an executable that exists
    assert cli is not None
    made = render(place, [cli, "--data-dir", "/home/ana/My 100% data"], NOW)
    for path, content in made.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    done = subprocess.run(["systemd-analyze", "--user", "verify", *map(str, made)],
                          capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(runtime),
                               "HOME": str(tmp_path / "home")}, cwd=tmp_path)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")  # a bad line is only a warning


def test_the_service_quotes_a_folder_with_spaces_and_percent_signs(tmp_path: Path) -> None:
    service = files.systemd_service(COMMAND)
    line = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    assert line == ('ExecStart="/opt/Case Keeper/casekeeper-cli" --data-dir "/home/ana/My 100%% data"'
                    " notify --wait 600")
    assert "OnCalendar=*:0/15" in files.systemd_timer() and "Persistent=true" in files.systemd_timer()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="needs desktop-file-validate (apt package desktop-file-utils)")
def test_the_autostart_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    [(path, content)] = render(_place(tmp_path, "autostart"), COMMAND, NOW).items()
    target = tmp_path / path.name
    target.write_bytes(content)
    done = subprocess.run(["desktop-file-validate", str(target)], capture_output=True, text=True,
                          check=False)
    assert (done.returncode, done.stdout) == (0, "")
    assert "notify --wait 600 --every 15" in content.decode()


def test_the_launchd_agent_is_a_plist_that_runs_notify_every_quarter_hour(tmp_path: Path) -> None:
    [(path, content)] = render(_place(tmp_path, "launchd"), COMMAND, NOW).items()
    agent = plistlib.loads(content)
    assert path == tmp_path / "home" / "Library" / "LaunchAgents" / "org.casekeeper.reminders.plist"
    assert agent["Label"] == "org.casekeeper.reminders"
    assert agent["ProgramArguments"] == [*COMMAND, "notify", "--wait", "600"]
    assert agent["StartInterval"] == 900 and agent["RunAtLoad"] is True


def test_the_windows_task_has_the_elements_task_scheduler_requires(tmp_path: Path) -> None:
    [(_path, content)] = render(_place(tmp_path, "windows"), COMMAND, NOW).items()
    assert content.startswith(b"\xff\xfe")  # UTF-16 with its byte order mark, as declared
    task = ET.fromstring(content.decode("utf-16"))
    assert task.tag == f"{TASK}Task" and task.get("version") == "1.2"
    # The schema (task.xsd): Actions with one Exec and its Command are required; a TimeTrigger
    # needs a StartBoundary; a Repetition needs an Interval.
    command = task.find(f"{TASK}Actions/{TASK}Exec/{TASK}Command")
    assert command is not None and command.text == "/opt/Case Keeper/casekeeper-cli"
    arguments = task.find(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments")
    assert arguments is not None
    assert arguments.text == '--data-dir "/home/ana/My 100% data" notify --wait 600'
    trigger = task.find(f"{TASK}Triggers/{TASK}TimeTrigger")
    assert trigger is not None
    assert trigger.findtext(f"{TASK}StartBoundary") == "2026-11-24T10:30:00"
    assert trigger.findtext(f"{TASK}Repetition/{TASK}Interval") == "PT15M"
    assert task.find(f"{TASK}Triggers/{TASK}LogonTrigger/{TASK}Repetition/{TASK}Interval") is not None
    assert task.findtext(f"{TASK}Settings/{TASK}MultipleInstancesPolicy") == "IgnoreNew"


@pytest.mark.parametrize("kind", ["systemd", "autostart", "launchd", "windows"])
def test_disabling_removes_every_file_enabling_made(tmp_path: Path, kind: str) -> None:
    place = _place(tmp_path, kind)
    system = Recorder()
    made = enable(place, COMMAND, NOW, system)
    assert made and all(path.is_file() for path in made) and status(place).enabled
    assert disable(place, system) == made
    assert not any(path.exists() for path in made) and not status(place).installed


def test_systemd_is_told_to_start_the_timer_and_to_stop_it(tmp_path: Path) -> None:
    place = _place(tmp_path, "systemd")
    system = Recorder()
    enable(place, COMMAND, NOW, system)
    disable(place, system)
    assert ["systemctl", "--user", "enable", "--now", "casekeeper-reminders.timer"] in system.commands
    assert ["systemctl", "--user", "disable", "--now", "casekeeper-reminders.timer"] in system.commands


def test_a_schedule_the_system_refuses_leaves_no_file(tmp_path: Path) -> None:
    from casekeeper.errors import KnownError

    place = _place(tmp_path, "systemd")
    with pytest.raises(KnownError, match="refused the schedule"):
        enable(place, COMMAND, NOW, Recorder(code=1))
    assert not any(path.exists() for path in place.files())


def test_without_a_systemd_user_session_linux_gets_an_autostart_entry(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert detect_place(tmp_path / "r.log", env, "linux").kind == "autostart"
    runtime = tmp_path / "run"
    (runtime / "systemd").mkdir(parents=True)
    (runtime / "systemd" / "private").touch()
    with_manager = detect_place(tmp_path / "r.log", {**env, "XDG_RUNTIME_DIR": str(runtime)}, "linux")
    assert with_manager.kind == ("systemd" if shutil.which("systemctl") else "autostart")
    assert detect_place(tmp_path / "r.log", env, "darwin").kind == "launchd"
    assert detect_place(tmp_path / "r.log", env, "win32").kind == "windows"


def test_the_cli_enables_reports_and_disables_the_schedule(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # never touch this machine's systemd

    enabled = json.loads(cli("background", "enable", "--json").out)
    assert enabled["kind"] == "autostart"  # no systemd user session in the tests
    [entry] = map(Path, enabled["files"])
    assert entry.is_file() and "notify --wait 600 --every 15" in entry.read_text(encoding="utf-8")
    assert json.loads(cli("background", "status", "--json").out)["enabled"] is True
    assert json.loads(cli("background", "disable", "--json").out)["removed"] == [str(entry)]
    assert not entry.exists()
    assert cli("background", "status").out.strip() == "Background reminders are off."


def _programs(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"MZ")
    return folder


def test_on_windows_the_task_starts_the_gui_program_so_no_console_flashes(tmp_path: Path) -> None:
    bundle = _programs(tmp_path / "Case Keeper", "casekeeper.exe", "casekeeper-cli.exe")
    command = windowless_command([bundle])
    assert command == [str(bundle / "casekeeper.exe"), "--windowless"]
    [(_path, content)] = render(_place(tmp_path, "windows"),
                                [*command, "--data-dir", "C:\\Users\\Ana\\Case data"],
                                NOW).items()
    task = ET.fromstring(content.decode("utf-16"))
    assert task.findtext(f"{TASK}Actions/{TASK}Exec/{TASK}Command") == str(bundle / "casekeeper.exe")
    assert task.findtext(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments") == (
        '--windowless --data-dir "C:\\Users\\Ana\\Case data" notify --wait 600')


def test_a_source_install_on_windows_runs_pythonw_never_python(tmp_path: Path) -> None:
    scripts = _programs(tmp_path / "Scripts", "python.exe", "pythonw.exe", "casekeeper-cli.exe")
    assert windowless_command([scripts]) == [str(scripts / "pythonw.exe"), "-m",
                                             "casekeeper.cli.main"]


def test_with_only_console_programs_the_windows_schedule_is_refused(tmp_path: Path) -> None:
    from casekeeper.errors import KnownError

    scripts = _programs(tmp_path / "Scripts", "python.exe", "casekeeper-cli.exe")
    with pytest.raises(KnownError, match="console window would open"):
        windowless_command([scripts])


def test_the_launchd_agent_runs_in_the_login_session_without_a_terminal(tmp_path: Path) -> None:
    [(_path, content)] = render(_place(tmp_path, "launchd"), COMMAND, NOW).items()
    agent = plistlib.loads(content)
    assert agent["ProcessType"] == "Background" and agent["LimitLoadToSessionType"] == "Aqua"
    assert agent["ProgramArguments"][0] == COMMAND[0]  # the program itself, never Terminal.app
    assert not any(str(part).endswith((".command", ".app")) for part in agent["ProgramArguments"])


# launchd.plist(5) (https://keith.github.io/xcode-man-pages/launchd.plist.5.html): each key's type.
LAUNCHD_TYPES: dict[str, type] = {
    "Label": str, "ProgramArguments": list, "StartInterval": int, "RunAtLoad": bool,
    "ProcessType": str, "LimitLoadToSessionType": str, "AbandonProcessGroup": bool,
    "StandardOutPath": str, "StandardErrorPath": str,
}


def test_the_launchd_agent_is_well_formed_as_plutil_lint_would_check(tmp_path: Path) -> None:
    """What ``plutil -lint`` and launchd check, done here without macOS: the XML plist's
    DOCTYPE and root, one dictionary, each key of the expected type, the file named after
    its Label."""
    [(path, content)] = render(_place(tmp_path, "launchd"), COMMAND, NOW).items()
    assert b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"' in content
    root = ET.fromstring(content)
    assert root.tag == "plist" and root.get("version") == "1.0" and [c.tag for c in root] == ["dict"]
    agent = plistlib.loads(content, fmt=plistlib.FMT_XML)
    assert plistlib.dumps(agent) == content  # canonical: what plutil -convert xml1 keeps
    assert set(agent) <= set(LAUNCHD_TYPES)
    for key, value in agent.items():
        assert type(value) is LAUNCHD_TYPES[key], key
    assert all(isinstance(part, str) and part for part in agent["ProgramArguments"])
    assert agent["ProcessType"] in {"Background", "Standard", "Adaptive", "Interactive"}
    assert path.name == f"{agent['Label']}.plist"
    assert Path(agent["StandardOutPath"]).is_absolute()


TASK_CHILDREN = {"RegistrationInfo", "Triggers", "Settings", "Data", "Principals", "Actions"}
DURATION = r"^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$"  # xs:duration


def test_the_windows_task_keeps_the_schemas_rules(tmp_path: Path) -> None:
    """The Task element's rules (learn.microsoft.com/windows/win32/taskschd/
    taskschedulerschema-task-element): its child elements, Actions' Context naming a
    Principal's id (ContextKeyRef), unique ids; a TimeTrigger has its StartBoundary; durations
    and booleans in their XML Schema forms; the action is a windowless program."""
    import re

    command = [r"C:\Program Files\Case Keeper\casekeeper.exe", "--windowless"]
    [(_path, content)] = render(_place(tmp_path, "windows"), command, NOW).items()
    task = ET.fromstring(content.decode("utf-16"))
    assert {child.tag.removeprefix(TASK) for child in task} <= TASK_CHILDREN
    principals = [p.get("id") for p in task.iterfind(f"{TASK}Principals/{TASK}Principal")]
    assert len(principals) == len(set(principals)) == 1
    assert task.find(f"{TASK}Actions").get("Context") in principals  # type: ignore[union-attr]
    for trigger in task.iterfind(f"{TASK}Triggers/{TASK}TimeTrigger"):
        assert trigger.findtext(f"{TASK}StartBoundary")
    for element in task.iter():
        name = element.tag.removeprefix(TASK)
        if name in {"Interval", "ExecutionTimeLimit"}:
            assert re.match(DURATION, element.text or ""), name
        if name in {"Enabled", "StopAtDurationEnd", "StartWhenAvailable",
                    "DisallowStartIfOnBatteries", "StopIfGoingOnBatteries",
                    "RunOnlyIfNetworkAvailable"}:
            assert element.text in {"true", "false"}, name
    [program] = [e.text for e in task.iterfind(f"{TASK}Actions/{TASK}Exec/{TASK}Command")]
    assert program is not None and Path(program.replace("\\", "/")).name == "casekeeper.exe"
    assert task.findtext(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments", "").startswith(
        "--windowless ")


def test_a_timer_enabled_on_the_desktop_is_removed_from_a_terminal_without_systemd(
        tmp_path: Path) -> None:
    desktop, terminal = _place(tmp_path, "systemd"), _place(tmp_path, "autostart")
    made = enable(desktop, COMMAND, NOW, Recorder())
    wants = made[1].parent / "timers.target.wants" / made[1].name
    wants.parent.mkdir()
    wants.symlink_to(made[1])  # what systemctl enable made
    assert status(terminal).enabled and status(terminal).kind == "systemd"
    assert sorted(disable(terminal, Recorder(code=1))) == sorted(made)
    assert not any(path.exists() for path in made) and not wants.is_symlink()
    assert not status(desktop).installed and not status(terminal).installed


def test_enabling_one_kind_of_linux_schedule_removes_the_other(tmp_path: Path) -> None:
    [entry] = enable(_place(tmp_path, "autostart"), COMMAND, NOW, Recorder())
    timer_place = _place(tmp_path, "systemd")
    enable(timer_place, COMMAND, NOW, Recorder())
    assert not entry.exists() and status(timer_place).enabled


def test_the_autostart_loop_stops_once_the_option_is_turned_off(tmp_path: Path) -> None:
    import os
    import sys

    config = tmp_path / "config"
    [entry] = enable(_place(tmp_path, "autostart"), COMMAND, NOW, Recorder())
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(config),
           "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent", "PYTHONUNBUFFERED": "1"}
    (tmp_path / "data").mkdir()
    env.pop("XDG_RUNTIME_DIR", None)
    loop = subprocess.Popen(
        [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(tmp_path / "data"),
         "notify", "--wait", "0", "--every", "15"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert loop.stdout is not None
        assert loop.stdout.readline().strip() == "Nothing is due."  # the first run is done
        entry.unlink()  # what unticking the option does
        assert loop.wait(timeout=60) == 0
    finally:
        if loop.poll() is None:
            loop.kill()
            loop.wait()
        if loop.stdout is not None:
            loop.stdout.close()
