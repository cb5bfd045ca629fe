"""What every command receives: the parsed arguments, the open workspace and the output."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from casekeeper.i18n import Language, Translator, translator
from casekeeper.paths import DataPaths

if TYPE_CHECKING:  # the database layer loads only for the commands that open the workspace
    from casekeeper.services.clock import Clock
    from casekeeper.services.workspace import Workspace


@dataclass
class Output:
    """Where results go: human text by default (in ``language``), JSON with --json."""

    as_json: bool = False
    stream: TextIO = sys.stdout
    language: Language = "en"

    @property
    def tr(self) -> Translator:
        """The catalogue of the output's language."""
        return translator(self.language)

    def emit(self, text: str, data: Any) -> None:
        """Print ``text``, or ``data`` as JSON when --json was given."""
        if self.as_json:
            json.dump(data, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
        else:
            self.stream.write(text + "\n")


@dataclass
class Context:
    """One command's inputs."""

    args: argparse.Namespace
    workspace: Workspace
    out: Output


@dataclass
class FolderContext:
    """A command that works on the data folder without opening it (restore, damaged files)."""

    args: argparse.Namespace
    paths: DataPaths
    out: Output
    clock: Clock | None = None
