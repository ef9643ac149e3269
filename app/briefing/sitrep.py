"""The daily situation report (SITREP): its figures, and its one-file HTML.

``build_sitrep`` reads a mission store for a period (24 h by default) and the period before it:
incident counts by category and by area against the previous period, ceasefire violations by line
and side (``app.analysis.violations``), patrol coverage (``app.analysis.coverage``) and the
significant incidents. ``sitrep_html`` renders it as one self-contained HTML page (every record
value escaped; the map image, if given, inlined), which ``app.ui.outputs`` also prints to PDF.
Plain Python: no Qt here.
"""

from __future__ import annotations

import base64
import html
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import shapely

from app.analysis import CoverageReport, ViolationReport, coverage, data_now, violations
from app.briefing.marking import banner_colours, shown_classification
from app.domain.coords import format_dtg, format_utc
from app.domain.labels import category_labels, label
from app.domain.langtag import differs_from
from app.errors import ValidationError
from app.i18n import current_language, format_number, translate
from app.mission import marked_title
from app.picture import DATA_KEYS, IncidentFilter
from app.store import MissionStore

#: Severity from which an incident is significant (4 high, 5 critical).
SIGNIFICANT_SEVERITY = 4
#: Categories that are significant whatever their severity.
SIGNIFICANT_CATEGORIES = frozenset({"attack_on_peacekeepers", "sexual_violence", "abduction"})
#: At most this many rows in the table of significant incidents (the count says how many more).
MAX_SIGNIFICANT = 60
#: Area types incidents are counted by, most useful first: sectors, then AORs, then patrol areas.
AREA_TYPE_PREFERENCE = ("sector", "area_of_responsibility", "patrol_area")


@dataclass(frozen=True)
class CountRow:
    """One line of a comparison table: this period against the one before."""

    key: str
    label: str
    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True)
class SignificantIncident:
    id: str
    occurred_start: str
    title: str
    category: str
    severity: int
    fatalities: int
    injured: int
    status: str
    location: str
    unit: str
    #: The language the title is written in (BCP 47), "" when its author did not say.
    text_lang: str = ""


@dataclass(frozen=True)
class Sitrep:
    """Everything the SITREP shows, ready to render (times are UTC)."""

    mission: str
    start: datetime
    end: datetime
    previous_start: datetime
    generated_at: datetime
    classification: str
    total: int
    previous_total: int
    by_category: tuple[CountRow, ...]
    by_area: tuple[CountRow, ...]
    area_type: str | None
    violations: ViolationReport
    previous_violations: int
    coverage: CoverageReport
    significant: tuple[SignificantIncident, ...]
    significant_total: int
    area_names: dict[str, str] = field(default_factory=dict)

    @property
    def colours(self) -> tuple[str, str]:
        return banner_colours(self.classification)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures (for scripts and tests)."""
        return {
            "mission": self.mission,
            "start": format_utc(self.start),
            "end": format_utc(self.end),
            "previous_start": format_utc(self.previous_start),
            "generated_at": format_utc(self.generated_at),
            "classification": self.classification,
            "total": self.total,
            "previous_total": self.previous_total,
            "by_category": [asdict(r) for r in self.by_category],
            "by_area": [asdict(r) for r in self.by_area],
            "violations": {
                "total": self.violations.total,
                "previous_total": self.previous_violations,
                "by_line_side": [c.as_dict() for c in self.violations.by_line_side],
            },
            "coverage": self.coverage.as_dict(),
            "significant": [asdict(s) for s in self.significant],
            "significant_total": self.significant_total,
        }


def parse_period(text: str, field_name: str = "since") -> timedelta:
    """``24h``, ``36h``, ``2d``, ``90m`` or ``1w`` as a duration."""
    value = str(text).strip().lower()
    units = {"m": 60, "h": 3600, "d": 86400, "w": 604800}
    if len(value) < 2 or value[-1] not in units or not value[:-1].replace(".", "", 1).isdigit():
        raise ValidationError(
            field_name,
            translate("Briefing", "{text!r} is not a period; give e.g. 24h, 2d or 90m").format(
                text=text
            ),
        )
    seconds = float(value[:-1]) * units[value[-1]]
    if not 0 < seconds <= 366 * 86400:
        raise ValidationError(
            field_name,
            translate("Briefing", "{text!r} must be more than 0 and at most a year").format(
                text=text
            ),
        )
    return timedelta(seconds=seconds)


def default_end(store: MissionStore, now: datetime | None = None) -> datetime:
    """Now, or the data's latest time when the data ends earlier (an exercise, the demo)."""
    now = now or datetime.now(UTC)
    latest = data_now(store)
    period = store.mission_period()
    if period:
        latest = max(latest, period[1])
    return min(now, latest)


