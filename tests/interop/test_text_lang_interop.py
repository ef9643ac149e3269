"""GeoJSON and CSV carry the language tag of free text (a property, a column) and read it back;
a file without it, or with an empty cell, gives records with no tag."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from factories import area, incident, map_item, patrol, unit

from app.domain.serialize import canonical_json
from app.interop.base import InteropError
from app.interop.exporter import export_file
from app.interop.importer import import_file
from app.store import open_store


def tagged(u_id: str) -> list:
    return [
        incident(title="Tirs entendus", description="Deux rafales.", text_lang="fr"),
        incident(title="Mortar impact"),
        area(name="Zona norte", text_lang="pt-BR"),
        patrol(u_id, findings="لا شيء", text_lang="ar"),
        map_item(name="CP 12", notes="Manned", text_lang="en"),
    ]


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_an_export_carries_the_tag_and_an_import_reads_it_back(tmp_path: Path, fmt: str):
    out = tmp_path / f"picture.{fmt}"
    with open_store(tmp_path / "a.db") as store:
        u = store.save(unit())
        saved = [store.save(r) for r in tagged(u.id)]
        export_file(store, out, fmt)
        originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in saved}
    if fmt == "geojson":
        features = json.loads(out.read_text())["features"]
        langs = {f["properties"]["id"]: f["properties"].get("text_lang") for f in features}
    else:
        with out.open(encoding="utf-8", newline="") as handle:
            langs = {row["id"]: row["text_lang"] for row in csv.DictReader(handle)}
    assert [langs[r.id] for r in saved] == [
        "fr",
        None if fmt == "geojson" else "",
        "pt-BR",
        "ar",
        "en",
    ]
    with open_store(tmp_path / "b.db") as store:
        import_file(store, out)
        assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in saved} == originals
        assert [store.get(r.KIND, r.id).text_lang for r in saved] == ["fr", "", "pt-BR", "ar", "en"]


def test_a_bad_tag_in_a_file_is_refused_naming_the_feature_and_nothing_is_written(tmp_path: Path):
    source = tmp_path / "bad.csv"
    source.write_text(
        "kind,title,category,occurred_start,lat,lon,text_lang\n"
        "incident,Tirs entendus,ceasefire_violation,2026-03-05T14:30:00Z,33.25,35.5,fr\n"
        "incident,Impact,indirect_fire,2026-03-05T14:40:00Z,33.25,35.5,french language\n",
        encoding="utf-8",
    )
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(
            InteropError, match="text_lang: 'french language' is not a language tag"
        ):
            import_file(store, source)
        assert store.record_count() == 0


def test_a_partners_language_column_becomes_the_tag_and_an_odd_value_is_left_out(
    tmp_path: Path,
):
    """Partners' GeoJSON keeps the language of its text in a column of its own (``lang``,
    ``language``, a locale such as ``fr_FR``, or a language's name): it becomes the tag, so
    the reader sees that the text is not in their language. A value that is no language is
    not a reason to refuse the feature: its text carries no tag."""

    def point(n: int, **props: object) -> dict:
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [19.6 + n / 100, 6.8]},
            "properties": {
                "title": f"Report {n}",
                "event_date": f"2026-11-0{n}",
                "category": "armed_clash",
                **props,
            },
        }

    source = tmp_path / "partner.geojson"
    features = [
        point(1, lang="fr"),
        point(2, language="Français"),
        point(3, Language_Code="pt_br"),
        point(4, lang="Klingon, mostly"),
        point(5),
    ]
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    with open_store(tmp_path / "m.db") as store:
        import_file(store, source, as_kind="incident")
        tags = {i.title: i.text_lang for i in store.query("incident")}
    assert tags == {
        "Report 1": "fr",
        "Report 2": "fr",
        "Report 3": "pt-BR",
        "Report 4": "",
        "Report 5": "",
    }
