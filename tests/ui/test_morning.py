"""A staff officer's morning in the real window: brief, export, read details, correct records.

Each test follows one step a sector-HQ staff officer takes on the demo mission and asserts
what they would notice; screenshots of the main window, briefing mode, the Details panel and
the exported picture go to ``out/screenshots/morning``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREENSHOTS, js
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.webengine

SHOTS = SCREENSHOTS / "morning"


def _shot(widget, name: str) -> None:
    from PySide6.QtTest import QTest

    SHOTS.mkdir(parents=True, exist_ok=True)
    QTest.qWait(250)  # the web view's last frame reaching the compositor (screenshot only)
    widget.grab().save(str(SHOTS / name))


def test_f11_enters_briefing_mode_and_escape_leaves(qtbot, window):
    briefing = window.briefing
    action = briefing.briefing_action
    # The View menu shows the key the README promises, on every desktop: F11 itself, not the
    # platform's "full screen" key (none on a plain X11 desktop, Ctrl+F11 on some, F11 and
    # Alt+Enter here offscreen).
    assert action.shortcuts() == [QKeySequence(Qt.Key.Key_F11)]
    assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "F11"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert briefing.mode.active
    qtbot.waitUntil(window.isFullScreen, timeout=5_000)
    assert action.isChecked() and not window.menuBar().isVisible()
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "document.body.dataset.bhTheme") == "briefing",
        timeout=5_000,
    )
    qtbot.waitUntil(lambda: window.map_view.width() > 760, timeout=5_000)
    # At double size the unit labels give way again (no two overlap).
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, _LABEL_CHECK)["overlaps"] == 0, timeout=5_000
    )
    _shot(window, "briefing-mode.png")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not briefing.mode.active
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5_000)
    assert window.menuBar().isVisible() and not action.isChecked()
    # F11 toggles: a second press leaves as Esc does.
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert briefing.mode.active
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not briefing.mode.active


_X11_F11_SCRIPT = """
from app.ui.launch import prepare_qt_environment
prepare_qt_environment()
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.main_window import MainWindow
window = MainWindow()
window.show()
QTest.qWaitForWindowExposed(window, 10_000)
window.activateWindow()
QTest.qWaitForWindowActive(window, 10_000)
QTest.keyClick(window, Qt.Key.Key_F11)
entered = window.briefing.mode.active
QTest.keyClick(window, Qt.Key.Key_Escape)
left = not window.briefing.mode.active
print("F11", entered, "Esc", left, window.briefing.briefing_action.shortcut().toString())
window.close()
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb for a plain X11 desktop")
def test_f11_on_a_plain_x11_desktop(tmp_path):
    """Under X11 with no desktop environment, Qt's "full screen" standard key has no binding."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "XDG_CURRENT_DESKTOP"}
    }
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", _X11_F11_SCRIPT],
        env=env, capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert "F11 True Esc True F11" in result.stdout, result.stdout + result.stderr[-2000:]


def _differing_share(a, b, step: int = 3) -> float:
    """Share of sampled pixels that differ between two same-size images."""
    samples = differ = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            samples += 1
            differ += a.pixel(x, y) != b.pixel(x, y)
    return differ / samples


def test_gui_export_is_the_same_picture_as_render(qtbot, window, mission, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from app.cli import main
    from app.ui.export_map import open_export_dialog

    briefing = window.briefing
    qtbot.waitUntil(lambda: briefing.last_view is not None, timeout=10_000)
    assert briefing.views.save_current("Morning brief") is not None
    dialog = open_export_dialog(window.store, window.briefing, window.dialogs, window.settings)
    assert dialog is not None and dialog.isVisible()
    # The default name carries the DTG and the view; the size is the briefing picture's.
    assert re.fullmatch(
        r"\d{6}Z[A-Z]{3}\d{2}_Morning-brief\.png", Path(dialog.path_edit.text()).name
    )
    assert dialog.picture_size() == (1600, 1000)
    assert "Morning brief" in dialog.page.subtitle
    dialog.width_box.setValue(1200)
    dialog.height_box.setValue(760)
    gui_png = tmp_path / "gui.png"
    dialog.path_edit.setText(str(gui_png))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    cli_png = tmp_path / "cli.png"
    code = main(["--db", str(mission), "render", "--view", "Morning brief",
                 "--size", "1200x760", "--out", str(cli_png)])  # fmt: skip
    assert code == 0
    gui, cli = QImage(str(gui_png)), QImage(str(cli_png))
    assert (gui.width(), gui.height()) == (cli.width(), cli.height()) == (1200, 760)
    # The furniture: the classification banner across the top and the bottom.
    background = QColor(dialog.page.colours[0]).rgb()
    assert gui.pixel(4, 3) == background and gui.pixel(4, 756) == background
    # The same picture (the DTG may have turned over a minute between the two).
    assert _differing_share(gui, cli) < 0.01
    gui.save(str(SHOTS / "exported-map.png"))
    # PDF from the same dialog.
    pdf_dialog = open_export_dialog(window.store, window.briefing, window.dialogs, window.settings)
    pdf_dialog.format_box.setCurrentIndex(pdf_dialog.format_box.findData("pdf"))
    assert pdf_dialog.path_edit.text().endswith("_Morning-brief.pdf")
    pdf_dialog.path_edit.setText(str(tmp_path / "gui.pdf"))
    with qtbot.waitSignal(pdf_dialog.exported, timeout=120_000):
        pdf_dialog.accept()
    assert (tmp_path / "gui.pdf").read_bytes().startswith(b"%PDF")


def _incident_with_weapon_and_narrative(window):
    for incident in window.store.query("incident", limit=400):
        keyed = incident.weapon_class and "_" in incident.weapon_class
        if keyed and incident.description and window.incident_table.model.row_of(incident.id):
            return incident
    raise AssertionError("the demo mission has no incident with a weapon and a narrative")


def test_details_panel_speaks_the_users_terms(qtbot, window):
    from PySide6.QtCore import QUrl

    from app.domain.coords import format_dtg, to_mgrs

    incident = _incident_with_weapon_and_narrative(window)
    row = window.incident_table.model.row_of(incident.id)
    window.incident_table.view.selectRow(row)  # as a click on the row
    details = window.details
    qtbot.waitUntil(lambda: incident.title in details.toPlainText(), timeout=5_000)
    text = details.toPlainText()
    # Title first, then the narrative before any field.
    assert text.lstrip().startswith(incident.title)
    assert text.index(incident.description[:40]) < text.index("Location")
    category = {c.key: c.label for c in window.store.categories()}[incident.category]
    assert category in text and incident.category not in text
    assert incident.weapon_class not in text  # "heavy_machine_gun" → "Heavy machine gun"
    assert incident.weapon_class.replace("_", " ").capitalize() in text
    assert format_dtg(incident.occurred_start) in text
    assert to_mgrs(incident.lat, incident.lon, 5) in text
    assert repr(incident.lat) not in text  # no 15-digit coordinates
    # Technical fields folded away until asked for.
    assert incident.id not in text and "version" not in text.lower()
    assert "deleted" not in text.lower() and "Technical details" in text
    _shot(details, "details-incident.png")
    details.anchorClicked.emit(QUrl("bh:technical"))
    assert incident.id in details.toPlainText()
    # A unit's symbol is drawn as a symbol (an affiliation frame), not its code.
    unit = next(u for u in window.store.query("unit") if u.sidc.startswith("1003"))
    window._show_details("unit", unit.id)
    assert unit.designation in details.toPlainText() and unit.sidc not in details.toPlainText()
    symbol = details.loadResource(2, QUrl("bh-symbol://selected"))
    assert symbol.pixelColor(symbol.width() // 2, 12).name() == "#80e0ff"  # friendly blue
    _shot(details, "details-unit.png")


def test_details_are_cleared_when_undo_removes_the_record(qtbot, window):
    from test_editing import _create_incident

    incident, _grid = _create_incident(qtbot, window, "Flare seen over the buffer zone")
    window._show_details("incident", incident.id)
    assert "Flare seen over the buffer zone" in window.details.toPlainText()
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    text = window.details.toPlainText()
    assert "Flare seen over the buffer zone" not in text
    assert "removed" in text


def test_new_reports_name_this_installations_unit(qtbot, window):
    from app.sync.identity import init_identity

    unit = next(u for u in window.store.query("unit") if u.short_name)
    init_identity(unit.short_name, unit.nation, "UN")
    form = window.editing.new_incident_here()
    assert form is not None
    reporting = form.widgets["reporting_unit_id"]
    assert reporting.currentData() == unit.id
    assert unit.designation in reporting.currentText()
    form.reject()
    # What this installation made is named by its unit, not by ``install-…``.
    from test_editing import _create_incident

    incident, _grid = _create_incident(qtbot, window, "Roadblock lifted at CP 4")
    assert incident.reporting_unit_id == unit.id
    window._show_details("incident", incident.id)
    from PySide6.QtCore import QUrl

    window.details.anchorClicked.emit(QUrl("bh:technical"))
    text = window.details.toPlainText()
    assert f"{unit.short_name} (this installation)" in text
    assert f"Reporting unit\t{unit.designation}" in text or unit.designation in text


def test_last_24_hours_counts_back_from_now_and_the_fields_show_it(qtbot, window):
    from datetime import timedelta

    bar = window.incident_table.filter_bar
    first, last = window.store.mission_period()
    # The morning after the data ends: nothing reported in the last 24 hours.
    now = last.replace(second=0, microsecond=0) + timedelta(days=2)
    bar.now = lambda: now
    bar.window_box.setCurrentText("Last 24 h")
    f = bar.current_filter()
    assert (f.start, f.end) == (now - timedelta(hours=24), now)
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == 0, timeout=5_000)
    shown = (bar.start_edit.dateTime().toPython(), bar.end_edit.dateTime().toPython())
    assert shown == ((now - timedelta(hours=24)).replace(tzinfo=None), now.replace(tzinfo=None))
    # Within the data: the last 72 hours up to a moment inside the mission period.
    now = last.replace(second=0, microsecond=0) - timedelta(days=1)
    bar.now = lambda: now
    bar.window_box.setCurrentText("Last 72 h")
    expected = window.store.incident_columns(
        columns=["id"], start=now - timedelta(hours=72), end=now
    )["id"]
    assert len(expected) > 0
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == len(expected), timeout=5_000)
    assert bar.start_edit.dateTime().toPython() == (now - timedelta(hours=72)).replace(tzinfo=None)
    # All time shows the mission's period in the greyed fields.
    bar.window_box.setCurrentText("All time")
    assert bar.start_edit.dateTime().toPython() <= first.replace(tzinfo=None)
    assert not bar.start_edit.isEnabled()


def test_one_time_filter_state_in_dock_slider_and_status_bar(qtbot, window, monkeypatch):
    from datetime import timedelta

    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    briefing = window.briefing
    timeline = briefing.timeline
    bar = window.incident_table.filter_bar
    qtbot.waitUntil(lambda: bool(timeline.histogram.days), timeout=10_000)
    total = window.incident_table.model.total
    # A stray click on the histogram does not filter anything.
    briefing.timeline_dock.show()
    briefing.timeline_dock.raise_()
    histogram = timeline.histogram
    qtbot.waitUntil(histogram.isVisible, timeout=5_000)
    middle = QPoint(histogram.width() // 2, histogram.height() // 2)
    QTest.mouseClick(histogram, Qt.MouseButton.LeftButton, pos=middle)
    assert timeline.current_window() is None
    # A double-click chooses that day, visibly.
    QTest.mouseDClick(histogram, Qt.MouseButton.LeftButton, pos=middle)
    window_ = timeline.current_window()
    assert window_ is not None and window_[1] - window_[0] == timedelta(days=1)
    expected = len(
        window.store.incident_columns(columns=["id"], start=window_[0], end=window_[1])["id"]
    )
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == expected, timeout=5_000)
    assert 0 < expected < total
    assert bar.slider_note.isVisibleTo(bar) and "time slider" in bar.slider_note.text()
    assert briefing.time_label.text().startswith("Time slider: ")
    assert f"shown {expected:,} of {total:,}" in window.counts_label.text()
    # After an edit elsewhere refreshes the window, the table still follows the slider.
    window.refresh(reload_map=False)
    assert len(window.incident_table.model.rows) == expected
    assert f"shown {expected:,} of {total:,}" in window.counts_label.text()
    _shot(window, "main-window-time-filter.png")
    # An analysis row for an incident the slider hides does not zoom there unannounced.
    hidden = next(
        i.id for i in window.store.query("incident", limit=500)
        if not (window_[0] <= i.occurred_start <= window_[1])
    )  # fmt: skip
    selected = []
    monkeypatch.setattr(window.map_view, "select", lambda *a, **k: selected.append(a))
    window.analysis.record_chosen.emit("incident", hidden)
    assert selected == []
    assert "outside the time slider's window" in window.statusBar().currentMessage()
    # Turning the slider off from the Incidents dock shows everything again, everywhere.
    bar.slider_off.click()
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == total, timeout=5_000)
    assert not bar.slider_note.isVisibleTo(bar) and briefing.time_label.text() == "Time: all"


def _subtitle(qtbot, window) -> str:
    return js(
        qtbot,
        window.map_view,
        "(function(n){return n ? n.textContent : null})"
        "(document.querySelector('.bh-brief-subtitle'))",
    )


def test_briefing_title_block_names_view_window_and_filters(qtbot, window):
    from datetime import timedelta

    from PySide6.QtGui import QGuiApplication

    from app.ui.briefing.timeline import dtg

    briefing = window.briefing
    timeline = briefing.timeline
    bar = window.incident_table.filter_bar
    qtbot.waitUntil(lambda: briefing.last_view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: timeline.period is not None, timeout=10_000)
    bar.severity_box.setCurrentIndex(2)  # severity 3 and above
    start = timeline.period[0] + timedelta(days=6)
    timeline.set_window(start, start + timedelta(hours=24))
    assert briefing.views.save_current("Line CHARLIE") is not None
    timeline.clear_window()
    bar.reset()
    briefing.views.current_name = None
    assert briefing.mode.enter(QGuiApplication.primaryScreen(), mirror=False)
    qtbot.waitUntil(lambda: "whole mission period" in (_subtitle(qtbot, window) or "").lower())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_1)
    expected = f"Line CHARLIE · incidents {dtg(start)} – {dtg(start + timedelta(hours=24))}"
    qtbot.waitUntil(lambda: (_subtitle(qtbot, window) or "").startswith(expected), timeout=5_000)
    assert "severity 3+" in _subtitle(qtbot, window)
    _shot(window, "briefing-title-block.png")
    # During playback the title block follows the window being played.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert timeline.is_playing()
    qtbot.waitUntil(lambda: not _subtitle(qtbot, window).startswith(expected), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    playing_window = timeline.current_window()
    qtbot.waitUntil(
        lambda: f"{dtg(playing_window[0])} – {dtg(playing_window[1])}" in _subtitle(qtbot, window),
        timeout=5_000,
    )
    # A view key with no saved view says so, over the map (the status bar is hidden).
    qtbot.keyClick(window, Qt.Key.Key_7)
    notice = window.map_view.findChild(QLabel, "briefingNotice")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("No saved view 7")
    briefing.mode.leave()


def _container_point(qtbot, window, lat: float, lon: float):
    from PySide6.QtCore import QPoint

    x, y = js(
        qtbot,
        window.map_view,
        f"(function(p){{return [p.x, p.y]}})(bhMap.map.latLngToContainerPoint([{lat}, {lon}]))",
    )
    return QPoint(round(x), round(y))


def test_a_map_click_picks_a_position_and_does_nothing_else(qtbot, window):
    from PySide6.QtTest import QTest

    area = next(a for a in window.store.query("patrol_area") if a.geometry.area > 0)
    inside = area.geometry.representative_point()
    window.map_view.fit_bounds(inside.y - 0.05, inside.x - 0.05, inside.y + 0.05, inside.x + 0.05)
    qtbot.waitUntil(
        lambda: abs(js(qtbot, window.map_view, "bhMap.map.getCenter().lat") - inside.y) < 0.01,
        timeout=5_000,
    )
    form = window.editing.new_incident_here()
    form.pick_requested.emit()
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhEdit.state().picking") is True)
    clicked = []
    window.map_view.feature_clicked.connect(lambda *a: clicked.append(a))
    point = _container_point(qtbot, window, inside.y, inside.x)
    with qtbot.waitSignal(window.map_view.bridge.point_picked, timeout=10_000) as picked:
        QTest.mouseClick(window.map_view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)
    lat, lon = picked.args
    assert abs(lat - inside.y) < 0.01 and abs(lon - inside.x) < 0.01
    # No area popup, no area selected in Details: the click only placed the incident.
    qtbot.wait(300)  # a popup or selection would arrive within the same event round
    assert clicked == []
    assert js(qtbot, window.map_view, "document.querySelectorAll('.leaflet-popup').length") == 0
    assert area.name not in window.details.toPlainText()
    form.reject()


def test_move_unit_starts_at_the_unit_and_leaves_it_in_sight(qtbot, window):
    from PySide6.QtCore import QRect

    unit_id, report = next(iter(window.store.current_positions().items()))
    window.map_view.feature_clicked.emit("unit", unit_id)
    window.map_view.fit_bounds(
        report.lat - 0.2, report.lon - 0.2, report.lat + 0.2, report.lon + 0.2
    )
    qtbot.waitUntil(
        lambda: abs(window.briefing.last_view["west"] - (report.lon - 0.2)) < 0.2, timeout=5_000
    )
    form = window.editing.move_unit_dialog()
    assert form is not None and form.windowTitle() == "Move unit"
    assert form.widgets["unit_id"].currentData() == unit_id
    assert form.widgets["location"].position() == (report.lat, report.lon)
    qtbot.waitUntil(form.isVisible, timeout=5_000)
    unit_on_screen = window.map_view.mapToGlobal(
        _container_point(qtbot, window, report.lat, report.lon)
    )
    around_unit = QRect(unit_on_screen.x() - 25, unit_on_screen.y() - 25, 50, 50)
    assert not form.frameGeometry().intersects(around_unit)
    _shot(window, "move-unit.png")
    form.reject()


def _clipped_texts(root) -> list[tuple[str, str, int, int]]:
    """Visible labels, buttons, boxes and table headers whose text does not fit their width:
    (widget type, text, width needed, width given)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateTimeEdit,
        QTableView,
        QWidget,
    )

    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        fm = w.fontMetrics()
        kind = type(w).__name__
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and "<" not in w.text():
            if w.sizePolicy().horizontalPolicy() == w.sizePolicy().Policy.Ignored:
                continue  # elided on purpose (the slider's window text in a narrow dock)
            need = max(fm.horizontalAdvance(line) for line in w.text().split("\n"))
            if need > w.contentsRect().width() + 1:
                found.append((kind, w.text(), need, w.contentsRect().width()))
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.sizeHint().width() - 1:
                found.append((kind, w.text(), w.sizeHint().width(), w.width()))
        elif isinstance(w, QComboBox | QDateTimeEdit):
            text = w.currentText() if isinstance(w, QComboBox) else w.text()
            need = fm.horizontalAdvance(text) + 28
            if need > w.width():
                found.append((kind, text, need, w.width()))
        elif isinstance(w, QTableView) and w.model() is not None:
            header = w.horizontalHeader()
            for c in range(w.model().columnCount()):
                text = str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                need = header.fontMetrics().horizontalAdvance(text) + 16
                if not header.isSectionHidden(c) and need > header.sectionSize(c):
                    found.append((f"{kind} header", text, need, header.sectionSize(c)))
    return found


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_clipped_labels_at_common_screen_sizes(qtbot, window, size):
    briefing = window.briefing
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=5_000)
    window.analysis.run("violations")
    qtbot.waitUntil(lambda: window.analysis.table.rowCount() > 0, timeout=30_000)
    problems = []
    for theme in ("day", "night"):
        briefing.set_theme(theme)
        for dock in (window.details_dock, window.analysis_dock, briefing.views_dock):
            for bottom in (window.incident_dock, briefing.timeline_dock):
                dock.show()
                dock.raise_()
                bottom.show()
                bottom.raise_()
                qtbot.wait(50)
                problems += [(theme, *p) for p in _clipped_texts(window)]
    assert not sorted(set(problems)), sorted(set(problems))
    # The incident table uses its width (no empty band) and shows more than a handful of rows.
    table = window.incident_table
    window.incident_dock.raise_()
    qtbot.wait(50)
    header = table.view.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used >= table.view.viewport().width() - 2
    rows = table.view.viewport().height() // table.view.verticalHeader().defaultSectionSize()
    assert rows >= (5 if size[1] < 900 else 8)
    # The analysis table speaks DTG like the rest of the window.
    first_time = window.analysis.table.item(0, 0).text()
    assert re.fullmatch(r"\d{6}Z[A-Z]{3}\d{2}", first_time), first_time
    window.analysis_dock.raise_()
    _shot(window, f"main-window-{size[0]}x{size[1]}.png")


