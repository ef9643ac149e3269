"""The saved-views dock: the briefer's running order of named views, and the slideshow.

Views live in the mission database (``app.briefing.views.ViewStore``). The dock lists them in
order with their number key (1–9), saves the current view under a name, recalls one with a
click, renames, deletes and reorders them, and cycles through them at a set interval. What a
view holds and how it is applied is the briefing controller's business: this widget asks for
``capture(name)`` and emits ``recall_requested``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.briefing.views import SavedView, ViewStore
from app.errors import AppError
from app.store import MissionStore


class SavedViewsPanel(QWidget):
    """List + buttons + slideshow controls; see the module docstring."""

    #: A SavedView to apply to the map (click, number key, slideshow).
    recall_requested = Signal(object)
    #: Emitted with the list of view names after every change.
    views_changed = Signal(list)
    slideshow_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_store: ViewStore | None = None
        #: Builds a SavedView of what the map shows now, under a name (set by the controller).
        self.capture: Callable[[str], SavedView] | None = None
        #: Where refused input goes (the main window's one error sink).
        self.on_error: Callable[[BaseException], None] = lambda exc: None
        self.current_name: str | None = None

        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.save_button = QPushButton(self.tr("Save current view…"))
        # Never elided to "Save c…t view" in a narrow dock: the dock keeps the button's width.
        self.save_button.setMinimumWidth(self.save_button.sizeHint().width())
        self.recall_button = QPushButton(self.tr("Recall"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.slideshow_button = QPushButton("▶ " + self.tr("Start slideshow"))
        self.slideshow_button.setCheckable(True)
        self.interval = QSpinBox()
        self.interval.setRange(3, 600)
        self.interval.setValue(20)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setToolTip(self.tr("Seconds each view stays on screen during the slideshow"))
        hint = QLabel(self.tr("Keys 1–9 recall the first nine views."))
        hint.setWordWrap(True)

        buttons = QGridLayout()
        buttons.addWidget(self.recall_button, 0, 0)
        buttons.addWidget(self.rename_button, 0, 1)
        buttons.addWidget(self.delete_button, 0, 2)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        show = QHBoxLayout()
        show.addWidget(self.slideshow_button, 1)
        show.addWidget(QLabel(self.tr("every")))
        show.addWidget(self.interval)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.save_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(show)
        layout.addWidget(hint)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.next_view)
        self.save_button.clicked.connect(self._ask_save)
        self.recall_button.clicked.connect(self._recall_selected)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemClicked.connect(lambda _item: self._recall_selected())
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(+1))
        self.slideshow_button.toggled.connect(self._slideshow_toggled)
        self.interval.valueChanged.connect(
            lambda s: self._timer.setInterval(s * 1000) if self._timer.isActive() else None
        )
        self._update_buttons()

    # --- the list ---------------------------------------------------------------------------

    def set_store(self, store: MissionStore | None) -> None:
        self.stop_slideshow()
        self.view_store = ViewStore(store) if store is not None else None
        self.current_name = None
        self.reload()

    def views(self) -> list[SavedView]:
        if self.view_store is None:
            return []
        try:
            return self.view_store.list()
        except AppError as exc:
            self.on_error(exc)
            return []

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        names = []
        for number, view in enumerate(self.views(), 1):
            key = f"{number}  " if number <= 9 else "    "
            window = ""
            if view.time_start or view.time_end:
                window = "  ·  " + self.tr("time window")
            item = QListWidgetItem(f"{key}{view.name}{window}")
            item.setData(Qt.ItemDataRole.UserRole, view.name)
            item.setToolTip(view.name)
            self.list.addItem(item)
            names.append(view.name)
            if view.name == (select or self.current_name):
                self.list.setCurrentItem(item)
        self._update_buttons()
        self.views_changed.emit(names)

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has_store = self.view_store is not None
        chosen = self.selected_name() is not None
        self.save_button.setEnabled(has_store)
        for button in (self.recall_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)
        row = self.list.currentRow()
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list.count() - 1)
        self.slideshow_button.setEnabled(self.list.count() > 1 or self._timer.isActive())

    # --- actions (also the API for tests and the controller) --------------------------------

    def save_current(self, name: str) -> SavedView | None:
        """Save what the map shows now under ``name`` (replacing a view of that name)."""
        if self.view_store is None or self.capture is None:
            return None
        try:
            saved = self.view_store.save(self.capture(name))
        except AppError as exc:
            self.on_error(exc)
            return None
        self.current_name = saved.name
        self.reload(select=saved.name)
        return saved

    def recall(self, name: str) -> SavedView | None:
        for view in self.views():
            if view.name == name:
                self.current_name = view.name
                self.reload(select=view.name)
                self.recall_requested.emit(view)
                return view
        return None

    def recall_number(self, number: int) -> SavedView | None:
        """Recall the view at 1-based ``number`` (the number keys); None when there is none."""
        views = self.views()
        if 1 <= number <= len(views):
            return self.recall(views[number - 1].name)
        return None

    def rename(self, name: str, new_name: str) -> None:
        if self.view_store is None:
            return
        try:
            renamed = self.view_store.rename(name, new_name)
        except AppError as exc:
            self.on_error(exc)
            return
        if self.current_name == name:
            self.current_name = renamed.name
        self.reload(select=renamed.name)

    def delete(self, name: str) -> None:
        if self.view_store is None:
            return
        try:
            self.view_store.delete(name)
        except AppError as exc:
            self.on_error(exc)
            return
        if self.current_name == name:
            self.current_name = None
        self.reload()

    def move_view(self, name: str, offset: int) -> None:
        if self.view_store is None:
            return
        names = [v.name for v in self.views()]
        if name not in names:
            return
        try:
            self.view_store.move(name, names.index(name) + offset)
        except AppError as exc:
            self.on_error(exc)
            return
        self.reload(select=name)

    # --- slideshow --------------------------------------------------------------------------

    def start_slideshow(self, interval_ms: int | None = None) -> None:
        """Cycle through the views, starting with the one after the current; stop with stop."""
        if not self.views():
            return
        self._timer.setInterval(interval_ms or self.interval.value() * 1000)
        self._timer.start()
        self._sync_slideshow_button(True)
        self.slideshow_changed.emit(True)
        self.next_view()

    def stop_slideshow(self) -> None:
        was = self._timer.isActive()
        self._timer.stop()
        self._sync_slideshow_button(False)
        if was:
            self.slideshow_changed.emit(False)

    def slideshow_running(self) -> bool:
        return self._timer.isActive()

    def next_view(self) -> SavedView | None:
        views = self.views()
        if not views:
            self.stop_slideshow()
            return None
        names = [v.name for v in views]
        index = names.index(self.current_name) + 1 if self.current_name in names else 0
        return self.recall(names[index % len(names)])

    def previous_view(self) -> SavedView | None:
        names = [v.name for v in self.views()]
        if not names:
            return None
        index = names.index(self.current_name) - 1 if self.current_name in names else -1
        return self.recall(names[index % len(names)])

    def _sync_slideshow_button(self, running: bool) -> None:
        self.slideshow_button.blockSignals(True)
        self.slideshow_button.setChecked(running)
        self.slideshow_button.setText(
            "■ " + self.tr("Stop slideshow") if running else "▶ " + self.tr("Start slideshow")
        )
        self.slideshow_button.blockSignals(False)
        self._update_buttons()

    def _slideshow_toggled(self, on: bool) -> None:
        if on:
            self.start_slideshow()
        else:
            self.stop_slideshow()

    # --- dialogs (buttons) ------------------------------------------------------------------

    def _ask_save(self) -> None:
        default = self.current_name or self.tr("View {number}").format(number=self.list.count() + 1)
        name, ok = QInputDialog.getText(
            self, self.tr("Save current view"), self.tr("Name of the view:"), text=default
        )
        if ok and name.strip():
            self.save_current(name)

    def _recall_selected(self) -> None:
        name = self.selected_name()
        self._update_buttons()
        if name is not None:
            self.recall(name)

    def _ask_rename(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        new_name, ok = QInputDialog.getText(
            self, self.tr("Rename view"), self.tr("New name:"), text=name
        )
        if ok and new_name.strip() and new_name.strip() != name:
            self.rename(name, new_name)

    def _ask_delete(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete view"),
            self.tr("Delete the saved view “{name}”?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)  # view names are user text
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.delete(name)

    def _move_selected(self, offset: int) -> None:
        name = self.selected_name()
        if name is not None:
            self.move_view(name, offset)
