"""The incident table: a Qt model over the store's lean incident columns, and its filters.

Built for 100,000 rows: the model holds plain tuples from one SQL query, sorts them itself
(Python's sort beats QSortFilterProxyModel calling back into Python per comparison), and
formats only the cells a view asks for. Filtering is done by the store, in SQL, so the table
and the map always show the same incidents.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import taxonomy
from app.domain.coords import format_dtg, parse_utc, to_mgrs
from app.domain.labels import category_labels, label
from app.i18n import QT_TRANSLATE_NOOP, format_number
from app.picture import IncidentFilter
from app.store import MissionStore
from app.ui.editing.language_field import badge_hint, language_badge
from maps.styles import category_colour

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TITLE_COLUMN = 4
#: The time choices: label, hours back from now (0: all time, -1: custom).
_WINDOWS = (
    (QT_TRANSLATE_NOOP("IncidentFilterBar", "All time"), 0),
    (QT_TRANSLATE_NOOP("IncidentFilterBar", "Last 24 h"), 24),
    (QT_TRANSLATE_NOOP("IncidentFilterBar", "Last 72 h"), 72),
    (QT_TRANSLATE_NOOP("IncidentFilterBar", "Last 7 days"), 168),
    (QT_TRANSLATE_NOOP("IncidentFilterBar", "Custom"), -1),
)
_CUSTOM = -1
#: A mission with more incidents than this opens on the last ``LARGE_MISSION_DAYS`` days of its
#: reports: a headquarters' years of records would put a million rows in the table and on the
#: map before anyone asked for them. The filter bar says so; "All time" shows everything.
LARGE_MISSION_INCIDENTS = 100_000
LARGE_MISSION_DAYS = 30
_COLUMNS = (
    ("occurred_start", QT_TRANSLATE_NOOP("IncidentTableModel", "Time (DTG)")),
    ("category", QT_TRANSLATE_NOOP("IncidentTableModel", "Category")),
    ("severity", QT_TRANSLATE_NOOP("IncidentTableModel", "Sev")),
    ("status", QT_TRANSLATE_NOOP("IncidentTableModel", "Status")),
    ("title", QT_TRANSLATE_NOOP("IncidentTableModel", "Title")),
    ("reporting_unit_id", QT_TRANSLATE_NOOP("IncidentTableModel", "Reported by")),
    ("fatalities", QT_TRANSLATE_NOOP("IncidentTableModel", "Killed")),
    ("injured", QT_TRANSLATE_NOOP("IncidentTableModel", "Injured")),
    ("location", QT_TRANSLATE_NOOP("IncidentTableModel", "Location (MGRS)")),
)
_FETCH = (
    "id", "occurred_start", "category", "severity", "status", "title", "reporting_unit_id",
    "fatalities", "injured", "lat", "lon", "text_lang",
)  # fmt: skip


class IncidentTableModel(QAbstractTableModel):
    """Rows of (id, time, category, severity, status, title, unit, killed, injured, lat, lon,
    language of the title)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []
        self.labels: dict[str, str] = {}
        self.colours: dict[str, QColor] = {}
        self.unit_names: dict[str, str] = {}
        self.total = 0
        self._row_of: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)
        self._mgrs: dict[str, str] = {}

    def load(self, store: MissionStore, incident_filter: IncidentFilter) -> None:
        categories = store.categories()
        self.labels = category_labels(categories)
        self.colours = {c.key: QColor(category_colour(c)) for c in categories}
        self.unit_names = store.unit_names(short=True)
        data = store.incident_columns(columns=_FETCH, **incident_filter.query_args())
        self.beginResetModel()
        self.rows = list(zip(*(data[c] for c in _FETCH), strict=True))
        self.total = store.count("incident")
        self._mgrs.clear()
        self._apply_sort()
        self.endResetModel()

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IncidentTableModel", _COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            # Tooltips render rich text when they look like HTML: escape, never trust.
            tip = f"<p>{html.escape(row[5])}</p>"
            if language_badge(row[11]):
                tip += f"<p><i>{html.escape(badge_hint(row[11]))}</i></p>"
            return tip
        if role == Qt.ItemDataRole.DecorationRole and column == "category":
            return self.colours.get(row[2])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("severity", "fatalities",
                                                                    "injured"):  # fmt: skip
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: tuple[Any, ...], column: str) -> Any:
        if column == "occurred_start":
            return format_dtg(parse_utc(row[1]))
        if column == "category":
            return self.labels.get(row[2], row[2])
        if column == "severity":
            return row[3]
        if column == "status":
            return label("status", row[4])
        if column == "title":
            # Free text as its author wrote it; its language named when not the reader's.
            badge = language_badge(row[11])
            return f"[{badge}] {row[5]}" if badge else row[5]
        if column == "reporting_unit_id":
            return self.unit_names.get(row[6] or "", "")
        if column == "fatalities":
            return row[7]
        if column == "injured":
            return row[8]
        if column == "location":
            key = row[0]
            if key not in self._mgrs:
                self._mgrs[key] = to_mgrs(row[9], row[10], 5)
            return self._mgrs[key]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        name = _COLUMNS[column][0]
        # Sorted by the words shown; looked up once per status, not once per row.
        statuses = {key: label("status", key) for key in taxonomy.INCIDENT_STATUSES}
        keys = {
            "occurred_start": lambda r: r[1],
            "category": lambda r: self.labels.get(r[2], r[2]),
            "severity": lambda r: (r[3], r[1]),
            "status": lambda r: (statuses.get(r[4], r[4]), r[1]),
            "title": lambda r: r[5].casefold(),
            "reporting_unit_id": lambda r: self.unit_names.get(r[6] or "", ""),
            "fatalities": lambda r: (r[7], r[1]),
            "injured": lambda r: (r[8], r[1]),
            "location": lambda r: (r[9], r[10]),
        }
        self.rows.sort(key=keys[name], reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {r[0]: i for i, r in enumerate(self.rows)}

    def row_of(self, incident_id: str) -> int | None:
        return self._row_of.get(incident_id)


class IncidentFilterBar(QWidget):
    """Time window, category, severity, unit, status and free text; emits one filter."""

    changed = Signal(object)
    #: The user turned the time slider's window off from here.
    slider_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The time slider's window, when on, narrows this table too: shown here, not hidden.
        self.slider_note = QLabel()
        self.slider_note.setTextFormat(Qt.TextFormat.PlainText)
        self.slider_note.setStyleSheet(
            "QLabel { background: #fff3c4; color: #3e2f00; border: 1px solid #d4b106;"
            " border-radius: 3px; padding: 1px 6px; }"
        )
        self.slider_off = QToolButton()
        self.slider_off.setText(self.tr("Slider off"))
        self.slider_off.setToolTip(self.tr("Turn the time slider's window off (show all time)"))
        self.slider_off.clicked.connect(self.slider_cleared)
        self.slider_note.hide()
        self.slider_off.hide()
        # A large mission opened on its recent reports only: said beside the window, in blue.
        self.recent_note = QLabel()
        self.recent_note.setTextFormat(Qt.TextFormat.PlainText)
        self.recent_note.setStyleSheet(
            "QLabel { background: #dcebfa; color: #0b2e59; border: 1px solid #5b8fd1;"
            " border-radius: 3px; padding: 1px 6px; }"
        )
        self.recent_note.setToolTip(
            self.tr("Choose All time to see every incident (slower on a mission this large)")
        )
        self.recent_note.hide()
        # The window a large mission was opened on, while it is still the one chosen.
        self._recent_window: tuple[datetime | None, datetime | None] | None = None
        self.window_box = QComboBox()
        for text, hours in _WINDOWS:
            self.window_box.addItem(QCoreApplication.translate("IncidentFilterBar", text), hours)
        self.start_edit = QDateTimeEdit(calendarPopup=True)
        self.end_edit = QDateTimeEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("dd MMM yyyy HH:mm 'Z'")
            edit.setTimeZone(QTimeZone.utc())
            edit.setEnabled(False)
        # A push button sizes itself for its text and the menu arrow (a tool button cut
        # "Categories: all" under the arrow).
        self.category_button = QPushButton(self.tr("Categories: all"))
        self.category_menu = QMenu(self)
        self.category_button.setMenu(self.category_menu)
        self.severity_box = QComboBox()
        self.severity_box.addItems(
            [self.tr("Any severity"), "≥ 2", "≥ 3", "≥ 4", self.tr("5 only")]
        )
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Any status"), None)
        for status in taxonomy.INCIDENT_STATUSES:
            self.status_box.addItem(label("status", status), status)
        self.unit_box = QComboBox()
        self.unit_box.addItem(self.tr("Any unit"), None)
        self.text_edit = QLineEdit(placeholderText=self.tr("Search title, description, actors…"))
        self.text_edit.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("Reset"))
        self._latest: datetime | None = None
        self._first: datetime | None = None
        #: The clock "Last 24 h" counts back from (replaced in tests).
        self.now = lambda: datetime.now(UTC)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        #: Stop a search the user's typing scheduled (a filter set by the app is not one).
        self.cancel_pending_search = self._debounce.stop
        self._debounce.timeout.connect(self._emit)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("When:")))
        for time_widget in (self.window_box, self.start_edit, self.end_edit):
            top.addWidget(time_widget)
        top.addWidget(self.recent_note)
        top.addWidget(self.slider_note)
        top.addWidget(self.slider_off)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for w in (self.category_button, self.severity_box, self.status_box, self.unit_box):
            bottom.addWidget(w)
        bottom.addWidget(self.text_edit, 1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.window_box.currentIndexChanged.connect(self._window_changed)
        for box in (self.severity_box, self.status_box, self.unit_box):
            box.currentIndexChanged.connect(self._emit)
        self.start_edit.dateTimeChanged.connect(self._debounce.start)
        self.end_edit.dateTimeChanged.connect(self._debounce.start)
        self.text_edit.textChanged.connect(self._debounce.start)
        self.reset_button.clicked.connect(self.reset)

    def populate(self, store: MissionStore) -> None:
        """Fill the choices from the mission (categories, units, period)."""
        self.blockSignals(True)
        self.category_menu.clear()
        categories = store.categories()
        labels = category_labels(categories)
        for category in categories:
            action = QAction(labels[category.key], self.category_menu, checkable=True, checked=True)
            action.setData(category.key)
            action.toggled.connect(self._categories_changed)
            self.category_menu.addAction(action)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("Any unit"), None)
        for unit in store.units():
            self.unit_box.addItem(unit.designation, unit.id)
        period = store.mission_period()
        self._latest = period[1] if period else datetime.now(UTC)
        first = period[0] if period else self._latest - timedelta(days=30)
        self._first = first
        self.start_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(first.timestamp()), QTimeZone.utc())
        )
        self.end_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(self._latest.timestamp()) + 60, QTimeZone.utc())
        )
        self._debounce.stop()  # filling the choices is not a change of filter
        self.blockSignals(False)

    def start_on_recent_days(self, days: int, total: int) -> None:
        """Open a large mission on the last ``days`` days of its reports (a custom window
        ending at its latest report, not at today: an archived mission still shows its last
        month) and say so beside the window. Emits nothing: the caller loads the views."""
        if self._latest is None:
            return
        start = self._latest - timedelta(days=days)
        end = self._latest + timedelta(minutes=1)
        self.blockSignals(True)
        self.window_box.setCurrentIndex(self.window_box.findData(_CUSTOM))
        for edit, moment in ((self.start_edit, start), (self.end_edit, end)):
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()))
        self._debounce.stop()
        self.blockSignals(False)
        self._recent_window = self.chosen_window()  # as the edits hold it (whole seconds)
        self.recent_note.setText(
            self.tr("Large mission ({total} incidents): its last %n day(s)", "", days).format(
                total=format_number(total)
            )
        )
        self.recent_note.show()

    def forget_recent_days(self) -> None:
        """Back to "All time" if the window is still the one a large mission was opened on (the
        app chose it, not the user); emits nothing."""
        if self._recent_window is None or self.chosen_window() != self._recent_window:
            return
        self.blockSignals(True)
        self.window_box.setCurrentIndex(0)
        self.blockSignals(False)
        self._recent_window = None
        self.recent_note.hide()

    def show_slider_window(self, text: str | None) -> None:
        """Say that the time slider narrows the table ("Time slider: 0312…Z – 0412…Z")."""
        self.slider_note.setText(
            self.tr("and time slider {window}").format(window=text) if text else ""
        )
        self.slider_note.setVisible(bool(text))
        self.slider_off.setVisible(bool(text))

    def reset(self) -> None:
        self.blockSignals(True)
        self.window_box.setCurrentIndex(0)
        for action in self.category_menu.actions():
            action.setChecked(True)
        for box in (self.severity_box, self.status_box, self.unit_box):
            box.setCurrentIndex(0)
        self.text_edit.clear()
        self.blockSignals(False)
        self._categories_changed()

    def _window_changed(self, index: int) -> None:
        custom = self.window_box.currentData() == _CUSTOM
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        self._show_window()
        self._emit()

    def _categories_changed(self) -> None:
        self.show_category_count()
        self._emit()

    def show_category_count(self) -> None:
        """Say on the button how many categories are chosen."""
        actions = self.category_menu.actions()
        chosen = [a for a in actions if a.isChecked()]
        if len(chosen) == len(actions):
            self.category_button.setText(self.tr("Categories: all"))
        else:
            self.category_button.setText(
                self.tr("Categories: {chosen} of {total}").format(
                    chosen=len(chosen), total=len(actions)
                )
            )

    def chosen_window(self) -> tuple[datetime | None, datetime | None]:
        """(start, end) of the time choice: "Last 24 h" is the 24 hours up to now, whatever
        the data's last report; None for an open end."""
        hours = self.window_box.currentData()
        if hours and hours > 0:
            now = self.now()
            return now - timedelta(hours=hours), now
        if hours == _CUSTOM:
            start, end = self.start_edit.dateTime().toPython(), self.end_edit.dateTime().toPython()
            assert isinstance(start, datetime) and isinstance(end, datetime)
            return start.replace(tzinfo=UTC), end.replace(tzinfo=UTC)
        return None, None

    def _show_window(self) -> None:
        """The greyed From/To fields show the window actually in force (the mission's period
        for "All time"); a custom window keeps what the user typed."""
        if self.window_box.currentData() == _CUSTOM:
            return
        start, end = self.chosen_window()
        start = start or self._first
        end = end or (self._latest + timedelta(minutes=1) if self._latest else None)
        for edit, moment in ((self.start_edit, start), (self.end_edit, end)):
            if moment is None:
                continue
            edit.blockSignals(True)
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()))
            edit.blockSignals(False)

    def current_filter(self) -> IncidentFilter:
        start, end = self.chosen_window()
        actions = self.category_menu.actions()
        chosen = tuple(a.data() for a in actions if a.isChecked())
        categories = None if len(chosen) == len(actions) else chosen
        min_severity = self.severity_box.currentIndex() + 1
        severities = None if min_severity == 1 else tuple(range(min_severity, 6))
        status = self.status_box.currentData()
        statuses = None if status is None else (status,)
        text = self.text_edit.text().strip() or None
        return IncidentFilter(
            start=start,
            end=end,
            categories=categories,
            severities=severities,
            statuses=statuses,
            unit_id=self.unit_box.currentData(),
            text=text,
        )

    def _emit(self, *_: Any) -> None:
        if self._recent_window is not None and self.chosen_window() != self._recent_window:
            self._recent_window = None  # the user chose another window: the note is done
            self.recent_note.hide()
        if not self.signalsBlocked():
            self.changed.emit(self.current_filter())


class IncidentTable(QWidget):
    """Filter bar over a sortable table; selecting a row emits the incident id."""

    incident_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_bar = IncidentFilterBar()
        self.model = IncidentTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((110, 230, 40, 80, 360, 110, 56, 64, 150)):
            # At least the header's own width: "Grav." and "Blessés" are longer than "Sev".
            needed = header.sectionSizeFromContents(column).width()
            self.view.setColumnWidth(column, max(width, needed))
        # The title takes the width the other columns leave (no empty band on a wide screen).
        header.setSectionResizeMode(_TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self._quiet = False
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.incident_selected.emit(self.model.data(current, ID_ROLE))

    def select_incident(self, incident_id: str) -> bool:
        """Select and show a row without re-emitting (selection came from the map)."""
        row = self.model.row_of(incident_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self._quiet = True
        try:
            self.view.selectRow(row)
        finally:
            self._quiet = False
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True
