"""Helpers for tests that look inside web pages: run JavaScript, open a file with no network."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def js(qtbot, view, script: str, timeout: int = 10_000) -> Any:  # type: ignore[no-untyped-def]
    """Run JavaScript in a page and return its (JSON-round-tripped) result."""
    box: dict[str, Any] = {}
    view.page().runJavaScript(
        f"JSON.stringify((function(){{ return {script}; }})())", 0,
        lambda value: box.update(value=value),
    )  # fmt: skip
    qtbot.waitUntil(lambda: "value" in box, timeout=timeout)
    return None if box["value"] in (None, "undefined") else json.loads(box["value"])


_frames = iter(range(1, 1_000_000))


def painted(qtbot, view, frames: int = 3, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page has painted ``frames`` more animation frames: what was drawn before
    this call is on screen now (for clicks on pixels and screenshots; no fixed pause)."""
    token = next(_frames)
    view.page().runJavaScript(
        f"(function () {{ var left = {frames}; window.__bhPainted = window.__bhPainted || {{}};"
        f" function tick() {{ if (--left <= 0) {{ window.__bhPainted[{token}] = true; }}"
        " else { requestAnimationFrame(tick); } } requestAnimationFrame(tick); })()"
    )
    qtbot.waitUntil(
        lambda: js(qtbot, view, f"!!(window.__bhPainted && window.__bhPainted[{token}])"),
        timeout=timeout,
    )


def popup_text(qtbot, view) -> str:  # type: ignore[no-untyped-def]
    """The text of the open map popup(s), or "" when none is open."""
    return js(  # type: ignore[no-any-return]
        qtbot, view,
        "Array.from(document.querySelectorAll('.leaflet-popup-content'))"
        ".map(function (e) { return e.textContent; }).join(' ')",
    )  # fmt: skip


class OfflinePage:
    """A local HTML file in Qt WebEngine with every request but the file itself refused."""

    def __init__(self, qtbot, path: Path, size: tuple[int, int] = (1600, 1000)) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QUrl
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from app.ui.launch import prepare_qt_environment
        from app.ui.web import NetworkBlocker

        prepare_qt_environment()
        self.url = QUrl.fromLocalFile(str(path)).toString()
        self.profile = QWebEngineProfile()  # kept here: a page must never outlive its profile
        self.blocker = NetworkBlocker(self.profile, also_allow=("file",))
        self.profile.setUrlRequestInterceptor(self.blocker)
        self.page = QWebEnginePage(self.profile)
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.resize(*size)
        self.view.show()
        with qtbot.waitSignal(self.page.loadFinished, timeout=60_000):
            self.view.load(QUrl.fromLocalFile(str(path)))

    def close(self) -> None:
        self.view.close()
        self.page.deleteLater()
        self.view.deleteLater()
