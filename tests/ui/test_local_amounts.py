"""Amounts are typed and shown in the window's locale; an amount with two readings is refused
with what it was read as and how to type it, in the window's language."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.new_case import NewCaseDialog
from casekeeper.ui.common.i18n import format_amount, install_language


def _new_case(window: MainWindow, amount: str) -> NewCaseDialog:
    dialog = window.dialogs.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.form.title.setText("Coat")
    dialog.form.amount.setText(amount)
    return dialog


@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("en", "1,299.99", "1,299.99"),
    ("fr", "1 299,99", "1\u202f299,99"),
    ("de", "1.299,99", "1.299,99"),
    ("sv", "1 299,99", "1\u00a0299,99"),
])
def test_an_amount_typed_in_the_locale_is_kept_and_shown_back_in_it(
    qapp: QApplication, window: MainWindow, workspace: Workspace, language: str, typed: str, shown: str
) -> None:
    install_language(qapp, language)
    dialog = _new_case(window, typed)
    assert dialog.save()
    [summary] = workspace.cases.summaries()
    case = workspace.cases.detail(summary.id)
    assert case.amount == Decimal("1299.99")
    window.controller.reload_cases(case.id)
    assert window.page.details.form.amount.text() == shown


@pytest.mark.parametrize(("language", "typed", "words"), [
    ("en", "1.299", "“1.299” reads as 1.299, with more than two decimals. For a thousand or more, "
                    "type it like 1,299.99, or without separators."),
    ("de", "1,299", "„1,299“ ergibt 1,299, mit mehr als zwei Nachkommastellen. Für tausend oder mehr "
                    "geben Sie den Betrag wie 1.299,99 oder ohne Trennzeichen ein."),
])
def test_an_ambiguous_amount_says_what_it_was_read_as(
    qapp: QApplication, window: MainWindow, workspace: Workspace, language: str, typed: str, words: str
) -> None:
    install_language(qapp, language)
    dialog = _new_case(window, typed)
    assert dialog.save() is False
    assert dialog.form.errors.is_marked("amount")
    assert dialog.form.amount.accessibleDescription() == words
    assert workspace.cases.summaries() == []


@pytest.mark.parametrize(("language", "money"), [
    ("en", "€1,299.90"), ("fr", "1\u202f299,90\u00a0€"), ("de", "1.299,90\u00a0€"),
    ("sv", "1\u00a0299,90\u00a0€"),
])
def test_money_is_shown_through_the_locale(qapp: QApplication, language: str, money: str) -> None:
    install_language(qapp, language)
    assert format_amount(Decimal("1299.9"), "EUR") == money
