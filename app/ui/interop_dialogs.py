"""File → Import and File → Export dialogs: the CSV column mapping dialog and the export dialog.

Thin widgets over ``app.interop``; the flows that show them and run the services in the
background (progress bar, Cancel that leaves the mission untouched) are in ``app.ui.exchange``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QSettings, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import RECORD_KINDS
from app.domain.serialize import field_types
from app.errors import AppError
from app.interop.features import LAT_NAMES, LON_NAMES, MGRS_NAMES, WKT_NAMES
from app.ui import workers

if TYPE_CHECKING:
    from app.ui.exchange import Exchange, ImportPreview

KIND_LABELS = {
    "unit": "Units (at their current position)",
    "position_report": "Position reports",
    "patrol_area": "Patrol areas",
    "patrol": "Patrols",
    "ceasefire_line": "Ceasefire lines",
    "incident": "Incidents",
}
EXPORT_LABELS = {
    "geojson": "GeoJSON (.geojson)",
    "gpkg": "GeoPackage for QGIS (.gpkg)",
    "kml": "KML for Google Earth (.kml)",
    "kmz": "KMZ for Google Earth (.kmz)",
    "csv": "CSV spreadsheet (.csv)",
    "cot": "Cursor-on-Target for ATAK (.cot)",
}
IGNORE = "(ignore)"
AUTO = "(as it is)"
POSITION_FIELDS = ("lat", "lon", "mgrs", "wkt")
_SETTINGS_KEY = "interop/csv-mappings"


def import_filter() -> str:
    """The file dialog's filter: every format any reader knows, and everything."""
    from app.interop.importer import formats

    suffixes = sorted({s for r in formats().values() for s in r.suffixes} | {".bhp"})
    names = " ".join(f"*{s}" for s in suffixes)
    return f"Files Blue Helmet can import ({names});;All files (*)"


# --- CSV column mapping ----------------------------------------------------------------------


def header_key(header: list[str]) -> str:
    """Mappings are remembered per set of column names (order and case do not matter)."""
    return "|".join(sorted(h.strip().lower() for h in header if h.strip()))


def remembered_mapping(header: list[str]) -> dict[str, str] | None:
    raw = QSettings().value(_SETTINGS_KEY, "{}")
    try:
        known = json.loads(str(raw))
    except json.JSONDecodeError:
        return None
    found = known.get(header_key(header))
    return dict(found) if isinstance(found, dict) else None


def remember_mapping(header: list[str], mapping: dict[str, str], kind: str | None) -> None:
    settings = QSettings()
    try:
        known = json.loads(str(settings.value(_SETTINGS_KEY, "{}")))
    except json.JSONDecodeError:
        known = {}
    lowered = {column.strip().lower(): target for column, target in mapping.items()}
    known[header_key(header)] = {**lowered, "__kind__": kind or ""}
    settings.setValue(_SETTINGS_KEY, json.dumps(known))


def _guess_target(column: str) -> str:
    name = column.strip().lower()
    if name in LAT_NAMES:
        return "lat"
    if name in LON_NAMES:
        return "lon"
    if name in MGRS_NAMES:
        return "mgrs"
    if name in WKT_NAMES:
        return "wkt"
    return AUTO


