"""Vector basemaps in the library: PMTiles and vector MBTiles imported, checked, listed, read.

The tile sets are made by the tests themselves (tests/maps/vector_sample.py).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import mapbox_vector_tile
import pytest
from pmtiles.reader import MmapSource, Reader
from vector_sample import TOWN_LATIN, ZOOMS, write_pmtiles, write_vector_mbtiles

from app import basemaps
from app.basemaps import BasemapError, import_mbtiles, list_basemaps, page_basemaps, read_range
from app.cli import main
from app.errors import NotFoundError, ValidationError
from app.paths import data_dir
from maps.vector_tiles import MAGIC, read_pmtiles


def library_files() -> list[str]:
    folder = data_dir() / "basemaps"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_cli_imports_a_pmtiles_file_and_lists_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sample = write_pmtiles(tmp_path / "Abyei OSM.pmtiles")
    assert main(["basemap", "import", str(sample)]) == 0
    assert "abyei-osm" in capsys.readouterr().out
    assert library_files() == ["abyei-osm.pmtiles"]
    assert main(["basemap", "list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["id"] == "abyei-osm"
    assert entry["vector_schema"] == "protomaps"
    assert (entry["min_zoom"], entry["max_zoom"]) == (min(ZOOMS), max(ZOOMS))
    (basemap,) = list_basemaps()
    assert basemap.vector and basemap.vector_schema == "protomaps"
    assert basemap.page_id() == "vector:abyei-osm"
    assert basemaps.page_basemap_id("abyei-osm") == "vector:abyei-osm"
    (page,) = page_basemaps("bh://local/tiles/")
    assert page["type"] == "pmtiles"
    assert page["url"] == "bh://local/tiles/abyei-osm.pmtiles"
    assert page["schema"] == "protomaps"
    assert page["label"] == "Abyei extract"


def test_ranges_are_read_from_the_imported_file(tmp_path: Path) -> None:
    import_mbtiles(write_pmtiles(tmp_path / "abyei.pmtiles"))
    head = read_range("abyei", 0, 16384)
    assert head.startswith(MAGIC + b"\x03")
    size = (data_dir() / "basemaps" / "abyei.pmtiles").stat().st_size
    assert read_range("abyei", size - 10, 100) == (tmp_path / "abyei.pmtiles").read_bytes()[-10:]
    with pytest.raises(ValidationError):
        read_range("abyei", 0, 64 * 1024 * 1024)
    with pytest.raises(ValidationError):
        read_range("abyei", -1, 10)
    with pytest.raises(NotFoundError):
        read_range("nowhere", 0, 10)


def test_vector_mbtiles_become_a_pmtiles_archive_with_the_same_tiles(tmp_path: Path) -> None:
    source = write_vector_mbtiles(tmp_path / "abyei-omt.mbtiles")
    imported = import_mbtiles(source)
    assert imported.vector_schema == "openmaptiles"
    assert library_files() == ["abyei-omt.pmtiles"]
    with open(imported.path, "rb") as handle:
        reader = Reader(MmapSource(handle))
        tile = reader.get(14, *_town_tile(14))
        assert tile is not None
        decoded = mapbox_vector_tile.decode(gzip.decompress(tile))
    (place,) = decoded["place"]["features"]
    assert place["properties"]["name:latin"] == TOWN_LATIN


def _town_tile(z: int) -> tuple[int, int]:
    import math

    from vector_sample import TOWN

    n = 1 << z
    lat = math.radians(TOWN[1])
    return int((TOWN[0] + 180) / 360 * n), int((1 - math.asinh(math.tan(lat)) / math.pi) / 2 * n)


def test_converted_archive_with_leaf_directories_reads_back(tmp_path: Path) -> None:
    """Enough tiles that the root directory cannot hold them all: leaves are written."""
    import sqlite3

    source = tmp_path / "big.mbtiles"
    conn = sqlite3.connect(source)
    conn.executescript(
        "CREATE TABLE metadata (name TEXT, value TEXT);"
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
        " tile_data BLOB);"
    )
    layers = json.dumps({"vector_layers": [{"id": "roads"}]})
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("format", "pbf"), ("json", layers)])
    tiles = [(12, x, y, gzip.compress(f"{x}/{y}".encode(), mtime=0))
             for x in range(100) for y in range(100)]  # fmt: skip
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", tiles)
    conn.commit()
    conn.close()
    imported = import_mbtiles(source)
    assert read_pmtiles(imported.path).max_zoom == 12
    with open(imported.path, "rb") as handle:
        reader = Reader(MmapSource(handle))
        for x, row in ((0, 0), (57, 31), (99, 99)):
            y = (1 << 12) - 1 - row
            assert gzip.decompress(reader.get(12, x, y)) == f"{x}/{row}".encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a tile archive at all", "not a PMTiles archive"),
        (MAGIC + b"\x02" + bytes(200), "only version 3"),
    ],
)
def test_refuses_files_it_cannot_draw(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.pmtiles"
    bad.write_bytes(content)
    with pytest.raises(BasemapError, match=message):
        import_mbtiles(bad)
    assert library_files() == []


def test_refuses_an_unknown_schema_and_names_its_layers(tmp_path: Path) -> None:
    sample = write_pmtiles(tmp_path / "odd.pmtiles")
    data = bytearray(sample.read_bytes())
    info = read_pmtiles(sample)
    assert info.layers == ("earth", "water", "roads", "places")
    odd = tmp_path / "odd2.pmtiles"
    from pmtiles.tile import Compression, TileType
    from pmtiles.writer import Writer

    with open(odd, "wb") as handle:
        writer = Writer(handle)
        writer.write_tile(0, gzip.compress(b"", mtime=0))
        writer.finalize(
            {"tile_type": TileType.MVT, "tile_compression": Compression.GZIP},
            {"vector_layers": [{"id": "buildings3d"}]},
        )
    with pytest.raises(BasemapError, match="buildings3d"):
        import_mbtiles(odd)
    assert data  # the good sample is untouched
    assert library_files() == []


def test_the_same_id_is_not_taken_twice(tmp_path: Path) -> None:
    import_mbtiles(write_pmtiles(tmp_path / "abyei.pmtiles"))
    with pytest.raises(BasemapError, match="already exists"):
        import_mbtiles(write_vector_mbtiles(tmp_path / "abyei.mbtiles"))
    import_mbtiles(tmp_path / "abyei.mbtiles", replace=True)
    assert library_files() == ["abyei.pmtiles"]
    assert list_basemaps()[0].vector_schema == "openmaptiles"
    basemaps.remove_basemap("abyei")
    assert library_files() == []
