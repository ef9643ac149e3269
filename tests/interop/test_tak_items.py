"""Every item ATAK writes into a data package comes in with no flags: markers, routes with
their waypoints, drawings, a telestration, range-and-bearing tools, a bullseye, a camera, a
CASEVAC request, a friendly unit of no nation, a KMZ overlay and a photo; what is no map item
(a chat line) or cannot be read (a broken event) is listed with its reason.

The events below are written for these tests; each reproduces the structure of a public file
(ATAK's output as recorded in the node-CoT test suite, github.com/dfpc-coe/node-CoT):
- route: test/cot-routes.test.ts @ 17388064d1c41fabf46761f01415944a81fff604
- circle (u-d-c-c), polygon (u-d-f): test/cot-user-draw.test.ts
  @ 271bdb1adc01304a79f95f00d75db4250ab64b13
- range and bearing (u-rb-a): test/cot-range-and-bearing.test.ts
  @ 08ec4b113291fa4b9a3769951c920e0c4d42ee55
- camera (b-m-p-s-p-loc with __video and sensor): test/cot-video.test.ts
  @ 00583757a69a6afdc38769d21cb6548d90ec5f8b
- telestration (u-d-f-m, each stroke a whole escaped event in <link line=…>): the shape public
  CoT importers' tests give it; no stored ATAK telestration file was found to cite
- package manifest with a photo attached by uid (QuickPic.zip) and a KMZ overlay
  (COMilePosts.zip): test/package.test.ts @ 1469f2f7dec4816fd9a16c534a6210473341d968
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from shapely.geometry import LineString, MultiLineString, Point, Polygon

from app.domain.geo import geodesic_distance
from app.domain.records import Incident, MapItem
from app.interop.base import Job
from app.interop.cot import TakPackageReader
from app.interop.importer import import_file
from app.store import open_store

T = 'time="2024-08-30T22:28:02Z" start="2024-08-30T22:28:02Z" stale="2024-08-31T22:28:02Z"'
NOWHERE = 'hae="9999999.0" ce="9999999.0" le="9999999.0"'


def event(uid: str, cot_type: str, lat: float, lon: float, detail: str, how: str = "h-e") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<event version="2.0" uid="{uid}" type="{cot_type}" {T} how="{how}" access="Undefined">'
        f'<point lat="{lat}" lon="{lon}" {NOWHERE}/><detail>{detail}</detail></event>'
    )


def stroke(uid: str, colour: int, points: list[str]) -> str:
    links = "".join(f'<link point="{p}"/>' for p in points)
    inner = (
        f'<event version="2.0" uid="{uid}" type="u-d-f" {T} how="h-e"><point lat="0" lon="0" '
        f'{NOWHERE}/><detail><strokeColor value="{colour}"/>{links}</detail></event>'
    )
    return f"<link line={quoteattr(inner)}/>"


EVENTS = {
    "spot": event("spot-1", "b-m-p-s-m", 33.25, 35.50,
                  '<contact callsign="Burnt truck"/><color argb="-65536"/>'
                  '<remarks>Seen 0600</remarks><link url="https://example.org/report/1"/>'),
    "marker2525": event("hostile-1", "a-h-G-U-C-I", 33.27, 35.53,
                        '<contact callsign="Armed group"/>', how="h-g-i-g-o"),
    "friendly": event("ANDROID-0ca41830e11d2ef3", "a-f-G-U-C", 33.20, 35.40,
                      '<contact callsign="IRISH 2-1"/><__group name="Cyan" role="Team Member"/>',
                      how="m-g"),
    "neutral": event("neutral-1", "a-n-G", 33.21, 35.41, '<contact callsign="Shepherds"/>'),
    "route": event("route-1", "b-m-r", 0.0, 0.0,
                   '<contact callsign="Walking Alt Route 5"/>'
                   '<link uid="wp-sp" callsign="Walking Alt Route 5 SP" type="b-m-p-w" '
                   'point="33.05,35.05"/>'
                   '<link uid="cp-1" callsign="" type="b-m-p-c" point="33.06,35.06"/>'
                   '<link uid="wp-tgt" callsign="TGT" type="b-m-p-w" point="33.07,35.08"/>'),
    "polygon": event("shape-338", "u-d-f", 33.369, 35.675,
                     '<link point="33.370053,35.6769122"/><link point="33.3700864,35.6730388"/>'
                     '<link point="33.3677968,35.6730067"/><link point="33.3677634,35.6768801"/>'
                     '<link point="33.370053,35.6769122"/><strokeColor value="-48571"/>'
                     '<fillColor value="0"/><contact callsign="Shape 338"/>'),
    "circle": event("circle-1", "u-d-c-c", 33.30, 35.60,
                    '<shape><ellipse major="2535.97" minor="2535.97" angle="360"/></shape>'
                    '<contact callsign="TRANSPARENT"/><strokeColor value="-35072"/>'),
    "rectangle": event("rect-1", "u-d-r", 33.05, 35.75,
                       '<link point="33.0,35.7"/><link point="33.0,35.8"/>'
                       '<link point="33.1,35.8"/><link point="33.1,35.7"/>'
                       '<contact callsign="Box Tango"/>'),
    "telestration": event("tele-1", "u-d-f-m", 0.0, 0.0,
                          '<contact callsign="Freehand 1"/>'
                          + stroke("s-1", -65536, ["33.4772,35.7073", "33.4773,35.7060",
                                                   "33.4774,35.7047"])
                          + stroke("s-2", -16776961, ["33.4700,35.7000", "33.4710,35.7010"])
                          + "<remarks>Sketch</remarks>"),
    "rb_line": event("rb-1", "u-rb-a", 33.0981196, 35.7395013,
                     '<contact callsign="R&amp;B 1"/><range value="14806.869682096987"/>'
                     '<bearing value="102.28151464168589"/><rangeUnits value="0"/>'
                     '<bearingUnits value="0"/><northRef value="1"/>'
                     '<strokeColor value="-65536"/>'),
    "rb_circle": event("rbc-1", "u-r-b-c-c", 33.35, 35.65,
                       '<contact callsign="R&amp;B Circle 1"/>'
                       '<shape><ellipse major="1500" minor="1500" angle="360"/></shape>'),
    "bullseye": event("be-1", "u-r-b-bullseye", 33.33, 35.66,
                      '<contact callsign="BE1"/><bullseye distance="1000.0" title="BE1"/>'),
    "camera": event("cam-1", "b-m-p-s-p-loc", 33.2089117, 35.6282182,
                    '<__video uid="v-1" url="https://cams.example.org/live/123/playlist.m3u8"/>'
                    '<sensor fov="45" azimuth="270" range="100"/><color argb="-1"/>'
                    '<contact callsign="Bridge camera"/>'),
    "casevac": event("medevac-1", "b-r-f-h-c", 33.24, 35.48,
                     '<contact callsign="MED.301430"/><_medevac_ title="MED.301430" '
                     'urgent="2" priority="0" routine="1" freq="45.500" '
                     'medline_remarks="Two gunshot wounds"/><remarks>LZ marked orange</remarks>'),
    "photo_marker": event("3b758d3c-5b7a-4fba-a0dc-bbde18e895b5", "b-i-x-i", 33.22, 35.45,
                          '<contact callsign="20240702_144514.jpg"/>'),
    "chat": event("GeoChat.x.All.1", "b-t-f", 33.2, 35.4, '<remarks>Radio check</remarks>'),
    "broken": event("broken-1", "b-m-p-s-m", float("nan"), 35.4, ""),
}  # fmt: skip

PHOTO = b"\xff\xd8\xff\xe0" + b"JFIF-photo-bytes" * 8

KML = b"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>CO Mileposts</name>
<Placemark><name>MP 14</name><Point><coordinates>35.51,33.31</coordinates></Point></Placemark>
<Placemark><name>Wadi road</name><LineString><coordinates>35.5,33.3 35.6,33.35</coordinates>
</LineString></Placemark></Document></kml>"""


