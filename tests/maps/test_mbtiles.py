"""MBTiles reading, validation and writing, on real files with real PNG tiles."""

from __future__ import annotations

import gzip
import sqlite3
import threading
from pathlib import Path

import pytest
from pngs import png_tile

from app.errors import AppError, NotFoundError, ValidationError
from maps.mbtiles import (
    WORLD_BOUNDS,
    MBTiles,
    MBTilesMetadataError,
    NotMBTilesError,
    TileCache,
    UnsupportedTileFormatError,
    sniff_format,
    write_mbtiles,
)

RED, GREEN, BLUE, GREY = (
    png_tile((255, 0, 0)),
    png_tile((0, 255, 0)),
    png_tile((0, 0, 255)),
    png_tile((128, 128, 128)),
)
META = {"name": "Sector West", "format": "png", "attribution": "Mission GIS cell"}


def test_png_helper_makes_a_png() -> None:
    assert sniff_format(RED) == "png"
    assert RED != GREEN


def test_tms_rows_are_flipped_to_xyz(tmp_path: Path) -> None:
    path = tmp_path / "flip.mbtiles"
    # At z1 only the north-west (XYZ 0/0) and south-east (XYZ 1/1) quarters: asymmetric in y.
    write_mbtiles(path, [(0, 0, 0, GREY), (1, 0, 0, RED), (1, 1, 1, BLUE)], META)
    stored = (
        sqlite3.connect(path)
        .execute(
            "SELECT tile_column, tile_row FROM tiles WHERE zoom_level = 1 AND tile_data = ?", (RED,)
        )
        .fetchone()
    )
    assert stored == (0, 1)  # TMS row 1 is the northern row
    with MBTiles(path) as tiles:
        assert tiles.tile(1, 0, 0) == RED
        assert tiles.tile(1, 1, 1) == BLUE
        assert tiles.tile(1, 0, 1) is None
        assert tiles.tile(1, 1, 0) is None
        assert tiles.tile(0, 0, 0) == GREY


def test_tile_rows_written_by_another_tool_read_back_flipped(tmp_path: Path) -> None:
    path = tmp_path / "raw.mbtiles"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE metadata (name TEXT, value TEXT);"
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
        " tile_data BLOB);"
    )
    conn.execute("INSERT INTO metadata VALUES ('format', 'png')")
    conn.execute("INSERT INTO tiles VALUES (2, 1, 0, ?)", (GREEN,))  # TMS row 0: southernmost
    conn.commit()
    conn.close()
    with MBTiles(path) as tiles:
        assert tiles.tile(2, 1, 3) == GREEN
        assert tiles.tile(2, 1, 0) is None


def test_metadata_zooms_and_bounds_from_metadata(tmp_path: Path) -> None:
    path = tmp_path / "meta.mbtiles"
    meta = META | {
        "minzoom": "1",
        "maxzoom": "3",
        "bounds": "29.0, -4.5, 31.5, -1.0",
        "format": "JPEG",
    }
    write_mbtiles(path, [(1, 1, 1, RED)], meta)
    with MBTiles(path) as tiles:
        assert tiles.metadata()["name"] == "Sector West"
        assert tiles.name == "Sector West"
        assert tiles.format == "jpg"
        assert tiles.mime_type == "image/jpeg"
        assert (tiles.min_zoom, tiles.max_zoom) == (1, 3)
        assert tiles.bounds == (29.0, -4.5, 31.5, -1.0)
        assert tiles.attribution == "Mission GIS cell"
        assert tiles.has_tiles()


def test_zooms_and_bounds_computed_from_tiles(tmp_path: Path) -> None:
    path = tmp_path / "computed.mbtiles"
    # z2: XYZ columns 2..3, rows 0..1 -> the north-east quarter of the world.
    tiles_in = [(1, 1, 0, RED)] + [(2, x, y, BLUE) for x in (2, 3) for y in (0, 1)]
    write_mbtiles(path, tiles_in, {"format": "png"})
    with MBTiles(path) as tiles:
        assert (tiles.min_zoom, tiles.max_zoom) == (1, 2)
        west, south, east, north = tiles.bounds  # type: ignore[misc]
        assert (west, east) == (0.0, 180.0)
        assert south == pytest.approx(0.0, abs=1e-9)
        assert north == pytest.approx(WORLD_BOUNDS[3])
        assert tiles.name == "computed"  # no name metadata: the file name
        assert tiles.attribution == ""


def test_format_sniffed_when_metadata_lacks_it(tmp_path: Path) -> None:
    path = tmp_path / "noformat.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED)], {"name": "x"})
    with MBTiles(path) as tiles:
        assert tiles.format == "png"


def test_out_of_range_addresses_answer_none_without_querying(tmp_path: Path) -> None:
    path = tmp_path / "range.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED), (1, 0, 0, RED)], META)
    with MBTiles(path) as tiles:
        assert (tiles.min_zoom, tiles.max_zoom) == (0, 1)  # computed once, before closing
        tiles._conn.close()  # any query would now raise
        for z, x, y in [(-1, 0, 0), (1, 2, 0), (1, 0, 2), (1, -1, 0), (5, 0, 0), (31, 0, 0)]:
            assert tiles.tile(z, x, y) is None
        assert tiles.tile(True, 0, 0) is None  # type: ignore[arg-type]


def test_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED)], META)
    with MBTiles(path) as tiles, pytest.raises(sqlite3.OperationalError, match="readonly"):
        tiles._conn.execute("DELETE FROM tiles")


