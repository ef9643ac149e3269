"""The analysis dock: run an analysis, read its rows, see it on the map.

The analyses themselves are ``app.analysis`` services; this panel only collects parameters,
runs them in a worker (own read-only connection), lists the results, and hands the map what to
select or draw. Selecting a row selects and pans to its incident or area on the map.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import analysis
from app.domain.coords import format_dtg, parse_utc
from app.domain.labels import label
from app.i18n import QT_TRANSLATE_NOOP
from app.store import MissionTarget
from app.ui import workers
from app.ui.session import open_target

ANALYSES = ("violations", "coverage", "proximity", "hotspots")
#: Rows listed in the dock; a table of tens of thousands of widgets helps nobody.
MAX_ROWS = 2000
_TITLES = {
    "violations": QT_TRANSLATE_NOOP("AnalysisPanel", "Ceasefire violations"),
    "coverage": QT_TRANSLATE_NOOP("AnalysisPanel", "Patrol coverage"),
    "proximity": QT_TRANSLATE_NOOP("AnalysisPanel", "Incidents near units"),
    "hotspots": QT_TRANSLATE_NOOP("AnalysisPanel", "Hotspots (trend)"),
}
#: The parameter each analysis takes: its label and default value.
_PARAMETERS = {
    "violations": (
        QT_TRANSLATE_NOOP("AnalysisPanel", "Distance from line, m (0 = buffer zone)"),
        0,
    ),
    "coverage": (QT_TRANSLATE_NOOP("AnalysisPanel", "Patrol interval, hours"), 24),
    "proximity": (QT_TRANSLATE_NOOP("AnalysisPanel", "Threat radius, m"), 5000),
    "hotspots": (QT_TRANSLATE_NOOP("AnalysisPanel", "Hexagon size, m"), 5000),  # a sector's scale
}
#: A hotspot's trend against the period before (``app.analysis.hotspots``).
_TRENDS = {
    "new": QT_TRANSLATE_NOOP("AnalysisPanel", "new"),
    "gone": QT_TRANSLATE_NOOP("AnalysisPanel", "gone"),
    "up": QT_TRANSLATE_NOOP("AnalysisPanel", "up"),
    "down": QT_TRANSLATE_NOOP("AnalysisPanel", "down"),
    "steady": QT_TRANSLATE_NOOP("AnalysisPanel", "steady"),
}
#: Column headers, in English in the results (the times are found by them), shown translated.
_HEADERS = (
    QT_TRANSLATE_NOOP("AnalysisPanel", "Time"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Line"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Side (party)"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Distance m"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Weapon"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Title"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Area"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Last patrolled"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Hours since"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Overdue"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Covered"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Unit"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Bearing"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Incidents"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Previous"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Change"),
    QT_TRANSLATE_NOOP("AnalysisPanel", "Trend"),
)
translate = QCoreApplication.translate


_TIME_HEADERS = {"Time", "Last patrolled"}
_SORT_ROLE = Qt.ItemDataRole.UserRole + 7


class _SortedItem(QTableWidgetItem):
    """A cell that sorts by its ``_SORT_ROLE`` value (numbers as numbers, times year-first)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(_SORT_ROLE), other.data(_SORT_ROLE)
        a, b = _number_or_text(mine), _number_or_text(theirs)
        if isinstance(a, float) and isinstance(b, float):
            return a < b
        if isinstance(a, str) and isinstance(b, str):
            return a < b
        return str(mine) < str(theirs)


def _number_or_text(value: object) -> float | str:
    text = str(value).replace(",", "").replace("°", "").replace("%", "").strip()
    try:
        return float(text)
    except ValueError:
        return str(value)


def _as_dtg(text: str) -> str:
    """A year-first table time ("2026-11-20 05:40Z") as a DTG; other text unchanged."""
    try:
        return format_dtg(datetime.strptime(text, "%Y-%m-%d %H:%MZ").replace(tzinfo=UTC))
    except ValueError:
        return text


def _dtg(text: str | None) -> str:
    """Year-first UTC time: sorts correctly as text in the table (a DTG would not)."""
    return (
        parse_utc(text).strftime("%Y-%m-%d %H:%MZ") if text else translate("AnalysisPanel", "never")
    )


VIOLATION_HEADERS = ["Time", "Line", "Side (party)", "Distance m", "Weapon", "Title"]


