"""The mission settings dialog's label cells per language: an empty cell shows, in grey, what a
reader of that language sees instead (a built-in category's own French label), and the cell's
editor carries it as its placeholder; nothing is written for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.launch import prepare_qt_environment

prepare_qt_environment()

from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from app.mission import MissionEditor, create_mission  # noqa: E402
from app.store import open_store  # noqa: E402
from app.store.settings import read_categories  # noqa: E402
from app.ui.mission_settings import (  # noqa: E402
    LABEL,
    LANGUAGE_COLUMNS,
    PLACEHOLDER_ROLE,
    MissionSettingsCommand,
    MissionSettingsDialog,
)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "east.db"
    create_mission(path, name="UNMISS Sector East")
    s = open_store(path)
    yield s
    s.close()


def _cell_image(dialog: MissionSettingsDialog, row: int, column: int) -> QImage:
    table = dialog.table
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    return table.viewport().grab(rect).toImage()


def _inked(image: QImage) -> int:
    """Pixels darker than the cell's background (text drawn in it)."""
    background = QColor(image.pixel(1, 1)).lightness()
    return sum(
        QColor(image.pixel(x, y)).lightness() < background - 40
        for x in range(image.width())
        for y in range(image.height())
    )


def test_an_empty_french_label_cell_shows_the_built_in_french_label_in_grey(qtbot, store):
    MissionEditor(store).add_category("water_dispute", "Water dispute")
    dialog = MissionSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.resize(1400, 700)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    qtbot.waitExposed(dialog)
    french = LANGUAGE_COLUMNS["fr"]
    crime = dialog.row_of("crime")
    cell = dialog.table.item(crime, french)
    assert cell.text() == ""  # nothing set by the mission
    assert cell.data(PLACEHOLDER_ROLE) == "Criminalité"  # the app's own French label
    # A mission's own category: an empty cell shows the Label, as the note says.
    water = dialog.row_of("water_dispute")
    assert dialog.table.item(water, french).data(PLACEHOLDER_ROLE) == "Water dispute"
    assert dialog.table.item(water, LABEL).text() == "Water dispute"

    # It is drawn: the empty cell has text in it, in a lighter colour than a typed label.
    shown = _cell_image(dialog, crime, french)
    assert _inked(shown) > 20
    cell.setData(PLACEHOLDER_ROLE, None)
    assert _inked(_cell_image(dialog, crime, french)) == 0  # without it the cell is blank
    cell.setData(PLACEHOLDER_ROLE, "Criminalité")

    # Editing the cell: the line edit shows the same placeholder and starts empty.
    dialog.table.setCurrentItem(cell)
    dialog.table.editItem(cell)
    qtbot.waitUntil(lambda: dialog.table.findChild(QLineEdit) is not None)
    editor = dialog.table.findChild(QLineEdit)
    assert editor is not None
    assert editor.placeholderText() == "Criminalité" and editor.text() == ""

    # The placeholder is only shown: saving writes no French label for crime.
    dialog.table.closePersistentEditor(cell)
    assert not MissionSettingsCommand(dialog.editor, dialog.snapshot()).execute().changed
    saved = {c.key: dict(c.translations) for c in read_categories(store)}
    assert saved["crime"] == {}
