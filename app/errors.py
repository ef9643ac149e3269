"""The one family of errors that carry a message fit to show a user.

Anything raised as an ``AppError`` is shown as-is: a dialog in the GUI, an ``Error: …`` line and a
non-zero exit in the CLI. Anything else is a bug and goes to the log with its traceback.
This module must not import Qt, SQLite or anything from the rest of the application.
"""

from __future__ import annotations


class AppError(Exception):
    """An error whose message is a plain sentence that says what is wrong and where."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(AppError, ValueError):
    """A record or input value is not acceptable; names the field at fault."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class NotFoundError(AppError, LookupError):
    """A record, file or key the user named does not exist."""


class StoreError(AppError):
    """The mission database cannot be opened, upgraded or written."""
