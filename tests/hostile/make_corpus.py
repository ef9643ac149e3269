"""Writes the hostile-input corpus in ``tests/hostile/files`` (run it again after changing it).

Each file is something a doctored USB stick or a careless export could bring: the test
(``test_hostile_corpus.py``) imports every one through ``bluehelmet import`` and expects either a
one-line refusal that leaves the database exactly as it was, or a safe import, as listed in
``expected.json``. The files are committed so the corpus is the same everywhere; this script is
how they were made.

    .venv/bin/python tests/hostile/make_corpus.py
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

POINT_FEATURE = {
    "type": "Feature",
    "geometry": {"type": "Point", "coordinates": [20.1, 6.7]},
    "properties": {
        "kind": "incident",
        "title": "Shots heard near the crossing",
        "category": "ceasefire_violation",
        "occurred_start": "2026-11-20T05:00:00Z",
    },
}


def feature(**changes: object) -> dict:
    out = json.loads(json.dumps(POINT_FEATURE))
    geometry = changes.pop("geometry", None)
    if geometry is not None:
        out["geometry"] = geometry
    out["properties"].update(changes)
    return out


def collection(*features: dict) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


KML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'


def kml_placemark(coordinates: str, name: str = "Checkpoint") -> str:
    return (
        f"{KML_HEAD}<Document><Placemark><name>{name}</name>"
        f"<Point><coordinates>{coordinates}</coordinates></Point></Placemark></Document></kml>"
    )


def zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 6, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def lying_zip(name: str, data: bytes, claimed_size: int) -> bytes:
    """A stored ZIP whose central directory claims a different uncompressed size."""
    raw = bytearray(zip_bytes({name: data}, compression=zipfile.ZIP_STORED))
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = claimed_size.to_bytes(4, "little")
    return bytes(raw)


def cot_event(lat: str, lon: str, extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<event version="2.0" uid="ANDROID-hostile" type="a-f-G-U-C-I" '
        'time="2026-11-20T06:00:00Z" start="2026-11-20T06:00:00Z" '
        'stale="2026-11-20T07:00:00Z" how="h-e">'
        f'<point lat="{lat}" lon="{lon}" hae="9999999.0" ce="9999999.0" le="9999999.0"/>'
        f'<detail><contact callsign="ALPHA 1"/>{extra}</detail></event>'
    )


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)
EXTERNAL = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def corpus() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    text = files.__setitem__

    # --- GeoJSON ---------------------------------------------------------------------------
    text("deep_nesting.geojson", b"[" * 200_000 + b"]" * 200_000)
    text(
        "nan_coordinates.geojson",
        collection(feature(geometry={"type": "Point", "coordinates": [20.1, 0]}))
        .replace("[20.1, 0]", "[NaN, 6.7]")
        .encode(),
    )
    text(
        "infinite_coordinates.geojson",
        collection(feature(geometry={"type": "Point", "coordinates": [20.1, 0]}))
        .replace("[20.1, 0]", "[1e999, 6.7]")
        .encode(),
    )
    text(
        "latitude_91.geojson",
        collection(feature(geometry={"type": "Point", "coordinates": [20.1, 91.0]})).encode(),
    )
    bowtie = {
        "type": "Feature",
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[20, 6], [21, 7], [21, 6], [20, 7], [20, 6]]],
        },
        "properties": {"kind": "patrol_area", "name": "Bow-tie sector"},
    }
    text("self_intersecting_area.geojson", collection(bowtie).encode())
    empty = dict(bowtie, geometry={"type": "Polygon", "coordinates": []})
    text("empty_geometry.geojson", collection(empty).encode())
    text(
        "five_megabyte_title.geojson",
        collection(feature(title="A" * 5_000_000)).encode(),
    )
    text(
        "invalid_utf8.geojson",
        collection(feature(title="Checkpoint XXXX")).encode().replace(b"XXXX", b"\xff\xfe\xc3"),
    )
    text(
        "sql_looking_title.geojson",
        collection(feature(title="x'); DROP TABLE incidents; --")).encode(),
    )
    text(
        "script_payloads.geojson",
        collection(
            feature(
                title="<img src=x onerror=\"document.title='pwned'\">",
                description="<script>document.title='pwned'</script>",
                actors=["<svg onload=alert(1)>", "javascript:alert(1)"],
            )
        ).encode(),
    )
    text("truncated.geojson", collection(feature()).encode()[:-37])
    text("absurd_fatalities.geojson", collection(feature(fatalities=10**400)).encode())
    text("hostile_id.geojson", collection(feature(id="../../etc/passwd")).encode())
    text("bom_then_garbage.geojson", b'\xef\xbb\xbf{"type": "FeatureCollection", \x00\x01')
    text(
        "unknown_kind.geojson",
        collection(feature(kind="nuclear_launch_code")).encode(),
    )
    # --- CSV -------------------------------------------------------------------------------
    text(
        "nan_latitude.csv",
        b"title,category,event_date,latitude,longitude\nShots,ceasefire_violation,"
        b"2026-11-20,nan,20.1\n",
    )
    text(
        "formula_injection.csv",
        b"title,category,event_date,latitude,longitude\n"
        b'"=HYPERLINK(""http://x"",""click"")",ceasefire_violation,2026-11-20,6.7,20.1\n',
    )
    text(
        "invalid_utf8.csv",
        b"title,category,event_date,latitude,longitude\nSh\xffots,ceasefire_violation,"
        b"2026-11-20,6.7,20.1\n",
    )
    text(
        "ten_megabyte_field.csv",
        b"title,category,event_date,latitude,longitude\n"
        + b"A" * 10_000_000
        + b",ceasefire_violation,2026-11-20,6.7,20.1\n",
    )
    # --- KML / KMZ -------------------------------------------------------------------------
    text(
        "billion_laughs.kml",
        (
            LAUGHS
            + kml_placemark("20.1,6.7", "&lol9;")[len('<?xml version="1.0" encoding="UTF-8"?>\n') :]
        ).encode(),
    )
    text(
        "external_entity.kml",
        (
            EXTERNAL
            + kml_placemark("20.1,6.7", "&xxe;")[len('<?xml version="1.0" encoding="UTF-8"?>\n') :]
        ).encode(),
    )
    text("nan_coordinates.kml", kml_placemark("nan,6.7").encode())
    text("truncated.kml", kml_placemark("20.1,6.7").encode()[:-40])
    doc = kml_placemark("20.1,6.7").encode()
    text("zip_slip.kmz", zip_bytes({"../../../../tmp/evil.kml": doc}))
    text("absolute_member.kmz", zip_bytes({"/etc/cron.d/evil": doc, "doc.kml": doc}))
    text("zip_bomb.kmz", zip_bytes({"doc.kml": doc + b" " * 60_000_000}))
    text("lying_sizes.kmz", lying_zip("doc.kml", doc, 4_000_000_000))
    # --- Cursor-on-Target / TAK ------------------------------------------------------------
    text(
        "cot_entity_expansion.xml",
        (LAUGHS + cot_event("6.7", "20.1")[39:]).replace("ALPHA 1", "&lol9;").encode(),
    )
    text("cot_latitude_out_of_range.cot", cot_event("9999999.0", "20.1").encode())
    text("cot_infinite.cot", cot_event("inf", "20.1").encode())
    manifest = (
        '<MissionPackageManifest version="2"><Configuration>'
        '<Parameter name="uid" value="pkg-1"/><Parameter name="name" value="Hostile"/>'
        '</Configuration><Contents><Content ignore="false" zipEntry="../../evil.cot"/>'
        "</Contents></MissionPackageManifest>"
    )
    text(
        "tak_zip_slip.zip",
        zip_bytes(
            {
                "MANIFEST/manifest.xml": manifest.encode(),
                "../../evil.cot": cot_event("6.7", "20.1").encode(),
            }
        ),
    )
    # --- NVG -------------------------------------------------------------------------------
    nvg = (
        '<nvg xmlns="http://tide.act.nato.int/schemas/2012/10/nvg" version="2.0.2">'
        '<point x="{x}" y="6.7" symbol="app6a:SFGPUCI----" label="{label}"/></nvg>'
    )
    text("nvg_external_entity.nvg", (EXTERNAL + nvg.format(x="20.1", label="&xxe;")).encode())
    text("nvg_infinite.nvg", nvg.format(x="Infinity", label="Post").encode())
    # --- GeoPackage / Shapefile ------------------------------------------------------------
    text("text_pretending.gpkg", b"this is not a GeoPackage, only text with its name\n")
    text("shapefile_zip_slip.zip", zip_bytes({"../evil.shp": b"\x00" * 100, "evil.dbf": b""}))
    text(
        "shapefile_lying_sizes.zip",
        lying_zip("areas.shp", b"\x00\x00\x27\x0a" + b"\x00" * 96, 3_900_000_000),
    )
    return files


def broken_geopackage(path: Path) -> None:
    """A real GeoPackage (made by pyogrio) whose geometry blob was then overwritten."""
    import geopandas
    from shapely.geometry import Point

    frame = geopandas.GeoDataFrame(
        {"title": ["Post"], "category": ["ceasefire_violation"], "event_date": ["2026-11-20"]},
        geometry=[Point(20.1, 6.7)],
        crs="EPSG:4326",
    )
    path.unlink(missing_ok=True)
    frame.to_file(path, driver="GPKG", layer="incidents")
    with sqlite3.connect(path) as conn:
        # Its spatial-index triggers call SpatiaLite functions plain SQLite lacks: drop them
        # (a doctored file need not keep its own index in step anyway).
        triggers = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'incidents'"
        ).fetchall()
        for (name,) in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE incidents SET geom = X'47500003E6100000DEADBEEF'")


#: Members too big to commit (see files/.gitignore): written when the test runs.
LARGE = ("five_megabyte_title.geojson", "ten_megabyte_field.csv", "deep_nesting.geojson")


def ensure_large() -> None:
    missing = [name for name in LARGE if not (FILES / name).exists()]
    if missing:
        made = corpus()
        for name in missing:
            (FILES / name).write_bytes(made[name])


def main() -> None:
    FILES.mkdir(exist_ok=True)
    for name, data in corpus().items():
        (FILES / name).write_bytes(data)
    broken_geopackage(FILES / "broken_geometry_blob.gpkg")
    print(f"{len(list(FILES.glob('*.*')))} files in {FILES}")


if __name__ == "__main__":
    main()
