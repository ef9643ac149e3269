"""Safe parsing: hostile XML, hostile zips, impossible coordinates and broken polygons are
refused in one line that names the file (and member or feature); harmless damage is repaired."""

from __future__ import annotations

import math
import stat
import zipfile
from pathlib import Path

import pytest
from interop_helpers import FIXTURES
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from app.interop.base import InteropError
from app.interop.safety import (
    check_geometry,
    check_lonlat,
    open_zip,
    parse_xml,
    read_capped,
    read_member,
    safe_member_names,
)


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


# --- XML -------------------------------------------------------------------------------------


def test_well_formed_xml_parses():
    root = parse_xml(b"<kml><Placemark><name>A &amp; B</name></Placemark></kml>", "a.kml")
    assert root.find("Placemark/name").text == "A & B"


def test_billion_laughs_is_refused_before_any_expansion():
    with pytest.raises(InteropError) as err:
        parse_xml((FIXTURES / "billion_laughs.kml").read_bytes(), "billion_laughs.kml")
    message = str(err.value)
    assert message.startswith("billion_laughs.kml: refused")
    assert "\n" not in message


def test_external_entity_is_refused_and_never_read():
    with pytest.raises(InteropError) as err:
        parse_xml((FIXTURES / "external_entity.kml").read_bytes(), "external_entity.kml")
    assert "refused" in str(err.value)
    assert "root:" not in str(err.value)  # nothing of /etc/passwd leaks into the message


def test_internal_entity_without_a_dtd_is_not_well_formed():
    with pytest.raises(InteropError, match=r"x.xml: not well-formed XML \(line 1"):
        parse_xml(b"<a>&nope;</a>", "x.xml")


def test_malformed_xml_names_file_and_line():
    with pytest.raises(InteropError) as err:
        parse_xml((FIXTURES / "malformed.kml").read_bytes(), "malformed.kml")
    expected = "malformed.kml: not well-formed XML (line 7, character 5): mismatched tag"
    assert str(err.value) == expected


def test_file_above_the_size_limit_is_refused_up_front(tmp_path: Path):
    big = tmp_path / "big.kml"
    big.write_bytes(b" " * 5000)
    with pytest.raises(InteropError, match=r"big.kml: the file is .* MiB; files above"):
        read_capped(big, limit=4096)
    assert read_capped(big, limit=5000) == b" " * 5000


def test_missing_file_is_named(tmp_path: Path):
    with pytest.raises(InteropError, match=r"nothere\.kml: file not found"):
        read_capped(tmp_path / "nothere.kml")


# --- zips ------------------------------------------------------------------------------------


def test_a_clean_zip_opens_and_lists_its_files(tmp_path: Path):
    path = make_zip(tmp_path / "ok.kmz", {"doc.kml": b"<kml/>", "files/icon.png": b"\x89PNG"})
    with open_zip(path) as zf:
        assert safe_member_names(zf) == ["doc.kml", "files/icon.png"]
        assert read_member(zf, "doc.kml", max_bytes=100) == b"<kml/>"


@pytest.mark.parametrize(
    "name, problem",
    [
        ("../../etc/cron.d/evil", "climbs out of the archive"),
        ("a/../../evil.kml", "climbs out of the archive"),
        ("/etc/passwd", "absolute path"),
        ("C:/Windows/evil.dll", "drive letter"),
        ("..\\evil.kml", "backslashes"),
    ],
)
def test_zip_slip_names_are_refused(tmp_path: Path, name: str, problem: str):
    path = make_zip(tmp_path / "slip.zip", {"doc.kml": b"<kml/>", name: b"x"})
    with pytest.raises(InteropError) as err:
        open_zip(path)
    message = str(err.value)
    assert message.startswith("slip.zip: member ") and name in message.replace("\\\\", "\\")
    assert problem in message


def test_zip_bomb_is_refused_by_compression_ratio(tmp_path: Path):
    path = make_zip(tmp_path / "bomb.kmz", {"doc.kml": b"\0" * (8 * 1024**2)})
    with pytest.raises(InteropError, match=r"bomb.kmz: member 'doc.kml' is compressed .* zip bomb"):
        open_zip(path)


def test_total_uncompressed_size_is_capped(tmp_path: Path):
    members = {f"m{i}.cot": bytes(range(256)) * 40 for i in range(5)}  # 10 KiB each
    path = make_zip(tmp_path / "many.zip", members, zipfile.ZIP_STORED)
    with pytest.raises(InteropError, match=r"many.zip: the archive unpacks to more than"):
        open_zip(path, max_total_bytes=30_000)


def test_member_count_is_capped(tmp_path: Path):
    path = make_zip(tmp_path / "swarm.zip", {f"{i}.cot": b"x" for i in range(30)})
    with pytest.raises(InteropError, match=r"swarm.zip: the archive holds 30 members; at most 20"):
        open_zip(path, max_members=20)


