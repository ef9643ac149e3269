"""Start the desktop application on a mission database (the Qt set-up that must come first is
in ``app.ui.qt_environment``)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.store import MissionTarget, is_database_url
from app.ui.qt_environment import prepare_qt_environment


def _ask_identity_once(window) -> None:  # type: ignore[no-untyped-def]
    """On a first start with no unit identity, offer to create one (once; Sync menu later)."""
    from app.errors import AppError
    from app.sync.identity import load_identity

    try:
        load_identity()
        return
    except AppError:
        pass
    if window.settings.value("identityAsked", False, type=bool):
        return
    window.settings.setValue("identityAsked", True)
    if window.store is not None:
        window.ask_identity()
        return

    # First start: the demo mission is still being made; ask once the map shows it.
    def ask_when_shown(_info: object) -> None:
        window.map_view.map_ready.disconnect(ask_when_shown)
        window.ask_identity()

    window.map_view.map_ready.connect(ask_when_shown)


def mission_to_open(
    db_path: MissionTarget, recent: list[str], *, explicit: bool
) -> MissionTarget | None:
    """The mission a start opens: the one asked for (a file, or a headquarters database's
    ``postgresql://`` URL); else the default database if it exists (older installations), else
    the last file opened; None shows the start page."""
    if is_database_url(db_path):
        return db_path
    db_path = Path(db_path)
    if explicit or db_path.is_file():
        return db_path if db_path.is_file() else None
    return next((Path(p) for p in recent if Path(p).is_file()), None)


def run_gui(
    db_path: MissionTarget, *, explicit: bool = False, demo: bool = False, lang: str | None = None
) -> int:
    prepare_qt_environment()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.translation import gui_language, install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Blue Helmet COP")
    app.setOrganizationName("bluehelmet")
    # Before any window exists: menus and docks are translated when they are built.
    translators = install_translators(app, gui_language(lang))
    app.setProperty("bluehelmetTranslators", len(translators))

    from app.ui.main_window import MainWindow
    from app.ui.window_layout import first_start_layout

    window = MainWindow()
    from app.ui.dialogs import install_excepthook

    install_excepthook(window.dialogs)
    if not window.restore_layout():
        first_start_layout(window, window.session)  # 90 % of the screen, map ≥ 60 % of the window
        window.showMaximized()  # a common operating picture wants the whole screen
    else:
        window.show()
    target = mission_to_open(db_path, window.recent_databases(), explicit=explicit)
    if demo:
        window.missions.open_demo()
    elif target is not None:
        window.open_database(target)
    else:
        window.missions.show_start_page()
        if explicit:
            message = QCoreApplication.translate(
                "Launch", "No mission at {path}: File → New mission… creates one."
            )
            window.statusBar().showMessage(message.format(path=db_path), 15000)
    _ask_identity_once(window)
    code = app.exec()
    # Delete the window while Qt runs: a web page outliving its profile crashes at exit.
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
