"""Frozen entry point of the `casekeeper-cli` console executable (casekeeper.cli.main:run)."""

import multiprocessing
import sys

from casekeeper.cli.main import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # dossier pictures are prepared in worker processes
    sys.exit(run())
