"""Frozen entry point of the `casekeeper-cli` console executable (casekeeper.cli.main:main)."""

import multiprocessing
import sys

from casekeeper.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # dossier pictures are prepared in worker processes
    sys.exit(main())
