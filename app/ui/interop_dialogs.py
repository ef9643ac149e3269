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
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.interop.features import LAT_NAMES, LON_NAMES, MGRS_NAMES, WKT_NAMES
from app.ui import workers

if TYPE_CHECKING:
    from app.ui.exchange import Exchange, ImportPreview

KIND_LABELS = {
    "unit": QT_TRANSLATE_NOOP("InteropDialogs", "Units (at their current position)"),
    "position_report": QT_TRANSLATE_NOOP("InteropDialogs", "Position reports"),
    "patrol_area": QT_TRANSLATE_NOOP("InteropDialogs", "Patrol areas"),
    "patrol": QT_TRANSLATE_NOOP("InteropDialogs", "Patrols"),
    "ceasefire_line": QT_TRANSLATE_NOOP("InteropDialogs", "Ceasefire lines"),
    "incident": QT_TRANSLATE_NOOP("InteropDialogs", "Incidents"),
}
EXPORT_LABELS = {
    "geojson": QT_TRANSLATE_NOOP("InteropDialogs", "GeoJSON (.geojson)"),
    "gpkg": QT_TRANSLATE_NOOP("InteropDialogs", "GeoPackage for QGIS (.gpkg)"),
    "kml": QT_TRANSLATE_NOOP("InteropDialogs", "KML for Google Earth (.kml)"),
    "kmz": QT_TRANSLATE_NOOP("InteropDialogs", "KMZ for Google Earth (.kmz)"),
    "csv": QT_TRANSLATE_NOOP("InteropDialogs", "CSV spreadsheet (.csv)"),
    "cot": QT_TRANSLATE_NOOP("InteropDialogs", "Cursor-on-Target for ATAK (.cot)"),
}
#: Column choices that are not field names (the data of the column's drop-down).
IGNORE = "(ignore)"
AUTO = "(as it is)"
_CHOICE_TEXT = {
    IGNORE: QT_TRANSLATE_NOOP("InteropDialogs", "(ignore)"),
    AUTO: QT_TRANSLATE_NOOP("InteropDialogs", "(as it is)"),
}
# ``app.i18n.translate`` reads the same catalogue as Qt's translators and gives the English plural
# forms also where no Qt translator is installed (tests, a bare QApplication).


def _label(text: str) -> str:
    """A label of the tables above in the reader's language."""
    return translate("InteropDialogs", text)


POSITION_FIELDS = ("lat", "lon", "mgrs", "wkt")
_SETTINGS_KEY = "interop/csv-mappings"


