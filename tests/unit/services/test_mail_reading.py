"""Reading e-mails: HTML to text, the rulepack's mail rules, references, agents, both languages."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from casekeeper.export.html_text import html_to_text
from casekeeper.knowledge.loader import read_raw
from casekeeper.knowledge.mail_rules import MailEntry
from casekeeper.services.mail_fields import find_references, mail_fields
from casekeeper.services.mail_message import parse_eml, safe_file_name
from casekeeper.services.mail_words import known_codes, mail_words


@pytest.fixture
def rules() -> MailEntry:
    return MailEntry.model_validate(read_raw("default")[1]["mail"])


def test_html_keeps_paragraphs_lists_and_links_and_drops_scripts() -> None:
    text = html_to_text("<style>p{}</style><p>Hello&nbsp;there</p><ul><li>one</li><li>two</li>"
                        "</ul><script>evil()</script><a href='https://klarna.com/x'>help</a>")
    assert text == "Hello there\n\n• one\n\n• two\n\nhelp <https://klarna.com/x>"


def test_klarna_domains_include_subdomains_but_not_lookalikes(rules: MailEntry) -> None:
    assert rules.is_klarna("a@klarna.com") and rules.is_klarna("x@mail.klarna.co.uk")
    assert not rules.is_klarna("x@klarna.com.evil.example")
    assert not rules.is_klarna("x@notklarna.com")


@pytest.mark.parametrize(("text", "found"), [
    ("Your reference number is KL-9090-1212.", ("KL-9090-1212",)),
    ("Votre numéro de référence : KL-7731-4482. Numéro de commande : NV-88213.",
     ("KL-7731-4482", "NV-88213")),
    ("Ihre Referenznummer: RF-55012, Bestellnummer 4471122", ("RF-55012", "4471122")),
    ("Ärendenummer: 2026-55881", ("2026-55881",)),
    ("We will refer to the order soon.", ()),
])
def test_references_are_found_by_the_rulepack_patterns(rules: MailEntry, text: str,
                                                       found: tuple[str, ...]) -> None:
    assert find_references(text, rules) == found


def test_a_pattern_without_a_group_is_refused_in_the_pack() -> None:
    data = read_raw("default")[1]["mail"]
    data["references"]["broken"] = {"party": "klarna", "pattern": "reference [0-9]+"}
    with pytest.raises(ValidationError, match="needs one group"):
        MailEntry.model_validate(data)


def test_a_bad_domain_is_refused_in_the_pack() -> None:
    data = read_raw("default")[1]["mail"]
    data["sending_domains"] = ["klarna com"]
    with pytest.raises(ValidationError, match="not a domain name"):
        MailEntry.model_validate(data)


def test_the_agent_comes_from_the_display_name_unless_it_is_a_team(rules: MailEntry) -> None:
    named = parse_eml(b"From: Ana Lind | Klarna <ana@klarna.com>\r\nSubject: s\r\n"
                      b"Date: Thu, 01 Oct 2026 09:00:00 +0200\r\n\r\nHello\r\n")
    team = parse_eml(b"From: Klarna Customer Service <cs@klarna.com>\r\nSubject: s\r\n"
                     b"Date: Thu, 01 Oct 2026 09:00:00 +0200\r\n\r\nHej,\r\n\r\nText\r\n\r\n"
                     b"Med v\xc3\xa4nliga h\xc3\xa4lsningar,\r\nErik\r\nKlarna\r\n")
    assert mail_fields(named, rules, frozenset()).agent_name == "Ana Lind"
    assert mail_fields(team, rules, frozenset()).agent_name == "Erik"


def test_attachment_names_lose_their_folders_and_forbidden_characters() -> None:
    assert safe_file_name("../../etc/passwd", 1, "text/plain") == "passwd"
    assert safe_file_name("C:\\Users\\x\\a<b>.pdf", 1, "application/pdf") == "a_b_.pdf"
    assert safe_file_name("", 3, "application/pdf") == "attachment-3.pdf"


def test_every_message_has_english_and_french_words() -> None:
    for code in known_codes():
        english, french = mail_words(code, "X", "en"), mail_words(code, "X", "fr")
        assert english and french and english != french, code
