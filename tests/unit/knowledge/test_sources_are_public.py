"""Sources shown to the person (and printed in dossiers) name public pages, never our notes."""

from __future__ import annotations

import re

import pytest

from casekeeper.knowledge.loader import read_raw, shipped_pack_names

INTERNAL = re.compile(r"klarna\.md|domain brief|\bseed\b|section \d", re.IGNORECASE)


def _sources(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [str(node["source"])] if "source" in node else []
        return found + [s for value in node.values() for s in _sources(value)]
    if isinstance(node, list):
        return [s for value in node for s in _sources(value)]
    return []


@pytest.mark.parametrize("name", [*shipped_pack_names(), "default"])
def test_no_source_names_an_internal_document(name: str) -> None:
    _filename, data = read_raw(name.lower())
    leaks = [source for source in _sources(data) if INTERNAL.search(source)]
    assert leaks == []
