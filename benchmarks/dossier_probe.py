"""Exports the dossier of one case in a fresh process and prints its peak resident memory.

    python benchmarks/dossier_probe.py DATA CASE TARGET

Prints ``bench rss_mb <peak of this process>`` and ``bench workers_rss_mb <peak of the
largest picture worker>`` (Linux reports both through getrusage).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def main() -> int:
    """Export, then report the peaks."""
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace

    data, case, target = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    workspace = open_workspace(DataPaths(data, data / "config"))
    try:
        workspace.dossiers.export(case, target)
    finally:
        workspace.close()
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # kB on Linux, bytes on macOS
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    print(f"bench rss_mb {own:.1f}\nbench workers_rss_mb {workers:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
