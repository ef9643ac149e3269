"""The gazetteer as an officer uses it: names (any accents or case), MGRS, DD and DMS."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.places import Match, NamedPlaces, Place, distance_km, find_places, fold
from app.places.world import WorldGazetteer, ensure_index, index_path
from app.store.gazetteer import GazetteerRow, build_index


def places_find(*args: str, data: Path, db: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "BLUEHELMET_DATA_DIR": str(data)}
    if db is not None:
        env["BLUEHELMET_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "app", "places", "find", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_fold_ignores_accents_case_and_punctuation():
    assert fold("Gataé") == fold("GATAE") == "gatae"
    assert fold("Bria-Ndélé") == "bria ndele"
    assert fold("  Ngaoundéré  ") == "ngaoundere"


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Bangui", 4.36, 18.56), ("Goma", -1.68, 29.22), ("Gao", 16.27, -0.04), ("Juba", 4.85, 31.58)],
)
def test_cli_finds_mission_towns_first(gazetteer_folder: Path, tmp_path: Path, name, lat, lon):
    result = places_find(name, "--json", data=gazetteer_folder, db=tmp_path / "none.db")
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)[0]
    assert distance_km((lat, lon), (first["lat"], first["lon"])) < 5
    assert first["name"] == name
    assert not (tmp_path / "none.db").exists()  # reading never creates a database


def test_malis_gao_ranks_above_burkina_fasos_smaller_gao(gazetteer_folder: Path):
    matches = find_places("gao", [WorldGazetteer(gazetteer_folder)])
    named = [m.place.country for m in matches if m.match is Match.NAME]
    assert named[:2] == ["Mali", "Burkina Faso"]
    # Guantánamo is also called "Gao"; it is listed, but after the places named Gao.
    assert any(m.place.name == "Guantánamo" for m in matches)


def test_mgrs_and_dms_return_their_point(gazetteer_folder: Path):
    result = places_find("33N TH 88770 82093", "--json", data=gazetteer_folder)
    assert result.returncode == 0, result.stderr
    (point,) = json.loads(result.stdout)
    assert point["match"] == "coordinates"
    assert point["mgrs"] == "33N TH 88770 82093"
    (dms,) = find_places("4°21'40\"N 18°33'18\"E", [])
    assert distance_km((dms.place.lat, dms.place.lon), (4.3611, 18.555)) < 0.01


def test_text_output_and_no_match(gazetteer_folder: Path):
    result = places_find("bangui", data=gazetteer_folder)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("Bangui, Central African Republic")
    missing = places_find("Qqqxyzzy", data=gazetteer_folder)
    assert missing.returncode == 1
    assert "No place called" in missing.stdout


def test_near_breaks_population_ties_and_reports_distance(tmp_path: Path):
    rows = [
        GazetteerRow(1, "Ouaka", "CF", 6.0, 20.0, 2000, ("ouaka",)),
        GazetteerRow(2, "Ouaka", "CF", 5.0, 21.0, 2000, ("ouaka",)),
        GazetteerRow(3, "Ouakaville", "CF", 5.5, 21.0, 90000, ("ouakaville",)),
    ]
    build_index(index_path(tmp_path), rows, {})
    matches = find_places("OUAKA", [WorldGazetteer(tmp_path)], near=(5.0, 21.0))
    assert [(m.place.lat, m.match) for m in matches] == [
        (5.0, Match.NAME),
        (6.0, Match.NAME),
        (5.5, Match.BEGINS_WITH),
    ]
    assert matches[0].distance_km == pytest.approx(0.0)


def test_mission_places_rank_before_world_towns_of_the_same_name(gazetteer_folder: Path):
    camp = Place("Bangui", 4.40, 18.50, kind="camp", source="mission", fictional=True)
    matches = find_places("Bangui", [WorldGazetteer(gazetteer_folder), NamedPlaces([camp])])
    assert matches[0].place == camp
    assert matches[1].place.country == "Central African Republic"


def test_empty_text_is_refused():
    with pytest.raises(ValidationError, match="place name, MGRS"):
        find_places("  ", [])


def test_index_is_built_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import app.places.world as world

    built = []
    real_build = world.build_index

    def counting_build(path, rows, meta):
        built.append(path)
        real_build(path, [r for r, _ in zip(rows, range(50), strict=False)], meta)

    monkeypatch.setattr(world, "build_index", counting_build)
    assert ensure_index(tmp_path) == index_path(tmp_path)
    WorldGazetteer(tmp_path).lookup("x", prefix_limit=1)
    assert ensure_index(tmp_path).exists()
    assert len(built) == 1
    assert not [p for p in index_path(tmp_path).parent.iterdir() if p.suffix == ".tmp"]


def test_demo_towns_are_fictional_mission_places(tmp_path: Path):
    from app.demo import DemoOptions, generate_demo
    from app.places.mission import mission_places
    from app.store import open_store

    with open_store(tmp_path / "demo.db") as store:
        generate_demo(store, DemoOptions(incidents=100))
        towns = mission_places(store)
        incident_text = " ".join(i.title for i in store.query("incident"))
    assert towns.places and all(p.fictional and p.source == "mission" for p in towns.places)
    named = [p for p in towns.places if p.name in incident_text]
    assert named  # the towns incidents name are on the map
    town = named[0]
    (found, *_) = find_places(fold(town.name).upper(), [towns])
    assert found.place == town and found.match is Match.NAME
