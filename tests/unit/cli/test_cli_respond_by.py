"""`log --respond-by`: a letter's stated deadline is stored, cleared, refused when impossible,
and travels in a .zip archive to another data folder."""

from __future__ import annotations

import io
import json
from pathlib import Path

from casekeeper.cli.main import main as cli_main
from casekeeper.services.clock import FixedClock


def _contact(cli, case_id: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    [row] = json.loads(cli("case", "show", case_id, "--json").out)["interactions"]
    return row  # type: ignore[no-any-return]


def _collector_case(cli) -> str:  # type: ignore[no-untyped-def]
    case_id = cli("case", "add", "--title", "Collector", "--country", "FR", "--problem",
                  "debt-collection").out.strip()
    cli("log", case_id, "--channel", "letter", "--direction", "from", "--summary", "letter",
        "--respond-by", "2026-12-15")
    return case_id  # type: ignore[no-any-return]


def test_the_stated_date_is_kept_and_can_be_cleared(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _collector_case(cli)
    row = _contact(cli, case_id)
    assert row["respond_by"] == "2026-12-15"
    assert cli("interaction", "edit", str(row["id"]), "--respond-by", "none").code == 0
    assert _contact(cli, case_id)["respond_by"] is None


def test_an_impossible_date_is_refused_in_plain_words(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "add", "--title", "Collector").out.strip()
    result = cli("log", case_id, "--channel", "letter", "--respond-by", "2026-02-30")
    assert result.code == 2 and "Traceback" not in result.err and "--respond-by" in result.err


def test_the_stated_date_travels_in_an_archive(cli, clock: FixedClock,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    _collector_case(cli)
    archive = tmp_path / "cases.zip"
    assert cli("export", "-o", str(archive)).code == 0
    other = tmp_path / "other"
    out, err = io.StringIO(), io.StringIO()
    assert cli_main(["--data-dir", str(other), "import", str(archive)], clock=clock, stdout=out,
                    stderr=err) == 0, err.getvalue()
    out = io.StringIO()
    cli_main(["--data-dir", str(other), "case", "show", "1", "--json"], clock=clock, stdout=out,
             stderr=err)
    [row] = json.loads(out.getvalue())["interactions"]
    assert row["respond_by"] == "2026-12-15"


def test_the_track_clock_of_next_reads_as_one_french_sentence(cli) -> None:  # type: ignore[no-untyped-def]
    case_id = _collector_case(cli)
    [clock_line] = [line for line in cli("next", case_id, "--lang", "fr").out.splitlines()
                    if line.startswith("  Délai : ")]  # the label is French too
    assert "(from " not in clock_line and "point de départ" in clock_line
    assert "15 décembre 2026" in clock_line
