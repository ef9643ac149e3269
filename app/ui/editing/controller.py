"""Editing in the GUI: the Edit menu, forms, the map's drawing tools, undo.

One ``EditingController`` per session; it holds the session, the map view and the dialog
service, never the window (which puts ``menu`` in its menu bar). It owns the QUndoStack, opens
one record form at a time (non-modal, so the map stays usable for picking and drawing), and
answers the map page's editing messages (``MapBridge``: drawn, picked, mapClicked,
unitDragged, verticesEdited). Every edit is an undoable command (``undo.py``) over
``app.editing.service.Editor``; after each one the session is told which kind changed (the
tables and that kind's map layers reload) and the edited record is selected.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

from app.domain import taxonomy
from app.domain.labels import label as display_label
from app.domain.records import Record
from app.editing.service import INCIDENT_TRANSITIONS, Editor
from app.errors import AppError
from app.store import MissionStore
from app.ui.dialogs import Dialogs
from app.ui.editing.forms import KIND_TITLES, RecordForm
from app.ui.editing.undo import (
    AddRecord,
    AttachFile,
    DeleteRecord,
    DetachFile,
    EditCommand,
    MoveUnit,
    UpdateRecord,
)
from app.ui.own_unit import own_unit_id
from app.ui.session import ALL_KINDS, LAYERS_OF, Session

if TYPE_CHECKING:
    from app.ui.map_view import MapView

log = logging.getLogger(__name__)

__all__ = ["LAYERS_OF", "EditingController"]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


#: Map selection kinds (bhMap.select) for record kinds.
_SELECTABLE = ("incident", "unit", "patrol_area", "ceasefire_line", "patrol", "map_item")
#: Record kinds whose shape can be edited vertex by vertex on the map.
_VERTEX_KINDS = ("patrol_area", "ceasefire_line", "map_item")
_SHAPE_KIND = {"polygon": "patrol_area", "line": "ceasefire_line", "point": "incident"}


class EditingController(QObject):
    """The Edit menu and everything behind it, for one session."""

    #: Emitted with the command after every edit, undo or redo has been written and shown.
    edited = Signal(object)

    def __init__(
        self,
        session: Session,
        map_view: MapView,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.map_view = map_view
        self.dialogs = dialogs
        self.stack = QUndoStack(self)
        self.form: RecordForm | None = None
        self.selection: tuple[str, str] | None = None
        #: Where "new incident here" puts it: the last point clicked on the map, else the centre.
        self.last_click: tuple[float, float] | None = None
        self.centre: tuple[float, float] | None = None
        self._editor: Editor | None = None
        self._store: MissionStore | None = None
        #: Where the next drawn shape goes: (form, field name) or None (a new record).
        self._draw_target: tuple[RecordForm, str] | None = None
        self._build_menu()
        self._connect()

    # --- set-up ---------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: Any, *shortcuts: Any) -> QAction:
        action = QAction(text, menu)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        #: The Edit menu; the window puts it in its menu bar.
        menu = QMenu(self.tr("&Edit"), self.dialogs.window)
        menu.setObjectName("editMenu")
        self.menu = menu

        self.undo_action = self.stack.createUndoAction(menu, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.stack.createRedoAction(menu, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        self.new_incident_action = self._action(
            menu,
            self.tr("New &incident here…"),
            self.new_incident_here,
            "Ctrl+N",
            Qt.Key.Key_Insert,
        )
        new_menu = menu.addMenu(self.tr("&New"))
        self.new_actions: dict[str, QAction] = {}
        for kind, label in (
            ("unit", self.tr("&Unit…")),
            ("position_report", self.tr("&Position report…")),
            ("patrol_area", self.tr("Patrol &area (draw on map)…")),
            ("patrol", self.tr("Pa&trol…")),
            ("ceasefire_line", self.tr("&Ceasefire line (draw on map)…")),
            ("incident", self.tr("&Incident…")),
            ("map_item", self.tr("&Map item: point, route, area (draw on map)…")),
        ):
            self.new_actions[kind] = self._action(new_menu, label, lambda k=kind: self.new(k))
        self.move_action = self._action(
            menu, self.tr("&Move unit…"), self.move_unit_dialog, "Ctrl+M"
        )
        self.drag_action = QAction(self.tr("&Drag units on the map"), menu, checkable=True)
        self.drag_action.toggled.connect(self.set_unit_drag)
        menu.addAction(self.drag_action)
        menu.addSeparator()
        self.edit_action = self._action(menu, self.tr("&Edit selected…"), self.edit_selected, "F2")
        self.vertices_action = self._action(
            menu, self.tr("Edit &vertices on the map"), self.edit_selected_vertices, "Ctrl+Shift+V"
        )
        self.status_menu = menu.addMenu(self.tr("Incident &status"))
        self.status_actions: dict[str, QAction] = {}
        for status in taxonomy.INCIDENT_STATUSES:
            self.status_actions[status] = self._action(
                self.status_menu,
                _capital(display_label("status", status)),
                lambda s=status: self.set_status(s),
            )
        self.delete_action = self._action(
            menu, self.tr("&Delete selected"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        menu.aboutToShow.connect(self._update_actions)
        self._update_actions()

    def _connect(self) -> None:
        bridge = self.map_view.bridge
        bridge.shape_drawn.connect(self._drawn)
        bridge.point_picked.connect(self._picked)
        bridge.map_clicked.connect(self._clicked)
        bridge.unit_dragged.connect(self.unit_dragged)
        bridge.vertices_edited.connect(self._vertices_edited)
        bridge.view_changed.connect(self._view_changed)
        self.map_view.map_ready.connect(lambda _info: self._page_ready())
        self.session.selected.connect(self._select)
        self._index = 0
        self.stack.indexChanged.connect(self._index_changed)

    # --- state ------------------------------------------------------------------------------------

    def editor(self) -> Editor:
        """The editor for the open mission; a new mission starts a fresh undo history."""
        store = self.session.store
        if store is None:
            raise AppError("no mission is open: File → Open mission…")
        if self._editor is None or self._store is not store:
            self.stack.clear()
            self._editor = Editor(store)
            self._store = store
        return self._editor

    def _select(self, kind: str, record_id: str) -> None:
        self.selection = (kind, record_id)
        self._update_actions()

    def _view_changed(self, view: dict) -> None:
        with contextlib.suppress(KeyError, TypeError):
            self.centre = ((view["south"] + view["north"]) / 2, (view["west"] + view["east"]) / 2)

    def _clicked(self, lat: float, lon: float) -> None:
        self.last_click = (lat, lon)

    def _page_ready(self) -> None:
        if self.drag_action.isChecked():
            self.set_unit_drag(True)

    def _update_actions(self) -> None:
        kind = self.selection[0] if self.selection else None
        self.edit_action.setEnabled(kind is not None)
        self.delete_action.setEnabled(kind is not None)
        self.vertices_action.setEnabled(kind in _VERTEX_KINDS)
        current = None
        if kind == "incident" and self._store is not None and self.selection:
            try:
                current = getattr(self.editor().get(self.selection[1]), "status", None)
            except AppError:
                current = None
        self.status_menu.setEnabled(current is not None)
        allowed = INCIDENT_TRANSITIONS.get(current or "", ())
        for status, action in self.status_actions.items():
            action.setEnabled(status in allowed)

    # --- running edits ------------------------------------------------------------------------

    def run(self, command: EditCommand) -> Record | None:
        """Do an edit and put it on the undo stack; a refusal is shown, nothing is written."""
        command.on_error = self.dialogs.error
        try:
            record = command.execute()
        except AppError as exc:
            self.dialogs.error(exc)
            return None
        self._push(command)
        return record

    def _push(self, command: EditCommand) -> None:
        self.stack.push(command)  # indexChanged → _index_changed shows the change

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def _index_changed(self, index: int) -> None:
        previous, self._index = self._index, index
        if self.stack.count() == 0 or index == previous:
            return
        forward = index > previous
        command = self.stack.command(index - 1 if forward else index)
        if command is not None:
            self._after(command, select=forward)

    def _after(self, command: Any, select: bool = True) -> None:
        """Show the change: tell the session the record's kind changed, and select the record
        once its layer has reloaded."""
        record = _record_of(command)
        kinds = {record.KIND} if record is not None else set(ALL_KINDS)
        target = None
        if (
            record is not None
            and select
            and record.KIND in _SELECTABLE
            and self._is_live(record.id)
        ):
            target = (record.KIND, record.id)
        if target is not None:
            self.map_view.select_after_reload(*target)
        self.session.notify(kinds)
        if target is not None:
            self.session.select(*target)
        self._update_actions()
        self.edited.emit(command)

    def _is_live(self, record_id: str) -> bool:
        try:
            return not self.editor().get(record_id).deleted
        except AppError:
            return False

    def reload_map(self, keys: Iterable[str], select: tuple[str, str] | None = None) -> None:
        """Reload only these layers; then select the record (after the data is there)."""
        self.map_view.refresh_layers(keys, select=select)

    # --- forms ----------------------------------------------------------------------------------

    def open_form(
        self, kind: str, record: Record | None = None, initial: dict[str, Any] | None = None
    ) -> RecordForm | None:
        """Open the one record form (closing any other); non-modal so the map stays usable."""
        try:
            editor = self.editor()
        except AppError as exc:
            self.dialogs.error(exc)
            return None
        if self.form is not None:
            self.form.reject()
        if record is None and kind == "incident" and not (initial or {}).get("reporting_unit_id"):
            # A new report names who reports it: this installation's unit, where it is known.
            unit_id = own_unit_id(self.session.store)
            if unit_id is not None:
                initial = {**(initial or {}), "reporting_unit_id": unit_id}
        form = RecordForm(editor, kind, record=record, initial=initial, parent=self.dialogs.window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.setModal(False)
        form.on_submit = self._submit
        form.pick_requested.connect(self._start_pick)
        form.draw_requested.connect(lambda name, shape: self.start_draw(shape, form, name))
        form.vertices_requested.connect(lambda name: self._form_vertices(form, name))
        form.finished.connect(lambda _result: self._form_closed(form))
        if form.attachments is not None and record is not None:
            form.attachments.add_requested.connect(lambda paths: self._attach(form, paths))
            form.attachments.remove_requested.connect(lambda sha: self._detach(form, sha))
        self.form = form
        form.show()
        form.raise_()
        form.activateWindow()
        first = next(iter(form.widgets.values()))
        first.setFocus()
        return form

    def _form_closed(self, form: RecordForm) -> None:
        if self.form is form:
            self.form = None
            if self._draw_target is not None:
                self._draw_target = None
                self.map_view.cancel_editing()

    def _submit(self, form: RecordForm) -> None:
        """Save: raises AppError to keep the form open with the message under the field."""
        editor = self.editor()
        command: EditCommand
        if form.record is None:
            command = AddRecord(editor, form.kind, form.values())
            if form.kind == "position_report":
                command.setText(self.tr("move unit"))
        else:
            changes = form.changes()
            if not changes:
                return
            command = UpdateRecord(editor, form.record.id, changes)
        command.on_error = self.dialogs.error
        record = command.execute()  # raises AppError: the form shows it and stays open
        pending = form.attachments.pending if form.attachments is not None else []
        if not pending:
            self._push(command)
            return
        self.stack.beginMacro(command.text())
        self.stack.push(command)
        for path in pending:
            attach = AttachFile(editor, record.id, path, on_error=self.dialogs.error)
            try:
                attach.execute()
            except AppError as exc:
                self.dialogs.error(exc)
                continue
            self.stack.push(attach)
        self.stack.endMacro()

    def _attach(self, form: RecordForm, paths: list[Path]) -> None:
        assert form.record is not None
        for path in paths:
            self.run(AttachFile(self.editor(), form.record.id, path))
        if form.attachments is not None:
            form.attachments.reload()

    def _detach(self, form: RecordForm, sha256: str) -> None:
        assert form.record is not None
        self.run(DetachFile(self.editor(), form.record.id, sha256))
        if form.attachments is not None:
            form.attachments.reload()

    # --- the Edit menu's commands ---------------------------------------------------------------

    def here(self) -> tuple[float, float] | None:
        return self.last_click or self.centre

    def new_incident_here(self) -> RecordForm | None:
        """A new incident at the last point clicked on the map (or the map's centre)."""
        here = self.here()
        initial = {"location": here} if here else None
        return self.open_form("incident", initial=initial)

    def new(self, kind: str) -> RecordForm | None:
        """A blank form; areas and lines start drawing on the map straight away."""
        initial: dict[str, Any] = {}
        if kind == "incident" and self.here():
            initial["location"] = self.here()
        if kind == "position_report" and self.selection and self.selection[0] == "unit":
            initial["unit_id"] = self.selection[1]
        form = self.open_form(kind, initial=initial)
        if form is not None and kind in ("patrol_area", "ceasefire_line"):
            self.start_draw("polygon" if kind == "patrol_area" else "line", form, "geometry")
        return form

    def move_unit_dialog(self) -> RecordForm | None:
        """A position report for the selected unit: the unit moves, its track grows.

        The form starts at the unit's current position and opens beside the unit, not over it.
        """
        initial: dict[str, Any] = {}
        where: tuple[float, float] | None = None
        if self.selection and self.selection[0] == "unit":
            initial["unit_id"] = self.selection[1]
            store = self.session.store
            report = store.current_positions().get(self.selection[1]) if store else None
            if report is not None:
                where = (report.lat, report.lon)
                initial["location"] = where
        form = self.open_form("position_report", initial=initial)
        if form is not None:
            form.setWindowTitle(self.tr("Move unit"))
            place_clear_of(form, self.map_view, where, self.map_view.last_view)
        return form

    def edit_selected(self) -> RecordForm | None:
        if self.selection is None:
            return None
        record_id = self.selection[1]
        try:
            record = self.editor().get(record_id)
        except AppError as exc:
            self.dialogs.error(exc)
            return None
        if record.deleted:
            return None
        return self.open_form(record.KIND, record=record)

    def delete_selected(self) -> None:
        if self.selection is None:
            return
        record = self.run(DeleteRecord(self.editor(), self.selection[1]))
        if record is not None:
            self.selection = None
            self.map_view.clear_selection()
            noun = KIND_TITLES.get(record.KIND, record.KIND)
            self.dialogs.status(f"Deleted the {noun}. Ctrl+Z brings it back.", 8000)
            self._update_actions()

    def set_status(self, status: str) -> None:
        from app.ui.editing.undo import SetStatus

        if self.selection and self.selection[0] == "incident":
            self.run(SetStatus(self.editor(), self.selection[1], status))

    # --- the map ----------------------------------------------------------------------------------

    def start_draw(self, shape: str, form: RecordForm | None = None, field: str = "") -> None:
        self._draw_target = (form, field) if form is not None else None
        self.map_view.start_drawing(shape)
        self.dialogs.status(
            "Click the vertices on the map; click the first (polygon) or last (line) point again "
            "to finish. Esc cancels.", 15000,
        )  # fmt: skip

    def _start_pick(self) -> None:
        self.map_view.pick_point()
        self.dialogs.status("Click the position on the map. Esc cancels.", 10000)

    def _picked(self, lat: float, lon: float) -> None:
        self.last_click = (lat, lon)
        if self.form is not None:
            self.form.set_location(lat, lon)

    def _drawn(self, shape: str, geometry: dict) -> None:
        target, self._draw_target = self._draw_target, None
        self.dialogs.status("", 0)
        if target is not None and target[0] is self.form and self.form is not None:
            self.form.set_geometry(target[1], geometry)
            return
        kind = _SHAPE_KIND.get(shape)
        if kind == "incident":
            lon, lat = geometry.get("coordinates", (None, None))[:2]
            self.last_click = (lat, lon)
            self.open_form("incident", initial={"location": (lat, lon)})
        elif kind is not None:
            self.open_form(kind, initial={"geometry": geometry})

    def _form_vertices(self, form: RecordForm, field: str) -> None:
        geometry = form.widgets[field].value()  # type: ignore[attr-defined]
        if geometry is None:
            return
        record_id = form.record.id if form.record is not None else "new"
        kind = form.kind if form.kind in _VERTEX_KINDS else "ceasefire_line"
        self.edit_vertices(kind, record_id, geometry)

    def edit_selected_vertices(self) -> None:
        if self.selection and self.selection[0] in _VERTEX_KINDS:
            kind, record_id = self.selection
            record = self.editor().get(record_id)
            from app.domain.serialize import geometry_to_geojson

            if record.geometry.geom_type in ("Point", "MultiPoint"):  # type: ignore[attr-defined]
                self.dialogs.status("A point has no vertices: Edit selected… moves it.", 8000)
                return
            self.edit_vertices(kind, record_id, geometry_to_geojson(record.geometry))  # type: ignore[attr-defined]

    def edit_vertices(self, kind: str, record_id: str, geometry: dict) -> None:
        """Vertex handles on the map; Save in the map's bar sends the new shape back."""
        self.map_view.edit_vertices(kind, record_id, geometry)
        self.dialogs.status(
            "Drag the vertices; click a middle marker to add one, a vertex to remove it. "
            "Save or Cancel at the top left of the map.", 15000,
        )  # fmt: skip

    def _vertices_edited(self, kind: str, record_id: str, geometry: dict) -> None:
        form = self.form
        new = form is not None and form.record is None and record_id == "new"
        same = form is not None and form.record is not None and form.record.id == record_id
        if form is not None and (new or same):
            name = form.geometry_field()
            if name is not None:
                form.set_geometry(name, geometry)
            return
        if record_id != "new":
            self.run(UpdateRecord(self.editor(), record_id, {"geometry": geometry}))

    def set_unit_drag(self, on: bool) -> None:
        if self.drag_action.isChecked() != on:
            self.drag_action.setChecked(on)  # calls back here through toggled
            return
        self.map_view.enable_unit_drag(on)
        if on:
            self.dialogs.status(
                "Drag a unit to its new position: each drop records a position report.", 10000
            )

    def unit_dragged(self, unit_id: str, lat: float, lon: float) -> Record | None:
        """A unit dropped on the map: a position report now, at the drop point."""
        try:
            editor = self.editor()
        except AppError as exc:
            self.dialogs.error(exc)
            return None
        report = self.run(MoveUnit(editor, unit_id, lat, lon))
        if report is None:
            self.reload_map(["units"])  # the marker goes back where the unit is
        else:
            self.dialogs.status(
                f"{self.stack.undoText().capitalize()}: position report recorded. "
                "Ctrl+Z takes it back.", 8000,
            )  # fmt: skip
        return report


def _record_of(command: Any) -> Record | None:
    record = getattr(command, "record", None)
    if record is not None:
        return record  # type: ignore[no-any-return]
    for i in range(command.childCount() if hasattr(command, "childCount") else 0):
        child = _record_of(command.child(i))
        if child is not None:
            return child
    return None


def place_clear_of(
    dialog: Any,
    map_view: Any,
    where: tuple[float, float] | None,
    view: dict[str, Any] | None,
) -> None:
    """Put ``dialog`` over the side of the map away from ``where`` (lat, lon), so the point the
    dialog is about stays in sight; the map's last reported extent says where that point is."""
    from PySide6.QtCore import QPoint

    dialog.adjustSize()
    x_share = 0.5
    if where is not None and view and {"west", "east"} <= set(view):
        west, east = float(view["west"]), float(view["east"])
        if east > west:
            x_share = (where[1] - west) / (east - west)
    margin = 24
    width, needed = map_view.width(), dialog.width() + 2 * margin
    point_x = x_share * width
    if width - point_x >= needed:  # room to the right of the point
        x = width - dialog.width() - margin
    elif point_x >= needed:  # room to its left
        x = margin
    else:  # no room on the map: beside it, over the dock
        x = width + margin
    dialog.move(map_view.mapToGlobal(QPoint(x, margin)))