def violation_rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Table rows for violations (``Violation.as_dict()``), newest first."""
    return [
        {
            "kind": "incident",
            "id": v["incident_id"],
            "cells": [
                _dtg(v["occurred_start"]),
                v["line_name"],
                f"{label('side', v['side'])} ({v['party'] or '?'})",
                f"{v['distance_m']:,.0f}",
                label("weapon_class", v["weapon_class"]) if v["weapon_class"] else "",
                v["title"],
            ],
        }
        for v in sorted(items, key=lambda v: v["occurred_start"], reverse=True)
    ]


def run_analysis(db_path: MissionTarget, name: str, value: float) -> dict[str, Any]:
    """One analysis as rows for the table and what the map should show (worker thread)."""
    with open_target(db_path, readonly=True) as store:
        if name == "violations":
            report = analysis.violations(store, distance_m=value).as_dict()
            rows = violation_rows(report["items"])
            headers = VIOLATION_HEADERS
            busiest = sorted(report["by_line_side"], key=lambda c: -c["count"])
            most = "; ".join(
                f"{c['line_name']} {label('side', c['side'])} ({c['party'] or '?'}) {c['count']:,}"
                for c in busiest[:4]
            )
            summary = translate("AnalysisPanel", "{total} violations. Most: {most}").format(
                total=f"{report['total']:,}", most=most
            )
            return {"headers": headers, "rows": rows, "summary": summary, "overlay": None}
        if name == "coverage":
            report = analysis.coverage(store, hours=value).as_dict()
            rows = [
                {"kind": "patrol_area", "id": a["area_id"],
                 "cells": [a["name"], _dtg(a["last_patrolled"]),
                           "" if a["hours_since"] is None else f"{a['hours_since']:.0f}",
                           translate("AnalysisPanel", "OVERDUE") if a["overdue"] else "",
                           f"{a['covered_share']:.0%}"]}
                for a in sorted(report["areas"], key=lambda a: a["covered_share"])
            ]  # fmt: skip
            gaps = {
                "type": "FeatureCollection",
                "features": [
                    {"type": "Feature", "geometry": a["gap"], "properties": {"name": a["name"]}}
                    for a in report["areas"] if a["gap"]
                ],
            }  # fmt: skip
            headers = ["Area", "Last patrolled", "Hours since", "Overdue", "Covered"]
            summary = translate(
                "AnalysisPanel", "{overdue} of %n area(s) overdue (> {hours} h)", None,
                len(report["areas"]),
            ).format(overdue=report["overdue"], hours=f"{value:g}")  # fmt: skip
            style = {"color": "#b71c1c", "fillColor": "#e53935", "fillOpacity": 0.3,
                     "dashArray": "6,4", "weight": 2}  # fmt: skip
            return {"headers": headers, "rows": rows, "summary": summary,
                    "overlay": ("coverage-gaps", gaps, style)}  # fmt: skip
        if name == "proximity":
            # The last 24 hours of the data: the whole period can pair 100k incidents many times.
            end = analysis.data_now(store)
            start = end - timedelta(hours=24)
            near = [n.as_dict() for n in analysis.incidents_near_units(
                store, radius_m=value, start=start, end=end)]  # fmt: skip
            rows = [
                {
                    "kind": "incident",
                    "id": n["incident_id"],
                    "cells": [
                        _dtg(n["occurred_start"]),
                        n["unit"],
                        f"{n['distance_m']:,.0f}",
                        f"{n['bearing_deg']:.0f}°",
                        n["title"],
                    ],
                }
                for n in sorted(near, key=lambda n: n["occurred_start"], reverse=True)
            ]  # fmt: skip
            headers = ["Time", "Unit", "Distance m", "Bearing", "Title"]
            summary = translate(
                "AnalysisPanel", "%n incident–unit pair(s) within {metres} m in the last 24 h",
                None, len(near),
            ).format(metres=f"{value:,.0f}")  # fmt: skip
            return {"headers": headers, "rows": rows, "summary": summary, "overlay": None}
        report = analysis.hotspots(store, cell_m=value).as_dict()
        rows = [
            {"kind": "patrol_area", "id": a["area_id"],
             "cells": [a["name"], str(a["count"]), str(a["previous"]), f"{a['delta']:+d}",
                       translate("AnalysisPanel", _TRENDS[a["trend"]]) if a["trend"] in _TRENDS
                       else a["trend"]]}
            for a in sorted(report["areas"], key=lambda a: -a["delta"])
        ]  # fmt: skip
        bins = report["bins"]
        peak = max((f["properties"].get("count", 0) for f in bins.get("features", [])), default=1)
        headers = ["Area", "Incidents", "Previous", "Change", "Trend"]
        summary = translate(
            "AnalysisPanel", "%n incident(s) ({start} – {end}) against {previous} before", None,
            report["total"],
        ).format(start=report["start"][:10], end=report["end"][:10],
                 previous=report["previous_total"])  # fmt: skip
        style = {"rampProperty": "count", "rampMax": peak}
        return {"headers": headers, "rows": rows, "summary": summary,
                "overlay": ("hotspots", bins, style)}  # fmt: skip


class AnalysisPanel(QWidget):
    """Parameters, a Run button, a results table and a summary line."""

    #: (kind, id) of the row the user picked.
    record_chosen = Signal(str, str)
    #: (name, GeoJSON, style) to draw, or (name, None, None) to clear.
    overlay_changed = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path: MissionTarget | None = None
        self.choice = QComboBox()
        for name in ANALYSES:
            self.choice.addItem(translate("AnalysisPanel", _TITLES[name]), name)
        self.value = QDoubleSpinBox()
        self.value.setDecimals(0)
        self.value.setRange(0, 100_000)
        self.value_label = QLabel()
        self.run_button = QPushButton(self.tr("Run"))
        self.summary = QLabel(self.tr("Choose an analysis and run it."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        form = QFormLayout()
        # A long parameter label (« Distance à la ligne, m (0 = zone tampon) ») goes above its
        # field in a narrow dock instead of squeezing the field and the Run button out of sight.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Analysis"), self.choice)
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(self.run_button)
        form.addRow(self.value_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.run_button.clicked.connect(self.run)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self._task: workers.Task | None = None
        self._choice_changed()

    def _choice_changed(self, *_: Any) -> None:
        name = self.choice.currentData()
        text, default = _PARAMETERS[name]
        self.value_label.setText(translate("AnalysisPanel", text))
        self.value.setValue(default)

    def run(self, name: str | None = None) -> None:
        if self.db_path is None:
            return
        if name:
            self.choice.setCurrentIndex(ANALYSES.index(name))
        chosen, value, db = self.choice.currentData(), self.value.value(), self.db_path
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Running…"))
        self._task = workers.start(
            lambda _progress: run_analysis(db, chosen, value),
            result=self._show,
            error=self._failed,
        )

    def show_violations(self, items: list[Any], what: str) -> None:
        """List exactly these violations (``Violation`` items), e.g. the ones an import brought."""
        self.choice.setCurrentIndex(ANALYSES.index("violations"))
        self._show(
            {
                "headers": VIOLATION_HEADERS,
                "rows": violation_rows([v.as_dict() for v in items]),
                "summary": self.tr("%n new ceasefire violation(s) {what}", "", len(items)).format(
                    what=what
                ),
                "overlay": None,
            }
        )

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("The analysis failed: {error}").format(error=exc))

    def _show(self, result: dict[str, Any]) -> None:
        self.run_button.setEnabled(True)
        rows = result["rows"]
        summary = result["summary"]
        if len(rows) > MAX_ROWS:
            # The newest first; the CLI (--json) has them all.
            rows = sorted(rows, key=lambda r: r["cells"][0], reverse=True)[:MAX_ROWS]
            summary += self.tr(" — listing {shown} of {total}").format(
                shown=f"{MAX_ROWS:,}", total=f"{len(result['rows']):,}"
            )
        self.summary.setText(summary)
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(result["headers"]))
        headers = [translate("AnalysisPanel", h) for h in result["headers"]]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        times = {c for c, h in enumerate(result["headers"]) if h in _TIME_HEADERS}
        for r, row in enumerate(rows):
            for c, text in enumerate(row["cells"]):
                # Plain text: cells never render markup. Times read as DTG like everywhere
                # else, and sort by the year-first time they carry.
                item = _SortedItem(_as_dtg(str(text)) if c in times else str(text))
                item.setData(_SORT_ROLE, str(text))
                if c == 0:
                    # A plain string: storing Python tuples in item data crashed PySide6 here.
                    item.setData(Qt.ItemDataRole.UserRole, f"{row['kind']}|{row['id']}")
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in range(self.table.columnCount()):
            # Whole headers ("Side (party)"), and no column wider than a third of the dock.
            need = header.fontMetrics().horizontalAdvance(headers[c]) + 24
            width = max(self.table.columnWidth(c), need)
            self.table.setColumnWidth(c, min(width, max(need, 420)))
        header.setStretchLastSection(True)
        for name in ("coverage-gaps", "hotspots"):
            self.overlay_changed.emit(name, None, None)
        if result["overlay"]:
            self.overlay_changed.emit(*result["overlay"])
        self.last_result = result

    def _row_chosen(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        first = self.table.item(items[0].row(), 0)
        if first is None:
            return
        kind, _, record_id = str(first.data(Qt.ItemDataRole.UserRole)).partition("|")
        self.record_chosen.emit(kind, record_id)
