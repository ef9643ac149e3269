"""``analyse``: the daily questions (violations, coverage, proximity, hotspots) in metres."""

from __future__ import annotations

import argparse
import json

from app.cli.common import open_existing, parse_when
from app.i18n import QT_TRANSLATE_NOOP, translate

#: The summary's headings and keys in words (the English is the key as --json names it, with
#: spaces: "by day"); a key not listed here is shown as it is.
_WORDS: dict[str, str] = {
    "violations": QT_TRANSLATE_NOOP("AnalysisSummary", "violations"),
    "coverage": QT_TRANSLATE_NOOP("AnalysisSummary", "coverage"),
    "proximity": QT_TRANSLATE_NOOP("AnalysisSummary", "proximity"),
    "hotspots": QT_TRANSLATE_NOOP("AnalysisSummary", "hotspots"),
    "distance_m": QT_TRANSLATE_NOOP("AnalysisSummary", "distance m"),
    "start": QT_TRANSLATE_NOOP("AnalysisSummary", "start"),
    "end": QT_TRANSLATE_NOOP("AnalysisSummary", "end"),
    "categories": QT_TRANSLATE_NOOP("AnalysisSummary", "categories"),
    "line_ids": QT_TRANSLATE_NOOP("AnalysisSummary", "line ids"),
    "total": QT_TRANSLATE_NOOP("AnalysisSummary", "total"),
    "by_line_side": QT_TRANSLATE_NOOP("AnalysisSummary", "by line side"),
    "by_weapon_class": QT_TRANSLATE_NOOP("AnalysisSummary", "by weapon class"),
    "by_day": QT_TRANSLATE_NOOP("AnalysisSummary", "by day"),
    "items": QT_TRANSLATE_NOOP("AnalysisSummary", "items"),
    "parties": QT_TRANSLATE_NOOP("AnalysisSummary", "parties"),
    "by_party": QT_TRANSLATE_NOOP("AnalysisSummary", "by party"),
    "now": QT_TRANSLATE_NOOP("AnalysisSummary", "now"),
    "hours": QT_TRANSLATE_NOOP("AnalysisSummary", "hours"),
    "sight_m": QT_TRANSLATE_NOOP("AnalysisSummary", "sight m"),
    "overdue": QT_TRANSLATE_NOOP("AnalysisSummary", "overdue"),
    "areas": QT_TRANSLATE_NOOP("AnalysisSummary", "areas"),
    "radius_m": QT_TRANSLATE_NOOP("AnalysisSummary", "radius m"),
    "incidents_near_units": QT_TRANSLATE_NOOP("AnalysisSummary", "incidents near units"),
    "units_in_buffer_zones": QT_TRANSLATE_NOOP("AnalysisSummary", "units in buffer zones"),
    "cell_m": QT_TRANSLATE_NOOP("AnalysisSummary", "cell m"),
    "cell_definition": QT_TRANSLATE_NOOP("AnalysisSummary", "cell definition"),
    "previous_start": QT_TRANSLATE_NOOP("AnalysisSummary", "previous start"),
    "previous_total": QT_TRANSLATE_NOOP("AnalysisSummary", "previous total"),
    "bins": QT_TRANSLATE_NOOP("AnalysisSummary", "bins"),
}
#: Values written in words in a result (the rest is data: ids, names, numbers, times).
_VALUES: dict[str, str] = {
    "flat-to-flat width of a pointy-top hexagon (= spacing of cell centres), metres": (
        QT_TRANSLATE_NOOP(
            "AnalysisSummary",
            "flat-to-flat width of a pointy-top hexagon (= spacing of cell centres), metres",
        )
    ),
}


def _word(key: str) -> str:
    source = _WORDS.get(key)
    return translate("AnalysisSummary", source) if source is not None else key


def _value(value: object) -> object:
    if value is None:
        return translate("AnalysisSummary", "None")
    if isinstance(value, str) and value in _VALUES:
        return translate("AnalysisSummary", _VALUES[value])
    return value


