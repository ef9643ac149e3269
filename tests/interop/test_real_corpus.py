"""Files other tools wrote, imported as their makers meant them (see real/SOURCES.md).

The files are not in this repository: they are read from ``BLUEHELMET_REAL_CORPUS`` or
``<repo>/../shared/interop-corpus/``; the tests skip, saying so, when neither is there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.interop.base import InteropError
from app.interop.importer import FeaturesRefused, import_file
from app.store import open_store

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("BLUEHELMET_REAL_CORPUS") or REPO.parent / "shared/interop-corpus")

#: file → (map items that must come in, a coordinate the first item must hold or None)
IMPORTED = {
    "gdal__extended_data_without_schema_data.kml": (2, (2.0, 48.0)),
    "gdal__gx_track_without_when.kml": (1, (-122.207881, 37.371915)),
    "gdal__non_conformant_multi.kml": (3, None),
    "gdal__placemark.kml": (1, (2.0, 49.0)),
    "ol__2012-02-10.kml": (1119, None),
    "ol__2012_Earthquakes_Mag5.kml": (1535, None),
    "ol__states.kml": (50, None),
    "ol__timezones.kml": (38, None),
    "ol__iceland.kmz": (83, None),
    "ol__fire.json": (1, None),
    "ol__line-samples.geojson": (9, None),
    "ol__point-samples.geojson": (9, None),
    "ol__polygon-samples.geojson": (9, None),
    "ol__roads-seoul.geojson": (94, None),
    "ol__switzerland.geojson": (2, None),
    "ol__vienna-streets.geojson": (3356, None),
}
#: file → (problems the refusal counts, what --skip-invalid then imports)
REFUSED = {
    "ol__ufo_sighting_data.csv": (20, 80312),
}


#: file → how its refusal starts: files with nothing a map can show say so, and why
NOTHING_TO_SHOW = {
    "gdal__gxtimestamp.kml": "gdal__gxtimestamp.kml: none of its features could become a "
    "record (2 × no geometry and no coordinates)",
    "gdal__kml_with_space_content_in_coordinates.kml": "gdal__kml_with_space_content_in_"
    "coordinates.kml: feature 1: the geometry has no coordinates",
}


@pytest.mark.parametrize("name", sorted(NOTHING_TO_SHOW))
def test_a_real_file_with_nothing_to_show_is_refused_with_the_reason(tmp_path, name):
    path = _corpus_file(name)
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError) as err:
        import_file(store, path)
    assert str(err.value).startswith(NOTHING_TO_SHOW[name])


def _corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"real-file corpus not found: {path} (set BLUEHELMET_REAL_CORPUS)")
    return path


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_a_real_file_comes_in_as_its_maker_meant(tmp_path: Path, name: str):
    path = _corpus_file(name)
    count, spot = IMPORTED[name]
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path)
        items = store.query("map_item")
        assert store.count("ceasefire_line") == store.count("patrol_area") == 0
    assert summary.created["map_item"] == count and not summary.problems
    if spot is not None:
        coords = {tuple(round(c, 6) for c in xy) for i in items for xy in _coords(i.geometry)}
        assert spot in coords


def _coords(geometry) -> list:
    import shapely

    return shapely.get_coordinates(geometry).tolist()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_real_file_with_impossible_rows_names_them_and_imports_the_rest(tmp_path, name):
    path = _corpus_file(name)
    problems, good = REFUSED[name]
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(FeaturesRefused) as err:
            import_file(store, path)
        assert len(err.value.summary.problems) == problems
        summary = import_file(store, path, skip_invalid=True)
    assert summary.total == good
