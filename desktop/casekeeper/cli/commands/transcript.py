"""transcript: what a chat transcript says (agents, bots, transfers, references); writes nothing."""

from __future__ import annotations

from casekeeper.cli.arguments import case_id
from casekeeper.cli.commands.journal import read_transcript_file
from casekeeper.cli.context import Context


def show(ctx: Context) -> int:
    """Print what the transcript file offers for a contact of the case."""
    args = ctx.args
    found = ctx.workspace.mail.chat_findings(case_id(args.id), read_transcript_file(args.file))
    data = {"recognised": found.recognised, "messages": len(found.lines), "person": found.person,
            "agents": list(found.agents), "bots": list(found.bots),
            "agent": found.agent_name, "agent_kind": found.agent_kind.value,
            "asked_for_human": found.asked_for_human, "transferred_to": found.transferred_to,
            "references": list(found.references)}
    if not found.recognised:
        text = ("No chat layout was recognised (time stamps and author names); nothing to offer."
                + (f"\nReferences: {', '.join(found.references)}" if found.references else ""))
    else:
        text = "\n".join((
            f"Messages: {len(found.lines)}",
            f"You: {found.person or '(not recognised)'}",
            f"Agents: {', '.join(found.agents) or '-'}",
            f"Bots: {', '.join(found.bots) or '-'}",
            f"Answered by: {found.agent_kind.value}",
            f"You asked for a human: {'yes' if found.asked_for_human else 'no'}",
            f"Transferred to: {found.transferred_to or '-'}",
            f"References: {', '.join(found.references) or '-'}",
            "Use them with: casekeeper-cli log ID --channel chat --transcript-file FILE "
            "--from-transcript"))
    ctx.out.emit(text, data)
    return 0
