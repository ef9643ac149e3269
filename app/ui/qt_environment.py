"""What must be in place before Qt starts, for the app, its offscreen outputs and the tests.

Qt WebEngine must be imported before the QApplication exists, and its Chromium sandbox cannot
run as root; both are handled here, once. Kept apart from the launcher so that outputs rendered
without a window (``app.ui.render``) need not import the main window.
"""

from __future__ import annotations

import os


def prepare_qt_environment() -> None:
    """Settings that must be in place before Qt starts."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede QApplication)

    from app.ui.web import register_scheme

    register_scheme()