class CsvMappingDialog(QDialog):
    """Shows a CSV file's columns with a preview and lets the user say what each one is.

    The choice is remembered per header set, so the next file from the same partner opens
    with the same mapping.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.interop.csvfmt import header_and_rows

        self.path = path
        self.setWindowTitle(f"Import {path.name}: columns")
        self.header, self.rows = header_and_rows(path, limit=5)
        remembered = remembered_mapping(self.header) or {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Say what each column holds. A position needs latitude and longitude columns, an "
            "MGRS column, or a WKT column. Columns left “as it is” keep their own name.",
            wordWrap=True,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem("Decide from the columns", None)
        for kind, text in KIND_LABELS.items():
            self.kind.addItem(text, kind)
        if remembered.get("__kind__"):
            self.kind.setCurrentIndex(max(0, self.kind.findData(remembered["__kind__"])))
        form.addRow("Each row is:", self.kind)
        layout.addLayout(form)
        self.table = QTableWidget(len(self.rows) + 1, len(self.header))
        self.table.setHorizontalHeaderLabels(self.header)
        self.table.setVerticalHeaderLabels(
            ["field"] + [str(i) for i in range(1, len(self.rows) + 1)]
        )
        self.combos: list[QComboBox] = []
        fields = sorted({f for cls in RECORD_KINDS.values() for f in field_types(cls)})
        for column, name in enumerate(self.header):
            combo = QComboBox()
            combo.addItems([AUTO, IGNORE, *POSITION_FIELDS, *fields])
            target = remembered.get(name.strip().lower(), _guess_target(name))
            target = IGNORE if target == "" else target
            combo.setCurrentText(target if combo.findText(target) >= 0 else AUTO)
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, values in enumerate(self.rows, 1):
                text = values[column] if column < len(values) else ""
                item = QTableWidgetItem(text)  # plain text: file content is never markup
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def set_target(self, column: str, target: str) -> None:
        """Choose what a column holds (what a user does with the column's drop-down)."""
        self.combos[self.header.index(column)].setCurrentText(target)

    def mapping(self) -> dict[str, str]:
        """``column → field`` for the import service; ignored columns map to ""."""
        out: dict[str, str] = {}
        for name, combo in zip(self.header, self.combos, strict=True):
            target = combo.currentText()
            if target == IGNORE:
                out[name] = ""
            elif target != AUTO and target != name:
                out[name] = target
        return out

    def as_kind(self) -> str | None:
        value = self.kind.currentData()
        return str(value) if value else None

    def accept(self) -> None:
        remember_mapping(self.header, self.mapping(), self.as_kind())
        super().accept()


# --- import preview ---------------------------------------------------------------------------


class ImportPreviewDialog(QDialog):
    """What the chosen files would bring, where it lies, and what cannot come in; then Import
    (only the good files and features) or Cancel. Everything is plain text: file content is
    never markup."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QListWidget

        self.setWindowTitle("Import: a look first")
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(preview.files), textFormat=Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.outside = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.outside.setWordWrap(True)
        self.outside.setStyleSheet("color: #b71c1c; font-weight: bold;")
        if preview.outside:
            self.outside.setText(
                f"⚠ {preview.outside:,} of {preview.features:,} features lie outside the "
                "mission's area (outlined on the map). Check the file's coordinates."
            )
        self.outside.setVisible(bool(preview.outside))
        layout.addWidget(self.outside)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # a reason is read whole, not scrolled sideways
        self.problems.addItems(preview.problems)
        self.problems.setVisible(bool(preview.problems))
        if preview.problems:
            layout.addWidget(QLabel("Cannot come in:"))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(
            f"Import the {preview.features:,} good features" if preview.problems else "Import"
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320 if preview.problems else 200)


# --- export ----------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Format, kinds, area (all or the current map view) and period of an export."""

    exported = Signal(str)

    def __init__(self, exchange: Exchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.interop.exporter import writers

        self.exchange = exchange
        self.view_bbox: tuple[float, float, float, float] | None = None
        self.task: workers.Task | None = None
        self.setWindowTitle("Export")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        for name in writers():
            self.format.addItem(EXPORT_LABELS.get(name, name), name)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow("Format:", self.format)
        out_row = QHBoxLayout()
        self.out = QLineEdit()
        self.out.setPlaceholderText("file to write")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form.addRow("File:", out_row)
        layout.addLayout(form)
        kinds_box = QGroupBox("Records")
        kinds_layout = QVBoxLayout(kinds_box)
        self.kinds: dict[str, QCheckBox] = {}
        for kind, text in KIND_LABELS.items():
            box = QCheckBox(text, checked=True)
            kinds_layout.addWidget(box)
            self.kinds[kind] = box
        layout.addWidget(kinds_box)
        self.only_view = QCheckBox("Only what the map shows now", enabled=False)
        layout.addWidget(self.only_view)
        since_row = QHBoxLayout()
        self.use_since = QCheckBox("Only since")
        self.since = QDateTimeEdit(QDateTime.currentDateTimeUtc().addDays(-1))
        self.since.setTimeZone(QTimeZone.utc())
        self.since.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.since.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        since_row.addWidget(self.use_since)
        since_row.addWidget(self.since, 1)
        layout.addLayout(since_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self._accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        exchange.map_view.request_view(self._got_view)
        self._format_changed()

    def _got_view(self, view: dict[str, Any] | None) -> None:
        if isinstance(view, dict) and all(k in view for k in ("west", "south", "east", "north")):
            self.view_bbox = (
                max(-180.0, view["west"]), max(-90.0, view["south"]),
                min(180.0, view["east"]), min(90.0, view["north"]),
            )  # fmt: skip
            self.only_view.setEnabled(True)

    def _format_changed(self) -> None:
        name = self.format.currentData()
        text = self.out.text().strip()
        if text:
            self.out.setText(str(Path(text).with_suffix(_suffix(name))))

    def _browse(self) -> None:
        name = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export", f"mission{_suffix(name)}", f"{self.format.currentText()}"
        )
        if chosen:
            self.out.setText(chosen)

    def options(self) -> dict[str, Any]:
        """What the export service is asked for."""
        since = None
        if self.use_since.isChecked():
            since = datetime.fromtimestamp(self.since.dateTime().toSecsSinceEpoch(), UTC)
        return {
            "format": self.format.currentData(),
            "kinds": [k for k, box in self.kinds.items() if box.isChecked()],
            "bbox": self.view_bbox if self.only_view.isChecked() else None,
            "since": since,
        }

    def _accepted(self) -> None:
        text = self.out.text().strip()
        if not text:
            self._browse()
            text = self.out.text().strip()
            if not text:
                return
        if not any(box.isChecked() for box in self.kinds.values()):
            self.exchange.dialogs.error(AppError("choose at least one kind of record to export"))
            return
        self.accept()
        self.task = self.exchange.export_file(Path(text), **self.options())


def _suffix(name: str) -> str:
    return {"geojson": ".geojson", "gpkg": ".gpkg", "kml": ".kml", "kmz": ".kmz",
            "csv": ".csv", "cot": ".cot"}.get(name, f".{name}")  # fmt: skip
