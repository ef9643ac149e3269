"""Briefing in the app: time slider and histogram, saved views, slideshow, briefing mode, mirror.

Real main window on the demo mission (real SQLite, real Qt WebEngine page); map contents are
counted in the page with the ``js()`` helper.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from conftest import SCREENSHOTS, js
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget
from webpages import painted

from app.briefing.timeline import incidents_per_day

pytestmark = pytest.mark.webengine


def _shown_in_page(qtbot, window) -> int:
    """Incidents the page has indexed for drawing (what the time window lets through)."""
    return js(
        qtbot,
        window.map_view,
        "bhMap.drawn().incidents",
    )


def _store_count(window, start: datetime, end: datetime) -> int:
    row = window.store.conn.execute(
        "SELECT count(*) FROM incidents WHERE deleted = 0 AND occurred_start >= ?"
        " AND occurred_start <= ?",
        (start.strftime("%Y-%m-%dT%H:%M:%S"), end.strftime("%Y-%m-%dT%H:%M:%S.999Z")),
    ).fetchone()
    return int(row[0])


def _table_expected(window, start: datetime, end: datetime) -> int:
    return len(window.store.incident_columns(columns=["id"], start=start, end=end)["id"])


def _centre(view: dict) -> tuple[float, float]:
    return (view["south"] + view["north"]) / 2, (view["west"] + view["east"]) / 2


def test_histogram_counts_equal_the_store(qtbot, window):
    timeline = window.briefing.timeline
    qtbot.waitUntil(lambda: bool(timeline.histogram.days), timeout=10_000)
    days = timeline.histogram.days
    assert days == incidents_per_day(window.store, *timeline.period)
    assert sum(sum(c.values()) for _d, c in days) == window.store.count("incident") == 3000
    first, last = window.store.mission_period()
    assert days[0][0] == first.date() and days[-1][0] == last.date()


def test_slider_filters_the_map_tracks_and_table(qtbot, window):
    timeline = window.briefing.timeline
    qtbot.waitUntil(lambda: timeline.period is not None, timeout=10_000)
    window.layer_panel.set_layer_visible("tracks", True)
    qtbot.waitUntil(lambda: (js(qtbot, window.map_view, "bhMap.counts().tracks") or 0) > 0)
    all_tracks = js(qtbot, window.map_view, "bhMap.counts().tracks")
    assert _shown_in_page(qtbot, window) == 3000

    start = timeline.period[0] + timedelta(days=10)
    end = start + timedelta(hours=24)
    timeline.set_window(start, end)
    expected = _store_count(window, start, end)
    assert 0 < expected < 3000
    qtbot.waitUntil(lambda: _shown_in_page(qtbot, window) == expected, timeout=5_000)
    assert js(qtbot, window.map_view, "bhTime.state().incidents") == expected
    # Tracks keep only the fixes of the window: a track with fewer than two disappears.
    tracks = js(
        qtbot,
        window.map_view,
        "bhMap.drawn().trackFixes",
    )
    fixes = window.store.conn.execute(
        "SELECT count(*) FROM position_reports WHERE deleted = 0 AND observed_at >= ?"
        " AND observed_at <= ?",
        (start.strftime("%Y-%m-%dT%H:%M:%S"), end.strftime("%Y-%m-%dT%H:%M:%S.999Z")),
    ).fetchone()[0]
    assert 0 < tracks <= fixes
    assert js(qtbot, window.map_view, "bhMap.counts().tracks") <= all_tracks
    # The table follows once the slider rests.
    table = _table_expected(window, start, end)
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == table, timeout=5_000)
    assert f"incidents shown {table:,}" in window.counts_label.text()
    # The histogram shows the window.
    assert timeline.histogram.shown_window == (start, end)

    timeline.all_button.click()
    qtbot.waitUntil(lambda: _shown_in_page(qtbot, window) == 3000, timeout=5_000)
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == 3000, timeout=5_000)
    assert js(qtbot, window.map_view, "bhMap.counts().tracks") == all_tracks


def test_play_advances_the_window_and_pause_stops_it(qtbot, window):
    timeline = window.briefing.timeline
    qtbot.waitUntil(lambda: timeline.period is not None, timeout=10_000)
    start = timeline.period[0]
    timeline.set_window(start, start + timedelta(hours=24))
    timeline.speed_box.setCurrentIndex(timeline.speed_box.findData(24))
    timeline.play_button.click()
    assert timeline.is_playing() and "Pause" in timeline.play_button.text()
    qtbot.waitUntil(
        lambda: timeline.current_window()[1] >= start + timedelta(hours=36), timeout=10_000
    )
    timeline.play_button.click()
    assert not timeline.is_playing()
    stopped = timeline.current_window()
    assert not timeline._ticker.isActive()  # nothing left that could move the window
    QApplication.processEvents()
    assert timeline.current_window() == stopped
    # The page follows the window it was given last.
    state = js(qtbot, window.map_view, "bhTime.state()")
    assert state["active"] and state["end"] == stopped[1].strftime("%Y-%m-%dT%H:%M:%SZ")


def _set_state(qtbot, window, bounds, *, tracks: bool, severity_index: int, window_hours):
    """Move the map, the layers, the filter bar and the time slider somewhere."""
    s, w, n, e = bounds
    window.map_view.fit_bounds(s, w, n, e)
    window.layer_panel.set_layer_visible("tracks", tracks)
    window.incident_table.filter_bar.severity_box.setCurrentIndex(severity_index)
    timeline = window.briefing.timeline
    if window_hours is None:
        timeline.clear_window()
    else:
        start = timeline.period[0] + timedelta(days=5)
        timeline.set_window(start, start + timedelta(hours=window_hours))
    qtbot.waitUntil(
        lambda: abs(_centre(window.briefing.last_view)[0] - (s + n) / 2) < 0.05, timeout=5_000
    )


def test_a_saved_view_comes_back_with_number_key(qtbot, window):
    briefing = window.briefing
    qtbot.waitUntil(lambda: briefing.timeline.period is not None, timeout=10_000)
    qtbot.waitUntil(lambda: briefing.last_view is not None, timeout=10_000)
    _set_state(qtbot, window, (33.0, 35.3, 33.3, 35.7), tracks=True, severity_index=2,
               window_hours=48)  # fmt: skip
    saved_view = dict(briefing.last_view)
    saved_window = briefing.timeline.current_window()
    view = briefing.views.save_current("Morning brief")
    assert view is not None and view.layers and "tracks" in view.layers
    assert view.filter == {"severities": [3, 4, 5]}
    assert (view.time_start, view.time_end) == saved_window
    assert briefing.views.list.count() == 1

    # Somewhere else entirely.
    _set_state(qtbot, window, (32.0, 34.0, 34.5, 37.5), tracks=False, severity_index=0,
               window_hours=None)  # fmt: skip
    assert not window.layer_panel.layer_visible("tracks")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.incident_table.view, Qt.Key.Key_1)
    qtbot.waitUntil(
        lambda: (
            abs(_centre(briefing.last_view)[0] - _centre(saved_view)[0]) < 0.01
            and abs(_centre(briefing.last_view)[1] - _centre(saved_view)[1]) < 0.01
        ),
        timeout=5_000,
    )
    assert abs(briefing.last_view["zoom"] - saved_view["zoom"]) <= 0.5
    assert window.layer_panel.layer_visible("tracks")
    assert js(qtbot, window.map_view, "bhMap.layerState().tracks.visible")
    assert window.incident_table.filter_bar.severity_box.currentIndex() == 2
    assert briefing.timeline.current_window() == saved_window
    start, end = saved_window
    expected = window.store.incident_columns(
        columns=["id"], start=start, end=end, severities=(3, 4, 5)
    )["id"]
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == len(expected), timeout=5_000)
    qtbot.waitUntil(
        lambda: (
            js(qtbot, window.map_view, "bhTime.state().end") == end.strftime("%Y-%m-%dT%H:%M:%SZ")
        ),
        timeout=5_000,
    )
    # Key 2 with one view does nothing.
    qtbot.keyClick(window.incident_table.view, Qt.Key.Key_2)
    assert briefing.views.current_name == "Morning brief"


def test_views_can_be_renamed_moved_and_deleted(qtbot, window):
    panel = window.briefing.views
    qtbot.waitUntil(lambda: window.briefing.last_view is not None, timeout=10_000)
    for name in ("North", "South", "Line A"):
        panel.save_current(name)
    assert [v.name for v in panel.views()] == ["North", "South", "Line A"]
    panel.move_view("Line A", -2)
    panel.rename("South", "South sector")
    assert [v.name for v in panel.views()] == ["Line A", "North", "South sector"]
    assert panel.list.item(0).text().startswith("1  Line A")
    with qtbot.waitSignal(window.error_shown) as shown:
        panel.rename("North", "Line A")
    assert "Line A" in shown.args[0]
    panel.delete("North")
    assert [v.name for v in panel.views()] == ["Line A", "South sector"]


def test_the_slideshow_cycles_through_the_views(qtbot, window):
    briefing = window.briefing
    panel = briefing.views
    qtbot.waitUntil(lambda: briefing.last_view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: briefing.timeline.period is not None, timeout=10_000)
    _set_state(qtbot, window, (33.0, 35.3, 33.3, 35.7), tracks=False, severity_index=0,
               window_hours=None)  # fmt: skip
    panel.save_current("West")
    _set_state(qtbot, window, (33.0, 36.0, 33.3, 36.4), tracks=False, severity_index=0,
               window_hours=None)  # fmt: skip
    panel.save_current("East")
    seen: list[str] = []
    panel.recall_requested.connect(lambda view: seen.append(view.name))
    panel.start_slideshow(interval_ms=400)
    assert panel.slideshow_running()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=10_000)
    panel.stop_slideshow()
    assert seen[:3] == ["West", "East", "West"]
    assert not panel.slideshow_running()
    # The map went to the last view shown.
    qtbot.waitUntil(lambda: abs(_centre(briefing.last_view)[1] - 35.5) < 0.05, timeout=5_000)


def test_briefing_mode_on_one_screen_and_back(qtbot, window):
    briefing = window.briefing
    qtbot.waitUntil(lambda: briefing.timeline.period is not None, timeout=10_000)
    docks_before = {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)}
    assert docks_before["incidentDock"]
    window.resize(760, 540)  # within the offscreen screen (800×600), so it can come back
    qtbot.waitUntil(lambda: window.width() == 760, timeout=5_000)
    geometry = window.geometry()
    briefing.briefing_action.trigger()  # F11; one screen: no question asked
    assert briefing.mode.active and briefing.mode.mirror is None
    qtbot.waitUntil(window.isFullScreen, timeout=5_000)
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert briefing.theme_actions["briefing"].isChecked()
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "document.body.dataset.bhTheme") == "briefing",
        timeout=5_000,
    )
    if not js(qtbot, window.map_view, "!!window.bhBrief"):
        assert js(qtbot, window.map_view, "document.body.classList.contains('bh-briefing')")
    grab = window.grab()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    grab.save(str(SCREENSHOTS / "briefing-mode-single.png"))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not briefing.mode.active
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5_000)
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    docks_after = {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)}
    assert docks_after == docks_before
    assert window.geometry().size() == geometry.size()
    assert briefing.theme_actions["day"].isChecked()
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "document.body.dataset.bhTheme") == "day",
        timeout=5_000,
    )


def test_theme_menu_switches_the_page_theme(qtbot, window):
    briefing = window.briefing
    briefing.theme_actions["night"].trigger()
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "document.body.dataset.bhTheme") == "night",
        timeout=5_000,
    )
    assert briefing.theme == "night"


def test_the_mirror_window_follows_the_main_map(qtbot, window):
    briefing = window.briefing
    qtbot.waitUntil(lambda: briefing.last_view is not None, timeout=10_000)
    screen = QGuiApplication.primaryScreen()
    assert briefing.mode.enter(screen, mirror=True)
    mirror = briefing.mode.mirror
    assert mirror is not None and mirror.isVisible() and not window.isFullScreen()
    with qtbot.waitSignal(mirror.map_view.map_ready, timeout=60_000):
        pass
    qtbot.waitUntil(mirror.isFullScreen, timeout=5_000)
    window.map_view.fit_bounds(33.0, 35.9, 33.2, 36.1)
    qtbot.waitUntil(
        lambda: (
            abs(_centre(js(qtbot, mirror.map_view, "bhMap.view()"))[0] - 33.1) < 0.02
            and abs(_centre(js(qtbot, mirror.map_view, "bhMap.view()"))[1] - 36.0) < 0.02
        ),
        timeout=10_000,
    )
    # The time window and layers follow too.
    start = briefing.timeline.period[0] + timedelta(days=3)
    briefing.timeline.set_window(start, start + timedelta(hours=24))
    expected = _store_count(window, start, start + timedelta(hours=24))
    qtbot.waitUntil(lambda: _shown_in_page(qtbot, mirror) == expected, timeout=5_000)
    window.layer_panel.set_layer_visible("areas", False)
    qtbot.waitUntil(
        lambda: js(qtbot, mirror.map_view, "bhMap.layerState().areas.visible") is False,
        timeout=5_000,
    )
    briefing.mode.leave()
    assert briefing.mode.mirror is None and not briefing.mode.active
    assert not briefing.briefing_action.isChecked()


def test_screenshot_main_window_with_the_timeline(qtbot, window):
    briefing = window.briefing
    qtbot.waitUntil(lambda: bool(briefing.timeline.histogram.days), timeout=10_000)
    briefing.timeline_dock.show()
    briefing.timeline_dock.raise_()
    start = briefing.timeline.period[0] + timedelta(days=12)
    briefing.timeline.set_window(start, start + timedelta(hours=72))
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) < 3000, timeout=5_000)
    painted(qtbot, window.map_view)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "timeline-dock.png"))
    assert datetime.now(UTC)  # the grab itself is looked at by a person


def test_the_banner_follows_the_time_window(qtbot, window):
    from app.briefing import marking

    briefing = window.briefing
    store = window.store
    qtbot.waitUntil(lambda: briefing.timeline.period is not None, timeout=10_000)
    for name in ("units", "lines", "buffers", "areas"):
        window.layer_panel.set_layer_visible(name, False)

    def label_of(start: datetime, end: datetime) -> str:
        f = replace(briefing.effective_filter(), start=start, end=end)
        return marking.shown_classification(store, f, ("incidents",))

    secret = store.conn.execute(
        "SELECT occurred_start FROM incidents WHERE classification = 'STRICTLY CONFIDENTIAL'"
        " ORDER BY occurred_start LIMIT 1"
    ).fetchone()[0]
    secret_at = datetime.fromisoformat(secret).replace(second=0, microsecond=0)
    windows = [(secret_at - timedelta(hours=1), secret_at + timedelta(hours=1))]
    for (when,) in store.conn.execute(
        "SELECT occurred_start FROM incidents WHERE classification = 'UNCLASSIFIED'"
        " ORDER BY occurred_start LIMIT 200"
    ):
        at = datetime.fromisoformat(when).replace(second=0, microsecond=0)
        if label_of(at - timedelta(minutes=2), at + timedelta(minutes=2)) == "UNCLASSIFIED":
            windows.append((at - timedelta(minutes=2), at + timedelta(minutes=2)))
            break
    assert len(windows) == 2
    shown = []
    for start, end in windows:
        briefing.timeline.set_window(start, end)
        expected = label_of(start, end)
        qtbot.waitUntil(
            lambda e=expected: js(qtbot, window.map_view, "bhBrief.state().classification") == e,
            timeout=5_000,
        )
        shown.append(js(qtbot, window.map_view, "bhBrief.state().banners"))
    assert shown[0] == ["STRICTLY CONFIDENTIAL", "STRICTLY CONFIDENTIAL"]
    assert shown[1] == ["UNCLASSIFIED", "UNCLASSIFIED"]


def test_keys_drive_the_brief_in_briefing_mode(qtbot, window):
    briefing = window.briefing
    timeline = briefing.timeline
    qtbot.waitUntil(lambda: briefing.last_view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: timeline.period is not None, timeout=10_000)
    briefing.views.save_current("First")
    briefing.views.save_current("Second")
    start = timeline.period[0] + timedelta(days=2)
    timeline.set_window(start, start + timedelta(hours=24))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    # Outside briefing mode the arrows are the map's and the table's, not the slider's.
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert timeline.current_window()[0] == start
    assert briefing.mode.enter(QGuiApplication.primaryScreen(), mirror=False)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert timeline.current_window() == (start + timedelta(hours=24), start + timedelta(hours=48))
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert timeline.current_window()[0] == start
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert briefing.views.current_name == "First"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert briefing.views.current_name == "Second"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert briefing.views.current_name == "First"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert timeline.is_playing()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not timeline.is_playing()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not briefing.mode.active
