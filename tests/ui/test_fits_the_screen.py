"""At 200 % on an 800×500 screen every dialog's buttons are visible; geometry stays on the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.screen_area import available, fit_rect
from casekeeper.ui.common.settings import Settings

PROBE = Path(__file__).with_name("fit_probe.py")


def _probe(tmp_path: Path, width: int, height: int, scale: str, *args: str) -> str:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True,
                            env=env, timeout=600, check=True)
    return result.stdout


def test_every_dialog_shows_its_buttons_at_200_percent_on_a_small_screen(tmp_path: Path) -> None:
    out = _probe(tmp_path, 1600, 1000, "2", "en", "fr", "de", "sv")  # 800×500 logical pixels
    assert "CHECKED" in out
    assert [line for line in out.splitlines() if line.startswith("FAIL")] == []


def test_the_call_window_and_preferences_keep_their_buttons_on_a_tiny_screen(tmp_path: Path) -> None:
    out = _probe(tmp_path, 800, 500, "2", "en", "de", "--only=call Klarna,preferences")  # 400×250
    assert "CHECKED" in out
    assert [line for line in out.splitlines() if line.startswith("FAIL")] == []


def test_the_call_window_keeps_its_buttons_at_150_percent_on_a_laptop(tmp_path: Path) -> None:
    out = _probe(tmp_path, 1366, 768, "1.5", "en", "de", "--only=call Klarna")
    assert "CHECKED" in out
    assert [line for line in out.splitlines() if line.startswith("FAIL")] == []


def test_the_first_window_is_roomy_on_a_large_screen(tmp_path: Path) -> None:
    out = _probe(tmp_path, 2560, 1440, "1", "--default-size")
    width, height = (int(value) for value in out.split("SIZE ")[1].split()[:2])
    assert width >= 1800 and height >= 1000
    assert width <= 2560 and height <= 1440


def test_a_geometry_saved_on_a_larger_screen_is_clamped(
    qtbot: QtBot, workspace: Workspace, settings: Settings
) -> None:
    first = MainWindow(workspace, settings)
    qtbot.addWidget(first)
    first.setGeometry(QRect(-400, -300, 4000, 3000))
    settings.save_window_state("geometry", first.saveGeometry())
    again = MainWindow(workspace, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    area = available(again)
    assert area.contains(again.frameGeometry())


def test_fit_rect_moves_and_shrinks_into_the_area() -> None:
    area = QRect(0, 0, 800, 500)
    assert fit_rect(QRect(700, 450, 300, 200), area) == QRect(500, 300, 300, 200)
    assert fit_rect(QRect(-50, -50, 2000, 900), area) == area


def test_contact_klarna_needs_no_sideways_scrolling_and_shows_its_copy_buttons(
    window: MainWindow, workspace: Workspace
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QPushButton, QScrollArea

    from casekeeper.services.sample_case import create_sample_case

    window.controller.reload_cases(create_sample_case(workspace))
    dialog = window.dialogs.contact_klarna()
    assert dialog is not None
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    copies = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Copy"]
    assert copies
    for button in copies:
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width()
