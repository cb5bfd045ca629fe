"""One country's public-holiday calendar from the ``holidays`` package, without loading the others.

``holidays.country_holidays("FR")`` imports ``holidays.countries``, whose ``__init__`` imports the
module of every country the package knows (about 250), most of a short command's time. Here the
package's registry names the one module that holds the country, and only that module is loaded
(under its own name, so a later import of ``holidays.countries`` reuses it). The calendar is the
same class the package's own API instantiates, called with the same arguments, so its dates and
names are the package's.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from holidays.holiday_base import HolidayBase

_PACKAGE = "holidays.countries"


def country_holidays(
    country: str,
    subdiv: str | None = None,
    years: int | Iterable[int] | None = None,
    language: str | None = None,
    categories: tuple[str, ...] | None = None,
) -> HolidayBase:
    """What ``holidays.country_holidays`` returns for these arguments.

    Raises NotImplementedError, as the package does, for a country it has no calendar for, and
    for a subdivision that country does not have.
    """
    entity: Any = holiday_class(country)
    try:  # the package's own call, and its answer to an AttributeError on the way
        made: HolidayBase = entity(
            years=years,
            subdiv=subdiv,
            expand=True,
            observed=True,
            prov=None,
            state=None,
            language=language,
            categories=categories,
        )
    except AttributeError as error:
        raise NotImplementedError(f"Country {country} not available") from error
    return made


@cache
def holiday_class(country: str) -> type[HolidayBase]:
    """The class ``holidays.<country>`` names (``FR``, ``FRA``, ``France``): the same lookup as
    the package's lazy loader (``EntityLoader``), in the module the registry names."""
    from holidays.registry import COUNTRIES

    for module_name, names in COUNTRIES.items():
        if country in names:
            module = _country_module(f"{_PACKAGE}.{module_name}")
            found: type[HolidayBase] = getattr(module, country)
            return found
    raise NotImplementedError(f"Country {country} not available")


def _country_module(name: str) -> ModuleType:
    """The module ``name`` of ``holidays.countries``, loaded alone when the package is not yet."""
    if name in sys.modules or _PACKAGE in sys.modules:
        return importlib.import_module(name)
    import holidays  # the package itself names no country module until one is asked for

    file = Path(holidays.__file__).parent / "countries" / f"{name.rsplit('.', 1)[1]}.py"
    if not file.is_file():  # a frozen bundle keeps the modules compiled in its archive, not as files
        return importlib.import_module(name)
    spec = importlib.util.spec_from_file_location(name, file)
    if spec is None or spec.loader is None:
        return importlib.import_module(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
