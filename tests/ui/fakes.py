"""A scripted dialog service for GUI tests (the Picard pattern): files, choices and answers come
from the test, and every dialog the app showed is kept for the test to look at."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from app.ui.dialogs import Dialogs


class ScriptedDialogs(Dialogs):
    """Answers from ``script`` in order; a dialog with no scripted answer opens for real."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.script: deque[Any] = deque()
        self.shown: list[QDialog] = []
        self.errors: list[str] = []
        #: (title, filter) of every file dialog the app asked for.
        self.file_filters: list[tuple[str, str]] = []
        #: The texts of the confirmations the app asked for.
        self.confirmations: list[str] = []
        #: Dialog class → ``fn(dialog) -> bool``: every dialog of that class is answered so.
        self.by_class: dict[type, Callable[[Any], bool]] = {}
        self.error_shown.connect(self.errors.append)

    def answer(self, *answers: Any) -> None:
        """Queue answers: paths, choices, text, or ``fn(dialog) -> bool`` (accept or reject)."""
        self.script.extend(answers)

    def _next(self, asked: str) -> Any:
        if not self.script:
            raise AssertionError(f"the app asked {asked!r} and the test scripted no answer")
        return self.script.popleft()

    def last(self, cls: type) -> Any:
        """The newest dialog of this class the app showed, or None."""
        return next((d for d in reversed(self.shown) if isinstance(d, cls)), None)

    def show(self, dialog: QDialog, then: Callable[[bool], None] | None = None) -> None:
        self.shown.append(dialog)
        answer = next((fn for cls, fn in self.by_class.items() if isinstance(dialog, cls)), None)
        if answer is None and self.script and callable(self.script[0]):
            answer = self.script.popleft()
        super().show(dialog, then)
        if answer is not None:
            if answer(dialog):
                dialog.accept()
            else:
                dialog.reject()

    def confirm(self, title: str, text: str, action: str, then: Callable[[], None]) -> None:
        """A scripted True (the action button) or False (Cancel); the question is kept."""
        self.confirmations.append(text)
        if self._next(text):
            then()

    def open_file(self, title: str, filter: str) -> Path | None:
        self.file_filters.append((title, filter))
        return self._next(title)  # type: ignore[no-any-return]

    def open_files(self, title: str, filter: str) -> list[Path]:
        self.file_filters.append((title, filter))
        return list(self._next(title))

    def save_file(self, title: str, suggested: str, filter: str) -> Path | None:
        return self._next(title)  # type: ignore[no-any-return]

    def choose(self, title: str, label: str, items: list[str]) -> str | None:
        return self._next(label)  # type: ignore[no-any-return]

    def text(self, title: str, label: str) -> str | None:
        return self._next(label)  # type: ignore[no-any-return]

    def about(self, title: str, rich_text: str) -> None:
        self.shown_about = rich_text
