"""Headless rendering of the picture through Qt WebEngine (no screen needed).

Used by ``bluehelmet render`` and the briefing outputs (``app.ui.outputs``): the same MapView
as the GUI, offscreen, so a rendered image is exactly what an operator would see.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError
from app.picture import IncidentFilter
from app.store import MissionTarget

if TYPE_CHECKING:
    from app.ui.map_view import MapView

DEFAULT_SIZE = (1600, 1000)


def qt_app() -> Any:
    """The running QApplication, or a new one set up for headless rendering."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Headless rendering has no GPU: Qt's and Chromium's notes about falling back to software
    # rendering are noise to a user of the command line (they still reach the log level set).
    os.environ.setdefault("QT_LOGGING_RULES", "qt.rhi.*=false;qt.qpa.*=false;*.warning=false")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--log-level" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --log-level=3").strip()
    from app.ui.qt_environment import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def wait(ms: int) -> None:
    """Let Qt run for ``ms`` milliseconds (a rendered frame reaching the compositor)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab_map(
    db_path: MissionTarget,
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    title: str = "Blue Helmet COP",
    page: dict[str, Any] | None = None,
    incident_filter: IncidentFilter | None = None,
    prepare: Callable[[MapView], None] | None = None,
    timeout_s: float = 90.0,
    settle_ms: int = 400,
) -> tuple[Any, dict]:
    """Draw the mission offscreen and grab it: (QImage, what the page reported when ready).

    ``page`` holds ``maps.document.PageOptions`` fields (bounds, visible, briefing furniture…);
    ``prepare`` is called with the view once the page is ready, before the settle time and the
    grab (e.g. ``MapView.show_as_output``).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.map_view import MapView

    _app = qt_app()  # kept alive while rendering
    view = MapView()
    view.resize(*size)
    if incident_filter is not None:
        view.incident_filter = incident_filter
    view.show()
    loop = QEventLoop()
    view.map_ready.connect(lambda _info: loop.quit())
    view.page().loadFinished.connect(lambda ok: None if ok else loop.quit())
    timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    timer.timeout.connect(loop.quit)
    timer.start()
    started = time.perf_counter()
    try:
        view.show_mission(db_path, title=title, **(page or {}))
        loop.exec()
        if not view.ready:
            errors = [m for _, m in view.map_page.console][-3:]
            raise AppError(
                f"the map did not finish drawing within {timeout_s:.0f} s"
                + (f" ({'; '.join(errors)})" if errors else "")
            )
        if prepare is not None:
            prepare(view)
        # Let the legend build and the last frame reach the compositor, then grab once the
        # picture holds still (a loaded machine can paint the grid or labels a frame late).
        wait(settle_ms)
        if (page or {}).get("grid"):
            grid_state = _grid_state(view, refresh=True)
        image = _steady_grab(view)
        info = dict(view.ready_info)
        if (page or {}).get("grid"):
            info["grid"] = grid_state
        info["seconds"] = time.perf_counter() - started
        info["blocked_requests"] = list(view.blocker.blocked)
        info["console"] = [m for _, m in view.map_page.console][-5:]
        return image, info
    finally:
        timer.stop()
        view.close()
        _delete_now(view)


def render_png(
    db_path: MissionTarget,
    out: Path,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    timeout_s: float = 90.0,
    settle_ms: int = 400,
    title: str = "Blue Helmet COP",
    grid: str | None = None,
    basemap: str | None = None,
) -> dict:
    """Render the mission to a PNG file; returns what the page reported when it was ready.

    ``basemap`` is the page id of the basemap to show (``app.basemaps.page_basemap_id``)."""
    page: dict[str, Any] = {"grid": grid}
    if basemap:
        page["basemap"] = basemap
    if bbox is not None:
        west, south, east, north = bbox
        page["bounds"] = ((south, west), (north, east))
    image, info = grab_map(
        db_path, size=size, title=title, page=page, timeout_s=timeout_s, settle_ms=settle_ms
    )
    save_image(image, out)
    return info


def _steady_grab(view: MapView, *, step_ms: int = 150, most_s: float = 5.0) -> Any:
    """The view's image once two grabs ``step_ms`` apart are the same (at most ``most_s``)."""
    image = view.grab().toImage()
    deadline = time.perf_counter() + most_s
    while time.perf_counter() < deadline:
        wait(step_ms)
        again = view.grab().toImage()
        if again == image:
            break
        image = again
    return image


def _grid_state(view: MapView, *, refresh: bool = False) -> dict[str, Any] | None:
    """What the page's grid drew (``bhGrid.state()``): mode, spacing, lines, edge labels;
    ``refresh`` draws it again for the view as it is now first."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    answer: dict[str, Any] = {}

    def got(state: dict[str, Any] | None) -> None:
        answer["state"] = state
        loop.quit()

    view.request_grid_state(got, refresh=refresh)
    QTimer.singleShot(5000, loop.quit)  # a page that never answers must not hang a render
    if "state" not in answer:
        loop.exec()
    return answer.get("state")


def save_image(image: Any, out: Path) -> None:
    """Write a QImage as PNG, whole or not at all."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from app.files import atomic_file

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise AppError(f"{out}: cannot encode the PNG image")
    buffer.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_file(out, 0o644) as handle:
            handle.write(bytes(data.data()))
    except OSError as exc:
        raise AppError(f"{out}: cannot write the PNG file ({exc.strerror})") from None


def _delete_now(widget) -> None:  # type: ignore[no-untyped-def]
    """Delete a view while Qt runs, so its page goes before its profile (else: crash at exit)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
