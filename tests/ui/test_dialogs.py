"""The dialog service: unexpected errors in the GUI are logged and shown, not lost."""

from __future__ import annotations

import logging
import sys

from fakes import ScriptedDialogs

from app.errors import AppError
from app.ui.dialogs import install_excepthook


def test_an_unexpected_error_is_logged_with_its_traceback_and_shown(qtbot, caplog):
    dialogs = ScriptedDialogs()
    previous = install_excepthook(dialogs)
    try:
        try:
            {}["missing"]  # a bug in some slot
        except KeyError as exc:
            with caplog.at_level(logging.ERROR, logger="app.ui.dialogs"):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert dialogs.errors == ["Unexpected failure (KeyError: 'missing'). Details are in the log."]
    record = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert record.exc_info is not None and record.exc_info[0] is KeyError


def test_a_user_error_shows_its_own_one_line_message(qtbot):
    dialogs = ScriptedDialogs()
    previous = install_excepthook(dialogs)
    try:
        exc = AppError("the mission file is read-only")
        sys.excepthook(AppError, exc, None)
    finally:
        sys.excepthook = previous
    assert dialogs.errors == ["the mission file is read-only"]


def test_a_confirmation_acts_only_on_its_action_button(qtbot):
    from conftest import SCREENSHOTS
    from PySide6.QtWidgets import QMessageBox, QWidget

    from app.ui.dialogs import Dialogs

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialogs = Dialogs(parent)
    shown: list[QMessageBox] = []
    dialogs.dialog_shown.connect(shown.append)
    done: list[str] = []

    dialogs.confirm("Remove feed", "Remove the feed HQ LAN?", "Remove", lambda: done.append("x"))
    box = shown[-1]
    assert box.text() == "Remove the feed HQ LAN?"
    # Cancel is the default: Enter does not remove.
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SCREENSHOTS / "confirm-remove-feed.png"))
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert done == []

    dialogs.confirm("Remove feed", "Remove the feed HQ LAN?", "Remove", lambda: done.append("x"))
    box = shown[-1]
    (remove,) = [b for b in box.buttons() if b.text() == "Remove"]
    remove.click()
    qtbot.waitUntil(lambda: done == ["x"], timeout=5_000)