def build_sitrep(
    store: MissionStore,
    *,
    period: timedelta = timedelta(hours=24),
    end: datetime | None = None,
    mission: str | None = None,
) -> Sitrep:
    """The SITREP for ``[end - period, end]``, compared with the period just before it."""
    if end is not None and (end.tzinfo is None or end.utcoffset() is None):
        raise ValidationError("until", translate("Briefing", "must carry a time zone (UTC)"))
    end = (end or default_end(store)).astimezone(UTC)
    start = end - period
    previous_start = start - period
    categories = category_labels(store.categories())
    cols = store.incident_columns(
        columns=[
            "id", "title", "category", "occurred_start", "lat", "lon", "severity", "status",
            "fatalities", "injured", "reporting_unit_id", "text_lang",
        ],
        start=previous_start,
        end=end,
    )  # fmt: skip
    times = np.asarray(cols["occurred_start"], dtype=object).astype(str)
    current = times >= format_utc(start)
    previous = ~current

    # By category (the mission's order; categories with no incident in either period left out).
    cats = np.asarray(cols["category"], dtype=object).astype(str)
    by_category = []
    order = list(categories) + sorted(set(cats) - set(categories))
    for key in order:
        mask = cats == key
        now_n, before_n = int((mask & current).sum()), int((mask & previous).sum())
        if now_n or before_n:
            by_category.append(CountRow(key, categories.get(key) or key, now_n, before_n))
    by_category.sort(key=lambda r: (-r.current, -r.previous, r.label))

    # By area: the most useful kind of area the mission has; an incident counts in every
    # area of that kind that holds it, and once in "outside" when none does.
    areas = store.patrol_areas()
    kinds = {a.area_type for a in areas}
    area_type = next((t for t in AREA_TYPE_PREFERENCE if t in kinds), None)
    lon = np.asarray(cols["lon"], dtype=float)
    lat = np.asarray(cols["lat"], dtype=float)
    inside_any = np.zeros(len(lon), dtype=bool)
    by_area = []
    for area in sorted((a for a in areas if a.area_type == area_type), key=lambda a: a.name):
        inside = shapely.contains_xy(area.geometry, lon, lat) if len(lon) else inside_any
        inside_any |= inside
        counts = int((inside & current).sum()), int((inside & previous).sum())
        by_area.append(CountRow(area.id, area.name, *counts))
    if area_type is not None:
        by_area.append(
            CountRow(
                "", translate("Sitrep", "Outside any area"), int((~inside_any & current).sum()),
                int((~inside_any & previous).sum()),
            )
        )  # fmt: skip
    by_area.sort(key=lambda r: (r.key == "", -r.current, -r.previous, r.label))

    # Significant incidents of this period, by time.
    units = store.unit_names(short=True)
    significant = []
    for i in np.flatnonzero(current):
        severity = int(cols["severity"][i] or 0)
        if not (
            severity >= SIGNIFICANT_SEVERITY
            or (cols["fatalities"][i] or 0) > 0
            or cats[i] in SIGNIFICANT_CATEGORIES
        ):
            continue
        significant.append(
            SignificantIncident(
                id=cols["id"][i],
                occurred_start=cols["occurred_start"][i],
                title=cols["title"][i] or "",
                category=categories.get(cats[i], cats[i]),
                severity=severity,
                fatalities=int(cols["fatalities"][i] or 0),
                injured=int(cols["injured"][i] or 0),
                status=cols["status"][i] or "",
                location=f"{cols['lat'][i]:.4f}, {cols['lon'][i]:.4f}",
                unit=units.get(cols["reporting_unit_id"][i] or "", ""),
                text_lang=cols["text_lang"][i] or "",
            )
        )
    significant.sort(key=lambda s: (s.occurred_start, s.id))

    report = violations(store, start=start, end=end)
    before = violations(store, start=previous_start, end=start)
    # The incidents counted and listed span both periods: mark for everything behind the figures.
    label = shown_classification(store, IncidentFilter(start=previous_start, end=end), DATA_KEYS)
    return Sitrep(
        mission=marked_title(store, mission),
        start=start,
        end=end,
        previous_start=previous_start,
        generated_at=datetime.now(UTC),
        classification=label,
        total=int(current.sum()),
        previous_total=int(previous.sum()),
        by_category=tuple(by_category),
        by_area=tuple(by_area),
        area_type=area_type,
        violations=report,
        previous_violations=before.total,
        coverage=coverage(store, hours=period.total_seconds() / 3600, now=end),
        significant=tuple(significant[:MAX_SIGNIFICANT]),
        significant_total=len(significant),
        area_names={a.id: a.name for a in areas},
    )