def test_form_columns_stay_put_when_a_message_appears(qtbot, window):
    from PySide6.QtWidgets import QGroupBox

    form = window.editing.new_incident_here()
    qtbot.waitUntil(form.isVisible, timeout=5_000)
    qtbot.wait(50)

    def columns():
        return sorted({(b.x(), b.width()) for b in form.findChildren(QGroupBox)})

    before, width = columns(), form.width()
    form.widgets["location"].edit.clear()
    qtbot.keyClicks(form.widgets["location"].edit, "37S ZZ 99 not a grid reference at all")
    qtbot.keyClicks(form.widgets["precision_m"].edit, "about ten metres or so, maybe a bit more")
    qtbot.waitUntil(lambda: form.errors["location"].isVisible(), timeout=5_000)
    qtbot.wait(50)
    assert columns() == before and form.width() == width
    _shot(form, "incident-form-with-messages.png")
    form.reject()


def test_briefing_scale_bar_reads_from_the_back_of_the_room(qtbot, window):
    script = (
        "(function(n){if(!n)return null;var r=n.getBoundingClientRect();"
        "return [r.width, parseFloat(getComputedStyle(n).fontSize)]})"
        "(document.querySelector('.leaflet-control-scale-line'))"
    )
    normal_width, normal_font = js(qtbot, window.map_view, script)
    assert briefing_mode_on(window)
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, script)[1] >= 24, timeout=5_000)
    width, font = js(qtbot, window.map_view, script)
    # About twice the working map's bar, with figures readable across a room.
    assert width >= 1.6 * normal_width and font >= 2 * normal_font - 1
    window.briefing.mode.leave()


