"""Cursor-on-Target and TAK data packages: ATAK's units, markers and drawings become the right
kinds of record; our exports are CoT ATAK accepts and come back as the same records; hostile
files and packages are refused in one line naming the file, member and event."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from factories import area, incident, line, unit
from interop_helpers import FIXTURES, every_kind
from shapely.geometry import LineString, Point, Polygon

from app.domain.geo import geodesic_distance
from app.domain.serialize import canonical_json
from app.domain.sidc import describe_sidc
from app.interop.base import InteropError, Job
from app.interop.cot import (
    CotReader,
    CotWriter,
    TakPackageReader,
    argb_int,
    cot_type_for_sidc,
    css_colour,
    sidc_for_cot_type,
)
from app.interop.exporter import export_file
from app.interop.features import feature_to_record
from app.interop.importer import detect, import_file
from app.interop.safety import parse_xml
from app.store import open_store


def read(path: Path) -> list:
    reader = TakPackageReader() if path.suffix == ".zip" else CotReader()
    return list(reader.read(path, Job()))


def package(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


MANIFEST = b"""<MissionPackageManifest version="2">
  <Configuration>
    <Parameter name="uid" value="pkg-1"/><Parameter name="name" value="Irish COY drawings"/>
  </Configuration>
  <Contents>
    <Content ignore="false" zipEntry="ANDROID-358f1c2e9d0a/ANDROID-358f1c2e9d0a.cot">
      <Parameter name="uid" value="ANDROID-358f1c2e9d0a"/>
    </Content>
    <Content ignore="false" zipEntry="photos/IMG_0001.jpg">
      <Parameter name="uid" value="ANDROID-358f1c2e9d0a"/>
    </Content>
    <Content ignore="true" zipEntry="old/old.cot"/>
  </Contents>