# --- HTML ------------------------------------------------------------------------------------


def _e(value: Any) -> str:
    """The one escaping function for every value placed in the report."""
    return html.escape("" if value is None else str(value), quote=True)


def _dtg(value: datetime | str) -> str:
    when = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else value
    return format_dtg(when.astimezone(UTC))


def _change(row: CountRow) -> str:
    if row.change == 0:
        return '<td class="num same">±0</td>'
    css = "up" if row.change > 0 else "down"
    return f'<td class="num {css}">{row.change:+d}</td>'


def _count_table(
    rows: tuple[CountRow, ...], what: str, total: tuple[int, int] | None, none: str
) -> str:
    if not rows:
        return f'<p class="none">{_e(none)}</p>'
    body = "".join(
        f"<tr><td>{_e(r.label)}</td><td class='num'>{r.current}</td>"
        f"<td class='num'>{r.previous}</td>{_change(r)}</tr>"
        for r in rows
    )
    total_word = translate("Sitrep", "Total")
    head = _head(
        ("", what),
        ("num", translate("Sitrep", "This period")),
        ("num", translate("Sitrep", "Previous")),
        ("num", translate("Sitrep", "Change")),
    )
    foot = ""
    if total is not None:
        foot = (
            f"<tfoot><tr><th>{_e(total_word)}</th><th class='num'>{total[0]}</th>"
            f"<th class='num'>{total[1]}</th>{_change(CountRow('', '', *total))}</tr></tfoot>"
        )
    return f"<table class='counts'><thead>{head}</thead><tbody>{body}</tbody>{foot}</table>"


# The banners are fixed to the top and bottom edges: the browser repeats fixed elements on every
# printed page. The page is one layout table whose header and footer rows (repeated on every
# page too) keep the content clear of them.
_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #111; margin: 0;
       background: #fff; }
