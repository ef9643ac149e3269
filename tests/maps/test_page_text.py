"""The map page speaks the reader's language: its scripts hold English keys only, every one of
them listed for translation, and the page configuration carries the reader's words and labels."""

from __future__ import annotations

import re
from pathlib import Path

from app.i18n import using_language
from maps.page_text import PAGE_STRINGS, page_text

STATIC = Path(__file__).resolve().parents[2] / "maps" / "static"
LOOKUP = re.compile(r"\b(?:t|localText|bhMap\.t)\('((?:[^'\\]|\\.)*)'")
#: Places a script puts words on screen; an English literal there bypasses translation.
SHOWN = re.compile(
    r"(?:\bel\([^,()]+,\s*[^,()]+,\s*|textContent\s*=\s*|setAttribute\('(?:title|aria-label)',\s*"
    r"|\.title\s*=\s*|legendRow\([^,]+,\s*|legendSection\(|popupNode\(|\[)'([A-Z][a-z][^']*)'"
)
#: Shown as written in every language.
PROPER_NOUNS = {"Natural Earth", "Leaflet"}


def unescape(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def test_every_text_the_scripts_look_up_is_listed_for_translation():
    looked_up = {
        unescape(m.group(1))
        for path in STATIC.glob("*.js")
        for m in LOOKUP.finditer(path.read_text(encoding="utf-8"))
    }
    assert looked_up, "the scripts look nothing up"
    assert sorted(looked_up - set(PAGE_STRINGS)) == []


def test_no_script_shows_an_english_literal_of_its_own():
    offenders = [
        f"{path.name}: {m.group(1)}"
        for path in sorted(STATIC.glob("*.js"))
        for m in SHOWN.finditer(path.read_text(encoding="utf-8"))
        if m.group(1) not in PROPER_NOUNS
    ]
    assert offenders == []


def test_the_page_configuration_carries_the_readers_words_and_labels():
    with using_language("fr"):
        french = page_text()
    assert french["lang"] == "fr"
    assert french["strings"]["Legend"] == "Légende"
    assert french["strings"]["Measure distance and area"] == "Mesurer une distance et une surface"
    assert french["strings"]["Buffer zones"] == "Zones tampons"
    assert french["labels"]["status"]["confirmed"] == "confirmé"
    assert french["labels"]["area_type"]["area_of_separation"] == "zone de séparation"
    assert french["labels"]["category_group"]["Ceasefire"] == "Cessez-le-feu"
    untranslated = [s for s in PAGE_STRINGS if french["strings"][s] == s]
    # The same in both languages: words French shares with English.
    assert set(untranslated) <= {
        "Incidents", "Hostile", "Position", "Description", "Source", "Incident", "Nation",
        "Violations", "SIDC", "Distance {value}", "Type", "Notes", "Classification",
        "Confirmation",
    }  # fmt: skip
    english = page_text("en")
    assert all(english["strings"][s] == s for s in PAGE_STRINGS)
