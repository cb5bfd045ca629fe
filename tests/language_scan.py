"""Find words of another language in a text: the scanner shared by the window and document checks.

Each language's vocabulary is read from what Case Keeper itself writes in that language: the
gettext catalogues (``msgstr``; English from the ``msgid``), the window's Qt ``.ts`` translations
(English from the sources), the shared glossary and the CLDR month and day names. A word marks
a language only when no other language's vocabulary has it (``service``, ``chat``, ``date``,
``minute``, names of banks and brands are everyone's), so the scan reports only words that
cannot belong to the text's language.

Before the scan a text loses what is not the person's language by design: web and e-mail
addresses, file names, ``--options``, ``{placeholders}`` and markup, short acronyms (ARN, DSGVO,
PSD2), local names quoted the local way (Swedish ``”…”``, German ``„…“``) and the proper names
given by the caller (people, merchants, references of a test case).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "fr", "de", "sv")
MINIMUM = 3  # letters: "und", "och", "the", "les" are words too

# Names the app writes in every language (institutions, brands, places), lower-cased.
NAMES = frozenset(
    {
        "klarna",
        "case",
        "keeper",
        "bank",
        "publ",
        "stockholm",
        "sveavägen",
        "paypal",
        "visa",
        "mastercard",
        "google",
        "apple",
        "microsoft",
        "outlook",
        "gmail",
        "thunderbird",
        "pdf",
        "zip",
        "json",
        "csv",
        "html",
        "eml",
        "msg",
        "txt",
        "png",
        "jpeg",
        "jpg",
        "heic",
        "docx",
        "europe",
        "european",
        "iso",
        "utc",
        "gmt",
        "cest",
        "cet",
        "berlin",
        "paris",
        "wien",
        "vienna",
        "brussels",
        "bruxelles",
        "brüssel",
        "bryssel",
        "oslo",
        "dublin",
        "london",
        "amsterdam",
        "köln",
        "cologne",
        "lyon",
        "york",
        "martinique",
        "america",
        "americas",
        "gothenburg",
        "göteborg",
        "malmö",
        "uppsala",
        "hamburg",
        "münchen",
        "graz",
        "linz",
    }
)

# Words two languages really write alike, though only one vocabulary may have them yet
# (French "due", German and Swedish "Artikel", "Konto", "Problem"...).
SHARED = frozenset(
    {
        "agent",  # French and English
        "center",  # American English, and German
        "charge",  # "free of charge"; French "charge"
        "application",
        "local",
        "closes",
        "directive",
        "shop",
        "online",
        "ombudsman",
        "due",
        "artikel",
        "person",
        "problem",
        "konto",
        "kontakt",
        "telefon",
        "dokument",
        "adresse",
        "land",
        "plan",
        "team",
        "status",
        "system",
        "information",
        "start",
        "post",
        "format",
        "export",
        "import",
        "service",
        "support",
        "handling",
    }
)

# Proper names the documents give in their own language whatever the reader's (institutions,
# products, a department in a postal address); matched across line breaks, as a PDF may wrap them.
PROPER_NAMES = (
    "Médiateur des consommateurs",
    "Verbraucher-Ombudsperson",
    "Allmänna reklamationsnämnden",
    "Consumer Financial Protection Bureau",
    "Financial Services and Pensions Ombudsman",
    "Financial Ombudsman Service",
    "Complaints Adjudicator",
    "Pay later",
    "Pay in 3",
    "Pay in 4",
    "Service Client",
    "Hallå konsument",  # the Swedish consumer agency's guidance service
    "final response",  # the UK and Irish rules' term of art, kept beside its translation
    "complaint toolkit",  # the title of the CFPB's page
)
_PROPER = re.compile(
    "|".join(r"\s+".join(map(re.escape, name.split())) for name in PROPER_NAMES), re.IGNORECASE
)
# Quoted words (a page's title, a local name), also when a PDF line break falls inside them.
_QUOTED_ACROSS = re.compile(
    r"«[^»]{1,160}»|”[^”]{1,160}”|„[^“”]{1,160}[“”]|‚[^‘]{1,80}‘|(?<![\w'])'[^']{1,160}'(?![\w'])"
)
_QUOTED = re.compile(r"”[^”\n]{1,120}”|„[^“”\n]{1,120}[“”]|‚[^‘\n]{1,80}‘")
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|"
    r"\b[\w.-]+\.(?:com|se|fr|org|uk|eu|de|be|net|test|at|ie|nl|no|gov|pdf|eml|txt|png|jpe?g|"
    r"zip|json|csv|html?|docx?|msg|toml|ini|db|sqlite)\b\S*",
    re.IGNORECASE,
)
_OPTION = re.compile(r"(?<!\w)--?[a-z][\w-]*")
# A time zone's name (Europe/Berlin, America/Swift_Current), a MIME type, and a web address's
# path broken onto its own line (``k-and-complaints``).
_TECHNICAL = re.compile(
    r"\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|"
    r"Pacific|Etc|US|Canada|Brazil|Mexico|Chile)/[\w/+-]+|"
    r"\b(?:application|text|image|audio|video|multipart|message)/[\w.+-]+|"
    r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\w-])|\S*/\S*/\S*"
)
_MARKUP = re.compile(r"\{[\w.]*\}|%\d|%[ns]|<[^>]+>|&\w+;|\[\w[^\]]*\]\(|\]\([^)]*\)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ACRONYM = re.compile(r"[A-ZÄÖÜÅÉ]{2,6}s?")


def clean(text: str, names: Iterable[str] = ()) -> str:
    """``text`` without addresses, file names, options, placeholders, markup, quoted local names
    and the ``names`` given (each removed wherever it stands)."""
    text = text.replace("&&", "").replace("&", "")
    text = _ADDRESS.sub(" ", text)  # first: a name may stand inside an address
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = text.replace(name, " ")
    for pattern in (_MARKUP, _ADDRESS, _QUOTED, _OPTION, _TECHNICAL):
        text = pattern.sub(" ", text)
    return text


def words(text: str, names: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` (after ``clean``), lower-cased, acronyms and short words dropped.

    An apostrophe splits a word (``l'article`` -> ``article``, ``Klarna's`` -> ``klarna``)."""
    found: list[str] = []
    for match in _WORD.finditer(clean(text, names)):
        for part in re.split(r"['’]", match.group()):
            if len(part) >= MINIMUM and not _ACRONYM.fullmatch(part):
                found.append(part.lower())
    return found


