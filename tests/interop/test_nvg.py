"""NATO Vector Graphics: a partner's overlay reads with its groups, symbols, holes and drawn
circles; our NVG 2.0 exports come back as the same records; bad files are refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import area, incident, patrol, unit
from interop_helpers import FIXTURES, every_kind
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from app.domain.geo import geodesic_distance
from app.domain.serialize import canonical_json
from app.interop.base import InteropError, Job
from app.interop.exporter import export_file
from app.interop.features import feature_to_record
from app.interop.importer import detect, import_file
from app.interop.nvg import NvgReader, NvgWriter
from app.interop.safety import parse_xml
from app.store import open_store

NVG = "{https://tide.act.nato.int/schemas/2012/10/nvg}"


def read(path: Path) -> list:
    return list(NvgReader().read(path, Job()))


def test_partner_overlay_reads_groups_symbols_and_shapes():
    features = read(FIXTURES / "partner_overlay.nvg")
    assert [(f.name, f.layer, f.kind_hint, f.geometry.geom_type) for f in features] == [
        ("1 COY", "Own forces", "unit", "Point"),
        ("Armed group", "Own forces", "unit", "Point"),
        ("Line of contact", "Control measures", None, "LineString"),
        ("AO North", "Control measures", None, "Polygon"),
        ("Keep-out 1 km", "Control measures", None, "Polygon"),
        ("MSR Blue", "Control measures", None, "LineString"),
        ("Two OP zones", "Control measures", None, "MultiPolygon"),
        ("SECTOR EAST", "", None, "Point"),
    ]
    coy, armed, contact, ao, keep_out, msr, ops, _label = features
    assert coy.properties == {
        "id": "5b0e0a3c-3c51-4b36-8f4e-0f6e5a3a1a01",
        "name": "1 COY",
        "symbol": "app6a:SFGPUCI----D---",
        "sidc": "SFGPUCI----D---",
        "description": "Company HQ at the school",
    }
    assert coy.geometry == Point(35.4987, 33.2512)
    assert armed.properties["sidc"] == "SHGPUCI--------"
    assert contact.properties["sidc"] == "GFGPGLC-------X"
    assert len(ao.geometry.interiors) == 1
    assert ao.geometry.area == pytest.approx(0.15)
    assert ao.style == {"color": "#0000ff", "fillColor": "#8080ff", "fillOpacity": "0.3"}
    xs, ys = keep_out.geometry.exterior.xy
    distances = geodesic_distance([35.5] * len(xs), [33.3] * len(xs), list(xs), list(ys))
    assert min(distances) == pytest.approx(1000, abs=0.01)
    assert max(distances) == pytest.approx(1000, abs=0.01)
    assert msr.properties["width_m"] == 500.0
    assert isinstance(ops.geometry, MultiPolygon) and len(ops.geometry.geoms) == 2


def test_nvg_is_detected_by_namespace(tmp_path: Path):
    copy = tmp_path / "overlay.xml"
    copy.write_bytes((FIXTURES / "partner_overlay.nvg").read_bytes())
    assert detect(copy).name == "nvg"


@pytest.mark.parametrize(
    "fixture, expected",
    [
        ("nvg_entities.nvg", "nvg_entities.nvg: refused: the XML declares a document type"),
    ],
)  # fmt: skip
def test_bad_nvg_is_refused_in_one_line(fixture: str, expected: str):
    with pytest.raises(InteropError) as err:
        read(FIXTURES / fixture)
    assert str(err.value) == expected or str(err.value).startswith(expected)


def test_a_bad_item_is_named_and_the_others_still_read():
    features = read(FIXTURES / "nvg_bad_number.nvg")
    bad = [f for f in features if f.problem]
    assert [(f.item, f.problem) for f in bad] == [
        ("item 2 (Typo area)", "point '35.4,thirty-three' is not a number")
    ]
    assert len(features) > 1


@pytest.mark.parametrize(
    "item, words",
    [
        ('<point x="35" y="NaN"/>', "y 'NaN' is not a finite number"),
        ('<point x="235" y="33"/>', "vertex 1 (235.0, 33.0) is outside longitude"),
        ('<circle cx="35" cy="33" r="-5"/>', "radius -5 m is not between 0 and 2000 km"),
        ('<polygon points="35,33 35.2,33.2 35.2,33 35,33.2"/>', "invalid polygon"),
        ('<polyline points="35,33"/>', "a line needs at least 2 points"),
        ('<circle cy="33" r="500"/>', "<circle> has no 'cx'"),
        ('<arcband cx="35" maxr="900" minr="0" startangle="0" endangle="90"/>', "has no 'cy'"),
        (
            '<polygon points="35,33 35.2,33 35.2,33.2">'
            '<exclude><linear-ring points="35.1,33.05 35.15,33.1"/></exclude></polygon>',
            "an excluded area needs at least 3 points",
        ),
    ],
)
def test_impossible_items_are_named(tmp_path: Path, item: str, words: str):
    path = tmp_path / "x.nvg"
    path.write_text(f'<nvg xmlns="https://tide.act.nato.int/schemas/2012/10/nvg">{item}</nvg>')
    (feature,) = read(path)
    assert feature.item == "item 1" and feature.geometry is None
    assert feature.problem is not None and words in feature.problem


def test_every_kind_round_trips_through_nvg(tmp_path: Path):
    records = every_kind()
    out = tmp_path / "all.nvg"
    assert NvgWriter().write(records, out, Job(positions={records[0].id: (35.4, 33.2)})) == 9
    back = {f.properties["id"]: feature_to_record(f) for f in read(out)}
    for record in records:
        assert canonical_json(back[record.id]) == canonical_json(record), record.KIND


def test_export_is_nvg_20_with_symbols_holes_and_groups(tmp_path: Path):
    u = unit()
    shape = Polygon([(35.0, 33.0), (35.4, 33.0), (35.4, 33.4), (35.0, 33.4)],
                    [[(35.1, 33.1), (35.2, 33.1), (35.2, 33.2), (35.1, 33.2)]])  # fmt: skip
    records = [
        u,
        area(geometry=shape),
        incident(description="<b>bold</b>"),
        patrol(u.id, track=None),
    ]
    out = tmp_path / "overlay.nvg"
    # The unit has no position and the patrol no track: neither can be drawn.
    assert NvgWriter().write(records, out, Job()) == 2
    root = parse_xml(out.read_bytes(), "overlay.nvg")
    assert root.tag == f"{NVG}nvg" and root.get("version") == "2.0.2"
    assert [g.get("label") for g in root.findall(f"{NVG}g")] == ["Patrol areas", "Incidents"]
    polygon = root.find(f"{NVG}g/{NVG}polygon")
    assert polygon.get("points") == "35.0,33.0 35.4,33.0 35.4,33.4 35.0,33.4"
    ring = polygon.find(f"{NVG}exclude/{NVG}linear-ring")
    assert ring.get("points") == "35.1,33.1 35.2,33.1 35.2,33.2 35.1,33.2"
    assert polygon.get("uri") == f"urn:uuid:{records[1].id}"
    text = root.find(f"{NVG}g[2]/{NVG}point/{NVG}textInfo").text
    assert text == "<b>bold</b>"  # XML-escaped in the file, the value itself unchanged
    NvgWriter().write([u], out, Job(positions={u.id: (35.4, 33.2)}))
    point = parse_xml(out.read_bytes(), "overlay.nvg").find(f"{NVG}g/{NVG}point")
    assert point.get("symbol") == "app6d:10031000161211000000"
    assert (point.get("x"), point.get("y")) == ("35.4", "33.2")


def test_lines_keep_their_direction(tmp_path: Path):
    # Left and right of a ceasefire line depend on its digitising direction.
    from factories import line

    record = line(geometry=LineString([(35.6, 33.1), (35.3, 33.15), (35.0, 33.1)]))
    out = tmp_path / "l.nvg"
    NvgWriter().write([record], out, Job())
    (feature,) = read(out)
    assert list(feature.geometry.coords) == [(35.6, 33.1), (35.3, 33.15), (35.0, 33.1)]


def test_export_then_import_into_an_empty_mission_gives_the_same_records(source, tmp_path):
    db, records = source
    out = tmp_path / "all.nvg"
    with open_store(db) as store:
        export_file(store, out, "nvg")
        originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records}
    with open_store(tmp_path / "empty.db") as store:
        import_file(store, out)
        assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records} == originals


def test_groups_nested_thousands_deep_are_refused(tmp_path: Path):
    path = tmp_path / "deep.nvg"
    path.write_text(
        '<nvg xmlns="https://tide.act.nato.int/schemas/2012/10/nvg">'
        + "<g>" * 5000
        + '<point x="35" y="33"/>'
        + "</g>" * 5000
        + "</nvg>"
    )
    with pytest.raises(InteropError, match=r"^deep\.nvg: groups nested more than 100 deep"):
        read(path)
