"""Frozen entry point of the `casekeeper` GUI executable (casekeeper.__main__:main)."""

import sys

from casekeeper.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