def briefing_mode_on(window) -> bool:
    from PySide6.QtGui import QGuiApplication

    return window.briefing.mode.enter(QGuiApplication.primaryScreen(), mirror=False)


def _labels(qtbot, window) -> dict:
    return js(qtbot, window.map_view, "window.bhLabels ? bhLabels.state() : null") or {}


def test_line_and_area_names_on_the_map_decluttered_by_zoom(qtbot, window):
    line = next(c for c in window.store.ceasefire_lines() if c.name.endswith("CHARLIE"))
    west, south, east, north = line.geometry.bounds
    window.map_view.fit_bounds(south, west, north, east)
    qtbot.waitUntil(
        lambda: line.name in _labels(qtbot, window).get("lineLabels", []), timeout=10_000
    )
    shown = js(
        qtbot,
        window.map_view,
        "Array.prototype.map.call(document.querySelectorAll('.bh-line-label'),"
        " function (n) { return n.textContent; })",
    )
    assert line.name in shown
    _shot(window.map_view, "map-line-names.png")
    # Zoomed right out the names give way: nothing is written over a country-sized smudge.
    js(qtbot, window.map_view, "(bhMap.map.setZoom(3), 1)")
    qtbot.waitUntil(lambda: not _labels(qtbot, window).get("lineLabels"), timeout=10_000)
    assert not _labels(qtbot, window).get("areaLabels")
    # The legend explains lines and areas, not only symbols.
    legend = js(qtbot, window.map_view, "document.querySelector('.bh-legend').textContent")
    assert "Buffer zone" in legend and "Area" in legend and "line" in legend