def _po_texts() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for path in sorted(I18N.glob("*/LC_MESSAGES/casekeeper.po")):
        language = path.parents[1].name
        with path.open("rb") as stream:
            catalogue = read_po(stream, locale=language)
        for message in catalogue:
            if not message.id or message.fuzzy:
                continue
            ids = [message.id] if isinstance(message.id, str) else list(message.id)
            strings = [message.string] if isinstance(message.string, str) else list(message.string)
            found["en"] += ids
            found[language] += [text for text in strings if text]
    return found


def _ts_texts() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for language in LANGUAGES:
        path = I18N / f"casekeeper_{language}.ts"
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            found["en"].append(source)
            found[language] += [form for form in forms if form]
    return found


def _glossary_texts() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    lines = (I18N / "glossary.tsv").read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = dict(zip(header, line.split("\t"), strict=False))
        for language in LANGUAGES:
            found[language].append(cells.get(language, ""))
    return found


def _calendar_texts() -> dict[str, list[str]]:
    """The month and day names, whole and short, that dates are written with (CLDR, through
    Babel and Qt): English "Mon", Swedish "maj" are words of their language too."""
    from babel import Locale

    found: dict[str, list[str]] = {}
    for language in LANGUAGES:
        locale = Locale.parse(language)
        names: list[str] = []
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in ("wide", "abbreviated"):
                    names += [str(name) for name in context.get(width, {}).values()]
        found[language] = names
    return found


@cache
def vocabularies() -> dict[str, frozenset[str]]:
    """Language -> every word Case Keeper writes in it."""
    found: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    for source in (_po_texts(), _ts_texts(), _glossary_texts(), _calendar_texts()):
        for language, texts in source.items():
            for text in texts:
                found[language].update(words(text))
    return {language: frozenset(known) for language, known in found.items()}


@cache
def markers() -> dict[str, frozenset[str]]:
    """Language -> the words only that language uses (shared words and names left out)."""
    known = vocabularies()
    result = {}
    for language in LANGUAGES:
        others = set().union(*(known[other] for other in LANGUAGES if other != language))
        result[language] = frozenset(known[language] - others - NAMES - SHARED)
    return result


@dataclass(frozen=True)
class Foreign:
    """A word of another language found in a text, with the line it stands in."""

    word: str
    language: str
    line: str

    def __str__(self) -> str:
        line = " ".join(self.line.split())
        at = line.lower().find(self.word)
        start = max(0, at - 60)
        shown = ("…" if start else "") + line[start : at + len(self.word) + 60]
        return f"{self.word!r} ({self.language}) in {shown!r}"


def foreign_words(
    text: str, language: str, names: Iterable[str] = (), allowed: Iterable[str] = ()
) -> list[Foreign]:
    """Words of ``text`` that belong to a language other than ``language``.

    ``names`` are removed from the text first (proper names, references, a person's own words);
    ``allowed`` are single words not to report."""
    names = tuple(names)
    allow = {word.lower() for word in allowed}
    found = markers()
    result: list[Foreign] = []
    text = _QUOTED_ACROSS.sub(" ", _PROPER.sub(" ", text))
    for line in text.splitlines() or [text]:
        for word in words(line, names):
            if word in allow:
                continue
            for other in LANGUAGES:
                if other != language and word in found[other]:
                    result.append(Foreign(word, other, line))
    return result
