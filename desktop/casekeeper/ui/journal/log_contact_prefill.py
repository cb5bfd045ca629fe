"""Fill Log a contact from a timed call or chat (call mode), for the person to check and save."""

from __future__ import annotations

from casekeeper.domain.dto import InteractionInput
from casekeeper.ui.common.datetime_fields import set_instant
from casekeeper.ui.journal.log_contact import LogContactDialog


def prefill(dialog: LogContactDialog, contact: InteractionInput) -> None:
    """Channel, start time, number, waiting and talking minutes, agent, reference, notes."""
    dialog.channels.set_channel(contact.channel)
    form = dialog.form
    form.show_channel_fields(contact.channel)
    set_instant(form.when, contact.occurred_at, contact.zone)
    form.agent.setText(contact.agent_name)
    form.kinds[contact.agent_kind].setChecked(True)
    form.reference.setText(contact.reference)
    form.number.setText(contact.number_dialled)
    form.wait.setValue(contact.wait_minutes or 0)
    form.call.setValue(contact.call_minutes or 0)
    form.summary.setPlainText(contact.summary)
    form.transcript.setPlainText(contact.transcript)
    form.summary.setFocus()
