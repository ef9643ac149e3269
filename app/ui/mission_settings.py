"""Mission → Settings: name, area of operations, parties, labels and categories, as one edit.

The dialog shows the mission's settings and builds the snapshot the user wants; OK hands it to
``MissionSettingsCommand``, which writes it through ``app.mission.MissionEditor`` (validated,
one transaction, in the change log) and sits on the window's undo stack with the record edits,
so Ctrl+Z takes a settings change back like any other edit. A refused change keeps the dialog
open with the reason.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.labels import category_label
from app.domain.labels import label as vocabulary_label
from app.domain.mission import (
    ACLED_EVENT_TYPES,
    TRAINING_MARK,
    CategorySetting,
    MissionSettings,
    MissionSnapshot,
    area_from_geojson,
    parse_area,
    parse_parties,
    parse_translations,
)
from app.errors import AppError
from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from app.mission import MissionEditor
from app.mission.service import SettingsEdit
from app.store import MissionStore
from app.store.settings import settings_history

log = logging.getLogger(__name__)

#: The languages a category has a label column for, beside the label every other reader sees
#: (the same choice as the CLI's ``--label-LANG``): the languages the application speaks.
LABEL_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)
_LANGUAGE_HEADER = QT_TRANSLATE_NOOP("MissionSettingsDialog", "Label ({language})")
#: Categories table columns ("" where a column per label language goes).
COLUMNS = (
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "Key"),
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "Label"),
    *("" for _ in LABEL_LANGUAGES),
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "Group"),
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "ACLED event type"),
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "ACLED sub-event type"),
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "Violation"),
    QT_TRANSLATE_NOOP("MissionSettingsDialog", "In use"),
)
KEY, LABEL = 0, 1
#: Language → the column of the category's label in that language.
LANGUAGE_COLUMNS: dict[str, int] = {lang: 2 + i for i, lang in enumerate(LABEL_LANGUAGES)}
GROUP, EVENT, SUB, VIOLATION, ACTIVE = range(2 + len(LABEL_LANGUAGES), len(COLUMNS))


#: The role of a label cell holding what a reader of the column's language sees while the cell is
#: empty (a built-in category's own translation, else the Label), shown grey in the empty cell.
PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 1


class PlaceholderDelegate(QStyledItemDelegate):
    """Paints an empty cell's placeholder (``PLACEHOLDER_ROLE``) in grey, as a line edit does,
    and gives the cell's editor the same placeholder."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        placeholder = index.data(PLACEHOLDER_ROLE)
        if not placeholder or index.data(Qt.ItemDataRole.DisplayRole):
            return
        rect = option.rect.adjusted(4, 0, -4, 0)
        text = option.fontMetrics.elidedText(placeholder, Qt.TextElideMode.ElideRight, rect.width())
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(index.data(PLACEHOLDER_ROLE) or "")
        return editor


class MissionSettingsCommand(QUndoCommand):
    """One settings edit on the undo stack: undo restores the snapshot from before it."""

    def __init__(
        self,
        editor: MissionEditor,
        target: MissionSnapshot,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "change mission settings"))
        self.editor = editor
        self.target = target
        self.on_error = on_error
        self.edit: SettingsEdit | None = None
        self._undone = False

    def execute(self) -> SettingsEdit:
        """Write the change now; raises AppError (nothing written) when it is refused."""
        self.edit = self.editor.apply(self.target)
        self.setText(
            QCoreApplication.translate("UndoCommand", "mission settings ({change})").format(
                change=self.edit.describe()
            )
        )
        return self.edit

    def redo(self) -> None:
        if self.edit is None:
            self._guard(self.execute)
        elif self._undone:
            self._guard(lambda: self.editor.restore(self.edit.after))  # type: ignore[union-attr]
            self._undone = False

    def undo(self) -> None:
        assert self.edit is not None
        self._guard(lambda: self.editor.restore(self.edit.before))  # type: ignore[union-attr]
        self._undone = True

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except AppError as exc:
            log.warning("settings undo/redo failed: %s", exc)
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)


