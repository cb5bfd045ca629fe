"""The schedule's files for each system: systemd user units, an XDG autostart entry, a launchd
agent, a Task Scheduler task. Pure text: nothing here writes or runs anything."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from xml.sax.saxutils import escape

EVERY_MINUTES = 15  # "a few times an hour"
CLICK_WAIT_SECONDS = 600  # how long one run stays to act on a click (less than the interval)
UNIT_NAME = "casekeeper-reminders"
AGENT_LABEL = "org.casekeeper.reminders"
TASK_NAME = "CaseKeeper Reminders"
DESCRIPTION = "Case Keeper reminders: deadlines and opening hours, while the app is closed"


def notify_arguments(every: int | None = None) -> list[str]:
    """The arguments after the command itself."""
    arguments = ["notify", "--wait", str(CLICK_WAIT_SECONDS)]
    return [*arguments, "--every", str(every)] if every else arguments


def systemd_quote(argument: str) -> str:
    """One ExecStart= argument, quoted when it needs to be (systemd.service, "Command lines")."""
    if argument and not any(char in argument for char in ' \t"\'\\;$%'):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") \
        .replace("$", "$$")
    return f'"{escaped}"'


def systemd_service(command: Sequence[str]) -> str:
    """The oneshot service that runs one notify."""
    exec_start = " ".join(systemd_quote(part) for part in [*command, *notify_arguments()])
    return (
        "[Unit]\n"
        f"Description={DESCRIPTION}\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
        "# the window a notification opens must outlive this run\n"
        "KillMode=process\n"
        f"TimeoutStartSec={CLICK_WAIT_SECONDS + 120}\n"
        "Nice=10\n"
    )


def systemd_timer() -> str:
    """The timer: every quarter of an hour, and soon after login; a missed run is caught up."""
    return (
        "[Unit]\n"
        f"Description={DESCRIPTION} (every {EVERY_MINUTES} minutes)\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar=*:0/{EVERY_MINUTES}\n"
        "OnStartupSec=2min\n"
        "Persistent=true\n"
        "AccuracySec=1min\n"
        f"Unit={UNIT_NAME}.service\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def desktop_quote(argument: str) -> str:
    """One Exec= argument (Desktop Entry Specification, "The Exec key")."""
    if argument and not any(char in argument for char in ' \t\n"\'\\><~|&;$*?#()`%='):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
        .replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def autostart_entry(command: Sequence[str]) -> str:
    """An XDG autostart entry that keeps notify running in a loop for the session."""
    exec_line = " ".join(desktop_quote(part)
                         for part in [*command, *notify_arguments(EVERY_MINUTES)])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Case Keeper reminders\n"
        f"Comment={DESCRIPTION}\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def launchd_agent(command: Sequence[str], log_file: str) -> bytes:
    """A launchd agent (macOS): at login and every quarter of an hour."""
    return plistlib.dumps({
        "Label": AGENT_LABEL,
        "ProgramArguments": [*command, *notify_arguments()],
        "StartInterval": EVERY_MINUTES * 60,
        "RunAtLoad": True,
        "ProcessType": "Background",
        "LimitLoadToSessionType": "Aqua",  # the logged-in desktop, where notifications show
        "AbandonProcessGroup": True,  # the window a notification opens outlives the run
        "StandardOutPath": log_file,
        "StandardErrorPath": log_file,
    })


def windows_task(command: Sequence[str], start_boundary: str, user: str) -> str:
    """A Task Scheduler task (``schtasks /Create /XML``): at logon, then every quarter of an hour."""
    program, *rest = command
    arguments = " ".join(_windows_quote(part) for part in [*rest, *notify_arguments()])
    interval = f"PT{EVERY_MINUTES}M"
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n'
        "  <RegistrationInfo>\n"
        f"    <Description>{escape(DESCRIPTION)}</Description>\n"
        f"    <URI>\\{escape(TASK_NAME)}</URI>\n"
        "  </RegistrationInfo>\n"
        "  <Triggers>\n"
        "    <LogonTrigger>\n"
        f"      <Repetition><Interval>{interval}</Interval>"
        "<StopAtDurationEnd>false</StopAtDurationEnd></Repetition>\n"
        f"      <UserId>{escape(user)}</UserId>\n"
        "      <Enabled>true</Enabled>\n"
        "    </LogonTrigger>\n"
        "    <TimeTrigger>\n"
        f"      <Repetition><Interval>{interval}</Interval>"
        "<StopAtDurationEnd>false</StopAtDurationEnd></Repetition>\n"
        f"      <StartBoundary>{escape(start_boundary)}</StartBoundary>\n"
        "      <Enabled>true</Enabled>\n"
        "    </TimeTrigger>\n"
        "  </Triggers>\n"
        "  <Principals>\n"
        '    <Principal id="Author">\n'
        f"      <UserId>{escape(user)}</UserId>\n"
        "      <LogonType>InteractiveToken</LogonType>\n"
        "      <RunLevel>LeastPrivilege</RunLevel>\n"
        "    </Principal>\n"
        "  </Principals>\n"
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
        "    <StartWhenAvailable>true</StartWhenAvailable>\n"
        "    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>\n"
        f"    <ExecutionTimeLimit>PT{EVERY_MINUTES}M</ExecutionTimeLimit>\n"
        "    <Enabled>true</Enabled>\n"
        "  </Settings>\n"
        '  <Actions Context="Author">\n'
        "    <Exec>\n"
        f"      <Command>{escape(program)}</Command>\n"
        f"      <Arguments>{escape(arguments)}</Arguments>\n"
        "    </Exec>\n"
        "  </Actions>\n"
        "</Task>\n"
    )


def _windows_quote(argument: str) -> str:
    """One argument as the Windows C runtime parses it (subprocess.list2cmdline's rules)."""
    import subprocess

    return subprocess.list2cmdline([argument])