.banner { position: fixed; left: 0; right: 0; height: 9mm; line-height: 9mm; text-align: center;
          font-weight: bold; letter-spacing: .12em; font-size: 13pt; z-index: 10;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.banner.top { top: 0; } .banner.bottom { bottom: 0; }
table.layout, table.layout > * > tr > td { border: 0; padding: 0; margin: 0; }
table.layout > thead > tr > td { height: 15mm; }
table.layout > tfoot > tr > td { height: 14mm; }
.content { padding: 0 14mm; }
header { border-bottom: 3px solid #111; margin-bottom: 12px; padding-bottom: 6px; }
h1 { font-size: 22pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 18px 0 6px; border-bottom: 1px solid #888; page-break-after: avoid; }
.meta { color: #333; font-size: 10.5pt; }
.summary { display: flex; gap: 12px; margin: 10px 0; }
.figure { border: 2px solid #111; padding: 6px 12px; min-width: 120px; }
.figure b { display: block; font-size: 20pt; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
thead th { background: #e6e9ee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.up { color: #a50000; font-weight: bold; } td.down { color: #005f2a; }
td.overdue { color: #a50000; font-weight: bold; }
.none { color: #555; font-style: italic; }
.lang { font-size: 8pt; font-weight: bold; color: #333; border: 1px solid #777; border-radius: 3px;
        padding: 0 3px; white-space: nowrap; }
.map img { width: 100%; border: 1px solid #555; }
.map { page-break-inside: avoid; }
footer { margin-top: 14px; font-size: 9pt; color: #444; }
"""


def sitrep_html(report: Sitrep, *, map_png: bytes | None = None, title: str | None = None) -> str:
    """The SITREP as one self-contained HTML page (no external reference of any kind), in the
    current language (``app.i18n.using_language``); DTGs and coordinates stay as written."""
    bg, fg = report.colours
    marking = _e(report.classification)
    heading = title or translate("Sitrep", "{mission} — Daily situation report").format(
        mission=report.mission
    )
    hours = format_number((report.end - report.start).total_seconds() / 3600, 0)
    period = translate("Sitrep", "{start} to {end} ({hours} h)").format(
        start=_dtg(report.start), end=_dtg(report.end), hours=hours
    )
    meta = translate(
        "Sitrep", "Period {period}; compared with {previous_start} to {start}. Produced {produced}."
    ).format(
        period=period,
        previous_start=_dtg(report.previous_start),
        start=_dtg(report.start),
        produced=_dtg(report.generated_at),
    )

    def figure(name: str, value: int, note: str) -> str:
        return f"<div class='figure'>{_e(name)}<b>{value}</b>{_e(note)}</div>"

    areas_total = len(report.coverage.areas)
    parts = [
        f"<!DOCTYPE html><html lang='{current_language()}'><head><meta charset='utf-8'>",
        f"<title>{_e(heading)}</title><style>{_CSS}",
        f".banner {{ background: {bg}; color: {fg}; }}</style></head><body>",
        f"<div class='banner top'>{marking}</div><div class='banner bottom'>{marking}</div>",
        "<table class='layout'><thead><tr><td></td></tr></thead>",
        "<tfoot><tr><td></td></tr></tfoot><tbody><tr><td><div class='content'>",
        f"<header><h1>{_e(heading)}</h1><div class='meta'>{_e(meta)}</div></header>",
        "<div class='summary'>",
        figure(
            translate("Sitrep", "Incidents"),
            report.total,
            translate("Sitrep", "previous {n}").format(n=report.previous_total),
        ),
        figure(
            translate("Sitrep", "Ceasefire violations"),
            report.violations.total,
            translate("Sitrep", "previous {n}").format(n=report.previous_violations),
        ),
        figure(
            translate("Sitrep", "Significant incidents"),
            report.significant_total,
            translate("Sitrep", "severity ≥ {n} or fatal").format(n=SIGNIFICANT_SEVERITY),
        ),
        figure(
            translate("Sitrep", "Patrol areas overdue"),
            report.coverage.overdue,
            translate("Sitrep", "of %n area(s)", None, areas_total),
        ),
        "</div>",
    ]
    if map_png:
        data = base64.b64encode(map_png).decode("ascii")
        situation_map = _e(translate("Sitrep", "Situation map"))
        parts.append(
            f"<section class='map'><h2>{situation_map}</h2>"
            f"<img alt='{situation_map}' src='data:image/png;base64,{data}'></section>"
        )
    parts.append(_h2(1, translate("Sitrep", "Incidents by category")))
    parts.append(
        _count_table(
            report.by_category,
            translate("Sitrep", "Category"),
            (report.total, report.previous_total),
            translate("Sitrep", "No incidents by category in either period."),
        )
    )
    area_kind = label("area_type", report.area_type or "sector")
    by_area = translate("Sitrep", "Incidents by {area_type}").format(area_type=area_kind)
    parts.append(_h2(2, by_area))
    if report.area_type is None:
        parts.append(_none(translate("Sitrep", "The mission has no areas.")))
    else:
        parts.append(
            _count_table(
                report.by_area,
                area_kind[:1].upper() + area_kind[1:],
                None,
                translate("Sitrep", "No incidents by area in either period."),
            )
        )

    heading3 = translate("Sitrep", "Ceasefire violations by line and side")
    parts.append(_h2(3, heading3))
    if report.violations.by_line_side:
        rows = "".join(
            f"<tr><td>{_e(c.line_name)}</td><td>{_e(label('side', c.side))}</td>"
            f"<td>{_e(c.party or '—')}</td><td class='num'>{c.count}</td></tr>"
            for c in report.violations.by_line_side
        )
        parts.append(
            "<table><thead>"
            + _head(
                ("", translate("Sitrep", "Line")),
                ("", translate("Sitrep", "Side")),
                ("", translate("Sitrep", "Party on that side")),
                ("num", translate("Sitrep", "Violations")),
            )
            + f"</thead><tbody>{rows}</tbody></table>"
        )
    else:
        none = translate("Sitrep", "No ceasefire violations in this period.")
        parts.append(_none(none))

    parts.append(_h2(4, translate("Sitrep", "Patrol coverage")))
    if report.coverage.areas:
        never = translate("Sitrep", "never")
        overdue, ok = translate("Sitrep", "overdue"), translate("Sitrep", "ok")
        rows = "".join(
            f"<tr><td>{_e(a.name)}</td><td class='num'>{a.patrols_in_window}</td>"
            f"<td class='num'>{_e(_percent(a.covered_share))}</td>"
            f"<td>{_e(_dtg(a.last_patrolled) if a.last_patrolled else never)}</td>"
            f"<td class='{'overdue' if a.overdue else ''}'>{_e(overdue if a.overdue else ok)}</td>"
            "</tr>"
            for a in report.coverage.areas
        )
        parts.append(
            "<table><thead>"
            + _head(
                ("", translate("Sitrep", "Patrol area")),
                ("num", translate("Sitrep", "Patrols")),
                ("num", translate("Sitrep", "Covered")),
                ("", translate("Sitrep", "Last patrolled")),
                ("", translate("Sitrep", "Status")),
            )
            + f"</thead><tbody>{rows}</tbody></table>"
        )
    else:
        none = translate("Sitrep", "No patrol areas are valid at the end of the period.")
        parts.append(_none(none))

    parts.append(_h2(5, translate("Sitrep", "Significant incidents")))
    if report.significant:
        rows = "".join(
            f"<tr><td>{_e(_dtg(s.occurred_start))}</td><td>{_e(s.title)}{_lang_badge(s)}</td>"
            f"<td>{_e(s.category)}</td><td class='num'>{s.severity}</td>"
            f"<td class='num'>{s.fatalities}</td><td class='num'>{s.injured}</td>"
            f"<td>{_e(label('status', s.status))}</td><td>{_e(s.location)}</td>"
            f"<td>{_e(s.unit)}</td></tr>"
            for s in report.significant
        )
        columns = (
            ("", translate("Sitrep", "DTG")),
            ("", translate("Sitrep", "Incident")),
            ("", translate("Sitrep", "Category")),
            ("num", translate("Sitrep", "Sev.", "severity, abbreviated")),
            ("num", translate("Sitrep", "Killed")),
            ("num", translate("Sitrep", "Injured")),
            ("", translate("Sitrep", "Status")),
            ("", translate("Sitrep", "Lat, lon")),
            ("", translate("Sitrep", "Unit")),
        )
        parts.append(
            f"<table class='significant'><thead>{_head(*columns)}</thead>"
            f"<tbody>{rows}</tbody></table>"
        )
        more = report.significant_total - len(report.significant)
        if more > 0:
            text = translate("Sitrep", "… and %n more (see the incident log).", None, more)
            parts.append(_none(text))
    else:
        none = translate("Sitrep", "No significant incidents in this period.")
        parts.append(_none(none))
    footer = translate(
        "Sitrep",
        "Source: {mission} mission database, Blue Helmet COP. Marked {marking}: the highest "
        "classification of the records behind these figures. The application helps follow "
        "marking rules; it is not an accredited guard.",
    ).format(mission=report.mission, marking=report.classification)
    parts.append(f"<footer>{_e(footer)}</footer>")
    parts.append("</div></td></tr></tbody></table></body></html>")
    return "".join(parts)


def _lang_badge(incident: SignificantIncident) -> str:
    """A small tag after a title written in another language than the report's, so that a
    reader knows the text is as its author wrote it, not translated; nothing otherwise."""
    if not differs_from(incident.text_lang, current_language()):
        return ""
    hint = translate("Sitrep", "Language of the text: {tag} (not translated)").format(
        tag=incident.text_lang
    )
    return f" <span class='lang' title='{_e(hint)}'>{_e(incident.text_lang.upper())}</span>"


def _head(*columns: tuple[str, str]) -> str:
    """A table's header row: (css class or "", text) per column."""
    cells = "".join(
        f"<th class='{css}'>{_e(text)}</th>" if css else f"<th>{_e(text)}</th>"
        for css, text in columns
    )
    return f"<tr>{cells}</tr>"


def _h2(number: int, text: str) -> str:
    return f"<h2>{number}. {_e(text)}</h2>"


def _none(text: str) -> str:
    return f"<p class='none'>{_e(text)}</p>"


def _percent(share: float) -> str:
    """``45%`` in English, ``45 %`` in French (a no-break space before the sign)."""
    number = format_number(share * 100, 0)
    return f"{number}\u00a0%" if current_language() == "fr" else f"{number}%"
