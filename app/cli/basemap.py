"""``basemap``: this installation's offline basemaps and optional online tile sources."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import positive_int
from app.i18n import format_number, translate


def register(sub: argparse._SubParsersAction) -> None:
    """Add the basemap command and its actions."""
    basemap = sub.add_parser(
        "basemap",
        help="manage offline basemaps (MBTiles) and optional online tile sources",
        description="Basemaps belong to this installation, not to a mission: they live in the "
        "user data folder and every mission can show them.",
    )
    basemap_sub = basemap.add_subparsers(dest="basemap_command", metavar="ACTION", required=True)
    listing = basemap_sub.add_parser(
        "list", help="list basemaps", description="List imported and online basemaps."
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=cmd_basemap_list)
    add_file = basemap_sub.add_parser(
        "import",
        help="import an MBTiles or PMTiles file, or map sheets and imagery (GeoTIFF, GeoPDF)",
        description="Validate a raster MBTiles file (png, jpg, webp) or a vector tile set "
        "(PMTiles, or MBTiles of vector tiles; Protomaps or OpenMapTiles schema) and copy it "
        "into the library; or warp map sheets and georeferenced imagery (GeoTIFF in any coordinate "
        "system; GeoPDF through GDAL's gdal_translate) into Web Mercator tiles. Several sheets "
        "of one series become one basemap.",
    )
    add_file.add_argument(
        "file", type=Path, nargs="+", help="the .mbtiles or .pmtiles file, or the sheets"
    )
    add_file.add_argument("--id", default=None, help="id to file it under (default: file name)")
    add_file.add_argument("--replace", action="store_true", help="replace a basemap of that id")
    add_file.add_argument("--name", default=None, help="name shown in the layer list (sheets)")
    add_file.add_argument(
        "--overlay", action="store_true", help="imagery to lay over another basemap (sheets)"
    )
    add_file.add_argument(
        "--acquired", default=None, metavar="YYYY-MM-DD", help="date the imagery was taken"
    )
    add_file.add_argument(
        "--neatline",
        default=None,
        metavar="WKT",
        help="polygon in longitude/latitude (WKT): the map face; the collar outside is cut",
    )
    add_file.set_defaults(handler=cmd_basemap_import)
    online = basemap_sub.add_parser(
        "add-online",
        help="add an online XYZ tile source (cached for offline use)",
        description="Add an online XYZ source. The map page never reaches the network itself: "
        "the app fetches the tiles it shows and keeps them in an MBTiles cache for later "
        "offline use.",
    )
    online.add_argument("id", help="short id (letters, digits, dashes)")
    online.add_argument("url", help="URL template with {z}, {x} and {y}")
    online.add_argument("--label", default=None, help="name shown in the layer dock")
    online.add_argument("--attribution", default="", help="credit line required by the source")
    online.add_argument("--max-zoom", type=positive_int, default=19, help="deepest zoom level")
    online.set_defaults(handler=cmd_basemap_online)
    remove = basemap_sub.add_parser(
        "remove", help="remove a basemap", description="Remove a basemap (and its tile cache)."
    )
    remove.add_argument("id", help="the basemap's id")
    remove.set_defaults(handler=cmd_basemap_remove)


def cmd_basemap_list(args: argparse.Namespace) -> int:
    from app import basemaps

    entries = basemaps.list_basemaps()
    if args.json:
        print(
            json.dumps(
                [
                    {"id": b.id, "label": b.label, "online": b.online, "format": b.format,
                     "min_zoom": b.min_zoom, "max_zoom": b.max_zoom, "bounds": b.bounds,
                     "extent": None if b.bounds is None else dict(zip(
                         ("west", "south", "east", "north"), b.bounds, strict=True)),
                     "size_bytes": b.size_bytes, "source": b.source,
                     "path": str(b.path), "url": b.url_template, "overlay": b.overlay,
                     "acquired": b.acquired, "vector_schema": b.vector_schema or None}
                    for b in entries
                ]
            )
        )  # fmt: skip
        return 0
    if not entries:
        print(translate("Cli", "No basemaps yet; the built-in Natural Earth map is always there."))
    for b in entries:
        zooms = f"z{b.min_zoom}-{b.max_zoom}"
        if b.online:
            kind = translate("Cli", "online ({url})").format(url=b.url_template)
        else:
            kind = f"{b.format} {zooms}"
        if b.vector:
            kind = translate("Cli", "vector ({schema}) {zooms}").format(
                schema=b.vector_schema, zooms=zooms
            )
        size = translate("Cli", "{size} MB").format(size=format_number(b.size_bytes / 1e6, 1))
        print(f"{b.id:<20} {b.label:<30} {kind}  {size}  {b.source}")
    return 0


def cmd_basemap_import(args: argparse.Namespace) -> int:
    from app import basemaps

    sheets = [path for path in args.file if basemaps.is_map_sheet(path)]
    if sheets:
        if len(sheets) != len(args.file):
            raise basemaps.BasemapError(
                translate(
                    "Cli", "give either map sheets (GeoTIFF, GeoPDF) or one MBTiles file, not both"
                )
            )
        entry = basemaps.import_map_sheets(
            sheets,
            id=args.id,
            name=args.name,
            overlay=args.overlay,
            acquired=args.acquired,
            neatline=_neatline(args.neatline),
            replace=args.replace,
        )
        zooms = f"{entry.min_zoom}-{entry.max_zoom}"
        if entry.acquired:
            print(
                translate(
                    "Cli",
                    "Imported {label} as {id} from %n sheet(s) (zoom {zooms}, acquired {acquired})",
                    None,
                    len(sheets),
                ).format(label=repr(entry.label), id=entry.id, zooms=zooms, acquired=entry.acquired)
            )
        else:
            print(
                translate(
                    "Cli",
                    "Imported {label} as {id} from %n sheet(s) (zoom {zooms})",
                    None,
                    len(sheets),
                ).format(label=repr(entry.label), id=entry.id, zooms=zooms)
            )
        return 0
    if len(args.file) != 1:
        raise basemaps.BasemapError(
            translate("Cli", "a tile set is imported on its own; give one file")
        )
    entry = basemaps.import_mbtiles(args.file[0], id=args.id, replace=args.replace)
    zooms = f"{entry.min_zoom}-{entry.max_zoom}"
    if entry.vector:
        print(
            translate(
                "Cli", "Imported {label} as {id} (vector tiles, {schema} schema, zoom {zooms})"
            ).format(label=repr(entry.label), id=entry.id, schema=entry.vector_schema, zooms=zooms)
        )
    else:
        print(
            translate("Cli", "Imported {label} as {id} (zoom {zooms})").format(
                label=repr(entry.label), id=entry.id, zooms=zooms
            )
        )
    return 0


def _neatline(text: str | None):  # type: ignore[no-untyped-def]
    """The ``--neatline`` polygon, or None; a clear error for anything but a polygon."""
    if text is None:
        return None
    from shapely import wkt
    from shapely.errors import ShapelyError

    from app import basemaps

    try:
        shape = wkt.loads(text)
    except (ShapelyError, ValueError):
        shape = None
    if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon") or shape.is_empty:
        raise basemaps.BasemapError(
            translate("Cli", "--neatline: give a POLYGON((lon lat, …)) in WKT")
        )
    return shape


def cmd_basemap_online(args: argparse.Namespace) -> int:
    from app import basemaps

    entry = basemaps.add_online_source(
        args.id, args.label or args.id, args.url, args.attribution, args.max_zoom
    )
    print(
        translate("Cli", "Added online source {id}; its tiles are cached in {path}").format(
            id=entry.id, path=entry.path
        )
    )
    return 0


def cmd_basemap_remove(args: argparse.Namespace) -> int:
    from app import basemaps

    basemaps.remove_basemap(args.id)
    print(translate("Cli", "Removed basemap {id}").format(id=args.id))
    return 0
