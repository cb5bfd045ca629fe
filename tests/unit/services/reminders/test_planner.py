"""Which notices are due: lead times reached once, quiet hours, words in the person's language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineState, Party
from casekeeper.services.deadlines import DueItem
from casekeeper.services.reminders.planner import (
    deadline_notices,
    lead_keys,
    opening_notices,
    quiet_until,
)
from casekeeper.services.reminders.preferences import ReminderPreferences
from casekeeper.services.reminders.store import OpeningRequestView

TODAY = date(2026, 11, 24)


def _item(due: date, key: str = "promise:1") -> DueItem:
    view = DeadlineView(key=key, case_id=3, label="Promise by Klarna: refund", party=Party.KLARNA,
                        clock="", started_by="", started_on=TODAY - timedelta(days=5), due=due,
                        state=DeadlineState.PENDING, met_on=None, days_late=0, source="",
                        verified=True)
    return DueItem(3, "Blender refund", view)


def test_a_deadline_further_than_every_lead_time_gives_nothing() -> None:
    prefs = ReminderPreferences(lead_days=(3, 1))
    assert deadline_notices([_item(TODAY + timedelta(days=5))], TODAY, prefs, set()) == []


def test_a_deadline_at_a_lead_time_gives_one_notice_with_the_case_and_the_date() -> None:
    prefs = ReminderPreferences(lead_days=(7, 3, 1, 0))
    [notice] = deadline_notices([_item(TODAY + timedelta(days=3))], TODAY, prefs, set())
    assert notice.title == "Case Keeper: Blender refund"
    assert notice.body == "Promise by Klarna: refund, due 27 November 2026 (in 3 days)."
    assert notice.case_id == 3
    assert notice.keys == ("3/promise:1/2026-11-27/7", "3/promise:1/2026-11-27/3")


def test_a_lead_time_already_sent_is_not_sent_again_but_the_next_one_is() -> None:
    prefs = ReminderPreferences(lead_days=(7, 3, 1, 0))
    item = _item(TODAY + timedelta(days=3))
    sent = set(lead_keys(item, TODAY, prefs.lead_days))
    assert deadline_notices([item], TODAY, prefs, sent) == []
    tomorrow = TODAY + timedelta(days=2)
    [notice] = deadline_notices([item], tomorrow, prefs, sent)
    assert notice.body.endswith("(tomorrow).")


def test_the_notice_is_in_french_for_a_french_speaker() -> None:
    prefs = ReminderPreferences(lead_days=(1, 0), language="fr_FR")
    [notice] = deadline_notices([_item(TODAY)], TODAY, prefs, set())
    assert notice.title == "Case Keeper : Blender refund"
    assert notice.body == "Promise by Klarna: refund, échéance le 24 novembre 2026 (aujourd'hui)."


def test_the_notice_is_in_german_for_a_german_speaker() -> None:
    prefs = ReminderPreferences(lead_days=(3, 0), language="de")
    [notice] = deadline_notices([_item(TODAY + timedelta(days=3))], TODAY, prefs, set())
    assert notice.title == "Case Keeper: Blender refund"
    assert notice.body == "Promise by Klarna: refund, fällig am 27. November 2026 (in 3 Tagen)."


def test_no_lead_time_chosen_means_no_deadline_notice() -> None:
    prefs = ReminderPreferences(lead_days=())
    assert deadline_notices([_item(TODAY)], TODAY, prefs, set()) == []


def test_an_opening_request_is_due_once_its_time_has_come() -> None:
    opens = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    request = OpeningRequestView(5, "Klarna phone line", opens, 3)
    prefs = ReminderPreferences()
    assert opening_notices([request], opens - timedelta(minutes=1), "Europe/Paris", prefs, {}) == []
    [notice] = opening_notices([request], opens + timedelta(minutes=4), "Europe/Paris", prefs,
                               {3: "Blender refund"})
    assert notice.title == "Case Keeper: Klarna phone line is open"
    assert notice.body == "Klarna phone line opened at 09:00 (case: Blender refund)."
    assert notice.request_id == 5 and notice.case_id == 3


def test_quiet_hours_span_midnight_and_end_in_the_morning() -> None:
    prefs = ReminderPreferences()  # 21:00-08:00
    assert prefs.is_quiet(time(23, 30)) and prefs.is_quiet(time(7, 59))
    assert not prefs.is_quiet(time(8, 0)) and not prefs.is_quiet(time(20, 59))
    late = datetime(2026, 11, 24, 21, 30, tzinfo=UTC)  # 22:30 in Paris
    assert quiet_until(late, "Europe/Paris", prefs) == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    early = datetime(2026, 11, 25, 6, 30, tzinfo=UTC)  # 07:30 in Paris
    assert quiet_until(early, "Europe/Paris", prefs).hour == 8  # type: ignore[union-attr]
    assert quiet_until(datetime(2026, 11, 25, 9, 0, tzinfo=UTC), "Europe/Paris", prefs) is None


def test_equal_quiet_hour_ends_mean_never_quiet() -> None:
    prefs = ReminderPreferences(quiet_start=time(8, 0), quiet_end=time(8, 0))
    assert not prefs.is_quiet(time(3, 0))


def test_an_opening_announced_long_after_it_does_not_claim_the_line_is_open() -> None:
    opens = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)  # Friday 09:00 in Paris
    request = OpeningRequestView(5, "Klarna phone line", opens, None)
    later = opens + timedelta(days=1, hours=2)  # the computer slept until Saturday
    for language, title, body in [
            ("en", "Case Keeper: Klarna phone line opened earlier",
             "Klarna phone line opened at 09:00 on 27 November 2026; check the opening hours before "
             "you contact Klarna."),
            ("fr", "Case Keeper : Klarna phone line a ouvert plus tôt",
             "Klarna phone line a ouvert à 09:00 le 27 novembre 2026 ; vérifiez les horaires avant "
             "de contacter Klarna.")]:
        prefs = ReminderPreferences(language=language)
        [notice] = opening_notices([request], later, "Europe/Paris", prefs, {})
        assert (notice.title, notice.body, notice.request_id) == (title, body, 5)
