"""argparse's own words (``usage:``, "the following arguments are required") in the person's language.

argparse translates its messages with the module-level ``gettext``/``ngettext`` it imported as
``argparse._`` and ``argparse.ngettext``. :func:`argparse_speaks` binds both names to a
:class:`~casekeeper.i18n.Translator` while the command line is built and parsed, and puts the
originals back afterwards: nothing changes when the package is imported, and the window's process
never sees it.

``MESSAGES`` lists argparse's messages that a person can meet (help, usage, parse errors) with
their exact msgids in Python 3.11, 3.12 and 3.13, so that extraction keeps them in our catalogues.
Messages argparse raises only for a programmer's mistake in building a parser, for ``FileType``
or for deprecated options are not listed: this command line has none of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from casekeeper.i18n import Translator
from casekeeper.i18n.markers import N_, PN_

MESSAGES = (
    # help
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),  # 3.13 (3.11 and 3.12 take ours)
    N_("%(heading)s:"),  # 3.13: a section's heading
    N_("subcommands"),
    # parse errors
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    PN_("expected %s argument", "expected %s arguments"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


@contextmanager
def argparse_speaks(translator: Translator) -> Iterator[None]:
    """argparse's messages and help words in ``translator``'s language inside the ``with``."""
    names = vars(argparse)  # the module's own namespace, where argparse looks its two names up
    before = {name: names[name] for name in ("_", "ngettext")}
    names.update({"_": translator.gettext, "ngettext": translator.ngettext})
    try:
        yield
    finally:
        names.update(before)
