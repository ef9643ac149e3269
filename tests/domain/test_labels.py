"""The reader's language in the Qt-free layers: labels of stored keys, plurals, the choice of
language, all read from the same .ts files the GUI uses."""

from __future__ import annotations

import pytest

from app.domain import labels
from app.domain.map_items import MAP_ITEM_TYPES
from app.domain.taxonomy import (
    INCIDENT_STATUSES,
    SEED_CATEGORIES,
    SOURCE_RELIABILITY,
    WEAPON_CLASSES,
    Category,
)
from app.i18n import (
    catalogue,
    format_number,
    resolve_language,
    set_language,
    translate,
    using_language,
)


def test_every_seed_category_and_map_item_type_has_a_translatable_label():
    assert {c.key: c.label for c in SEED_CATEGORIES} == labels.CATEGORY_LABELS
    assert {k: t.label for k, t in MAP_ITEM_TYPES.items()} == labels.VOCABULARIES["map_item_type"][
        1
    ]
    assert set(labels.VOCABULARIES["status"][1]) == set(INCIDENT_STATUSES)
    assert set(labels.VOCABULARIES["weapon_class"][1]) == set(WEAPON_CLASSES)
    assert set(labels.VOCABULARIES["source_reliability"][1]) == set(SOURCE_RELIABILITY)
    assert {c.group for c in SEED_CATEGORIES} == set(labels.CATEGORY_GROUPS)


def test_the_same_keys_read_in_english_and_in_french():
    assert labels.category_label("ceasefire_violation", lang="en") == "Ceasefire violation (fire)"
    assert labels.category_label("ceasefire_violation", lang="fr") == (
        "Violation du cessez-le-feu (tirs)"
    )
    assert labels.category_label("attack_on_peacekeepers", lang="fr") == (
        "Attaque contre des Casques bleus"
    )
    assert labels.label("area_type", "area_of_separation", lang="fr") == "zone de séparation"
    assert labels.label("kind", "patrol", lang="fr") == "patrouille"
    assert labels.label("status", "confirmed", lang="fr") == "confirmé"
    assert labels.label("weapon_class", "small_arms", lang="fr") == "armes légères"
    assert labels.label("source_reliability", "B", lang="fr") == "habituellement fiable"
    assert labels.map_item_type_label("checkpoint", lang="fr") == "Point de contrôle"
    # A key the vocabulary does not know is shown as written.
    assert labels.label("status", "being_checked", lang="fr") == "being checked"


def test_a_mission_category_keeps_its_own_label_or_its_label_per_language():
    renamed = Category("crime", "Banditry", "Political and security", None, None)
    assert labels.category_label(renamed.key, renamed.label, lang="fr") == "Banditry"
    assert (
        labels.category_label(
            "cattle_raid", "Cattle raid", labels={"fr": "Razzia de bétail"}, lang="fr"
        )
        == "Razzia de bétail"
    )
    assert labels.category_label("cattle_raid", "Cattle raid", lang="fr") == "Cattle raid"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("fr", 0, "sur 0 zone"),  # French: 0 is singular
        ("fr", 1, "sur 1 zone"),
        ("fr", 2, "sur 2 zones"),
        ("en", 0, "of 0 areas"),
        ("en", 1, "of 1 area"),
        ("en", 5, "of 5 areas"),
    ],
)
def test_plural_forms_follow_each_language(lang: str, n: int, expected: str):
    assert translate("Sitrep", "of %n area(s)", None, n, lang=lang) == expected


def test_a_string_with_no_finished_translation_falls_back_to_the_source():
    assert translate("Sitrep", "No such sentence", lang="fr") == "No such sentence"
    for forms in catalogue("fr").values():
        assert all(forms)


def test_the_language_comes_from_the_option_then_the_environment_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.delenv("BLUEHELMET_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert resolve_language() == "fr"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert resolve_language() == "en"  # a language we do not have: English
    monkeypatch.setenv("BLUEHELMET_LANG", "fr")
    assert resolve_language() == "fr"
    assert resolve_language("en-GB") == "en"
    with pytest.raises(ValueError, match="not an available language"):
        resolve_language("xx")


def test_one_output_can_be_in_another_language_than_the_process():
    set_language("en")
    try:
        with using_language("fr"):
            assert labels.label("patrol_status", "in_progress") == "en cours"
        assert labels.label("patrol_status", "in_progress") == "in progress"
    finally:
        set_language(None)


def test_numbers_are_written_for_the_reader():
    assert format_number(1234.5, 1, lang="en") == "1,234.5"
    assert format_number(1234.5, 1, lang="fr") == "1\u202f234,5"