def test_duplicate_member_names_are_refused(tmp_path: Path):
    path = tmp_path / "dup.kmz"
    with (
        pytest.warns(UserWarning, match=r"Duplicate name"),
        zipfile.ZipFile(path, "w") as zf,
    ):
        zf.writestr("doc.kml", b"<kml>first</kml>")
        zf.writestr("doc.kml", b"<kml>second</kml>")
    with pytest.raises(InteropError, match=r"dup.kmz: member 'doc.kml' appears twice"):
        open_zip(path)


def test_symlink_members_are_refused(tmp_path: Path):
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("doc.kml")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(InteropError, match=r"link.zip: member 'doc.kml' is a symbolic link"):
        open_zip(path)


def test_not_a_zip_is_named(tmp_path: Path):
    path = tmp_path / "fake.kmz"
    path.write_bytes(b"<kml/>")
    with pytest.raises(InteropError, match=r"fake\.kmz: not a zip archive"):
        open_zip(path)


def test_member_whose_header_understates_its_size_is_refused(tmp_path: Path):
    data = bytes(range(256)) * 64  # 16 KiB that does not compress much
    path = make_zip(tmp_path / "liar.zip", {"doc.kml": data}, zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    # Rewrite the uncompressed size in the central directory entry to claim 100 bytes.
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with open_zip(path) as zf, pytest.raises(InteropError) as err:
        read_member(zf, "doc.kml", max_bytes=1000)
    assert str(err.value).startswith("liar.zip: member 'doc.kml'")


def test_member_above_the_cap_is_refused(tmp_path: Path):
    path = make_zip(tmp_path / "big.kmz", {"doc.kml": b"<kml>" + b" " * 5000 + b"</kml>"})
    with open_zip(path) as zf, pytest.raises(InteropError, match=r"big\.kmz: member 'doc\.kml' is"):
        read_member(zf, "doc.kml", max_bytes=1000)


# --- coordinates and geometry ----------------------------------------------------------------


@pytest.mark.parametrize(
    "lon, lat, words",
    [
        (math.nan, 10.0, "longitude nan is not a finite number"),
        (10.0, math.inf, "latitude inf is not a finite number"),
        (181.0, 10.0, "longitude 181.0 is outside -180…180"),
        (10.0, -90.5, "latitude -90.5 is outside -90…90"),
    ],
)
def test_impossible_positions_are_refused(lon: float, lat: float, words: str):
    with pytest.raises(InteropError) as err:
        check_lonlat(lon, lat, "f.cot: event 3")
    assert str(err.value) == f"f.cot: event 3: {words}"


@pytest.mark.filterwarnings("ignore:invalid value encountered")  # the NaN line built here
def test_every_vertex_is_checked():
    line = LineString([(35, 33), (35.1, 33.1), (35.2, 95.0)])
    with pytest.raises(InteropError, match=r"f.kml: feature 2: vertex 3 \(35.2, 95.0\) is outside"):
        check_geometry(line, "f.kml: feature 2")
    with pytest.raises(InteropError, match=r"vertex 2 .* not a finite coordinate"):
        check_geometry(LineString([(35, 33), (math.nan, 33.1)]), "f.kml: feature 2")


def test_z_values_are_dropped():
    assert check_geometry(Point(35, 33, 120), "x").has_z is False


def test_empty_geometry_is_refused():
    with pytest.raises(InteropError, match=r"x: the geometry is empty"):
        check_geometry(Polygon(), "x")


def test_bow_tie_polygon_is_refused_not_guessed():
    bowtie = Polygon([(35, 33), (35.2, 33.2), (35.2, 33), (35, 33.2)])
    with pytest.raises(InteropError) as err:
        check_geometry(bowtie, "areas.kml: feature 7 (Bow tie)")
    assert str(err.value).startswith(
        "areas.kml: feature 7 (Bow tie): invalid polygon that cannot be repaired safely"
    )


def test_a_spike_is_repaired_to_the_same_area():
    spiky = Polygon([(35, 33), (35.2, 33), (35.2, 33.2), (35.1, 33.2), (35.1, 33.3), (35.1, 33.2),
                     (35, 33.2)])  # fmt: skip
    assert not spiky.is_valid
    repaired = check_geometry(spiky, "x")
    assert repaired.is_valid and isinstance(repaired, Polygon | MultiPolygon)
    assert repaired.area == pytest.approx(0.04)


def test_valid_geometry_comes_back_unchanged():
    square = Polygon([(35, 33), (35.2, 33), (35.2, 33.2), (35, 33.2)], [[(35.05, 33.05),
                     (35.1, 33.05), (35.1, 33.1)]])  # fmt: skip
    assert check_geometry(square, "x").equals_exact(square, 0)


def test_a_geometry_with_millions_of_vertices_is_refused():
    huge = LineString([(35 + i * 1e-7, 33.0) for i in range(1_000_001)])
    with pytest.raises(InteropError, match=r"^x: the geometry has 1,000,001 vertices; at most"):
        check_geometry(huge, "x")
