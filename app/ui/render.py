"""Headless rendering of the picture to PNG through Qt WebEngine (no screen needed).

Used by ``bluehelmet render``: the same MapView as the GUI, offscreen, so a rendered PNG is
exactly what an operator would see.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.errors import AppError

DEFAULT_SIZE = (1600, 1000)


def render_png(
    db_path: Path,
    out: Path,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    timeout_s: float = 90.0,
    settle_ms: int = 400,
    title: str = "Blue Helmet COP",
) -> dict:
    """Render the mission to a PNG file; returns what the page reported when it was ready."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Headless rendering has no GPU: Qt's and Chromium's notes about falling back to software
    # rendering are noise to a user of the command line (they still reach the log level set).
    os.environ.setdefault("QT_LOGGING_RULES", "qt.rhi.*=false;qt.qpa.*=false;*.warning=false")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--log-level" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --log-level=3").strip()
    from app.ui.launch import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.map_view import MapView

    _app = QApplication.instance() or QApplication([])  # kept alive while rendering
    view = MapView()
    view.resize(*size)
    page: dict = {}
    if bbox is not None:
        west, south, east, north = bbox
        page["bounds"] = ((south, west), (north, east))
    view.show()
    loop = QEventLoop()
    view.map_ready.connect(lambda _info: loop.quit())
    view.page().loadFinished.connect(lambda ok: None if ok else loop.quit())
    timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    timer.timeout.connect(loop.quit)
    timer.start()
    started = time.perf_counter()
    view.show_mission(db_path, title=title, **_bounds_only(page))
    loop.exec()
    if not view.ready:
        errors = [m for _, m in view.map_page.console][-3:]
        view.close()
        _delete_now(view)
        raise AppError(
            f"the map did not finish drawing within {timeout_s:.0f} s"
            + (f" ({'; '.join(errors)})" if errors else "")
        )
    # Let the last frame reach the compositor before grabbing it.
    settle = QEventLoop()
    QTimer.singleShot(settle_ms, settle.quit)
    settle.exec()
    image = view.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise AppError(f"{out}: cannot write the PNG file")
    info = dict(view.ready_info)
    info["seconds"] = time.perf_counter() - started
    info["blocked_requests"] = list(view.blocker.blocked)
    view.close()
    _delete_now(view)
    return info


def _delete_now(widget) -> None:  # type: ignore[no-untyped-def]
    """Delete a view while Qt runs, so its page goes before its profile (else: crash at exit)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _bounds_only(page: dict) -> dict:
    return {"bounds": page["bounds"]} if "bounds" in page else {}
