"""Corrections to Klarna's details: set and reset through the editor; invalid hours are refused."""

from __future__ import annotations

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
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
    assert "opening_hours" in page.form.error.text()
    assert workspace.rules.overrides("FR") == []


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
