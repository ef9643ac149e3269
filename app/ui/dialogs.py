"""The one place the GUI asks the user anything: files, choices, confirmations, errors.

Controllers call a ``Dialogs`` object instead of ``QFileDialog``/``QMessageBox`` directly, so a
test swaps in a scripted fake (``tests/ui/fakes.py``) that answers without a modal window, and
sees every dialog that was shown without the window keeping dialogs around for it. Dialogs
open window-modal without blocking the event loop (``show``), except the native file and
input pickers, which Qt only offers blocking.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from app.errors import AppError

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The one line the user reads for a failure; unexpected ones point to the log."""
    if isinstance(exc, AppError):
        return exc.message
    return QCoreApplication.translate(
        "Dialogs", "Unexpected failure ({error}). Details are in the log."
    ).format(error=f"{type(exc).__name__}: {exc}")


def install_excepthook(dialogs: Dialogs) -> Any:
    """Unexpected errors (a bug in a slot, say) go to the log with their traceback and are
    shown to the user, instead of being printed to a console nobody reads. Returns the hook
    that was there before."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if isinstance(exc, AppError):  # should have been caught where it arose: still say it
            log.warning("uncaught %s", type(exc).__name__, exc_info=exc)
        try:
            dialogs.error(exc)  # logs anything unexpected with its traceback
        except Exception:  # the window is gone (shutting down): the default hook prints it
            previous(kind, exc, tb)

    sys.excepthook = hook
    return previous


class Dialogs(QObject):
    """Asks the user, on top of one parent window."""

    #: Emitted with the message each time the user is told that something failed.
    error_shown = Signal(str)
    #: A short news line for the status bar (text, milliseconds to show it).
    status_message = Signal(str, int)
    #: Emitted with each dialog ``show`` opened (tests and screenshots look at it).
    dialog_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = parent

    # --- telling --------------------------------------------------------------------------------

    def error(self, exc: BaseException) -> None:
        """Tell the user that something failed: one plain-text line, window-modal."""
        if not isinstance(exc, AppError):
            log.error("unexpected failure", exc_info=exc)
        message = user_message(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, "Blue Helmet COP", message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and file content
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal without blocking the event loop
        self.error_shown.emit(message)

    def status(self, text: str, milliseconds: int = 10_000) -> None:
        """A line in the status bar: news that needs no answer."""
        self.status_message.emit(text, milliseconds)

    def about(self, title: str, rich_text: str) -> None:
        QMessageBox.about(self.window, title, rich_text)

    def progress(self, label: str, *, cancellable: bool = False) -> QProgressDialog:
        """A window-modal progress dialog that shows only if the work takes a while."""
        dialog = QProgressDialog(self.window)
        dialog.setRange(0, 0)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
        else:
            dialog.setCancelButton(None)
        dialog.setLabel(QLabel(label, textFormat=Qt.TextFormat.PlainText))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        return dialog

    # --- asking ---------------------------------------------------------------------------------

    def show(self, dialog: QDialog, then: Callable[[bool], None] | None = None) -> None:
        """Open a dialog window-modal without blocking; ``then(accepted)`` when it closes."""
        if then is not None:
            dialog.finished.connect(
                lambda result: then(result == QDialog.DialogCode.Accepted.value)
            )
        dialog.open()
        self.dialog_shown.emit(dialog)

    def confirm(self, title: str, text: str, action: str, then: Callable[[], None]) -> None:
        """Ask before something the user cannot take back: ``then()`` runs only when they
        press the ``action`` button (Cancel is the default). Window-modal, not blocking."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # texts quote names the user typed
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: then() if box.clickedButton() is yes else None)
        box.open()
        self.dialog_shown.emit(box)

    def open_file(self, title: str, filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, "", filter)
        return Path(name) if name else None

    def open_files(self, title: str, filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.window, title, "", filter)
        return [Path(n) for n in names]

    def save_file(self, title: str, suggested: str, filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, title, suggested, filter)
        return Path(name) if name else None

    def choose(self, title: str, label: str, items: list[str]) -> str | None:
        """One of ``items``, or None when the user cancels."""
        choice, ok = QInputDialog.getItem(self.window, title, label, items, 0, False)
        return str(choice) if ok else None

    def text(self, title: str, label: str) -> str | None:
        """A line of text, stripped; None when the user cancels or leaves it empty."""
        value, ok = QInputDialog.getText(self.window, title, label)
        return value.strip() if ok and value.strip() else None