</MissionPackageManifest>"""


# --- type ⇄ symbol code ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sidc, cot_type",
    [
        ("10031000161211000000", "a-f-G-U-C-I"),  # friendly infantry battalion
        ("10031000151412000000", "a-f-G-U-U-L-M"),  # friendly military police company
        ("10061000001211000000", "a-h-G-U-C-I"),  # hostile infantry
        ("10041100001100000000", "a-n-G"),  # neutral civilian
        ("SFGPUCI----D---", "a-f-G-U-C-I"),  # 2525C letters
        ("SHAPMF---------", "a-h-A-M-F"),
    ],
)
def test_cot_type_from_symbol_code(sidc: str, cot_type: str):
    assert cot_type_for_sidc(sidc) == cot_type


def test_symbol_code_from_cot_type_keeps_affiliation_and_function():
    info = describe_sidc(sidc_for_cot_type("a-h-G-U-C-I"))
    assert (info.affiliation, info.symbol_set) == ("hostile", "land_unit")
    assert sidc_for_cot_type("a-f-G-U-C-I-d") == "10031000001211000000"  # infantry, refined
    assert describe_sidc(sidc_for_cot_type("a-u-S")).symbol_set == "sea_surface"
    assert describe_sidc(sidc_for_cot_type("a-f-A")).symbol_set == "air"
    assert sidc_for_cot_type("b-m-p-s-m") is None


def test_colours_are_signed_argb_like_atak():
    assert argb_int("#ff0000") == -65536
    assert argb_int("#0000ff") == -16776961
    assert css_colour("-65536") == ("#ff0000", 1.0)
    assert css_colour("1677721855") == ("#0000ff", 0.392)  # 0x640000ff


# --- what ATAK sends ---------------------------------------------------------------------------


def test_atak_position_becomes_a_unit_feature():
    (feature,) = read(FIXTURES / "atak_unit.cot")
    assert feature.kind_hint == "unit"
    assert feature.name == "IRISH 2-1"
    assert feature.geometry == Point(35.4987, 33.2512)
    props = feature.properties
    assert props["id"] == "ANDROID-358f1c2e9d0a"
    assert props["callsign"] == "IRISH 2-1"
    assert props["sidc"] == "10031000001211000000"
    assert props["observed_at"] == "2024-03-05T14:30:05.120Z"
    assert props["description"] == "Foot patrol, 8 pax"
    assert props["accuracy_m"] == 8.5
    assert props["course_deg"] == 271.5 and props["speed_kmh"] == pytest.approx(9.0)
    assert props["how"] == "m-g" and props["group"] == "Cyan"


def test_atak_drawings_markers_and_routes_become_map_items_and_atoms_units():
    features = read(FIXTURES / "atak_drawings.xml")
    kinds = {
        f.properties["id"]: (f.kind_hint, f.properties.get("item_type"), f.geometry.geom_type)
        for f in features
    }
    assert kinds == {
        "d2c7c1f0-0001": ("map_item", "drawing", "Polygon"),  # u-d-f, first vertex repeated
        "d2c7c1f0-0002": ("map_item", "drawing", "LineString"),  # u-d-f left open
        "d2c7c1f0-0003": ("map_item", "drawing", "Polygon"),  # u-d-c-c circle
        "d2c7c1f0-0004": ("map_item", "drawing", "Polygon"),  # u-d-r rectangle
        "d2c7c1f0-0005": ("map_item", "route", "LineString"),  # b-m-r route
        "wp-1": ("map_item", "waypoint", "Point"),  # the route's named points
        "wp-2": ("map_item", "checkpoint", "Point"),
        "wp-3": ("map_item", "waypoint", "Point"),
        "d2c7c1f0-0006": ("map_item", "point_of_interest", "Point"),  # b-m-p-s-p-i
        "d2c7c1f0-0007": ("unit", None, "Point"),  # a-h-G: a hostile unit, as ATAK shows it
    }
    square, red, circle, box, route, start, _cp, _rp, impact, hostile = features
    assert square.geometry.equals(Polygon([(35.0, 33.0), (35.2, 33.0), (35.2, 33.2), (35.0, 33.2)]))
    assert square.style["color"] == "#0000ff" and square.style["weight"] == 4.0
    assert red.geometry.equals(LineString([(35.0, 33.1), (35.3, 33.15), (35.6, 33.1)]))
    # The 1 km circle is drawn on the ellipsoid: every vertex 1000 m from the centre.
    xs, ys = circle.geometry.exterior.xy
    distances = geodesic_distance([35.5] * len(xs), [33.3] * len(xs), list(xs), list(ys))
    assert min(distances) == pytest.approx(1000, abs=0.01)
    assert max(distances) == pytest.approx(1000, abs=0.01)
    assert box.geometry.area == pytest.approx(0.01)
    assert list(route.geometry.coords) == [(35.05, 33.05), (35.1, 33.1), (35.15, 33.05)]
    assert (start.name, start.geometry) == ("SP", Point(35.05, 33.05))
    assert impact.properties["description"] == "Mortar impact <approx> 500 m north of the OP"
    assert impact.properties["partner_type"] == "b-m-p-s-p-i"
    assert hostile.properties["sidc"] == "10061000001211000000"


def test_a_stream_of_events_and_an_events_wrapper_read_alike(tmp_path: Path):
    body = (FIXTURES / "atak_unit.cot").read_bytes().split(b"?>", 1)[1]
    wrapped = tmp_path / "wrapped.xml"
    wrapped.write_bytes(b"<events>" + body + body.replace(b"ANDROID-", b"OTHER-") + b"</events>")
    assert [f.properties["id"] for f in read(wrapped)] == [
        "ANDROID-358f1c2e9d0a", "OTHER-358f1c2e9d0a",
    ]  # fmt: skip


def test_cot_is_detected_by_content(tmp_path: Path):
    copy = tmp_path / "feed.txt"
    copy.write_bytes((FIXTURES / "atak_unit.cot").read_bytes())
    assert detect(copy).name == "cot"


def test_atak_drawings_markers_routes_and_a_hostile_unit_import_with_no_flags(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, FIXTURES / "atak_drawings.xml")
        assert summary.describe() == (
            "atak_drawings.xml: imported 9 new map_item, 1 new position_report, 1 new unit"
        )
        assert store.count("patrol_area") == 0 and store.count("ceasefire_line") == 0
        items = {m.name: m for m in store.map_items()}
        (hostile,) = store.units()
    assert items["Phase line RED"].item_type == "drawing"
    assert items["Phase line RED"].colour == "#ff0000"
    assert items["Route Blue"].partner_type == "b-m-r"
    assert items["AO Lima"].notes == "Drawn by the Irish company"
    assert describe_sidc(hostile.sidc).affiliation == "hostile"
    assert hostile.nation == "XXX"  # a partner's unit of unknown nation comes in as such


# --- TAK data packages -------------------------------------------------------------------------


def test_package_with_manifest_reads_only_listed_map_items(tmp_path: Path):
    unit_cot = (FIXTURES / "atak_unit.cot").read_bytes()
    path = package(tmp_path / "irish.zip", {
        "MANIFEST/manifest.xml": MANIFEST,
        "ANDROID-358f1c2e9d0a/ANDROID-358f1c2e9d0a.cot": unit_cot,
        "photos/IMG_0001.jpg": b"\xff\xd8\xff",
        "old/old.cot": (FIXTURES / "atak_drawings.xml").read_bytes(),
    })  # fmt: skip
    assert detect(path).name == "tak"
    (feature,) = read(path)
    assert feature.properties["id"] == "ANDROID-358f1c2e9d0a"


def test_package_without_manifest_in_one_root_folder_is_read(tmp_path: Path):
    path = package(tmp_path / "loose.zip", {
        "Irish COY/a.cot": (FIXTURES / "atak_unit.cot").read_bytes(),
        "Irish COY/drawings/b.cot": (FIXTURES / "atak_drawings.xml").read_bytes(),
    })  # fmt: skip
    features = read(path)
    assert len(features) == 11  # 1 unit, 7 drawings and markers, the route's 3 named points
    assert sorted({f.index for f in features}) == list(range(1, 9))  # one index per event


def test_package_with_manifest_under_a_root_folder_is_read(tmp_path: Path):
    path = package(tmp_path / "wrapped.zip", {
        "pkg/MANIFEST/manifest.xml": MANIFEST,
        "pkg/ANDROID-358f1c2e9d0a/ANDROID-358f1c2e9d0a.cot":
            (FIXTURES / "atak_unit.cot").read_bytes(),
    })  # fmt: skip
    assert [f.name for f in read(path)] == ["IRISH 2-1"]


def test_a_bad_package_item_is_listed_naming_member_and_event_and_the_rest_imports(
    tmp_path: Path,
):
    path = package(tmp_path / "bad.zip", {"x/x.cot": (FIXTURES / "cot_bad_point.xml").read_bytes()})
    reason = "bad.zip/x/x.cot: event 2 (bad-2): latitude nan is not a finite number"
    assert [f.problem for f in read(path)] == [None, reason]
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path)
        assert store.count("unit") == 1
    assert summary.skipped == {reason: 1}
    assert f"skipped 1 (1 × {reason})" in summary.describe()


@pytest.mark.parametrize(
    "member, words",
    [
        ("../../../tmp/evil.cot", "climbs out of the archive"),
        ("/abs/evil.cot", "has an absolute path"),
        ("D:/evil.cot", "names a drive letter"),
    ],
)
def test_hostile_package_is_refused(tmp_path: Path, member: str, words: str):
    path = package(tmp_path / "evil.zip", {"a/a.cot": b"<event/>", member: b"<event/>"})
    with pytest.raises(InteropError, match=f"evil.zip: member .* {words}"):
        read(path)


def test_package_bomb_is_refused(tmp_path: Path):
    path = package(tmp_path / "bomb.zip", {"a/a.cot": b"<event>" + b" " * (16 * 1024**2)})
    with pytest.raises(InteropError, match=r"bomb\.zip: member 'a/a\.cot' is compressed"):
        read(path)


# --- hostile and broken CoT --------------------------------------------------------------------


@pytest.mark.parametrize(
    "fixture, expected",
    [
        ("cot_external_entity.xml", "cot_external_entity.xml: refused: the XML declares"),
        ("cot_bad_point.xml", "cot_bad_point.xml: event 2 (bad-2): latitude nan is not a finite"),
        ("cot_no_point.xml", "cot_no_point.xml: event 1 (lonely): the event has no <point>"),
    ],
)
def test_bad_cot_is_refused_in_one_line(fixture: str, expected: str):
    with pytest.raises(InteropError) as err:
        read(FIXTURES / fixture)
    assert str(err.value).startswith(expected)
    assert "\n" not in str(err.value)


def test_out_of_range_vertex_is_named(tmp_path: Path):
    path = tmp_path / "far.xml"
    path.write_text(
        '<event version="2.0" uid="u1" type="u-d-f" time="2024-03-05T10:00:00Z" '
        'start="2024-03-05T10:00:00Z" stale="2025-03-05T10:00:00Z" how="h-e">'
        '<point lat="33" lon="35" hae="0" ce="0" le="0"/><detail>'
        '<link point="33,35"/><link point="33,200"/></detail></event>'
    )
    with pytest.raises(InteropError, match=r"far.xml: event 1 \(u1\): longitude 200.0 is outside"):
        read(path)


# --- our exports -------------------------------------------------------------------------------


def test_every_kind_round_trips_through_cot_and_a_tak_package(tmp_path: Path):
    records = every_kind()
    carried = [r for r in records if r.KIND != "position_report"]
    unit_id = records[0].id
    for name in ("all.xml", "all.zip"):
        out = tmp_path / name
        written = CotWriter().write(records, out, Job(positions={unit_id: (35.4, 33.2)}))
        assert written == len(carried)  # track history is not CoT's business
        back = {f.properties["id"]: feature_to_record(f) for f in read(out)}
        for record in carried:
            assert canonical_json(back[record.id]) == canonical_json(record), record.KIND


def test_exported_events_are_what_atak_expects(tmp_path: Path):
    u = unit(callsign="NEP 6")
    out = tmp_path / "one.cot"
    CotWriter().write([u], out, Job(positions={u.id: (35.4, 33.2)}))
    event = parse_xml(out.read_bytes(), "one.cot")
    assert event.tag == "event"
    assert event.get("version") == "2.0" and event.get("how") == "h-e"
    assert event.get("uid") == u.id and event.get("type") == "a-f-G-U-C-I"
    start = datetime.fromisoformat(event.get("start"))
    stale = datetime.fromisoformat(event.get("stale"))
    assert stale > start  # ATAK drops events that are already stale
    (point,) = event.findall("point")
    assert (point.get("lat"), point.get("lon")) == ("33.2", "35.4")
    assert point.get("ce") == point.get("le") == "9999999.0"
    assert event.find("detail/contact").get("callsign") == "NEP 6"


def test_shapes_are_drawn_with_link_vertices_and_colours(tmp_path: Path):
    out = tmp_path / "shapes.xml"
    CotWriter().write([area(), line(), incident(category="armed_clash")], out, Job())
    events = list(parse_xml(b"<events>" + out.read_bytes() + b"</events>", "shapes.xml"))
    assert [e.get("type") for e in events] == ["u-d-f", "u-d-f", "b-m-p-s-m"]
    area_event, line_event, marker = events
    links = [link.get("point") for link in area_event.findall("detail/link")]
    assert links[0] == links[-1] and len(links) == 5  # closed: first vertex repeated
    assert area_event.find("detail/strokeColor").get("value") == str(argb_int("#1d5fbf"))
    line_links = [link.get("point") for link in line_event.findall("detail/link")]
    assert line_links[0] != line_links[-1] and len(line_links) == 3  # open: a line
    assert marker.find("detail/color").get("argb") == str(argb_int("#c62828"))


def test_single_record_gives_one_event_document_and_many_give_a_stream(tmp_path: Path):
    one, many = tmp_path / "one.xml", tmp_path / "many.xml"
    CotWriter().write([incident()], one, Job())
    CotWriter().write([incident(), incident()], many, Job())
    assert parse_xml(one.read_bytes(), "one.xml").tag == "event"
    assert many.read_bytes().count(b"<event ") == 2
    assert len(read(many)) == 2


def test_tak_package_export_has_a_manifest_listing_every_item(tmp_path: Path):
    records = [incident(), area()]
    out = tmp_path / "pkg.zip"
    CotWriter().write(records, out, Job())
    with zipfile.ZipFile(out) as zf:
        manifest = parse_xml(zf.read("MANIFEST/manifest.xml"), "manifest")
        names = zf.namelist()
    assert manifest.tag == "MissionPackageManifest" and manifest.get("version") == "2"
    params = {p.get("name"): p.get("value") for p in manifest.findall("Configuration/Parameter")}
    assert params["name"] == "pkg" and params["uid"]
    entries = [c.get("zipEntry") for c in manifest.findall("Contents/Content")]
    assert entries == [f"{r.id}/{r.id}.cot" for r in records]
    assert set(entries) <= set(names)


def test_export_then_import_into_an_empty_mission_gives_the_same_records(source, tmp_path):
    db, records = source
    carried = [r for r in records if r.KIND != "position_report"]
    for name, fmt in (("all.xml", "cot"), ("all.zip", "cot"), ("pkg.zip", "tak")):
        out = tmp_path / name
        with open_store(db) as store:
            export_file(store, out, fmt)
            originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in carried}
        with open_store(tmp_path / f"empty-{name}.db") as store:
            import_file(store, out)
            assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in carried} == originals


def test_a_dtd_hidden_later_in_an_event_stream_is_refused(tmp_path: Path):
    path = tmp_path / "stream.xml"
    path.write_bytes(
        (FIXTURES / "atak_unit.cot").read_bytes() + (FIXTURES / "billion_laughs.kml").read_bytes()
    )
    with pytest.raises(InteropError, match=r"^stream\.xml: not well-formed XML \(line 13"):
        read(path)
