"""The GUI's language: Qt translators for our strings and Qt's own, and the saved preference.

Our strings come from ``bluehelmet_<lang>.qm`` (compiled from ``resources/i18n`` by
``make setup`` or the wheel build), Qt's standard dialogs from PySide6's ``qtbase_<lang>.qm``. The
language is, in order: ``--lang`` or ``BLUEHELMET_LANG``, Preferences → Language, the system
locale. The Qt-free layers (labels, SITREP) follow the same choice through ``app.i18n``. A change
in Preferences applies at the next start, as in QGIS: menus and docks are built once.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.i18n import (
    CATALOGUE_STEM,
    LANG_ENV,
    LANGUAGES,
    compiled_dir,
    normalise_language,
    set_language,
    system_language,
)

log = logging.getLogger(__name__)
#: QSettings key of Preferences → Language ("" follows the system).
LANGUAGE_SETTING = "language"


def preferred_language(settings: QSettings | None = None) -> str:
    """The saved preference ("" when the system's language is to be followed)."""
    value = (settings or QSettings()).value(LANGUAGE_SETTING, "")
    return normalise_language(str(value or "")) or ""


def save_preferred_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(LANGUAGE_SETTING, normalise_language(lang) or "")


def gui_language(explicit: str | None = None) -> str:
    """``--lang``, else ``BLUEHELMET_LANG``, else the preference, else the system's language."""
    return (
        normalise_language(explicit)
        or normalise_language(os.environ.get(LANG_ENV))
        or preferred_language()
        or system_language()
    )


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our translation and Qt's for ``lang`` into ``app``; returns them (keep them alive).
    English needs ours too, for its plural forms."""
    chosen = set_language(lang if lang in LANGUAGES else None)
    QLocale.setDefault(QLocale(chosen))
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    path = compiled_dir() / f"{CATALOGUE_STEM}_{chosen}.qm"
    if ours.load(str(path)):
        app.installTranslator(ours)
        loaded.append(ours)
    else:
        log.warning("no compiled translation at %s (run make setup)", path)
    if chosen != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{chosen}", folder):
            app.installTranslator(qt)
            loaded.append(qt)
    return loaded
