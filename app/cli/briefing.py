"""Briefing outputs without a screen: rendered views (PNG, PDF, HTML) and the daily SITREP."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from app.cli.common import bbox_arg, db_target, open_existing, size_arg
from app.errors import AppError
from app.i18n import LANGUAGES, format_number, translate, using_language
from app.store import MissionTarget

RENDER_SUFFIXES = (".png", ".pdf", ".html")
REPORT_SUFFIXES = (".html", ".pdf")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the briefing commands: render and report."""
    render = sub.add_parser(
        "render",
        help="render the picture or a saved view to PNG, PDF or standalone HTML, headless",
        description="Render the current picture or a saved view: FILE.png and FILE.pdf through "
        "Qt WebEngine offscreen (banners, title block, date-time group, north arrow, scale bar, "
        "legend and source note), FILE.html as one self-contained briefing map that opens in any "
        "browser with no network.",
    )
    render.add_argument("--out", type=Path, required=True, help="output file (.png, .pdf or .html)")
    render.add_argument("--view", default=None, help="name of a saved view to render")
    render.add_argument("--bbox", type=bbox_arg, help="view W,S,E,N in degrees (default: mission)")
    render.add_argument("--size", type=size_arg, default=(1600, 1000), help="image size WxH pixels")
    render.add_argument("--title", default=None, help="title shown on the map")
    render.add_argument(
        "--theme",
        choices=("day", "briefing", "night"),
        default=None,
        help="look of a briefing output (default: the view's, else briefing)",
    )
    render.add_argument(
        "--grid",
        choices=("mgrs", "latlon", "none"),
        default=None,
        help="draw the MGRS/UTM grid or a latitude/longitude graticule (default: the view's)",
    )
    render.add_argument(
        "--basemap",
        default=None,
        metavar="ID",
        help="basemap under the map: an id from `basemap list`, or natural-earth "
        "(default: the view's, else the built-in map)",
    )
    render.add_argument(
        "--plain",
        action="store_true",
        help="the map alone, without briefing furniture (the look of the app's map)",
    )
    render.set_defaults(handler=cmd_render)

    report = sub.add_parser(
        "report",
        help="write reports: the daily situation report (SITREP)",
        description="Reports built from the mission database, headless.",
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    sitrep = kinds.add_parser(
        "sitrep",
        help="daily situation report as HTML or PDF",
        description="Incident counts by category and area against the previous period, "
        "ceasefire violations by line and side, patrol coverage, significant incidents and the "
        "map, marked with the highest classification behind the figures.",
    )
    sitrep.add_argument(
        "--since", default="24h", help="length of the period: 24h, 36h, 2d, 90m (default 24h)"
    )
    sitrep.add_argument(
        "--until",
        default=None,
        help="end of the period, ISO 8601 UTC or a DTG such as 221200ZNOV26 (default: now, or "
        "the data's latest time when the data ends earlier)",
    )
    sitrep.add_argument("--out", type=Path, required=True, help="output file (.html or .pdf)")
    sitrep.add_argument("--title", default=None, help="report title")
    sitrep.add_argument("--no-map", action="store_true", help="leave the map out (no Qt needed)")
    sitrep.add_argument(
        "--lang",
        dest="report_lang",
        choices=sorted(LANGUAGES),
        default=None,
        help=translate(
            "Cli", "language of the report (default: the language of the command's messages)"
        ),
    )
    sitrep.set_defaults(handler=cmd_report_sitrep)


def _check_suffix(out: Path, allowed: tuple[str, ...]) -> str:
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise AppError(
            translate("Cli", "{path}: give a {suffixes} or {last} file name").format(
                path=out, suffixes=", ".join(allowed[:-1]), last=allowed[-1]
            )
        )
    return suffix


def cmd_render(args: argparse.Namespace) -> int:
    from app.mission import marked_title

    out: Path = args.out
    suffix = _check_suffix(out, RENDER_SUFFIXES)
    path = db_target(args)
    if args.plain and args.view is None and suffix != ".pdf":
        return _render_plain(args, path, suffix)
    with open_existing(args, postgis=True) as store:
        title = marked_title(store, args.title)
        from app.briefing.pages import briefing_page, standalone_html
        from app.briefing.views import ViewStore

        view = ViewStore(store).get(args.view) if args.view else None
        page = briefing_page(store, view, bbox=args.bbox, title=title, theme=args.theme)
        if args.grid is not None:
            page = replace(page, grid=None if args.grid == "none" else args.grid)
        if args.basemap is not None:
            page = replace(page, basemap=_basemap(args))
        if suffix == ".html":
            html, counts = standalone_html(store, page)
            _write_text(out, html)
            print(
                translate(
                    "Cli",
                    "{path}: standalone briefing map, {size} bytes, marked {classification}, "
                    "{counts}",
                ).format(
                    path=out,
                    size=format_number(len(html)),
                    classification=page.classification,
                    counts=counts,
                )
            )
            return 0
    from app.ui.outputs import render_view_pdf, render_view_png

    if suffix == ".png":
        info = render_view_png(path, out, page, size=args.size)
        print(
            translate(
                "Cli",
                "{path}: {width}x{height} PNG marked {classification}, drawn in {seconds} s{grid}",
            ).format(
                path=out,
                width=args.size[0],
                height=args.size[1],
                classification=page.classification,
                seconds=format_number(info["seconds"], 1),
                grid=_grid_note(info),
            )
        )
    else:
        info = render_view_pdf(path, out, page, size=args.size)
        print(
            translate(
                "Cli", "{path}: 1-page PDF marked {classification}, drawn in {seconds} s{grid}"
            ).format(
                path=out,
                classification=page.classification,
                seconds=format_number(info["seconds"], 1),
                grid=_grid_note(info),
            )
        )
    return 0


def _render_plain(args: argparse.Namespace, path: MissionTarget, suffix: str) -> int:
    """The map as the app shows it, without briefing furniture (the original ``render``)."""
    from app.mission import marked_title

    with open_existing(args, postgis=True) as store:
        title = marked_title(store, args.title)
        if suffix == ".html":
            from app.picture import build_picture
            from maps.document import PageOptions, build_map_html

            picture = build_picture(store, with_details=True)
            bounds = picture.bounds
            if args.bbox:
                west, south, east, north = args.bbox
                bounds = ((south, west), (north, east))
            options = PageOptions(
                title=title,
                bounds=bounds,
                mode="standalone",
                payload_json=picture.to_json(),
                grid=_grid(args),
            )
            html = build_map_html(options)
            _write_text(args.out, html)
            print(
                translate("Cli", "{path}: standalone map, {size} bytes, {counts}").format(
                    path=args.out, size=format_number(len(html)), counts=picture.counts
                )
            )
            return 0
    from app.ui.render import render_png

    info = render_png(
        path,
        args.out,
        bbox=args.bbox,
        size=args.size,
        title=title,
        grid=_grid(args),
        basemap=_basemap(args) if args.basemap else None,
    )
    print(
        translate("Cli", "{path}: {width}x{height} PNG, drawn in {seconds} s{grid}").format(
            path=args.out,
            width=args.size[0],
            height=args.size[1],
            seconds=format_number(info["seconds"], 1),
            grid=_grid_note(info),
        )
    )
    return 0


def cmd_report_sitrep(args: argparse.Namespace) -> int:
    with using_language(getattr(args, "report_lang", None)):
        return _report_sitrep(args)


def _report_sitrep(args: argparse.Namespace) -> int:
    from app.briefing.sitrep import build_sitrep, parse_period, sitrep_html

    out: Path = args.out
    suffix = _check_suffix(out, REPORT_SUFFIXES)
    period = parse_period(args.since, "--since")
    end = _parse_until(args.until) if args.until else None
    path = db_target(args)
    with open_existing(args, postgis=True) as store:
        report = build_sitrep(store, period=period, end=end)
        page = None
        if not args.no_map:
            from app.briefing.pages import briefing_page
            from app.briefing.views import SavedView
            from app.picture import mission_bounds

            (south, west), (north, east) = mission_bounds(store)
            window = SavedView(
                name="SITREP",
                bounds=(west, south, east, north),
                time_start=report.start,
                time_end=report.end,
            )
            page = briefing_page(store, window, title=f"{report.mission} — SITREP", theme="day")
    map_png = None
    if page is not None:
        from app.ui.outputs import sitrep_map_png

        map_png = sitrep_map_png(path, page)
    html = sitrep_html(report, map_png=map_png, title=args.title)
    if suffix == ".html":
        _write_text(out, html)
        print(
            translate(
                "Cli", "{path}: SITREP marked {classification}, %n incidents", None, report.total
            ).format(path=out, classification=report.classification)
        )
        return 0
    from app.ui.outputs import sitrep_pdf

    info = sitrep_pdf(html, out)
    print(
        translate(
            "Cli",
            "{path}: SITREP PDF, {pages} pages, marked {classification}, %n incidents",
            None,
            report.total,
        ).format(path=out, pages=info["pages"], classification=report.classification)
    )
    return 0


def _parse_until(text: str):  # type: ignore[no-untyped-def]
    from app.domain.coords import parse_dtg, parse_utc

    value = text.strip()
    if value[:1].isdigit() and len(value) >= 10 and value[6:7].isalpha():
        return parse_dtg(value, field="--until")
    return parse_utc(value, "--until")


def _write_text(out: Path, text: str) -> None:
    from app.files import atomic_file

    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_file(out, 0o644) as handle:
            handle.write(text.encode("utf-8"))
    except OSError as exc:
        raise AppError(
            translate("Cli", "{path}: cannot write the file ({error})").format(
                path=out, error=exc.strerror
            )
        ) from None


def _grid(args: argparse.Namespace) -> str | None:
    return None if args.grid in (None, "none") else str(args.grid)


def _grid_note(info: dict) -> str:
    """ ", MGRS grid 1 km (24 labels)": what the page's grid drew, for the command's report."""
    grid = info.get("grid")
    if not isinstance(grid, dict) or not grid.get("mode"):
        return ""
    spacing = grid.get("spacing")
    labels = len(grid.get("labels") or [])
    if grid["mode"] == "mgrs":
        step = f"{spacing // 1000:g} km" if spacing else translate("Cli", "grid zones")
        return translate("Cli", ", MGRS grid {step} ({labels} labels)").format(
            step=step, labels=labels
        )
    minutes = round(float(spacing or 0) * 60, 2)
    step = f"{minutes / 60:g}°" if minutes >= 60 else f"{minutes:g}′"
    return translate("Cli", ", lat/lon graticule every {step} ({labels} labels)").format(
        step=step, labels=labels
    )


def _basemap(args: argparse.Namespace) -> str:
    """The page id of ``--basemap`` (a library id, or natural-earth); unknown ids are refused."""
    from app.basemaps import page_basemap_id

    return page_basemap_id(str(args.basemap))
