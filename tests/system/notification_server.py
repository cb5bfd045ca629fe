"""A freedesktop Notifications server for the tests: records each Notify call, can click or close.

Run inside ``dbus-run-session``: it takes the name org.freedesktop.Notifications on the session
bus, prints the bus address on one line once it is ready, appends each notification it receives
to RECORD (JSON lines), then (mode ``click``) invokes the first action of each one (the
ActionInvoked signal, as a click on it does), or (mode ``close``) closes it as dismissed.
"""


import asyncio
import json
import os
import sys
from pathlib import Path

from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method, signal


class Notifications(ServiceInterface):
    """org.freedesktop.Notifications, as much of it as clients use."""

    def __init__(self, record: Path, mode: str) -> None:
        super().__init__("org.freedesktop.Notifications")
        self.record = record
        self.mode = mode
        self.next_id = 0

    @method()
    def Notify(self, app_name: "s", replaces_id: "u", app_icon: "s", summary: "s",
               body: "s", actions: "as", hints: "a{sv}", expire_timeout: "i") -> "u":
        self.next_id += 1
        entry = {"id": self.next_id, "app_name": app_name, "summary": summary, "body": body,
                 "actions": list(actions)}
        with self.record.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
        asyncio.get_running_loop().call_later(0.3, self._answer, self.next_id, list(actions))
        return self.next_id

    def _answer(self, ident: int, actions: list[str]) -> None:
        if self.mode == "click" and actions:
            self.ActionInvoked(ident, actions[0])
        self.NotificationClosed(ident, 2)

    @method()
    def GetCapabilities(self) -> "as":
        return ["actions", "body"]

    @method()
    def CloseNotification(self, ident: "u"):
        self.NotificationClosed(ident, 3)

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["test-server", "casekeeper-tests", "1.0", "1.2"]

    @signal()
    def ActionInvoked(self, ident: "u", action_key: "s") -> "us":
        return [ident, action_key]

    @signal()
    def NotificationClosed(self, ident: "u", reason: "u") -> "uu":
        return [ident, reason]


async def serve(record: Path, mode: str) -> None:
    """Own the name, say the address, serve until killed."""
    bus = await MessageBus().connect()
    bus.export("/org/freedesktop/Notifications", Notifications(record, mode))
    await bus.request_name("org.freedesktop.Notifications")
    print(os.environ["DBUS_SESSION_BUS_ADDRESS"], flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    _ = Variant  # hints arrive as Variants
    asyncio.run(serve(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "close"))
