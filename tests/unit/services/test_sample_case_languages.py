"""The welcome's sample case speaks the window's language and lives in that language's country."""

from __future__ import annotations

import pytest

from casekeeper.services.sample_case import SAMPLES, create_sample_case
from casekeeper.services.workspace import Workspace
from tests.language_scan import LANGUAGES, foreign_words


def test_every_language_has_every_sample_text() -> None:
    assert set(SAMPLES) == set(LANGUAGES)
    assert all(SAMPLES[language].keys() == SAMPLES["en"].keys() for language in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_is_written_in_its_language(workspace: Workspace, language: str) -> None:
    case_id = create_sample_case(workspace, language=language)
    detail = workspace.cases.detail(case_id)
    assert detail.country == SAMPLES[language]["country"]
    texts = [detail.title, detail.problem_text, detail.remedy]
    texts += [row.summary for row in detail.interactions] + [row.transcript for row in detail.interactions]
    texts += [promise.text for promise in detail.promises]
    texts += [getattr(stage, "note", "") for stage in detail.stages]
    found = [str(hit) for text in texts if text for hit in foreign_words(text, language)]
    assert found == []
