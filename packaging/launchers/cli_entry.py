"""Frozen entry point of the `casekeeper-cli` console executable (casekeeper.cli.main:main)."""

import sys

from casekeeper.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
