"""KML and KMZ: partners' Google Earth files read with their folders, styles, times and holes;
our exports open in Google Earth with our map's colours and come back as the same records;
hostile and broken files are refused in one line naming the file and the placemark."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from factories import area, incident, position, unit
from interop_helpers import FIXTURES, every_kind
from shapely.geometry import MultiPoint, MultiPolygon, Polygon

from app.domain.serialize import canonical_json
from app.interop.base import Cancelled, InteropError, Job
from app.interop.exporter import export_file
from app.interop.features import feature_to_record
from app.interop.importer import detect, import_file
from app.interop.kml import KmlReader, KmlWriter, KmzReader, KmzWriter
from app.interop.safety import parse_xml
from app.store import open_store

KML = "{http://www.opengis.net/kml/2.2}"


def read(path: Path) -> list:
    reader = KmzReader() if path.suffix == ".kmz" else KmlReader()
    return list(reader.read(path, Job()))


# --- partners' files ---------------------------------------------------------------------------


def test_partner_overlay_keeps_folders_styles_times_and_holes():
    features = read(FIXTURES / "partner_overlay.kml")
    assert [f.name for f in features] == [
        "PA Kilo", "Blue Line segment 4", "Shots heard", "Two observation posts",
    ]  # fmt: skip
    area_, line_, shots, posts = features
    assert area_.layer == "Sector East overlay/Areas"
    assert line_.layer == "Sector East overlay/Lines/Agreed"
    assert isinstance(area_.geometry, Polygon) and len(area_.geometry.interiors) == 1
    assert area_.geometry.area == pytest.approx(0.16 - 0.01)
    assert area_.kind_hint is None  # a partner's polygon: no patrol area unless someone says so
    assert area_.properties == {
        "time_begin": "2024-03-01T00:00:00Z",
        "time_end": "2024-03-31T23:59:59Z",
        "status": "active",
        "responsible": "NEPBATT",
    }
    # StyleMap → its "normal" style; KML aabbggrr → CSS colours.
    assert area_.style["color"] == "#0000ff" and area_.style["fillColor"] == "#0000ff"
    assert area_.style["fillOpacity"] == pytest.approx(0.498, abs=0.01)
    assert line_.style == {"color": "#ff0000", "weight": 4.0}
    assert line_.properties["description"] == "Agreed <b>1949</b>"
    assert shots.geometry.coords[0] == (35.5, 33.25)  # altitude dropped
    assert shots.properties == {
        "observed_at": "2024-03-05T14:30:00Z",
        "sub_event_type": "Remote explosive/landmine/IED",
        "fatalities": "0",
    }
    assert shots.style == {"color": "#ffff00"}
    assert isinstance(posts.geometry, MultiPoint) and len(posts.geometry.geoms) == 2
    assert [f.index for f in features] == [1, 2, 3, 4]


def test_partner_kml_imports_through_the_import_service(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, FIXTURES / "partner_overlay.kml")
        assert summary.format == "kml"
        assert store.count("patrol_area") == 0 and store.count("ceasefire_line") == 0
        assert store.count("incident") == 1  # the timed point with an ACLED sub-event type
        items = {m.name: m for m in store.map_items()}
    area, line = items["PA Kilo"], items["Blue Line segment 4"]
    assert area.item_type == "area" and len(area.geometry.interiors) == 1
    assert area.colour == "#0000ff" and line.colour == "#ff0000"
    assert line.item_type == "line" and line.notes == "Agreed <b>1949</b>"
    assert items["Two observation posts"].item_type == "observation_post"


def test_kmz_reads_doc_kml(tmp_path: Path):
    path = tmp_path / "overlay.kmz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("files/readme.txt", "not a map")
        zf.writestr("doc.kml", (FIXTURES / "partner_overlay.kml").read_bytes())
    assert [f.name for f in read(path)][:2] == ["PA Kilo", "Blue Line segment 4"]
    assert detect(path).name == "kmz"


def test_kmz_without_kml_is_named(tmp_path: Path):
    path = tmp_path / "empty.kmz"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("images/a.png", b"\x89PNG")
    with pytest.raises(InteropError, match=r"^empty.kmz: the KMZ holds no .kml document$"):
        read(path)


def test_kmz_zip_slip_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "slip.kmz"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("doc.kml", (FIXTURES / "partner_overlay.kml").read_bytes())
        zf.writestr("../../.bashrc", b"echo pwned")
    with pytest.raises(InteropError, match=r"slip.kmz: member '../../.bashrc' climbs out"):
        read(path)


def test_kmz_bomb_is_refused(tmp_path: Path):
    path = tmp_path / "bomb.kmz"
    body = b'<kml xmlns="http://www.opengis.net/kml/2.2"><Document>' + b" " * (20 * 1024**2)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("doc.kml", body + b"</Document></kml>")
    with pytest.raises(InteropError, match=r"bomb\.kmz: member 'doc\.kml' is compressed"):
        read(path)


# --- hostile and broken files ------------------------------------------------------------------


def first_problem(path: Path) -> str:
    """The file's refusal, or its first placemark's problem, as the importer words it."""
    try:
        features = read(path)
    except InteropError as exc:
        return str(exc)
    bad = next(f for f in features if f.problem)
    return f"{path.name}: {bad.item}: {bad.problem}"


@pytest.mark.parametrize(
    "fixture, expected",
    [
        (
            "malformed.kml",
            "malformed.kml: not well-formed XML (line 7, character 5): mismatched tag",
        ),
        ("billion_laughs.kml", "billion_laughs.kml: refused: the XML declares a document type"),
        ("external_entity.kml", "external_entity.kml: refused: the XML declares a document type"),
        ("bad_coordinates.kml", "bad_coordinates.kml: feature 2 (Not a number): vertex 1 (nan,"),
        ("out_of_range.kml", "out_of_range.kml: feature 3 (Swapped): vertex 2 (33.1, 135.3) is"),
        ("infinite.kml", "infinite.kml: feature 1 (Far away): vertex 1 (inf, inf) is not"),
        ("bowtie.kml", "bowtie.kml: feature 2 (Bow tie): invalid polygon that cannot be repaired"),
    ],
)
def test_bad_files_are_refused_in_one_line(fixture: str, expected: str):
    message = first_problem(FIXTURES / fixture)
    assert message.startswith(expected)
    assert "\n" not in message


def test_a_bad_placemark_writes_nothing(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError, match=r"bowtie\.kml: feature 2"):
            import_file(store, FIXTURES / "bowtie.kml")
        assert store.count("patrol_area") == 0


def test_a_spiky_polygon_is_repaired():
    (feature,) = read(FIXTURES / "repairable.kml")
    assert feature.geometry.is_valid
    assert feature.geometry.area == pytest.approx(0.04)


def test_text_that_is_not_a_coordinate_is_named(tmp_path: Path):
    path = tmp_path / "typo.kml"
    path.write_text(
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Typo</name>'
        "<Point><coordinates>35.5;33.2</coordinates></Point></Placemark></kml>"
    )
    assert (
        first_problem(path)
        == "typo.kml: feature 1 (Typo): coordinate '35.5;33.2' is not 'lon,lat[,alt]'"
    )


def test_not_kml_is_named(tmp_path: Path):
    path = tmp_path / "other.kml"
    path.write_text("<gpx><wpt/></gpx>")
    with pytest.raises(
        InteropError, match=r"other.kml: not a KML document \(root element is 'gpx'\)"
    ):
        read(path)


# --- our exports -------------------------------------------------------------------------------


def test_every_kind_round_trips_through_kml_and_kmz(tmp_path: Path):
    records = every_kind()
    unit_id = records[0].id
    for writer, name in ((KmlWriter(), "all.kml"), (KmzWriter(), "all.kmz")):
        out = tmp_path / name
        assert writer.write(records, out, Job(positions={unit_id: (35.4, 33.2)})) == 9
        features = read(out)
        back = {f.properties["id"]: feature_to_record(f) for f in features}
        for record in records:
            assert canonical_json(back[record.id]) == canonical_json(record), record.KIND
        placed = next(f for f in features if f.properties["kind"] == "unit")
        assert placed.geometry.coords[0] == (35.4, 33.2)


def test_holes_multipolygons_and_exact_coordinates_survive(tmp_path: Path):
    shape = MultiPolygon([
        Polygon([(35.0, 33.0), (35.4, 33.0), (35.4, 33.4), (35.0, 33.4)],
                [[(35.1, 33.1), (35.2, 33.1), (35.2, 33.2), (35.1, 33.2)]]),
        Polygon([(36.123456789012, 33.0), (36.2, 33.0), (36.2, 33.1)]),
    ])  # fmt: skip
    record = area(geometry=shape)
    out = tmp_path / "a.kml"
    KmlWriter().write([record], out, Job())
    (feature,) = read(out)
    assert feature.geometry.equals_exact(shape, 0)
    assert feature_to_record(feature) == record


def test_export_is_valid_kml_22_with_our_styles_and_time(tmp_path: Path):
    out = tmp_path / "brief.kml"
    records = [incident(category="ceasefire_violation"), area(area_type="buffer_zone")]
    KmlWriter().write(records, out, Job())
    root = parse_xml(out.read_bytes(), "brief.kml")
    assert root.tag == f"{KML}kml"
    document = root.find(f"{KML}Document")
    styles = {s.get("id"): s for s in document.findall(f"{KML}Style")}
    # Ceasefire magenta (#d81b60) as KML aabbggrr; the buffer zone's yellow fill at 25 %.
    icon = styles["bh-incident-ceasefire"].find(f"{KML}IconStyle/{KML}color").text
    assert icon == "ff601bd8"
    fill = styles["bh-buffer_zone"].find(f"{KML}PolyStyle/{KML}color").text
    assert fill == "404df0ff"
    folders = [f.find(f"{KML}name").text for f in document.findall(f"{KML}Folder")]
    assert folders == ["Patrol areas", "Incidents"]
    placemark = document.find(f"{KML}Folder[2]/{KML}Placemark")
    assert placemark.find(f"{KML}styleUrl").text == "#bh-incident-ceasefire"
    assert placemark.find(f"{KML}TimeStamp/{KML}when").text == "2026-03-05T14:30:00.000Z"
    assert b"http" not in out.read_bytes().replace(b"http://www.opengis.net/kml/2.2", b"")


def test_untrusted_text_is_escaped_for_google_earth_balloons(tmp_path: Path):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    record = incident(title=hostile, description=hostile)
    out = tmp_path / "x.kml"
    KmlWriter().write([record], out, Job())
    root = parse_xml(out.read_bytes(), "x.kml")
    description = root.find(f".//{KML}Placemark/{KML}description").text
    # Google Earth renders the balloon as HTML: only escaped text may reach it.
    assert "<script>" not in description and "<img" not in description
    assert "&lt;script&gt;" in description
    (feature,) = read(out)
    assert feature_to_record(feature).description == hostile  # the value itself is kept


def test_units_without_a_position_are_kept_but_hidden(tmp_path: Path):
    u = unit()
    out = tmp_path / "u.kml"
    KmlWriter().write([u], out, Job())
    (feature,) = read(out)
    assert feature.geometry is None
    assert feature_to_record(feature) == u


def test_export_then_import_into_an_empty_mission_gives_the_same_records(source, tmp_path):
    db, records = source
    for name in ("all.kml", "all.kmz"):
        out = tmp_path / name
        with open_store(db) as store:
            export_file(store, out, name.split(".")[1])
            originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records}
        with open_store(tmp_path / f"empty-{name}.db") as store:
            import_file(store, out)
            assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records} == originals


def test_track_points_are_labelled_with_their_unit(tmp_path: Path):
    u = unit()
    out = tmp_path / "t.kml"
    KmlWriter().write([position(u.id)], out, Job(names={u.id: "NEPBATT 1"}))
    (feature,) = read(out)
    assert feature.name == "NEPBATT 1"
    assert feature.properties["observed_at"] == "2026-03-05T14:30:00.000Z"


def test_cancelled_export_leaves_no_file(tmp_path: Path):
    out = tmp_path / "big.kmz"
    seen: list[tuple[int, int]] = []
    job = Job(progress=lambda done, total: seen.append((done, total)), is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        KmzWriter().write([incident() for _ in range(600)], out, job)
    assert seen == [(500, 0)]
    assert list(tmp_path.iterdir()) == []


def test_folders_nested_thousands_deep_are_refused(tmp_path: Path):
    path = tmp_path / "deep.kml"
    depth = 5000
    path.write_text(
        '<kml xmlns="http://www.opengis.net/kml/2.2">'
        + "<Folder>" * depth
        + "<Placemark><Point><coordinates>35,33</coordinates></Point></Placemark>"
        + "</Folder>" * depth
        + "</kml>"
    )
    with pytest.raises(InteropError, match=r"^deep\.kml: folders nested more than 100 deep"):
        read(path)


def test_a_partners_own_kind_column_is_just_an_attribute(tmp_path: Path):
    path = tmp_path / "cp.kml"
    path.write_text(
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>CP 7</name>'
        "<description>Manned by FPU</description>"
        '<ExtendedData><Data name="kind"><value>checkpoint</value></Data></ExtendedData>'
        "<Point><coordinates>35,33</coordinates></Point></Placemark></kml>"
    )
    (feature,) = read(path)
    assert feature.kind_hint is None
    assert feature.properties == {"description": "Manned by FPU", "kind": "checkpoint"}


@pytest.mark.parametrize("name", ["all.kml", "all.kmz"])
def test_gdal_and_so_qgis_open_our_export(tmp_path: Path, name: str):
    # GDAL's LIBKML driver (what QGIS uses) is an independent, strict reader of KML 2.2.
    pyogrio = pytest.importorskip("pyogrio")
    records = every_kind()
    out = tmp_path / name
    writer = KmzWriter() if name.endswith(".kmz") else KmlWriter()
    writer.write(records, out, Job(positions={records[0].id: (35.4, 33.2)}))
    layers = [layer for layer, _ in pyogrio.list_layers(out)]
    assert layers == [
        "Units", "Position reports", "Patrol areas", "Patrols", "Ceasefire lines", "Incidents",
        "Map items",
    ]  # fmt: skip
    incidents = pyogrio.read_dataframe(out, layer="Incidents")
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert row["Name"] == records[2].title
    assert row["category"] == "ceasefire_violation" and row["kind"] == "incident"
    assert row["timestamp"].isoformat() == "2026-03-05T14:30:00+00:00"
    areas = pyogrio.read_dataframe(out, layer="Patrol areas")
    assert areas.geometry.iloc[0].equals(records[3].geometry)


def test_hand_edited_coordinates_with_spaces_after_commas_are_read(tmp_path: Path):
    path = tmp_path / "hand.kml"
    path.write_text(
        '<kml xmlns="http://earth.google.com/kml/2.1"><Placemark><name>Old</name>'
        "<LineString><coordinates>\n  35.0, 33.0, 0\n  35.1, 33.1\n</coordinates></LineString>"
        "</Placemark></kml>"
    )
    (feature,) = read(path)  # also an old KML 2.1 namespace
    assert list(feature.geometry.coords) == [(35.0, 33.0), (35.1, 33.1)]