def test_connection_belongs_to_its_thread(tmp_path: Path) -> None:
    path = tmp_path / "thread.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED)], META)
    errors: list[BaseException] = []
    with MBTiles(path) as tiles:

        def use_from_other_thread() -> None:
            try:
                tiles.tile(0, 0, 0)
            except sqlite3.ProgrammingError as exc:
                errors.append(exc)

        worker = threading.Thread(target=use_from_other_thread)
        worker.start()
        worker.join()
    assert errors, "sqlite3 must refuse a connection shared across threads"


# -- refusals: each names the file ---------------------------------------------------------


def _refused(path: Path, error: type[AppError]) -> str:
    with pytest.raises(error) as caught:
        MBTiles(path)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    return message


def test_refuses_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.mbtiles"
    _refused(path, NotFoundError)
    assert not path.exists()  # opening read-only never creates the file


def test_refuses_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.mbtiles"
    path.write_text("This is not a database, it is a note about sector boundaries.\n" * 20)
    assert "not" in _refused(path, NotMBTilesError)


def test_refuses_a_directory(tmp_path: Path) -> None:
    _refused(tmp_path, NotMBTilesError)


def test_refuses_sqlite_without_tiles(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE incidents (id INTEGER)")
    conn.commit()
    conn.close()
    assert "'tiles'" in _refused(path, NotMBTilesError)


def test_refuses_tiles_table_without_tile_data(tmp_path: Path) -> None:
    path = tmp_path / "cols.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level, tile_column, tile_row)")
    conn.commit()
    conn.close()
    assert "tile_data" in _refused(path, NotMBTilesError)


def test_refuses_vector_tiles(tmp_path: Path) -> None:
    path = tmp_path / "vector.mbtiles"
    write_mbtiles(path, [(0, 0, 0, gzip.compress(b"\x1a\x00"))], {"name": "v", "format": "pbf"})
    assert "vector" in _refused(path, UnsupportedTileFormatError)


def test_refuses_vector_tiles_without_format_metadata(tmp_path: Path) -> None:
    path = tmp_path / "vector2.mbtiles"
    write_mbtiles(path, [(0, 0, 0, gzip.compress(b"\x1a\x00"))], {"name": "v"})
    assert "vector" in _refused(path, UnsupportedTileFormatError)


def test_refuses_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "tiff.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED)], {"format": "tiff"})
    assert "tiff" in _refused(path, UnsupportedTileFormatError)


@pytest.mark.parametrize(
    ("meta", "word"),
    [
        ({"bounds": "10,20,30"}, "bounds"),
        ({"bounds": "30,0,10,5"}, "bounds"),  # west > east
        ({"bounds": "0,0,10,95"}, "bounds"),
        ({"bounds": "a,b,c,d"}, "bounds"),
        ({"bounds": "nan,0,10,5"}, "bounds"),
        ({"minzoom": "-1"}, "minzoom"),
        ({"maxzoom": "two"}, "maxzoom"),
        ({"maxzoom": "2.5"}, "maxzoom"),
        ({"minzoom": "5", "maxzoom": "2"}, "minzoom"),
    ],
)
def test_refuses_bad_bounds_and_zoom_metadata(
    tmp_path: Path, meta: dict[str, str], word: str
) -> None:
    path = tmp_path / "badmeta.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED)], META | meta)
    assert word in _refused(path, MBTilesMetadataError)


# -- writing -------------------------------------------------------------------------------


def test_write_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "atomic.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED)], META)
    with pytest.raises(ValidationError):
        write_mbtiles(path, [(1, 0, 0, GREEN), (1, 5, 0, GREEN)], {"name": "changed"})
    with MBTiles(path) as tiles:
        assert tiles.name == "Sector West"
        assert tiles.tile(1, 0, 0) is None


def test_writer_sets_application_id_and_unique_index(tmp_path: Path) -> None:
    path = tmp_path / "spec.mbtiles"
    write_mbtiles(path, [(0, 0, 0, RED), (0, 0, 0, GREEN)], META)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4D504258
    assert conn.execute("SELECT COUNT(*) FROM tiles").fetchone()[0] == 1
    unique = [row for row in conn.execute("PRAGMA index_list(tiles)") if row[2]]
    assert unique
    conn.close()
    with MBTiles(path) as tiles:
        assert tiles.tile(0, 0, 0) == GREEN


def test_tile_cache_creates_a_valid_mbtiles_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.mbtiles"
    with TileCache(path, name="OSM", attribution="© OpenStreetMap", max_zoom=17) as cache:
        assert cache.get(3, 1, 2) is None
        cache.put(3, 1, 2, BLUE)
        cache.put(3, 1, 2, RED)  # replaces
        assert cache.get(3, 1, 2) == RED
        with pytest.raises(ValidationError):
            cache.put(3, 8, 0, RED)
    with MBTiles(path) as tiles:
        meta = tiles.metadata()
        assert meta["type"] == "baselayer"
        assert {"name", "format", "version", "description", "attribution"} <= meta.keys()
        assert (tiles.format, tiles.min_zoom, tiles.max_zoom) == ("png", 0, 17)
        assert tiles.bounds == WORLD_BOUNDS
        assert tiles.tile(3, 1, 2) == RED
    # Reopening keeps existing metadata and tiles.
    with TileCache(path, name="Renamed", max_zoom=5) as cache:
        assert cache.get(3, 1, 2) == RED
    with MBTiles(path) as tiles:
        assert (tiles.name, tiles.max_zoom) == ("OSM", 17)


def test_tile_cache_refuses_a_non_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.mbtiles"
    path.write_text("not a database " * 100)
    with pytest.raises(NotMBTilesError, match=r"cache\.mbtiles"):
        TileCache(path, name="x")
