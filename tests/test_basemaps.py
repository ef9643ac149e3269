"""The basemap library: importing MBTiles files, online sources, their cache, and page entries.

Network tests talk only to an http.server on 127.0.0.1 started by the test.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from pngs import png_tile

from app import basemaps
from app.basemaps import (
    BasemapError,
    TileFetchError,
    add_online_source,
    cached_tile,
    fetch_tile,
    import_mbtiles,
    list_basemaps,
    page_basemaps,
    read_tile,
    remove_basemap,
    store_tile,
)
from app.cli import main
from app.errors import NotFoundError, ValidationError
from app.paths import data_dir
from maps.mbtiles import MBTiles, NotMBTilesError, write_mbtiles

RED, BLUE = png_tile((255, 0, 0)), png_tile((0, 0, 255))
OSM = "https://tile.example.org/{z}/{x}/{y}.png"


def library() -> Path:
    return data_dir() / "basemaps"


def make_mbtiles(path: Path, name: str = "Sector West", **meta: str) -> Path:
    metadata = {"name": name, "format": "png", "attribution": "Mission GIS cell"} | meta
    write_mbtiles(path, [(0, 0, 0, BLUE), (1, 0, 0, RED), (1, 1, 1, BLUE)], metadata)
    return path


def test_library_lives_in_the_data_folder(_isolated_user_data: Path) -> None:
    assert list_basemaps() == []
    assert library() == _isolated_user_data / "basemaps"
    assert library().is_dir()


# -- imported tile sets --------------------------------------------------------------------


def test_import_copies_and_lists(tmp_path: Path) -> None:
    src = make_mbtiles(tmp_path / "Goma Sector_2024.mbtiles", bounds="29,-2,30,-1")
    before = src.read_bytes()
    basemap = import_mbtiles(src)
    assert basemap.id == "goma-sector-2024"
    assert basemap.path == library() / "goma-sector-2024.mbtiles"
    assert (basemap.label, basemap.format, basemap.attribution) == (
        "Sector West",
        "png",
        "Mission GIS cell",
    )
    assert (basemap.min_zoom, basemap.max_zoom, basemap.bounds) == (0, 1, (29.0, -2.0, 30.0, -1.0))
    assert not basemap.online and basemap.url_template is None
    assert list_basemaps() == [basemap]
    assert sorted(p.name for p in library().iterdir()) == ["goma-sector-2024.mbtiles"]
    assert src.read_bytes() == before
    with MBTiles(basemap.path) as copy:
        assert copy.tile(1, 0, 0) == RED
    assert read_tile("goma-sector-2024", 1, 1, 1) == BLUE
    assert read_tile("goma-sector-2024", 1, 1, 0) is None


def test_import_refuses_before_copying(tmp_path: Path) -> None:
    assert list_basemaps() == []
    text = tmp_path / "readme.mbtiles"
    text.write_text("not tiles\n" * 50)
    with pytest.raises(NotMBTilesError, match=r"readme\.mbtiles"):
        import_mbtiles(text)
    empty = tmp_path / "empty.mbtiles"
    write_mbtiles(empty, [], {"name": "e", "format": "png"})
    with pytest.raises(BasemapError, match=r"empty\.mbtiles"):
        import_mbtiles(empty)
    with pytest.raises(NotFoundError, match=r"absent\.mbtiles"):
        import_mbtiles(tmp_path / "absent.mbtiles")
    assert list(library().iterdir()) == []


def test_import_refuses_id_clash_unless_replace(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    import_mbtiles(make_mbtiles(tmp_path / "a" / "sector.mbtiles", name="Old"))
    newer = make_mbtiles(tmp_path / "sector.mbtiles", name="New")
    with pytest.raises(BasemapError, match="'sector' already exists"):
        import_mbtiles(newer)
    assert [b.label for b in list_basemaps()] == ["Old"]
    import_mbtiles(newer, replace=True)
    assert [b.label for b in list_basemaps()] == ["New"]
    other = import_mbtiles(newer, id="sector-copy")
    assert other.id == "sector-copy"


def test_import_leaves_no_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = make_mbtiles(tmp_path / "sector.mbtiles")

    def copy_then_fail(self: MBTiles, destination: Path) -> None:
        Path(destination).write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise OSError("disk full")

    monkeypatch.setattr(MBTiles, "copy_to", copy_then_fail)
    with pytest.raises(OSError, match="disk full"):
        import_mbtiles(src)
    assert list(library().iterdir()) == []


@pytest.mark.parametrize("bad_id", ["../escape", "Upper", "cache-x", "", "a b", "-x"])
def test_ids_are_strict_slugs(tmp_path: Path, bad_id: str) -> None:
    src = make_mbtiles(tmp_path / "sector.mbtiles")
    with pytest.raises(ValidationError, match="id"):
        import_mbtiles(src, id=bad_id)
    with pytest.raises(ValidationError, match="id"):
        remove_basemap(bad_id)


def test_reserved_cache_file_name_needs_an_id(tmp_path: Path) -> None:
    src = make_mbtiles(tmp_path / "cache-osm.mbtiles")
    with pytest.raises(BasemapError, match="reserved"):
        import_mbtiles(src)
    assert import_mbtiles(src, id="osm-copy").id == "osm-copy"


def test_remove_basemap(tmp_path: Path) -> None:
    import_mbtiles(make_mbtiles(tmp_path / "sector.mbtiles"))
    remove_basemap("sector")
    assert list_basemaps() == []
    with pytest.raises(NotFoundError, match="sector"):
        remove_basemap("sector")


def test_listing_skips_a_broken_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import_mbtiles(make_mbtiles(tmp_path / "good.mbtiles"))
    (library() / "broken.mbtiles").write_text("garbage " * 100)
    assert [b.id for b in list_basemaps()] == ["good"]
    assert "broken.mbtiles" in caplog.text


# -- online sources ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "file:///srv/tiles/{z}/{x}/{y}.png",
        "ftp://tiles.example.org/{z}/{x}/{y}.png",
        "https://tiles.example.org/{x}/{y}.png",
        "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
        "https://tiles.example.org/{z}/{x}/{-y}.png",
        "https:///{z}/{x}/{y}.png",
        "https://tiles.example.org/{z}/{x}/{y}.png?key=a b",
        "javascript:alert(1)//{z}/{x}/{y}",
        "",
    ],
)
def test_online_source_url_is_validated(template: str) -> None:
    with pytest.raises(ValidationError, match="url_template"):
        add_online_source("osm", "OpenStreetMap", template)
    assert not (library() / "online.json").exists()


def test_online_source_other_fields_are_validated() -> None:
    with pytest.raises(ValidationError, match="id"):
        add_online_source("../osm", "OpenStreetMap", OSM)
    with pytest.raises(ValidationError, match="label"):
        add_online_source("osm", " ", OSM)
    with pytest.raises(ValidationError, match="max_zoom"):
        add_online_source("osm", "OpenStreetMap", OSM, max_zoom=40)


def test_online_source_is_stored_and_listed() -> None:
    basemap = add_online_source("osm", "OpenStreetMap", OSM, "© OpenStreetMap", max_zoom=18)
    assert basemap.online and basemap.url_template == OSM
    assert basemap.path == library() / "cache-osm.mbtiles"
    assert (basemap.min_zoom, basemap.max_zoom, basemap.bounds) == (0, 18, None)
    stored = json.loads((library() / "online.json").read_text(encoding="utf-8"))
    assert stored["sources"][0]["url_template"] == OSM
    assert list_basemaps() == [basemap]
    with pytest.raises(BasemapError, match="already exists"):
        add_online_source("osm", "Other", OSM)
    assert not list(library().glob(".*"))  # no temporary files left


def test_online_and_imported_ids_do_not_clash(tmp_path: Path) -> None:
    add_online_source("osm", "OpenStreetMap", OSM)
    with pytest.raises(BasemapError, match="'osm'"):
        import_mbtiles(make_mbtiles(tmp_path / "osm.mbtiles"))
    import_mbtiles(make_mbtiles(tmp_path / "sector.mbtiles"))
    with pytest.raises(BasemapError, match="'sector'"):
        add_online_source("sector", "Sector", OSM)


def test_cache_store_and_read() -> None:
    add_online_source("osm", "OpenStreetMap", OSM)
    assert cached_tile("osm", 2, 1, 1) is None
    assert not (library() / "cache-osm.mbtiles").exists()  # reading never creates the cache
    store_tile("osm", 2, 1, 1, RED)
    assert cached_tile("osm", 2, 1, 1) == RED
    assert read_tile("osm", 2, 1, 1) == RED
    assert read_tile("osm", 2, 1, 2) is None
    with pytest.raises(ValidationError, match="tile_data"):
        store_tile("osm", 2, 1, 2, b"<html>nope</html>")
    with pytest.raises(NotFoundError):
        store_tile("nowhere", 2, 1, 1, RED)
    with MBTiles(library() / "cache-osm.mbtiles") as cache:
        assert cache.metadata()["type"] == "baselayer"
        assert cache.name == "OpenStreetMap"


def test_removing_or_repointing_an_online_source_drops_its_cache() -> None:
    add_online_source("osm", "OpenStreetMap", OSM)
    store_tile("osm", 0, 0, 0, RED)
    add_online_source("osm", "OpenStreetMap HOT", OSM, replace=True)
    assert cached_tile("osm", 0, 0, 0) == RED  # same URL: the cache is still good
    add_online_source("osm", "OSM", "https://other.example.org/{z}/{x}/{y}.png", replace=True)
    assert cached_tile("osm", 0, 0, 0) is None
    store_tile("osm", 0, 0, 0, RED)
    remove_basemap("osm")
    assert list_basemaps() == []
    assert list(library().glob("*.mbtiles")) == []


def test_a_corrupt_online_list_is_reported() -> None:
    library().mkdir(parents=True, exist_ok=True)
    (library() / "online.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(BasemapError, match=r"online\.json"):
        list_basemaps()


# -- page entries --------------------------------------------------------------------------


def test_page_basemaps(tmp_path: Path) -> None:
    import_mbtiles(make_mbtiles(tmp_path / "sector.mbtiles", bounds="29,-2,30,-1"))
    add_online_source(
        "osm", "<b>OSM</b>", OSM, '<a href="https://osm.org/copyright">© OpenStreetMap</a> & co'
    )
    local, online = page_basemaps()
    assert local == {
        "id": "mbtiles:sector",
        "label": "Sector West",
        "type": "xyz",
        "url": "bh://local/tiles/sector/{z}/{x}/{y}",
        "minZoom": 0,
        "maxZoom": 1,
        "attribution": "Mission GIS cell",
        "bounds": [[-2.0, 29.0], [-1.0, 30.0]],
    }
    assert online["id"] == "online:osm"
    assert online["url"] == "bh://local/tiles/osm/{z}/{x}/{y}"
    assert online["bounds"] is None and online["maxZoom"] == 19
    # Plain text: the page escapes it where Leaflet inserts HTML, Qt shows it as text.
    assert online["label"] == "<b>OSM</b>"
    assert online["attribution"] == "© OpenStreetMap & co"
    assert page_basemaps("app://t/")[0]["url"] == "app://t/sector/{z}/{x}/{y}"
    json.dumps(page_basemaps())


# -- fetching ------------------------------------------------------------------------------

BIG = 2 * 1024 * 1024 + 1


class _TileServer(BaseHTTPRequestHandler):
    hits: ClassVar[list[tuple[str, str]]] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, content_type: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may give up first (the timeout and size tests), as intended.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        self.hits.append((self.path, self.headers.get("User-Agent", "")))
        kind = self.path.split("/")[1]
        if kind == "png":
            self._send(200, "image/png", RED)
        elif kind == "big":
            self._send(200, "image/png", RED + b"\x00" * BIG)
        elif kind == "unsized":
            self._send(200, "image/png", RED + b"\x00" * BIG, length=False)
        elif kind == "html":
            self._send(200, "text/html; charset=utf-8", b"<html><body>Login</body></html>")
        elif kind == "liar":
            self._send(200, "image/png", b"<html><body>Login</body></html>")
        elif kind == "redirect":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif kind == "slow":
            time.sleep(1.0)
            self._send(200, "image/png", RED)
        else:
            self._send(404, "text/plain", b"no such tile")


@pytest.fixture
def tile_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, ThreadingHTTPServer]]:
    """A tile server on the loopback interface, on a free port, for one test."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    _TileServer.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TileServer)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_caches_and_then_works_offline(tile_server: tuple[str, ThreadingHTTPServer]) -> None:
    base, server = tile_server
    add_online_source("local", "Local tiles", base + "/png/{z}/{x}/{y}.png", max_zoom=5)
    assert fetch_tile("local", 3, 2, 1) == RED
    assert _TileServer.hits == [("/png/3/2/1.png", "BlueHelmetCOP/0.1")]
    assert cached_tile("local", 3, 2, 1) == RED
    server.shutdown()
    server.server_close()
    assert fetch_tile("local", 3, 2, 1) == RED  # from the cache, with no server
    assert len(_TileServer.hits) == 1
    assert read_tile("local", 3, 2, 1) == RED
    with pytest.raises(TileFetchError, match=r"Tile 3/2/2 of 'Local tiles' from 127\.0\.0\.1"):
        fetch_tile("local", 3, 2, 2, timeout=1.0)
    with pytest.raises(ValidationError):
        fetch_tile("local", 6, 0, 0)  # above the source's max zoom: never requested


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("big", "larger than 2 MB"),
        ("unsized", "larger than 2 MB"),
        ("html", "text/html, not an image"),
        ("liar", "not a png, jpeg or webp"),
        ("missing", "HTTP 404"),
        ("redirect", "HTTP 302"),
    ],
)
def test_fetch_refuses_bad_responses(
    tile_server: tuple[str, ThreadingHTTPServer], kind: str, reason: str
) -> None:
    base, _ = tile_server
    add_online_source("local", "Local tiles", f"{base}/{kind}/{{z}}/{{x}}/{{y}}.png")
    with pytest.raises(TileFetchError, match=reason) as caught:
        fetch_tile("local", 1, 0, 0)
    assert "\n" not in str(caught.value)
    assert cached_tile("local", 1, 0, 0) is None


