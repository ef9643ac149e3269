"""Every edit as a QUndoCommand over the editing service, so Ctrl+Z takes it back.

A command does its edit once in ``execute()`` before it is pushed (so a refused edit raises
there, with its message, and never reaches the stack); the stack's first ``redo()`` is then a
no-op. Undo writes the snapshot from before the edit back (``Editor.restore``) or deletes what
the edit created; redo after an undo restores the snapshot taken after the edit, so the record
keeps its id. Failures during undo or redo (the database changed under us) go to ``on_error``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain.labels import label
from app.domain.records import Record
from app.editing.service import Editor
from app.errors import AppError

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def _noun(kind: str) -> str:
    """The record kind in the reader's words (the Edit menu's "Undo add incident")."""
    return label("kind", kind)


def _name(record: Record) -> str:
    for attribute in ("title", "designation", "name"):
        value = getattr(record, attribute, None)
        if value:
            text = str(value)
            return text if len(text) <= 40 else text[:39] + "…"
    return _noun(record.KIND)


class EditCommand(QUndoCommand):
    """Base: run once on execute(), then undo/redo through the service."""

    def __init__(self, editor: Editor, on_error: Callable[[BaseException], None] | None = None):
        super().__init__()
        self.editor = editor
        self.on_error = on_error
        self._done_once = False
        #: The record the command is about (as after the edit), for selection and refresh.
        self.record: Record | None = None

    def execute(self) -> Record:
        """Do the edit now; raises AppError (nothing written) when it is refused."""
        self.record = self._first()
        self._done_once = True
        return self.record

    def redo(self) -> None:
        if not self._done_once:  # pushed without execute(): do it now
            self._guard(self.execute)
            return
        if getattr(self, "_undone", False):
            self._guard(self._redo)
            self._undone = False

    def undo(self) -> None:
        self._guard(self._undo)
        self._undone = True

    def _guard(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except AppError as exc:
            log.warning("undo/redo failed: %s", exc)
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)

    def _first(self) -> Record:
        raise NotImplementedError

    def _undo(self) -> None:
        """Put the record back as it was before the edit (what most commands undo to)."""
        before = getattr(self, "before", None)
        assert before is not None
        self.editor.restore(before)

    def _redo(self) -> None:
        """Write the record again as the edit left it (same id)."""
        assert self.record is not None
        self.record = self.editor.restore(self.record)


class AddRecord(EditCommand):
    """Undo of an add deletes the record; redo restores the very record (same id)."""

    def __init__(self, editor: Editor, kind: str, data: dict[str, Any], **kw: Any) -> None:
        super().__init__(editor, **kw)
        self.kind = kind
        self.data = dict(data)
        self.setText(translate("UndoCommand", "add {noun}").format(noun=_noun(kind)))

    def _first(self) -> Record:
        record = self.editor.add(self.kind, self.data)
        self.setText(
            translate("UndoCommand", "add {noun} “{name}”").format(
                noun=_noun(self.kind), name=_name(record)
            )
        )
        return record

    def _undo(self) -> None:
        assert self.record is not None
        self.editor.delete(self.record.id)


class UpdateRecord(EditCommand):
    """Undo writes the record as it was before; redo writes it as it was after."""

    def __init__(self, editor: Editor, record_id: str, changes: dict[str, Any], **kw: Any) -> None:
        super().__init__(editor, **kw)
        self.record_id = record_id
        self.changes = dict(changes)
        self.before: Record | None = None
        self.setText(translate("UndoCommand", "edit"))

    def _first(self) -> Record:
        self.before = self.editor.get(self.record_id)
        record = self.editor.update(self.record_id, self.changes)
        self.setText(
            translate("UndoCommand", "edit {noun} “{name}”").format(
                noun=_noun(record.KIND), name=_name(record)
            )
        )
        return record


class DeleteRecord(EditCommand):
    """Undo brings the deleted record back as it was."""

    def __init__(self, editor: Editor, record_id: str, **kw: Any) -> None:
        super().__init__(editor, **kw)
        self.record_id = record_id
        self.setText(translate("UndoCommand", "delete"))

    def _first(self) -> Record:
        record = self.editor.delete(self.record_id)
        self.setText(
            translate("UndoCommand", "delete {noun} “{name}”").format(
                noun=_noun(record.KIND), name=_name(record)
            )
        )
        return record

    def _undo(self) -> None:
        assert self.record is not None
        self.editor.restore(self.record)

    def _redo(self) -> None:
        self.editor.delete(self.record_id)


class MoveUnit(EditCommand):
    """A new position report for a unit; undo deletes the report (the track shrinks back)."""

    def __init__(
        self,
        editor: Editor,
        unit_id: str,
        lat: float,
        lon: float,
        observed_at: datetime | None = None,
        fields: dict[str, Any] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(editor, **kw)
        self.unit_id = unit_id
        self.position = (lat, lon)
        self.observed_at = observed_at
        self.fields = dict(fields or {})
        self.setText(translate("UndoCommand", "move unit"))

    def _first(self) -> Record:
        lat, lon = self.position
        report = self.editor.move_unit(self.unit_id, lat, lon, self.observed_at, **self.fields)
        unit = self.editor.get(self.unit_id)
        self.setText(translate("UndoCommand", "move unit “{name}”").format(name=_name(unit)))
        return report

    def _undo(self) -> None:
        assert self.record is not None
        self.editor.delete(self.record.id)


class SetStatus(EditCommand):
    """Move an incident along its workflow; undo puts the previous version back."""

    def __init__(self, editor: Editor, incident_id: str, status: str, **kw: Any) -> None:
        super().__init__(editor, **kw)
        self.incident_id = incident_id
        self.status = status
        self.before: Record | None = None
        self.setText(
            translate("UndoCommand", "mark incident {status}").format(
                status=label("status", status)
            )
        )

    def _first(self) -> Record:
        self.before = self.editor.get(self.incident_id)
        record = self.editor.set_incident_status(self.incident_id, self.status)
        self.setText(
            translate("UndoCommand", "mark “{name}” {status}").format(
                name=_name(record), status=label("status", self.status)
            )
        )
        return record


class AttachFile(EditCommand):
    """Attach a file to an incident; undo takes it off again (the bytes stay in the database)."""

    def __init__(self, editor: Editor, incident_id: str, path: Any, **kw: Any) -> None:
        super().__init__(editor, **kw)
        self.incident_id = incident_id
        self.path = path
        self.sha256 = ""
        self.setText(translate("UndoCommand", "attach file"))

    def _first(self) -> Record:
        info = self.editor.attach(self.incident_id, self.path)
        self.sha256 = info.sha256
        self.setText(translate("UndoCommand", "attach “{name}”").format(name=info.file_name))
        return self.editor.get(self.incident_id)

    def _undo(self) -> None:
        self.editor.detach(self.incident_id, self.sha256)

    def _redo(self) -> None:
        info, data = self.editor.attachment(self.sha256)
        self.editor.attach(
            self.incident_id, data=data, file_name=info.file_name, media_type=info.media_type
        )


class DetachFile(EditCommand):
    """Take an attachment off an incident; undo attaches the same bytes again."""

    def __init__(self, editor: Editor, incident_id: str, sha256: str, **kw: Any) -> None:
        super().__init__(editor, **kw)
        self.incident_id = incident_id
        self.sha256 = sha256
        self.setText(translate("UndoCommand", "remove attachment"))

    def _first(self) -> Record:
        info, _ = self.editor.attachment(self.sha256)
        self.setText(
            translate("UndoCommand", "remove attachment “{name}”").format(name=info.file_name)
        )
        return self.editor.detach(self.incident_id, self.sha256)

    def _undo(self) -> None:
        info, data = self.editor.attachment(self.sha256)
        self.editor.attach(
            self.incident_id, data=data, file_name=info.file_name, media_type=info.media_type
        )

    def _redo(self) -> None:
        self.editor.detach(self.incident_id, self.sha256)