class MissionSettingsDialog(QDialog):
    """The settings of the open mission, on four tabs; ``snapshot()`` is what OK would write."""

    def __init__(self, store: MissionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mission settings"))
        self.resize(1100, 600)
        self.store = store
        self.editor = MissionEditor(store)
        current = self.editor.snapshot()
        self.original = current
        self.area: dict | None = current.settings.area
        tabs = QTabWidget()
        self.tabs = tabs
        tabs.addTab(self._general(current.settings), self.tr("General"))
        tabs.addTab(self._area_tab(), self.tr("Area of operations"))
        tabs.addTab(self._categories_tab(current.categories), self.tr("Categories"))
        tabs.addTab(self._history_tab(), self.tr("History"))
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # --- tabs -------------------------------------------------------------------------------

    def _general(self, settings: MissionSettings) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.name = QLineEdit(settings.name)
        form.addRow(self.tr("Mission name"), self.name)
        if settings.training:
            note = QLabel(
                self.tr("{mark}: every title and output of this mission says so.").format(
                    mark=TRAINING_MARK
                )
            )
            note.setStyleSheet("color: #8a4b00; font-weight: bold;")
            form.addRow("", note)
        self.parties = QPlainTextEdit("\n".join(settings.parties))
        self.parties.setPlaceholderText(self.tr("One party to the ceasefire per line"))
        self.parties.setMaximumHeight(110)
        form.addRow(self.tr("Parties to the ceasefire"), self.parties)
        parties_note = QLabel(
            self.tr(
                "Violation analysis counts violations for each party; ceasefire lines name them "
                "on their left and right."
            )
        )
        parties_note.setWordWrap(True)
        form.addRow("", parties_note)
        self.labels = QLineEdit(", ".join(settings.labels))
        self.labels.setToolTip(
            self.tr("Lowest first. Labels that records carry cannot be removed.")
        )
        form.addRow(self.tr("Classification labels"), self.labels)
        form.addRow(
            "", QLabel(self.tr("Lowest first, comma-separated (e.g. UNCLASSIFIED, CONFIDENTIAL)."))
        )
        return page

    def _area_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.area_label = QLabel()
        self.area_label.setWordWrap(True)
        layout.addWidget(self.area_label)
        row = QHBoxLayout()
        self.import_area = QPushButton(self.tr("Import polygon (GeoJSON)…"))
        self.import_area.clicked.connect(self._choose_area_file)
        row.addWidget(self.import_area)
        self.area_records = QComboBox()
        self.area_records.addItem(self.tr("Use a patrol area or sector…"), None)
        for area in sorted(self.store.patrol_areas(), key=lambda a: a.name.casefold()):
            sort = vocabulary_label("area_type", area.area_type)
            self.area_records.addItem(f"{area.name} ({sort})", area.id)
        self.area_records.activated.connect(self._use_area_record)
        row.addWidget(self.area_records, 1)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(lambda: self.set_area(None))
        row.addWidget(clear)
        layout.addLayout(row)
        box_row = QHBoxLayout()
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("or a box: west, south, east, north (degrees)"))
        use_box = QPushButton(self.tr("Use box"))
        use_box.clicked.connect(self._use_box)
        box_row.addWidget(self.box, 1)
        box_row.addWidget(use_box)
        layout.addLayout(box_row)
        hint = QLabel(
            self.tr(
                "The map opens on the area of operations. To draw it, draw a patrol area of type "
                "'area of responsibility' on the map (Edit → New → Patrol area), then choose it "
                "here."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._show_area()
        return page

    def _categories_tab(self, categories: tuple[CategorySetting, ...]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.table = QTableWidget(0, len(COLUMNS))
        headers = [QCoreApplication.translate("MissionSettingsDialog", name) for name in COLUMNS]
        language_header = QCoreApplication.translate("MissionSettingsDialog", _LANGUAGE_HEADER)
        for lang, column in LANGUAGE_COLUMNS.items():
            headers[column] = language_header.format(language=LANGUAGES[lang])
        self.table.setHorizontalHeaderLabels(headers)
        label_header = self.table.horizontalHeaderItem(LABEL)
        assert label_header is not None
        label_header.setToolTip(self.tr("What readers see when their language has no label"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (VIOLATION, ACTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._categories = list(categories)
        for category in categories:
            self._add_row(category, new=False)
        # The labels take the room they need (one column per language beside the Label).
        for column, width in ((KEY, 190), (LABEL, 230), (GROUP, 150), (EVENT, 200), (SUB, 230)):
            self.table.setColumnWidth(column, width)
        self._placeholders = PlaceholderDelegate(self.table)
        for column in LANGUAGE_COLUMNS.values():
            self.table.setColumnWidth(column, 170)
            self.table.setItemDelegateForColumn(column, self._placeholders)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add category"))
        add.clicked.connect(self.add_category_row)
        row.addWidget(add)
        note = QLabel(
            self.tr(
                "Edit a label to rename; untick 'In use' to retire (old incidents keep their "
                "category). Keys are fixed once records may use them."
            )
            + " "
            + self.tr(
                "A label in a reader's language is shown to that reader; an empty one shows "
                "the Label."
            )
        )
        note.setWordWrap(True)
        row.addWidget(note, 1)
        layout.addLayout(row)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        by = self.tr("by {unit}")
        lines = [
            f"{h['at']}  {h['op']:<6} {h['kind']} {h['key']}  "
            + by.format(unit=h["unit"])
            + f" ({h['source']})"
            for h in settings_history(self.store)
        ]
        text.setPlainText("\n".join(lines) or self.tr("No settings changed yet."))
        layout.addWidget(text)
        return page

    # --- categories -------------------------------------------------------------------------

    def _add_row(self, category: CategorySetting, *, new: bool) -> int:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        for column, value in ((KEY, category.key), (LABEL, category.label),
                              (GROUP, category.group)):  # fmt: skip
            item = QTableWidgetItem(value)
            if column == KEY and not new:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
        labels = dict(category.translations)
        for lang, column in LANGUAGE_COLUMNS.items():
            item = QTableWidgetItem(labels.get(lang, ""))
            # Empty, the cell shows what applies: a built-in category's own label in that
            # language (« Criminalité » for crime), else the Label.
            item.setData(PLACEHOLDER_ROLE, category_label(category.key, category.label, lang=lang))
            table.setItem(row, column, item)
        event = QComboBox()
        event.addItem("—", None)
        for name in ACLED_EVENT_TYPES:
            event.addItem(name, name)
        sub = QComboBox()

        def fill_sub(_index: int = 0, chosen: str | None = None) -> None:
            sub.clear()
            sub.addItem("—", None)
            for name in ACLED_EVENT_TYPES.get(event.currentData() or "", ()):
                sub.addItem(name, name)
            if chosen:
                sub.setCurrentIndex(max(sub.findData(chosen), 0))

        if category.acled_event_type and event.findData(category.acled_event_type) < 0:
            event.addItem(
                self.tr("{event_type} (before 2019)").format(event_type=category.acled_event_type),
                category.acled_event_type,
            )
        event.setCurrentIndex(max(event.findData(category.acled_event_type), 0))
        fill_sub(chosen=category.acled_sub_event_type)
        event.currentIndexChanged.connect(fill_sub)
        table.setCellWidget(row, EVENT, event)
        table.setCellWidget(row, SUB, sub)
        for column, checked in ((VIOLATION, category.is_violation), (ACTIVE, category.active)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            table.setItem(row, column, item)
        return row

    def add_category_row(self) -> int:
        """A new, editable row (key and label to fill in); returns its row number."""
        order = (
            max((c.sort_order for c in self._categories), default=-1) + 1 + self.table.rowCount()
        )
        row = self._add_row(CategorySetting("", "", "Local", sort_order=order), new=True)
        self.tabs.setCurrentIndex(2)
        self.table.scrollToBottom()
        self.table.editItem(self._cell(row, KEY))
        return row

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every row is made with an item in each text column
        return item

    def row_of(self, key: str) -> int:
        for row in range(self.table.rowCount()):
            if self._cell(row, KEY).text() == key:
                return row
        raise KeyError(key)

    def _row_category(self, row: int) -> CategorySetting | None:
        table = self.table
        key = self._cell(row, KEY).text().strip()
        label = self._cell(row, LABEL).text()
        if not key and not label.strip():
            return None  # an added row left empty
        known = {c.key: c for c in self._categories}
        base = known.get(key, CategorySetting(key, label, sort_order=len(known) + row))
        event = table.cellWidget(row, EVENT)
        sub = table.cellWidget(row, SUB)
        assert isinstance(event, QComboBox) and isinstance(sub, QComboBox)
        return replace(
            base,
            label=label,
            group=self._cell(row, GROUP).text(),
            acled_event_type=event.currentData(),
            acled_sub_event_type=sub.currentData(),
            is_violation=self._cell(row, VIOLATION).checkState() == Qt.CheckState.Checked,
            active=self._cell(row, ACTIVE).checkState() == Qt.CheckState.Checked,
            translations=parse_translations(
                {lang: self._cell(row, column).text() for lang, column in LANGUAGE_COLUMNS.items()}
            ),
        )

    # --- area ---------------------------------------------------------------------------------

    def set_area(self, area: dict | None) -> None:
        self.area = area
        self._show_area()

    def _show_area(self) -> None:
        settings = MissionSettings(area=self.area)
        bounds = settings.area_bounds()
        if bounds is None:
            self.area_label.setText(
                self.tr("No area of operations set: the map opens on everything the mission holds.")
            )
            return
        west, south, east, north = bounds
        self.area_label.setText(
            self.tr(
                "Area of operations set ({shape}): "
                "west {west}, south {south}, east {east}, north {north}."
            ).format(
                shape=self.area["type"] if self.area else "",
                west=f"{west:.4f}",
                south=f"{south:.4f}",
                east=f"{east:.4f}",
                north=f"{north:.4f}",
            )
        )

    def _choose_area_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Area of operations"),
            "",
            "GeoJSON (*.geojson *.json);;" + self.tr("All files") + " (*)",
        )
        if name:
            self.import_area_file(Path(name))

    def import_area_file(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.set_area(area_from_geojson(data))
        except (OSError, ValueError) as exc:
            message = exc.message if isinstance(exc, AppError) else f"{path.name}: {exc}"
            self.problem.setText(message)

    def _use_area_record(self, index: int) -> None:
        area_id = self.area_records.itemData(index)
        if not area_id:
            return
        from shapely.geometry import mapping

        area = self.store.get("patrol_area", area_id)
        self.set_area(json.loads(json.dumps(mapping(area.geometry))))  # type: ignore[attr-defined]
        self.area_records.setCurrentIndex(0)

    def _use_box(self) -> None:
        try:
            self.set_area(parse_area(self.box.text()))
        except AppError as exc:
            self.problem.setText(exc.message)

    # --- result ---------------------------------------------------------------------------------

    def snapshot(self) -> MissionSnapshot:
        """The mission as the dialog now describes it; raises AppError for what cannot be read."""
        settings = replace(
            self.original.settings,
            name=self.name.text(),
            parties=parse_parties(self.parties.toPlainText()),
            labels=tuple(label.strip() for label in self.labels.text().split(",")),
            area=self.area,
        )
        categories = []
        for row in range(self.table.rowCount()):
            category = self._row_category(row)
            if category is not None:
                categories.append(category)
        return MissionSnapshot(settings, tuple(categories))

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
