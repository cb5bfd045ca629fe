"""Rulepack translation sub-tables: read with fallback, validated, complete, overridden."""

from __future__ import annotations

import pytest

from casekeeper.knowledge.loader import RulePackError, load_pack, read_raw, validate_pack
from casekeeper.knowledge.overrides import apply_overrides
from casekeeper.knowledge.translation import localized, localized_list

PACKS = ["FR", "GB", "DE", "AT", "BE", "SE", "US", "default"]
FR = load_pack("FR")


def test_localized_reads_the_french_variant() -> None:
    assert localized(FR.channels["phone"], "label", "fr") == "Service client par téléphone"
    assert localized(FR.channels["phone"], "label") == "Klarna customer service by phone"


def test_missing_translation_falls_back_to_english() -> None:
    _name, data = read_raw("FR")
    del data["ladder"]["court"]["fr"]["how"]
    del data["channels"]["social"]["fr"]
    pack = validate_pack(data, "fr.toml")
    assert localized(pack.ladder["court"], "how", "fr") == pack.ladder["court"].how
    assert localized(pack.channels["social"], "label", "fr") == pack.channels["social"].label
    assert localized_list(pack.channels["social"], "notes", "fr") == pack.channels["social"].notes


def test_a_field_that_is_not_text_cannot_be_translated() -> None:
    _name, data = read_raw("FR")
    data["channels"]["phone"]["fr"]["hours"] = "Lu-Ve 09:00-17:00"
    with pytest.raises(RulePackError) as caught:
        validate_pack(data, "fr.toml")
    assert (caught.value.filename, caught.value.entry, caught.value.field) == (
        "fr.toml", "channels.phone", "fr.hours")
    assert "label, hours_note, notes" in caught.value.problem


def test_a_misspelt_translated_field_in_a_limit_names_the_limit() -> None:
    _name, data = read_raw("FR")
    data["ladder"]["external-body"]["limits"]["arn-window"]["fr"] = {"lable": "Saisir l'ARN"}
    with pytest.raises(RulePackError) as caught:
        validate_pack(data, "fr.toml")
    assert (caught.value.entry, caught.value.field) == (
        "ladder.external-body.limits.arn-window", "fr.lable")


def test_a_translated_list_must_keep_every_item() -> None:
    _name, data = read_raw("FR")
    data["ladder"]["formal-complaint"]["fr"]["must_contain"] = ["Votre numéro de compte"]
    with pytest.raises(RulePackError) as caught:
        validate_pack(data, "fr.toml")
    assert (caught.value.entry, caught.value.field) == ("ladder.formal-complaint", "fr")
    assert "item by item" in caught.value.problem


@pytest.mark.parametrize("name", PACKS)
def test_every_channel_and_step_handler_has_french(name: str) -> None:
    _filename, data = read_raw(name)
    missing = [f"channels.{key}" for key, entry in data["channels"].items()
               if not entry.get("fr", {}).get("label")]
    missing += [f"ladder.{key}" for key, entry in data["ladder"].items()
                if not entry.get("fr", {}).get("handler")]
    assert not missing, f"{name}: no French label or handler for {missing}"


@pytest.mark.parametrize("name", PACKS)
def test_french_step_texts_are_complete(name: str) -> None:
    _filename, data = read_raw(name)
    for key, entry in data["ladder"].items():
        french = entry["fr"]
        assert french.get("how"), f"{name} ladder.{key}: no French how"
        assert len(french.get("must_contain", [])) == len(entry["must_contain"]), key
    for key, track in data.get("tracks", {}).items():
        fields = ["label", "handler", "how"] + [field for field in ("clock_label", "note")
                                                if track.get(field)]
        assert all(track["fr"].get(field) for field in fields), key
        for field in ("first_steps", "keep"):
            assert len(track["fr"].get(field, [])) == len(track.get(field, [])), (key, field)


@pytest.mark.parametrize("name", ["FR", "BE", "default"])
def test_french_speaking_packs_translate_every_text(name: str) -> None:
    _filename, data = read_raw(name)
    fields = {"channels": ("label", "hours_note", "notes"),
              "ladder": ("handler", "how", "must_contain", "clock_note"),
              "tracks": ("label", "handler", "how", "clock_label", "note")}
    for kind, names in fields.items():
        for key, entry in data.get(kind, {}).items():
            missing = [field for field in names if entry.get(field) and
                       not entry.get("fr", {}).get(field)]
            assert not missing, f"{name} {kind}.{key}: {missing}"
            for limit_id, limit in entry.get("limits", {}).items():
                assert limit["fr"]["label"], f"{name} {key}.limits.{limit_id}"


def test_an_override_applies_in_every_language() -> None:
    effective = apply_overrides(FR, {"channels.phone.label": "Ligne Klarna",
                                     "ladder.court.must_contain": "Tout le dossier"})
    phone = effective.pack.channels["phone"]
    assert localized(phone, "label", "fr") == localized(phone, "label", "en") == "Ligne Klarna"
    assert localized(phone, "hours_note", "fr").startswith("Le guide dit")
    court = effective.pack.ladder["court"]
    assert localized_list(court, "must_contain", "fr") == ["Tout le dossier"]
    assert localized(court, "how", "fr").startswith("Case Keeper prépare")


def test_localized_refuses_a_list_as_text() -> None:
    with pytest.raises(TypeError):
        localized(FR.ladder["court"], "must_contain", "fr")
