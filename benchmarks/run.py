"""Run every benchmark and print one table (medians, min, max, baseline, ratio, limit).

    python benchmarks/run.py [--data DIR] [--scale huge|full|small|tiny] [--runs N] [--gui]
                             [--only cli,search,documents,letter,window]

Without --data a temporary folder is generated at the chosen scale (seeded, reproducible).
Times are medians of several runs on this machine; each figure's baseline is measured in the
same run. Nothing is asserted here: docs/performance.md records the results and the limits.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import documents, scenarios
from benchmarks.generate import SCALES, generate
from benchmarks.measure import table


def main(argv: list[str] | None = None) -> int:
    """Generate (or reuse) the data, run the scenarios, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder made by benchmarks/generate.py")
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--gui", action="store_true", help="also the window figures (needs Qt)")
    parser.add_argument("--only", default="", help="comma-separated parts: cli, search, "
                        "documents, letter (the letter row of documents alone), window "
                        "(default: all, window only with --gui)")
    args = parser.parse_args(argv)
    parts = set(args.only.split(",")) if args.only else {"cli", "search", "documents"} | (
        {"window"} if args.gui else set())
    with tempfile.TemporaryDirectory(prefix="casekeeper-bench-") as scratch:
        data = args.data
        if data is None:
            data = Path(scratch) / "data"
            print(f"generating {args.scale} data in {data} ...", flush=True)
            generate(data, SCALES[args.scale], seed=7)
        print(_compile_bytecode(), flush=True)
        load_before = _load()
        print(_machine(), flush=True)
        figures = []
        if "cli" in parts:
            figures.append(scenarios.cli_case_list(data, args.runs))
        if "search" in parts:
            figures += scenarios.search_as_you_type(data, args.runs)
        if "documents" in parts:
            figures += documents.dossier(data, Path(scratch), max(3, args.runs // 2))
        if parts & {"documents", "letter"}:
            figures += documents.letter(data, Path(scratch), args.runs)
        if "window" in parts:
            figures += scenarios.window(data, args.runs)
        print(_machine())
        print(f"load average (1, 5, 15 min): before {load_before}, after {_load()}")
        print(table(figures))
    return 0


def _compile_bytecode() -> str:
    """Compile the app's modules once, as installing it does (pip writes the bytecode).

    Without this, a shell that sets PYTHONDONTWRITEBYTECODE (this machine's does) makes every
    measured process compile each module it imports from source: about 40 ms of every start
    that no installed copy spends, and none of which the bare-window baseline pays.
    """
    import compileall

    import casekeeper

    package = Path(casekeeper.__file__).resolve().parent
    compiled = compileall.compile_dir(str(package), quiet=1)
    return f"bytecode: {'compiled' if compiled else 'NOT compiled'} for {package}"


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def _machine() -> str:
    load = f", load average {_load()}"
    return (f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {platform.system()} {platform.release()}{load}")


if __name__ == "__main__":
    sys.exit(main())
