"""Corrections to Klarna's details: set and reset through the editor; invalid hours are refused."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.contact.corrections import CorrectionDialog, CorrectionsPage


def test_a_correction_is_saved_listed_and_reset_to_the_shipped_value(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    assert page.form.select("channels.phone.number")
    shipped = page.form.shipped.text()
    page.form.value.setPlainText("+33 1 00 00 00 00")
    assert page.form.save()
    assert [(v.key, v.value) for v in workspace.rules.overrides("FR")] == [
        ("channels.phone.number", "+33 1 00 00 00 00")
    ]
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "+33 1 00 00 00 00"
    assert page.table.item(0, 2).text() == shipped
    assert page.form.reset_button.isEnabled()
    assert page.form.reset()
    assert workspace.rules.overrides("FR") == []
    assert page.form.value.toPlainText() == shipped
    assert not page.table.isVisible() or page.table.rowCount() == 0


def test_invalid_hours_are_marked_with_the_message_and_nothing_is_stored(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    page.show()
    assert page.form.select("channels.phone.hours")
    page.form.value.setPlainText("Monday to Friday")
    assert not page.form.save()
    assert page.form.error.isVisible()
    assert "Case Keeper cannot read these hours" in page.form.error.text()
    assert "Mo-Fr 09:00" in page.form.error.text()  # says how to write them
    assert workspace.rules.overrides("FR") == []


def test_the_rows_write_the_hours_string_and_it_is_saved(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    page.show()
    assert page.form.select("channels.phone.hours")
    hours = page.form.hours
    assert hours.isVisible()
    for row in hours.rows[:5]:
        row.open.setChecked(True)
        row.second.setChecked(True)
        row.starts[0].setTime(QTime(8, 30))
        row.ends[0].setTime(QTime(12, 0))
        row.starts[1].setTime(QTime(13, 0))
        row.ends[1].setTime(QTime(18, 0))
    hours.rows[5].open.setChecked(True)
    hours.rows[5].second.setChecked(False)
    hours.rows[5].starts[0].setTime(QTime(9, 0))
    hours.rows[5].ends[0].setTime(QTime(12, 0))
    hours.rows[6].open.setChecked(False)
    hours.holidays.setChecked(True)
    expected = "Mo-Fr 08:30-12:00,13:00-18:00; Sa 09:00-12:00; PH off"
    assert page.form.value.toPlainText() == expected
    assert page.form.save()
    assert [(v.key, v.value) for v in workspace.rules.overrides("FR")] == [("channels.phone.hours", expected)]


def test_an_existing_string_is_read_back_into_the_rows(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    page.form.select("channels.phone.hours")
    page.form.value.setPlainText("Mo-Fr 09:00-17:00; Sa 10:00-13:00; PH off")
    rows = page.form.hours.rows
    assert [row.open.isChecked() for row in rows] == [True] * 6 + [False]
    assert rows[5].starts[0].time() == QTime(10, 0) and rows[5].ends[0].time() == QTime(13, 0)
    assert page.form.hours.holidays.isChecked()
    assert not page.form.hours.note.isVisibleTo(page)


def test_a_string_the_rows_cannot_show_stays_in_the_advanced_field_with_a_word(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    page.show()
    page.form.select("channels.phone.hours")
    page.form.value.setPlainText("Jan-Jun Mo-Fr 09:00-17:00")
    hours = page.form.hours
    assert hours.note.isVisible() and "Advanced" in hours.note.text()
    assert not hours.rows[0].open.isEnabled()
    assert page.form.save()
    assert workspace.rules.overrides("FR")[0].value == "Jan-Jun Mo-Fr 09:00-17:00"


def test_a_period_that_closes_before_it_opens_is_explained(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    page.form.select("channels.phone.hours")
    monday = page.form.hours.rows[0]
    monday.open.setChecked(True)
    monday.starts[0].setTime(QTime(18, 0))
    monday.ends[0].setTime(QTime(9, 0))
    assert not page.form.save()
    assert "Monday" in page.form.error.text()
    assert workspace.rules.overrides("FR") == []


def test_unknown_hours_are_one_tick(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    page.form.select("channels.phone.hours")
    page.form.hours.unknown.setChecked(True)
    assert page.form.value.toPlainText() == "unknown"
    assert not page.form.hours.rows[0].open.isEnabled()


def test_the_advanced_error_is_in_french_in_a_french_window(qapp: QApplication, workspace: Workspace) -> None:
    install_language(qapp, "fr")
    try:
        page = CorrectionsPage(workspace.rules, "FR")
        page.form.select("channels.phone.hours")
        page.form.value.setPlainText("du lundi au vendredi de 9h à 17h")
        assert not page.form.save()
        assert "Case Keeper ne peut pas lire ces horaires" in page.form.error.text()
    finally:
        install_language(qapp, "en")


def test_a_corrected_card_says_so_and_edit_opens_the_editor_on_it(
    window: MainWindow, workspace: Workspace
) -> None:
    workspace.rules.set_override("FR", "channels.phone.hours", "Mo-Fr 08:00-20:00")
    dialog = window.dialogs.contact_klarna()
    assert dialog is not None
    corrected = [box for box in dialog.cards if box.card.overridden]
    assert corrected and "(your correction)" in corrected[0].title()
    editor = window.contact.correct("channels.phone.hours")
    assert isinstance(editor, CorrectionDialog)
    assert editor.page.form.current_key() == "channels.phone.hours"
    assert editor.page.form.value.toPlainText() == "Mo-Fr 08:00-20:00"


def test_preferences_have_reminder_and_correction_pages(window: MainWindow) -> None:
    dialog = window.dialogs.preferences()
    titles = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]  # type: ignore[attr-defined]
    assert titles == ["General", "Reminders", "Corrections to Klarna's details"]
    dialog.reminders_page.boxes[7].setChecked(False)  # type: ignore[attr-defined]
    dialog.accept()
    assert window.settings.reminder_days == (3, 1, 0)


def test_tab_walks_each_day_left_to_right(workspace: Workspace) -> None:
    page = CorrectionsPage(workspace.rules, "FR")
    monday, tuesday = page.form.hours.rows[0], page.form.hours.rows[1]
    wanted = [*monday.widgets(), tuesday.open]
    walked, widget = [], monday.open
    while len(walked) < len(wanted) and widget is not None:
        if widget in wanted and widget not in walked:
            walked.append(widget)
        widget = widget.nextInFocusChain()
    assert walked == wanted