def test_fetch_times_out(tile_server: tuple[str, ThreadingHTTPServer]) -> None:
    base, _ = tile_server
    add_online_source("local", "Local tiles", base + "/slow/{z}/{x}/{y}.png")
    with pytest.raises(TileFetchError, match="timed out"):
        fetch_tile("local", 1, 0, 0, timeout=0.2)


def test_fetch_needs_an_online_source(tmp_path: Path) -> None:
    import_mbtiles(make_mbtiles(tmp_path / "sector.mbtiles"))
    with pytest.raises(NotFoundError, match="sector"):
        fetch_tile("sector", 0, 0, 0)
    with pytest.raises(NotFoundError):
        read_tile("nowhere", 0, 0, 0)


def test_the_opener_speaks_http_only() -> None:
    """No file:, ftp: or data: handler: a template or redirect cannot reach the disk."""
    assert set(basemaps._opener().handle_open) - {"unknown"} <= {"http", "https"}


def test_list_json_tells_extent_zooms_size_and_source(tmp_path: Path, capsys) -> None:
    import_mbtiles(make_mbtiles(tmp_path / "west.mbtiles", bounds="19,6,21,7.5"), id="west")
    add_online_source("osm", "OSM", OSM, "© OpenStreetMap", 18)
    capsys.readouterr()
    assert main(["basemap", "list", "--json"]) == 0
    listed = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)}
    west = listed["west"]
    assert west["extent"] == {"west": 19.0, "south": 6.0, "east": 21.0, "north": 7.5}
    assert (west["min_zoom"], west["max_zoom"]) == (0, 1)
    assert west["size_bytes"] == (library() / "west.mbtiles").stat().st_size > 0
    assert west["source"] == "Mission GIS cell"
    assert listed["osm"]["source"] == "online: tile.example.org"
    assert listed["osm"]["extent"] is None
    assert basemaps.page_basemap_id("west") == "mbtiles:west"
    assert basemaps.page_basemap_id("natural-earth") == "natural-earth"
    with pytest.raises(NotFoundError):
        basemaps.page_basemap_id("nowhere")
    assert main(["basemap", "remove", "west"]) == 0
    assert [b.id for b in list_basemaps()] == ["osm"]