def register(sub: argparse._SubParsersAction) -> None:
    """Add the analyse command and its four analyses."""
    analyse = sub.add_parser(
        "analyse",
        help="answer the daily questions: violations, coverage, proximity, hotspots",
        description="Analyses of the picture, in metres on the ground. Times take ISO 8601, a "
        "date-time group (051430ZMAR24) or a duration back from now (24h, 7d).",
    )
    analyse_sub = analyse.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    v = analyse_sub.add_parser(
        "violations",
        help="incidents in buffer zones or near ceasefire lines, by line and side",
        description="Incidents inside a ceasefire line's buffer zone, or within --distance "
        "metres of it, with the distance, the side and the party on that side.",
    )
    v.add_argument("--distance", type=float, default=0.0, help="metres from the line (0: buffer)")
    v.add_argument("--category", action="append", help="category key (repeatable)")
    v.add_argument("--line", action="append", help="ceasefire line id (repeatable)")
    c = analyse_sub.add_parser(
        "coverage",
        help="patrol areas not patrolled within N hours, share covered by tracks",
        description="Per patrol area: when it was last patrolled, whether that is overdue, and "
        "the share of it seen by patrol tracks (buffered by the sight distance).",
    )
    c.add_argument("--hours", type=float, default=24.0, help="patrol interval in hours")
    c.add_argument("--sight", type=float, default=500.0, help="sight distance in metres")
    c.add_argument("--at", dest="at", default=None, help="moment to judge at (default: data)")
    p = analyse_sub.add_parser(
        "proximity",
        help="incidents near units, nearest units to an incident, units in buffer zones",
        description="Incidents within --radius metres of a unit's current position; with "
        "--incident, the nearest units with distance and bearing.",
    )
    p.add_argument("--radius", type=float, default=5000.0, help="threat radius in metres")
    p.add_argument("--incident", default=None, help="incident id: list its nearest units")
    p.add_argument("--units", type=int, default=3, help="how many nearest units")
    h = analyse_sub.add_parser(
        "hotspots",
        help="incident density in hexagons and per patrol area, with the trend",
        description="Incident counts per hexagon (--cell metres across flats) and per patrol "
        "area, against the previous window of equal length.",
    )
    h.add_argument("--cell", type=float, default=2000.0, help="hexagon size in metres")
    h.add_argument("--category", action="append", help="category key (repeatable)")
    for parser_ in (v, p, h):
        parser_.add_argument("--since", default=None, help="start of the window")
        parser_.add_argument("--until", default=None, help="end of the window")
    for parser_ in (v, c, p, h):
        parser_.add_argument("--json", action="store_true", help="print one JSON object")
        parser_.set_defaults(handler=cmd_analyse)


def cmd_analyse(args: argparse.Namespace) -> int:
    from app import analysis

    start = parse_when(getattr(args, "since", None), "--since")
    end = parse_when(getattr(args, "until", None), "--until")
    with open_existing(args, postgis=True) as store:
        if args.analysis == "violations":
            result: dict = analysis.violations(
                store, distance_m=args.distance, start=start, end=end,
                categories=args.category, line_ids=args.line,
            ).as_dict()  # fmt: skip
        elif args.analysis == "coverage":
            at = parse_when(args.at, "--at")
            result = analysis.coverage(
                store, hours=args.hours, sight_m=args.sight, now=at
            ).as_dict()
        elif args.analysis == "proximity":
            if args.incident:
                nearest = analysis.nearest_units(store, args.incident, k=args.units)
                result = {"incident": args.incident, "nearest": [n.as_dict() for n in nearest]}
            else:
                near = analysis.incidents_near_units(
                    store, radius_m=args.radius, start=start, end=end
                )
                inside = analysis.units_in_buffer_zones(store)
                result = {
                    "radius_m": args.radius,
                    "incidents_near_units": [n.as_dict() for n in near],
                    "units_in_buffer_zones": [u.as_dict() for u in inside],
                }
        else:
            result = analysis.hotspots(
                store, cell_m=args.cell, start=start, end=end, categories=args.category
            ).as_dict()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(_summarise(args.analysis, result))
    return 0


def _summarise(name: str, result: dict) -> str:
    """A few human lines; --json carries everything."""
    lines = [f"{_word(name)}:"]
    for key, value in result.items():
        if isinstance(value, list):
            lines.append(f"  {_word(key)}: {len(value)}")
            for item in value[:10]:
                if isinstance(item, dict):
                    shown = {k: v for k, v in item.items() if not isinstance(v, dict | list)}
                    lines.append("    " + ", ".join(f"{k}={v}" for k, v in list(shown.items())[:7]))
        elif not isinstance(value, dict):
            lines.append(f"  {_word(key)}: {_value(value)}")
        else:
            lines.append(f"  {_word(key)}: {json.dumps(value, ensure_ascii=False)[:300]}")
    return "\n".join(lines)