def kmz() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("doc.kml", KML)
    return buffer.getvalue()


def data_package(path: Path) -> Path:
    """An ATAK data package: one folder per item (some nested), a manifest listing them, a
    photo attached to its marker by uid and a KMZ overlay."""
    contents = []
    members: dict[str, bytes] = {}
    for key, xml in EVENTS.items():
        uid = xml.split('uid="', 1)[1].split('"', 1)[0]
        folder = f"items/{key}" if key in ("telestration", "rb_line") else uid
        entry = f"{folder}/{uid}.cot"
        members[entry] = xml.encode()
        contents.append(
            f'<Content ignore="false" zipEntry="{entry}"><Parameter name="uid" value="{uid}"/>'
            "</Content>"
        )
    photo_owner = "3b758d3c-5b7a-4fba-a0dc-bbde18e895b5"
    members["e63e920689815c961ec9d873c83f08a6/20240702_144514.jpg"] = PHOTO
    contents.append(
        '<Content ignore="false" zipEntry="e63e920689815c961ec9d873c83f08a6/20240702_144514.jpg">'
        f'<Parameter name="uid" value="{photo_owner}"/></Content>'
    )
    members["86771c6fd3635ec4d66c3fd9501f23c1/CO Mileposts.kmz"] = kmz()
    contents.append(
        '<Content ignore="false" zipEntry="86771c6fd3635ec4d66c3fd9501f23c1/CO Mileposts.kmz">'
        '<Parameter name="name" value="CO Mileposts.kmz"/>'
        '<Parameter name="contentType" value="KML"/></Content>'
    )
    manifest = (
        '<MissionPackageManifest version="2"><Configuration>'
        '<Parameter name="uid" value="fd4310f2-e34a-455d-b1c2-15c06b740a04"/>'
        '<Parameter name="name" value="Sector East sketch"/></Configuration>'
        f"<Contents>{''.join(contents)}</Contents></MissionPackageManifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("MANIFEST/manifest.xml", manifest)
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def imported(tmp_path: Path):
    path = data_package(tmp_path / "Sector East sketch.zip")
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path)
        items = {m.name: m for m in store.map_items()}
        units = {u.designation: u for u in store.units()}
        incidents = store.query("incident")
        photo = store.get_attachment(next(iter(summary.files)))[0] if summary.files else None
        report = store.check()
    return summary, items, units, incidents, photo, report


