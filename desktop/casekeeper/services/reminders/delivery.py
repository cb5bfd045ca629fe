"""Send notices as native notifications (desktop-notifier) and act on a click while waiting."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from casekeeper.services.reminders.planner import Notice
from casekeeper.services.reminders.texts import msg

log = logging.getLogger("casekeeper.reminders")
APP_NAME = "Case Keeper"


@dataclass
class Delivery:
    """What happened to the notices: sent ones (in order), the ones that failed, clicks."""

    sent: list[Notice] = field(default_factory=list)
    failed: list[Notice] = field(default_factory=list)
    opened: list[int | None] = field(default_factory=list)


def deliver(notices: list[Notice], *, language: str, on_sent: Callable[[Notice], None],
            open_case: Callable[[int | None], None], wait_seconds: float) -> Delivery:
    """Send each notice; call ``on_sent`` for each one shown, ``open_case`` on a click.

    Waits up to ``wait_seconds`` for the person to click or dismiss them (the click reaches this
    process only while it runs). A notice the system refused (no notification service) is
    returned in ``failed`` and not passed to ``on_sent``, so it is tried again next time.
    """
    return asyncio.run(_deliver(notices, language, on_sent, open_case, wait_seconds))


async def _deliver(notices: list[Notice], language: str, on_sent: Callable[[Notice], None],
                   open_case: Callable[[int | None], None], wait_seconds: float) -> Delivery:
    from desktop_notifier import Button, DesktopNotifier

    logging.getLogger("desktop_notifier").propagate = False  # its traceback is not the person's
    logging.getLogger("desktop_notifier").addHandler(logging.NullHandler())
    notifier = DesktopNotifier(app_name=APP_NAME)
    result = Delivery()
    open_ids: set[str] = set()
    settled = asyncio.Event()

    def finish(identifier: str) -> None:
        open_ids.discard(identifier)
        if not open_ids:
            settled.set()

    for notice in notices:
        dispatched: list[bool] = []
        holder: dict[str, str] = {}

        def clicked(notice: Notice = notice, holder: dict[str, str] = holder) -> None:
            result.opened.append(notice.case_id)
            open_case(notice.case_id)
            finish(holder.get("id", ""))

        def dismissed(holder: dict[str, str] = holder) -> None:
            finish(holder.get("id", ""))

        def shown(flag: list[bool] = dispatched) -> None:
            flag.append(True)

        label = msg("open_case" if notice.case_id is not None else "open_app", language)
        identifier = await notifier.send(
            notice.title, notice.body,
            buttons=[Button(title=label, on_pressed=clicked)],
            on_clicked=clicked, on_dismissed=dismissed,
            on_dispatched=shown)
        holder["id"] = identifier
        if dispatched:
            open_ids.add(identifier)
            result.sent.append(notice)
            on_sent(notice)
        else:
            result.failed.append(notice)
    if open_ids and wait_seconds > 0:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(settled.wait(), timeout=wait_seconds)
    return result
