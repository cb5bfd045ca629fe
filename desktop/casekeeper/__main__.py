"""python -m casekeeper: start the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    """Start the GUI (see casekeeper.app)."""
    from casekeeper.app import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