def test_an_atak_data_package_imports_completely_with_no_flags(imported):
    summary, items, _units, _incidents, _photo, report = imported
    assert summary.format == "tak" and report.healthy
    assert dict(summary.created) == {
        "map_item": 15, "unit": 3, "position_report": 3, "incident": 1,
    }  # fmt: skip
    # What is no map item, or cannot be read, is listed with its reason.
    assert dict(summary.skipped) == {
        "a chat message is no map item (left out)": 1,
        "Sector East sketch.zip/broken-1/broken-1.cot: event 1 (broken-1): latitude nan is not "
        "a finite number": 1,
    }
    assert {name: item.item_type for name, item in items.items()} == {
        "Burnt truck": "spot_marker",
        "Walking Alt Route 5": "route",
        "Walking Alt Route 5 SP": "waypoint",
        "TGT": "waypoint",
        "Shape 338": "drawing",
        "TRANSPARENT": "drawing",
        "Box Tango": "drawing",
        "Freehand 1": "drawing",
        "R&B 1": "range_bearing",
        "R&B Circle 1": "range_ring",
        "BE1": "bullseye",
        "Bridge camera": "camera",
        "20240702_144514.jpg": "marker",
        "MP 14": "waypoint",  # the KMZ overlay's milepost (its folder says so) and road
        "Wadi road": "road",
    }


