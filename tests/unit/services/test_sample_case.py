"""The sample case is a whole French dispute built through the services."""

from __future__ import annotations

from casekeeper.domain.enums import AgentKind, Channel, PromiseState, Stage
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace


def test_the_sample_case_has_contacts_steps_promises_and_photos(workspace: Workspace) -> None:
    case = workspace.cases.detail(create_sample_case(workspace))
    assert case.country == "FR"
    assert [view.channel for view in case.interactions] == [Channel.CHAT, Channel.CHAT, Channel.PHONE,
                                                             Channel.LETTER]
    assert case.interactions[0].agent_kind is AgentKind.BOT
    assert case.interactions[1].agent_kind is AgentKind.HUMAN
    assert case.stage is Stage.FORMAL_COMPLAINT
    assert {promise.state for promise in case.promises} == {PromiseState.BROKEN}
    assert [exhibit.media_type for exhibit in case.evidence][:2] == ["image/png", "image/png"]
    assert len(case.evidence) == 3
