"""The attachments of an incident in its form: add, open and remove photos and documents.

Opening writes a private temporary copy and hands it to the desktop's viewer
(QDesktopServices), so a viewer never sees, or changes, the bytes in the mission database.
Adding and removing go through the controller as undoable commands; a new incident's files are
kept as a list of paths and attached right after it is saved.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.editing.attachments import clean_file_name
from app.editing.service import AttachmentInfo, Editor

_ROLE = 0x0100 + 7
_TEMP: list[tempfile.TemporaryDirectory[str]] = []


def _size(size: int) -> str:
    # The reader's units and decimal separator (« 1,5 Mo »).
    decimals = 1 if size >= 1024 * 1024 else 0
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # KB = 1024 bytes
    return QLocale().formattedDataSize(size, decimals, traditional)


def open_copy(editor: Editor, sha256: str, opener: Callable[[QUrl], bool] | None = None) -> Path:
    """Write an attachment to a private temporary folder and open it with the desktop viewer."""
    info, data = editor.attachment(sha256)
    if not _TEMP:
        _TEMP.append(tempfile.TemporaryDirectory(prefix="bluehelmet-attachments-"))
    folder = Path(_TEMP[0].name) / sha256[:16]
    folder.mkdir(exist_ok=True)
    target = folder / clean_file_name(info.file_name)
    target.write_bytes(data)
    (opener or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(target)))
    return target


class AttachmentsWidget(QWidget):
    """A list of an incident's files with Add…, Open and Remove."""

    #: Files chosen to attach (paths); the controller attaches them.
    add_requested = Signal(list)
    remove_requested = Signal(str)

    def __init__(self, editor: Editor, incident_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.incident_id = incident_id
        #: Paths waiting for a new incident to be saved.
        self.pending: list[Path] = []
        self.opened: list[Path] = []
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("Add…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the form saves; it never opens a file dialog
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        infos: list[AttachmentInfo] = []
        if self.incident_id is not None:
            infos = self.editor.attachments_of(self.incident_id)
        for info in infos:
            item = QListWidgetItem(f"{info.file_name}  ·  {info.media_type}  ·  {_size(info.size)}")
            item.setData(_ROLE, info.sha256)
            item.setToolTip(info.sha256)
            self.list.addItem(item)
        for path in self.pending:
            when = self.tr("attached when the incident is saved")
            item = QListWidgetItem(f"{path.name}  ·  {when}")
            item.setData(_ROLE, None)
            self.list.addItem(item)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        stored = item is not None and item.data(_ROLE) is not None
        self.open_button.setEnabled(stored)
        self.remove_button.setEnabled(item is not None)

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            self.tr("Photos and documents") + " (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.pdf *.doc"
            " *.docx *.odt *.txt);;" + self.tr("All files") + " (*)",
        )  # fmt: skip
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        if self.incident_id is None:
            self.pending.extend(paths)
            self.reload()
        else:
            self.add_requested.emit(paths)

    def open_selected(self) -> Path | None:
        item = self.list.currentItem()
        if item is None or item.data(_ROLE) is None:
            return None
        path = open_copy(self.editor, item.data(_ROLE))
        self.opened.append(path)
        return path

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        sha256 = item.data(_ROLE)
        if sha256 is None:
            del self.pending[self.list.row(item) - (self.list.count() - len(self.pending))]
            self.reload()
        else:
            self.remove_requested.emit(sha256)
