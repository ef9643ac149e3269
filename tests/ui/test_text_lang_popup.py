"""Map popups name the language of a title written in another language than the reader's (a
small badge beside it), on the offline briefing map rendered in English and in French."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from factories import area, incident, map_item
from shapely.geometry import Point, Polygon
from webpages import OfflinePage, js, popup_text

from app.store import open_store

pytestmark = pytest.mark.webengine

NEAR = {"lat": 6.7, "lon": 20.1}


def _cli(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


def _heading(qtbot, view, short: str, record_id: str) -> dict:  # type: ignore[no-untyped-def]
    """The title line of a record's popup: its text and its language badge (with tooltip)."""
    js(qtbot, view, "(bhMap.map.closePopup(), 1)")
    qtbot.waitUntil(lambda: popup_text(qtbot, view) == "", timeout=5_000)
    js(qtbot, view, f"(bhMap.select('{short}', '{record_id}', {{popup: true}}), 1)")
    qtbot.waitUntil(lambda: popup_text(qtbot, view) != "", timeout=10_000)
    return js(  # type: ignore[no-any-return]
        qtbot, view,
        "(function () { var h = document.querySelector('.leaflet-popup-content .bh-popup-title');"
        " var b = h.querySelector('.bh-lang-badge');"
        " return {text: h.textContent, badge: b ? b.textContent : null,"
        " hint: b ? b.title : null}; })()",
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_popup_names_the_language_of_a_title_that_is_not_the_readers(
    qtbot, tmp_path: Path, lang: str
):
    path = tmp_path / "m.db"
    with open_store(path) as store:
        fr = store.save(incident(title="Tirs entendus", text_lang="fr", **NEAR))
        en = store.save(incident(title="Mortar impact", text_lang="en", lat=6.72, lon=20.12))
        plain = store.save(incident(title="Checkpoint closed", lat=6.74, lon=20.14))
        zone = store.save(
            area(name="Zona norte", text_lang="pt-BR",
                 geometry=Polygon([(20.0, 6.6), (20.3, 6.6), (20.3, 6.9), (20.0, 6.9)]))
        )  # fmt: skip
        item = store.save(map_item(name="CP 12", item_type="checkpoint", text_lang="fr",
                                   geometry=Point(20.2, 6.65)))  # fmt: skip
    out = tmp_path / f"brief-{lang}.html"
    _cli("--lang", lang, "--db", str(path), "render", "--out", str(out))
    opened = OfflinePage(qtbot, out, size=(1200, 800))
    view = opened.view
    try:
        qtbot.waitUntil(lambda: js(qtbot, view, "!!(window.bhMap && bhMap.ready)"), timeout=30_000)
        headings = {
            r.id: _heading(qtbot, view, short, r.id)
            for short, r in (("incident", fr), ("incident", en), ("incident", plain),
                             ("area", zone), ("map_item", item))
        }  # fmt: skip
        badges = {key: h["badge"] for key, h in headings.items()}
        if lang == "en":
            assert badges == {fr.id: "FR", en.id: None, plain.id: None, zone.id: "PT-BR",
                              item.id: "FR"}  # fmt: skip
            assert headings[fr.id]["hint"] == "Language of the text: fr (not translated)"
        else:
            assert badges == {fr.id: None, en.id: "EN", plain.id: None, zone.id: "PT-BR",
                              item.id: None}  # fmt: skip
            assert headings[en.id]["hint"] == "Langue du texte : en (non traduit)"
        assert headings[fr.id]["text"].startswith("Tirs entendus")  # as written
        assert headings[plain.id]["text"] == "Checkpoint closed"
    finally:
        opened.close()
