"""Briefing outputs without a screen: rendered views and reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import _bbox, _db_path, _open_existing, _size
from app.errors import AppError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the briefing commands."""
    render = sub.add_parser(
        "render",
        help="render the picture to PNG or standalone HTML without a screen",
        description="Render the current picture: FILE.png through Qt WebEngine offscreen, "
        "FILE.html as one self-contained page that opens in any browser with no network.",
    )
    render.add_argument("--out", type=Path, required=True, help="output file (.png or .html)")
    render.add_argument("--bbox", type=_bbox, help="view W,S,E,N in degrees (default: mission)")
    render.add_argument("--size", type=_size, default=(1600, 1000), help="PNG size WxH pixels")
    render.add_argument("--title", default=None, help="title shown on the map")
    render.set_defaults(handler=cmd_render)


def cmd_render(args: argparse.Namespace) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".png", ".html"):
        raise AppError(f"{out}: give a .png or .html file name")
    path = _db_path(args)
    with _open_existing(args) as store:
        title = args.title or store.meta("mission_name") or "Blue Helmet COP"
        if suffix == ".html":
            from app.picture import build_picture
            from maps.document import PageOptions, build_map_html

            picture = build_picture(store, with_details=True)
            bounds = picture.bounds
            if args.bbox:
                west, south, east, north = args.bbox
                bounds = ((south, west), (north, east))
            html = build_map_html(
                PageOptions(title=title, bounds=bounds, mode="standalone",
                            payload_json=picture.to_json())
            )  # fmt: skip
            out.parent.mkdir(parents=True, exist_ok=True)
            from app.files import atomic_file

            with atomic_file(out, 0o644) as handle:
                handle.write(html.encode("utf-8"))
            print(f"{out}: standalone map, {len(html):,} bytes, {picture.counts}")
            return 0
    from app.ui.render import render_png

    info = render_png(path, out, bbox=args.bbox, size=args.size, title=title)
    print(f"{out}: {args.size[0]}x{args.size[1]} PNG, drawn in {info['seconds']:.1f} s")
    return 0