def import_filter() -> str:
    """The file dialog's filter: every format any reader knows, and everything."""
    from app.interop.importer import formats

    suffixes = sorted({s for r in formats().values() for s in r.suffixes} | {".bhp"})
    names = " ".join(f"*{s}" for s in suffixes)
    can = translate("InteropDialogs", "Files Blue Helmet can import")
    return f"{can} ({names});;" + translate("InteropDialogs", "All files") + " (*)"


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
        self.setWindowTitle(self.tr("Import {name}: columns").format(name=path.name))
        self.header, self.rows = header_and_rows(path, limit=5)
        remembered = remembered_mapping(self.header) or {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Say what each column holds. A position needs latitude and longitude columns, an "
                "MGRS column, or a WKT column. Columns left “as it is” keep their own name."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Decide from the columns"), None)
        for kind, text in KIND_LABELS.items():
            self.kind.addItem(_label(text), kind)
        if remembered.get("__kind__"):
            self.kind.setCurrentIndex(max(0, self.kind.findData(remembered["__kind__"])))
        form.addRow(self.tr("Each row is:"), self.kind)
        layout.addLayout(form)
        self.table = QTableWidget(len(self.rows) + 1, len(self.header))
        self.table.setHorizontalHeaderLabels(self.header)
        self.table.setVerticalHeaderLabels(
            [self.tr("field")] + [str(i) for i in range(1, len(self.rows) + 1)]
        )
        self.combos: list[QComboBox] = []
        fields = sorted({f for cls in RECORD_KINDS.values() for f in field_types(cls)})
        for column, name in enumerate(self.header):
            combo = QComboBox()
            for choice in (AUTO, IGNORE, *POSITION_FIELDS, *fields):
                # Field names are the record's own (as in the CLI and the formats' docs).
                combo.addItem(
                    _label(_CHOICE_TEXT[choice]) if choice in _CHOICE_TEXT else choice, choice
                )
            target = remembered.get(name.strip().lower(), _guess_target(name))
            target = IGNORE if target == "" else target
            combo.setCurrentIndex(max(combo.findData(target), combo.findData(AUTO)))
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def set_target(self, column: str, target: str) -> None:
        """Choose what a column holds (what a user does with the column's drop-down)."""
        combo = self.combos[self.header.index(column)]
        combo.setCurrentIndex(combo.findData(target))

    def mapping(self) -> dict[str, str]:
        """``column → field`` for the import service; ignored columns map to ""."""
        out: dict[str, str] = {}
        for name, combo in zip(self.header, self.combos, strict=True):
            target = combo.currentData()
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

        self.setWindowTitle(self.tr("Import: a look first"))
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(preview.files), textFormat=Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.outside = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.outside.setWordWrap(True)
        self.outside.setStyleSheet("color: #b71c1c; font-weight: bold;")
        if preview.outside:
            self.outside.setText(
                translate(
                    "ImportPreviewDialog",
                    "⚠ {outside} of %n feature(s) lie outside the mission's area (outlined on "
                    "the map). Check the file's coordinates.", None, preview.features,
                ).format(outside=f"{preview.outside:,}")
            )  # fmt: skip
        self.outside.setVisible(bool(preview.outside))
        layout.addWidget(self.outside)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # a reason is read whole, not scrolled sideways
        self.problems.addItems(preview.problems)
        self.problems.setVisible(bool(preview.problems))
        if preview.problems:
            layout.addWidget(QLabel(self.tr("Cannot come in:")))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(
            translate(
                "ImportPreviewDialog", "Import the %n good feature(s)", None, preview.features
            )
            if preview.problems
            else self.tr("Import")
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
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        for name in writers():
            self.format.addItem(
                _label(EXPORT_LABELS[name]) if name in EXPORT_LABELS else name, name
            )
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self.format)
        out_row = QHBoxLayout()
        self.out = QLineEdit()
        self.out.setPlaceholderText(self.tr("file to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form.addRow(self.tr("File:"), out_row)
        layout.addLayout(form)
        kinds_box = QGroupBox(self.tr("Records"))
        kinds_layout = QVBoxLayout(kinds_box)
        self.kinds: dict[str, QCheckBox] = {}
        for kind, text in KIND_LABELS.items():
            box = QCheckBox(_label(text))
            box.setChecked(True)
            kinds_layout.addWidget(box)
            self.kinds[kind] = box
        layout.addWidget(kinds_box)
        self.only_view = QCheckBox(self.tr("Only what the map shows now"))
        self.only_view.setEnabled(False)
        layout.addWidget(self.only_view)
        since_row = QHBoxLayout()
        self.use_since = QCheckBox(self.tr("Only since"))
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
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
            self, self.tr("Export"), f"mission{_suffix(name)}", f"{self.format.currentText()}"
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
            self.exchange.dialogs.error(
                AppError(self.tr("choose at least one kind of record to export"))
            )
            return
        self.accept()
        self.task = self.exchange.export_file(Path(text), **self.options())


def _suffix(name: str) -> str:
    return {"geojson": ".geojson", "gpkg": ".gpkg", "kml": ".kml", "kmz": ".kmz",
            "csv": ".csv", "cot": ".cot"}.get(name, f".{name}")  # fmt: skip
