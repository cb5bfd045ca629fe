"""transcript: what a chat transcript says (agents, bots, transfers, references); writes nothing."""

from __future__ import annotations

from casekeeper.cli.arguments import case_id
from casekeeper.cli.commands.journal import read_transcript_file
from casekeeper.cli.context import Context
from casekeeper.export.vocabulary import label


def show(ctx: Context) -> int:
    """Print what the transcript file offers for a contact of the case."""
    args = ctx.args
    found = ctx.workspace.mail.chat_findings(case_id(args.id), read_transcript_file(args.file))
    data = {
        "recognised": found.recognised,
        "messages": len(found.lines),
        "person": found.person,
        "agents": list(found.agents),
        "bots": list(found.bots),
        "agent": found.agent_name,
        "agent_kind": found.agent_kind.value,
        "asked_for_human": found.asked_for_human,
        "transferred_to": found.transferred_to,
        "references": list(found.references),
    }
    tr = ctx.out.tr
    references = tr.gettext("References: {references}").format(references=", ".join(found.references) or "-")
    if not found.recognised:
        text = tr.gettext(
            "No chat layout was recognised (time stamps and author names); nothing to offer."
        ) + (f"\n{references}" if found.references else "")
    else:
        text = "\n".join(
            (
                tr.gettext("Messages: {n}").format(n=len(found.lines)),
                tr.gettext("You: {name}").format(name=found.person or tr.gettext("(not recognised)")),
                tr.gettext("Agents: {names}").format(names=", ".join(found.agents) or "-"),
                tr.gettext("Bots: {names}").format(names=", ".join(found.bots) or "-"),
                tr.gettext("Answered by: {kind}").format(kind=label(found.agent_kind, ctx.out.language)),
                tr.gettext("You asked for a human: yes")
                if found.asked_for_human
                else tr.gettext("You asked for a human: no"),
                tr.gettext("Transferred to: {who}").format(who=found.transferred_to or "-"),
                references,
                tr.gettext(
                    "Use them with: casekeeper-cli log ID --channel chat --transcript-file "
                    "FILE --from-transcript"
                ),
            )
        )
    ctx.out.emit(text, data)
    return 0
