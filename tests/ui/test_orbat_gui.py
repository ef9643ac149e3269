"""File → Import ORBAT in the window: the Excel example lands in the unit tree with its
hierarchy, and a bad sheet is refused with one message and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

pytestmark = pytest.mark.webengine
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "orbat-example.xlsx"


def children(model, parent_index) -> dict[str, object]:
    return {
        model.index(row, 0, parent_index).data(): model.index(row, 0, parent_index)
        for row in range(model.rowCount(parent_index))
    }


def orbat_menu_action(window):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == "Import &ORBAT…")


def test_excel_orbat_from_the_file_menu_fills_the_unit_tree(qtbot, window):
    before = window.store.count("unit")
    window.dialogs.answer(EXAMPLE)
    action = orbat_menu_action(window)
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    with qtbot.waitSignal(window.imported, timeout=30_000) as done:
        action.trigger()
    assert done.args[0] == ["orbat-example.xlsx: imported 8 new units"]
    assert window.store.count("unit") == before + 8
    model = window.unit_model
    top = children(model, model.invisibleRootItem().index())
    hq = top["Sector East Headquarters"]
    battalion = children(model, hq)["Bangladesh Battalion 1"]
    assert set(children(model, battalion)) == {
        "Alpha Company Bangladesh Battalion 1",
        "Bravo Company Bangladesh Battalion 1",
    }


def test_a_bad_orbat_is_refused_with_one_message(qtbot, window, tmp_path):
    book = Workbook()
    book.active.append(["Unit", "Higher", "Nation", "Type"])
    book.active.append(["A Coy", "Nowhere Bn", "BGD", "inf"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    before = window.store.count("unit")
    with qtbot.waitSignal(window.error_shown, timeout=30_000) as shown:
        window.exchange.import_orbat(path)
    assert shown.args[0] == (
        "bad.xlsx: row 2: higher unit: 'Nowhere Bn' is neither a unit in the file nor in this "
        "mission"
    )
    assert window.store.count("unit") == before