_LABEL_CHECK = """(function () {
  var box = bhMap.map.getContainer().getBoundingClientRect();
  var rects = [];
  bhMap.unitElements().forEach(function (u) {
    var groups = {};
    u.element.querySelectorAll('text').forEach(function (t) {
      if (t.style.visibility === 'hidden') return;
      var r = t.getBoundingClientRect();
      if (!r.width) return;
      groups[t.textContent + '|' + t.getAttribute('x') + '|' + t.getAttribute('y')] =
        [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top];
    });
    Object.keys(groups).forEach(function (k) { rects.push(groups[k]); });
  });
  function hit(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  var overlaps = 0;
  for (var i = 0; i < rects.length; i++)
    for (var j = i + 1; j < rects.length; j++) if (hit(rects[i], rects[j])) overlaps++;
  var clusters = bhMap.incidentMarks().filter(function (m) { return m.cluster; }).map(function (m) {
    return [m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r]; });
  var overClusters = rects.filter(function (r) {
    return clusters.some(function (c) { return hit(r, c); }); }).length;
  var sel = bhMap.selectedIncidentPoint();
  var underSelected = sel ? rects.filter(function (r) {
    return sel.x >= r[0] && sel.x <= r[2] && sel.y >= r[1] && sel.y <= r[3]; }).length : 0;
  return {labels: rects.length, overlaps: overlaps, overClusters: overClusters,
    underSelected: underSelected, selected: !!sel};
})()"""


