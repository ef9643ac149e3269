"""File → Export map as PNG or PDF: the briefing picture of what the map shows now.

Not a screenshot of the widget: the view the operator has on screen (extent, layers, basemap,
filters, time window) becomes a saved-view-like ``SavedView`` and goes through the same
``app.briefing.pages.briefing_page`` and ``app.ui.outputs`` as ``bluehelmet render --view``,
so a handout from the GUI and one from the command line are the same picture: banners, title
block naming the view, time window and filters, DTG, north arrow, scale bar, legend of what is
shown and source note. The dialog chooses the format, the size and the file; the default name
carries the DTG and the view's name.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.briefing.pages import BriefingPage, briefing_page
from app.domain.coords import format_dtg
from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP
from app.store import mission_target
from app.ui.render import DEFAULT_SIZE

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.store import MissionStore
    from app.ui.briefing.controller import BriefingController
    from app.ui.dialogs import Dialogs

#: The name of what is shown when no saved view is recalled.
CURRENT_VIEW = QT_TRANSLATE_NOOP("ExportMapDialog", "Current view")
FORMATS = {
    "png": QT_TRANSLATE_NOOP("ExportMapDialog", "PNG image (*.png)"),
    "pdf": QT_TRANSLATE_NOOP("ExportMapDialog", "PDF, A4 landscape (*.pdf)"),
}


def shown_view_name(briefing: BriefingController) -> str:
    """The recalled saved view's name, or "Current view"."""
    return briefing.views.current_name or QCoreApplication.translate(
        "ExportMapDialog", CURRENT_VIEW
    )


def current_page(
    store: MissionStore | None, briefing: BriefingController, *, at: datetime | None = None
) -> BriefingPage:
    """The briefing page of what the map shows now (as ``render --view`` would draw it)."""
    if store is None:
        raise AppError("open a mission before exporting the map")
    view = briefing.capture(shown_view_name(briefing))
    return briefing_page(store, view, at=at)


def default_file_name(view_name: str, at: datetime, suffix: str = "png") -> str:
    """``051432ZDEC26_Line-CHARLIE.png``: sorts by time, says which view."""
    slug = re.sub(r"[^\w-]+", "-", view_name.strip(), flags=re.UNICODE).strip("-") or "map"
    return f"{format_dtg(at.astimezone(UTC))}_{slug}.{suffix}"


def export_page(
    store: MissionStore, page: BriefingPage, out: Path, size: tuple[int, int]
) -> dict[str, Any]:
    """Draw ``page`` offscreen to ``out`` (PNG or PDF by its suffix); the page report."""
    from app.ui.outputs import render_view_pdf, render_view_png

    db_path = mission_target(store)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise AppError(f"{out.name}: give a .png or .pdf file name")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if suffix == ".png":
            return render_view_png(db_path, out, page, size=size)
        return render_view_pdf(db_path, out, page, size=size)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _title_block(page: BriefingPage) -> str:
    """The page's title (bold) and subtitle, as the record data they are: escaped."""
    return f"<b>{_html(page.title)}</b><br>{_html(page.subtitle)}"


class ExportMapDialog(QDialog):
    """Format, size and file of the picture; Export draws it and closes."""

    #: Emitted with the summary line after the file was written.
    exported = Signal(str)

    def __init__(
        self,
        store: MissionStore | None,
        briefing: BriefingController,
        dialogs: Dialogs,
        settings: QSettings,
        *,
        at: datetime | None = None,
    ) -> None:
        super().__init__(dialogs.window)
        self.dialogs = dialogs
        self.settings = settings
        self.setWindowTitle(self.tr("Export map"))
        self.at = (at or datetime.now(UTC)).astimezone(UTC)
        self.page = current_page(store, briefing, at=self.at)
        assert store is not None
        self.store = store
        self.view_name = shown_view_name(briefing)
        form = QFormLayout(self)
        what = QLabel(_title_block(self.page))
        what.setWordWrap(True)
        form.addRow(self.tr("Shows:"), what)
        self.format_box = QComboBox()
        for key, label in FORMATS.items():
            self.format_box.addItem(QCoreApplication.translate("ExportMapDialog", label), key)
        form.addRow(self.tr("Format:"), self.format_box)
        size_row = QWidget()
        size_layout = QHBoxLayout(size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        self.width_box = QSpinBox(minimum=400, maximum=8000, singleStep=100, suffix=" px")
        self.height_box = QSpinBox(minimum=300, maximum=8000, singleStep=100, suffix=" px")
        self.width_box.setValue(DEFAULT_SIZE[0])
        self.height_box.setValue(DEFAULT_SIZE[1])
        size_layout.addWidget(self.width_box)
        size_layout.addWidget(QLabel("×"))
        size_layout.addWidget(self.height_box)
        size_layout.addStretch(1)
        form.addRow(self.tr("Size:"), size_row)
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        folder = Path(str(settings.value("export/folder", str(Path.home()))))
        self.path_edit = QLineEdit(str(folder / default_file_name(self.view_name, self.at)))
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_layout.addWidget(self.path_edit, 1)
        file_layout.addWidget(browse)
        form.addRow(self.tr("File:"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)

    def picture_size(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()

    def out_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _format_changed(self) -> None:
        suffix = self.format_box.currentData()
        path = self.out_path()
        self.path_edit.setText(str(path.with_suffix(f".{suffix}")))

    def _browse(self) -> None:
        suffix = self.format_box.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            str(self.out_path()),
            QCoreApplication.translate("ExportMapDialog", FORMATS[suffix]),
        )
        if name:
            self.path_edit.setText(name)

    def accept(self) -> None:
        out = self.out_path()
        if not out.name:
            return
        if out.suffix.lower() not in (".png", ".pdf"):
            out = out.with_suffix(f".{self.format_box.currentData()}")
        try:
            export_page(self.store, self.page, out, self.picture_size())
        except AppError as exc:
            self.dialogs.error(exc)
            return
        self.settings.setValue("export/folder", str(out.parent))
        width, height = self.picture_size()
        kind = "PDF" if out.suffix.lower() == ".pdf" else f"{width}×{height} PNG"
        text = self.tr("Map exported to {path} ({kind}, marked {classification})").format(
            path=out, kind=kind, classification=self.page.classification
        )
        self.dialogs.status(text, 10000)
        self.exported.emit(text)
        super().accept()


def open_export_dialog(
    store: MissionStore | None,
    briefing: BriefingController,
    dialogs: Dialogs,
    settings: QSettings,
) -> ExportMapDialog | None:
    """File → Export map as PNG or PDF (window-modal, does not block the event loop)."""
    try:
        dialog = ExportMapDialog(store, briefing, dialogs, settings)
    except AppError as exc:
        dialogs.error(exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _html(text: str) -> str:
    from html import escape

    return escape(text)