def test_each_item_keeps_its_shape_colour_remarks_and_links(imported):
    _summary, items, _units, _incidents, _photo, _report = imported
    spot = items["Burnt truck"]
    assert spot.geometry == Point(35.5, 33.25) and spot.colour == "#ff0000"
    assert spot.notes == "Seen 0600\nLink: https://example.org/report/1"
    assert spot.partner_type == "b-m-p-s-m"
    route = items["Walking Alt Route 5"]
    assert list(route.geometry.coords) == [(35.05, 33.05), (35.06, 33.06), (35.08, 33.07)]
    assert items["TGT"].geometry == Point(35.08, 33.07)
    assert isinstance(items["Shape 338"].geometry, Polygon)
    assert items["Shape 338"].colour == "#ff4245"
    circle = items["TRANSPARENT"].geometry
    xs, ys = circle.exterior.xy
    far = geodesic_distance([35.6] * len(xs), [33.3] * len(xs), list(xs), list(ys))
    assert min(far) == pytest.approx(2535.97, abs=0.01)
    sketch = items["Freehand 1"]
    assert isinstance(sketch.geometry, MultiLineString) and len(sketch.geometry.geoms) == 2
    assert sketch.notes == "Sketch"
    rb = items["R&B 1"].geometry
    assert isinstance(rb, LineString) and rb.coords[0] == (35.7395013, 33.0981196)
    (length,) = geodesic_distance([rb.coords[0][0]], [rb.coords[0][1]],
                                  [rb.coords[1][0]], [rb.coords[1][1]])  # fmt: skip
    assert length == pytest.approx(14806.87, abs=0.01)
    assert isinstance(items["R&B Circle 1"].geometry, Polygon)
    camera = items["Bridge camera"]
    assert "Video: https://cams.example.org/live/123/playlist.m3u8" in camera.notes
    assert "Sensor azimuth: 270" in camera.notes


def test_units_of_every_affiliation_and_no_nation_come_in(imported):
    _summary, _items, units, _incidents, _photo, _report = imported
    assert set(units) == {"IRISH 2-1", "Armed group", "Shepherds"}
    assert {u.nation for u in units.values()} == {"XXX"}  # shown as "nation not known"
    assert units["IRISH 2-1"].sidc[3] == "3" and units["Armed group"].sidc[3] == "6"
    assert units["Shepherds"].sidc[3] == "4"


def test_a_casevac_request_is_an_incident_and_a_photo_an_attachment(imported):
    _summary, items, _units, incidents, photo, _report = imported
    (casevac,) = incidents
    assert isinstance(casevac, Incident)
    assert casevac.title == "CASEVAC request MED.301430" and casevac.severity == 3
    assert casevac.category == "accident_hazard"
    assert "urgent 2" in casevac.description and "Two gunshot wounds" in casevac.description
    marker = items["20240702_144514.jpg"]
    assert isinstance(marker, MapItem) and len(marker.attachments) == 1
    assert photo is not None and photo["file_name"] == "20240702_144514.jpg"
    assert photo["media_type"] == "image/jpeg" and photo["size"] == len(PHOTO)


def test_the_reader_marks_every_package_item_optional(tmp_path: Path):
    features = list(TakPackageReader().read(data_package(tmp_path / "p.zip"), Job()))
    assert all(f.optional for f in features)


def test_set_nation_fills_the_nation_atak_does_not_give(tmp_path: Path):
    path = data_package(tmp_path / "p.zip")
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path, settings={"nation": "GHA"})
        assert {u.nation for u in store.units()} == {"GHA"}
        assert store.count("map_item") == 15  # a nation is no map-item field: left alone


def test_an_icon_set_marker_is_a_map_item_not_a_unit(tmp_path: Path):
    """ATAK gives a marker picked from an icon set a unit type (``a-u-G``) but draws it as the
    icon: it is a marker on the map, not a party's forces. A 2525 marker stays a unit. (As in
    ATAK-CIV's ``takcot/examples/Marker - Icon Set.cot`` and ``Marker - 2525.cot``.)"""
    hiker = event(
        "hiker-1",
        "a-u-G",
        38.855,
        -77.051,
        '<usericon iconsetpath="f7f71666-8b28-4b57-9fbb-e38e61d33b79/Google/hiker.png"/>'
        '<contact callsign="hiker 1"/><color argb="-1"/>',
        how="h-g-i-g-o",
    )
    marker = event("u-1", "a-u-G", 38.856, -77.063,
                   '<usericon iconsetpath="COT_MAPPING_2525B/a-u/a-u-G"/>'
                   '<contact callsign="U.16.135057"/>', how="h-g-i-g-o")  # fmt: skip
    path = tmp_path / "markers.cot"
    path.write_text(hiker + "\n" + marker, encoding="utf-8")
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path)
        items = store.map_items()
        units = store.units()
    assert [(m.name, m.item_type, m.sidc) for m in items] == [("hiker 1", "marker", "")]
    assert "Google/hiker.png" in items[0].notes
    assert [u.designation for u in units] == ["U.16.135057"]
