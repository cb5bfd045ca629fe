"""One country's calendar loaded alone gives the dates (and names) of the package's own API."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import holidays
import pytest

from casekeeper.knowledge.holiday_source import country_holidays, holiday_class
from casekeeper.knowledge.loader import load_pack, shipped_pack_names

YEARS = range(2024, 2032)
_PACKAGE = "holidays.countries"
_PACK_COUNTRIES = {"AT", "BE", "DE", "FR", "GB", "IE", "NL", "NO", "SE", "US"}


def _calendars() -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    """(country, subdivision, category, also_closed) of every calendar every shipped pack uses."""
    found = set()
    for name in shipped_pack_names():
        pack = load_pack("FR" if name == "default" else name)
        for calendar in (pack.holidays, pack.bank_days):
            if calendar is not None:
                found.add(
                    (
                        calendar.country,
                        calendar.subdivision,
                        calendar.also_closed_category,
                        tuple(calendar.also_closed),
                    )
                )
    found.add(("DE", "BY", "bank", ()))  # a Land the person may choose
    return sorted(found, key=str)


@pytest.mark.parametrize("calendar", _calendars(), ids=lambda c: "-".join(filter(None, c[:2])))
def test_every_pack_calendar_has_the_package_dates(
    calendar: tuple[str, str | None, str, tuple[str, ...]],
) -> None:
    country, subdivision, category, also_closed = calendar
    ours = country_holidays(country, subdiv=subdivision, years=YEARS)
    theirs = holidays.country_holidays(country, subdiv=subdivision, years=YEARS)
    assert dict(ours.items()) == dict(theirs.items())
    assert type(ours) is type(theirs)
    if also_closed:
        ours = country_holidays(
            country, subdiv=subdivision, years=YEARS, categories=(category,), language="en_US"
        )
        theirs = holidays.country_holidays(
            country, subdiv=subdivision, years=YEARS, categories=(category,), language="en_US"
        )
        assert dict(ours.items()) == dict(theirs.items())
        assert set(also_closed) <= {str(n) for n in ours.values()}


def test_an_unknown_country_or_subdivision_is_refused_as_the_package_does() -> None:
    with pytest.raises(NotImplementedError):
        country_holidays("XX", years=2026)
    with pytest.raises(NotImplementedError):
        holidays.country_holidays("GB", subdiv="NOPE", years=2026)
    with pytest.raises(NotImplementedError):
        country_holidays("GB", subdiv="NOPE", years=2026)
    # an alias names the class the package gives for it
    assert holiday_class("FRA") is type(holidays.country_holidays("FRA", years=2026))


def _dates_in_a_fresh_process(setup: str, call: str) -> dict[str, list[str]]:
    """Every pack country's holidays over ``YEARS``, computed in a new interpreter."""
    code = (
        f"import json, sys\n{setup}\n"
        f"print(json.dumps({{c: sorted(f'{{d}} {{n}}' for d, n in {call}(\n"
        f"    c, years=range({YEARS.start}, {YEARS.stop})).items())\n"
        f"    for c in {sorted(_PACK_COUNTRIES)!r}}}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    modules = ast.literal_eval(result.stderr.strip().splitlines()[-1])
    if "holiday_source" in setup:
        assert len(modules) == len(_PACK_COUNTRIES) and _PACKAGE not in modules, modules
    return dict(json.loads(result.stdout))


def test_calendars_loaded_alone_have_the_dates_of_the_whole_package() -> None:
    assert set(shipped_pack_names()) <= _PACK_COUNTRIES
    alone = _dates_in_a_fresh_process(
        "from casekeeper.knowledge.holiday_source import country_holidays", "country_holidays"
    )
    whole = _dates_in_a_fresh_process("import holidays", "holidays.country_holidays")
    assert alone == whole


def test_one_calendar_loads_one_country_module_and_the_package_reuses_it() -> None:
    code = (
        "import sys\n"
        "from casekeeper.knowledge.holiday_source import country_holidays\n"
        "days = country_holidays('FR', years=2026)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('holidays.countries'))\n"
        "assert loaded == ['holidays.countries.france'], loaded\n"
        "import holidays.countries\n"  # the whole package still loads around the module
        "assert holidays.countries.FR is type(days)\n"
        "assert holidays.country_holidays('FR', years=2026) == days\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_a_bundle_without_the_country_files_still_finds_the_calendar() -> None:
    """A frozen bundle keeps the package's modules compiled in its archive: no ``france.py`` on
    disk, so the country module is imported the ordinary way (the bundle's self-test found this)."""
    code = (
        "import holidays, datetime\n"
        "holidays.__file__ = '/nonexistent/holidays/__init__.py'\n"
        "from casekeeper.knowledge.holiday_source import country_holidays\n"
        "print(datetime.date(2026, 7, 14) in country_holidays('FR', years=2026))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
