"""KML as Google Earth, ArcGIS and GPS loggers write it: gx:Track and gx:MultiTrack, a label
point beside the shapes, SchemaData, image overlays and network links refused with a way on."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import unit

from app.interop.importer import FeaturesRefused, import_file
from app.store import open_store

HEAD = ('<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">'
        "<Document>")  # fmt: skip
TRACK = """<Placemark><name>{name}</name><gx:Track>
  <when>2026-03-01T10:00:00Z</when><when>2026-03-01T10:05:00Z</when>
  <when>2026-03-01T10:10:00Z</when>
  <gx:coord>35.50 33.20 120</gx:coord><gx:coord>35.51 33.21 121</gx:coord>
  <gx:coord>35.52 33.22 119</gx:coord></gx:Track></Placemark>"""


def _kml(tmp_path: Path, body: str, name: str = "f.kml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body + "</Document></kml>")
    return path


def test_a_units_track_becomes_position_reports_and_another_a_route(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        patrol = unit(callsign="Tiger 6")
        store.save(patrol)
        path = _kml(tmp_path, TRACK.format(name="Tiger 6") + TRACK.format(name="Convoy route"))
        summary = import_file(store, path)
        reports = sorted(store.query("position_report"), key=lambda r: r.observed_at)
        (route,) = store.query("map_item")
    assert summary.created["position_report"] == 3
    assert [(r.unit_id, r.lon, r.lat) for r in reports][-1] == (patrol.id, 35.52, 33.22)
    assert reports[0].observed_at.isoformat() == "2026-03-01T10:00:00+00:00"
    assert route.geometry.coords[0] == (35.5, 33.2)


def test_a_label_point_beside_polygons_keeps_the_polygons(tmp_path: Path):
    body = """<Placemark><name>Sector East</name><ExtendedData><SchemaData schemaUrl="#s">
      <SimpleData name="OWNER">NEPBATT</SimpleData></SchemaData></ExtendedData><MultiGeometry>
      <Point><coordinates>35.55,33.25</coordinates></Point>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>35.5,33.2 35.6,33.2 35.6,33.3
      35.5,33.2</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry>
      </Placemark>"""
    with open_store(tmp_path / "m.db") as store:
        import_file(store, _kml(tmp_path, body))
        (item,) = store.query("map_item")
        assert store.count("patrol_area") == 0
    assert item.geometry.geom_type == "Polygon" and item.name == "Sector East"


@pytest.mark.parametrize(
    "body, words",
    [
        ("<GroundOverlay><name>Scan</name><Icon><href>files/scan.png</href></Icon>"
         "</GroundOverlay>",
         "GroundOverlay 1 (Scan): an image overlay (scan.png) is a picture, not map features: "
         "to see it as a basemap, save the image with its corner coordinates as a GeoTIFF"),
        ("<NetworkLink><name>Live</name><Link><href>http://example.org/live.kml</href></Link>"
         "</NetworkLink>",
         "NetworkLink 1 (Live): a NetworkLink loads its content from "
         "http://example.org/live.kml over a network, and this program works offline"),
    ],
)  # fmt: skip
def test_overlays_and_network_links_are_refused_saying_what_to_do(tmp_path, body, words):
    with open_store(tmp_path / "m.db") as store, pytest.raises(FeaturesRefused) as err:
        import_file(store, _kml(tmp_path, body))
    assert str(err.value).startswith(f"f.kml: {words}")
