"""Frozen entry point of the `casekeeper` GUI executable (casekeeper.__main__:main)."""

import multiprocessing
import sys

from casekeeper.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # dossier pictures are prepared in worker processes
    sys.exit(main())
