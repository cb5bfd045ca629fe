"""casekeeper-cli plan show | set | paid | charged, checked against hand-computed dates."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def case_id(cli) -> str:  # type: ignore[no-untyped-def]
    created = cli("case", "add", "--title", "Manteau", "--country", "FR", "--problem",
                  "goods-not-received", "--amount", "74,50", "--currency", "EUR")
    assert created.code == 0, created.err
    ident = created.out.strip()
    assert cli("log", ident, "--channel", "app", "--at", "2026-10-20T10:00+02:00").code == 0
    return str(ident)


def test_set_makes_the_schedule_and_shows_the_pause(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    made = cli("plan", "set", case_id, "--total", "74,50", "--count", "3", "--first",
               "2026-11-01", "--json")
    assert made.code == 0, made.err
    plan = json.loads(made.out)
    assert [(item["due"], item["amount"]) for item in plan["instalments"]] == [
        ("2026-11-01", "24.84"), ("2026-12-01", "24.83"), ("2027-01-01", "24.83")]
    assert (plan["pause"]["started_on"], plan["pause"]["ends_on"]) == ("2026-10-20", "2026-11-10")
    assert plan["pause"]["paused_amount"] == "24.84"
    due = cli("due", "--json")
    assert any(item["key"] == f"payment-pause:{case_id}" and item["due"] == "2026-11-10"
               for item in json.loads(due.out)), due.out


def test_a_charge_during_the_dispute_is_flagged(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("plan", "set", case_id, "--total", "60", "--count", "2", "--first",
               "2026-11-01").code == 0
    charged = cli("plan", "charged", case_id, "1", "--on", "2026-11-01")
    assert charged.code == 0, charged.err
    assert "warning: this charge was taken while your dispute is open" in charged.out
    paid = cli("plan", "paid", case_id, "2", "--on", "2026-12-01", "--json")
    assert json.loads(paid.out)["charged_in_dispute"] is False
    shown = cli("plan", "show", case_id, "--lang", "fr")
    assert "PRÉLEVÉ PENDANT LE LITIGE" in shown.out and "reste à payer 0,00\u00a0€" in shown.out


def test_an_extension_is_recorded(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("plan", "set", case_id, "--total", "60", "--count", "2", "--first",
               "2026-11-01").code == 0
    extended = cli("plan", "set", case_id, "--extended-until", "2026-12-20", "--json")
    assert json.loads(extended.out)["pause"]["ends_on"] == "2026-12-20"


def test_show_without_a_plan_says_how_to_make_one(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    shown = cli("plan", "show", case_id)
    assert shown.code == 2 and "plan set" in shown.err


def test_an_incomplete_schedule_is_refused(cli, case_id: str) -> None:  # type: ignore[no-untyped-def]
    refused = cli("plan", "set", case_id, "--total", "60", "--count", "2")
    assert refused.code == 2 and "give all three" in refused.err


def test_the_dossier_shows_the_payment_table(cli, case_id: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert cli("plan", "set", case_id, "--total", "74,50", "--count", "3", "--first",
               "2026-10-01").code == 0
    assert cli("plan", "paid", case_id, "1", "--on", "2026-10-01").code == 0
    assert cli("plan", "charged", case_id, "2", "--on", "2026-11-02").code == 0
    pdf = tmp_path / "dossier.pdf"
    made = cli("dossier", case_id, "-o", str(pdf))
    assert made.code == 0, made.err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    table = text[text.index("Payment plan"):]
    lines = [" ".join(line.split()) for line in table.splitlines()]
    assert "1 1 Oct 2026 €24.84 paid 1 Oct 2026" in lines
    assert any(line.startswith("2 1 Nov 2026 €24.83 charged by Klarna 2 Nov 2026 charged during")
               for line in lines), lines[:8]
    assert "3 1 Dec 2026 €24.83 due" in lines
    assert "Total €74.50; left to pay €24.83." in lines
    assert any(line.startswith("Payments paused on 20 Oct 2026 until 10 Nov 2026") for line in lines)