def test_unit_labels_give_way_and_the_selected_incident_stays_in_sight(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    positions = window.store.current_positions()
    # The incident nearest to a unit: the one most likely to sit under a unit's label.
    incidents = window.store.query("incident", limit=3000)
    near = min(
        ((i, p) for i in incidents for p in positions.values()),
        key=lambda ip: (ip[0].lat - ip[1].lat) ** 2 + (ip[0].lon - ip[1].lon) ** 2,
    )[0]
    window.map_view.select("incident", near.id)
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, _LABEL_CHECK)["selected"], timeout=10_000)
    for theme in ("day", "briefing"):
        if theme == "briefing":
            assert window.briefing.mode.enter(QGuiApplication.primaryScreen(), mirror=False)
            qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhMap.scale()") == 2, timeout=5_000)
            window.map_view.select("incident", near.id)

        def settled():
            # Clusters redraw after the zoom animation and the labels are placed again after
            # them: wait for the placement that follows the last redraw.
            state = js(qtbot, window.map_view, _LABEL_CHECK)
            clear = state["overlaps"] == state["underSelected"] == state["overClusters"] == 0
            return state["selected"] and clear

        qtbot.waitUntil(settled, timeout=10_000)
        state = js(qtbot, window.map_view, _LABEL_CHECK)
        assert state["labels"] > 0, state  # labels give way; they are not all switched off
        _shot(window, f"unit-labels-{theme}.png")
    window.briefing.mode.leave()


def test_exported_picture_keeps_title_block_and_legend_apart(tmp_path, window, qtbot):
    """In a picture the legend is open: the title block moves left of it, never over it."""
    from app.ui.export_map import current_page
    from app.ui.map_view import MapView

    qtbot.waitUntil(lambda: window.briefing.last_view is not None, timeout=10_000)
    page = current_page(window.store, window.briefing)
    view = MapView()
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    with qtbot.waitSignal(view.map_ready, timeout=60_000):
        view.show_mission(window.store.path, title=page.title, **page.page_kwargs())
    boxes = (
        "(function(){var t=document.querySelector('.bh-brief-title').getBoundingClientRect();"
        "var l=document.querySelector('.bh-legend:not(.bh-collapsed)');"
        "if(!l)return null;l=l.getBoundingClientRect();"
        "return [t.right <= l.left || t.bottom <= l.top || t.top >= l.bottom, t.width]})()"
    )
    qtbot.waitUntil(lambda: js(qtbot, view, boxes) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: js(qtbot, view, boxes)[0] is True, timeout=10_000)
    assert js(qtbot, view, boxes)[1] > 200
