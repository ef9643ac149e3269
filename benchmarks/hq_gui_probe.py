"""The app's memory with its main window open on a large mission, in a fresh process (run by
bench_postgis when BLUEHELMET_BENCH_GUI is set; prints one JSON line).

The real main window, offscreen, opens the mission (an SQLite file or a ``postgresql://`` URL)
and waits until the page reports every layer drawn (``map_ready``), as ``map_probe`` does for
the demo mission. Then: seconds to a drawn map, resident memory of the app's own process, and
of its Qt WebEngine processes (the renderer holds the page's layers), with a map as the app
opens it: a mission of more than 100,000 incidents opens on the last 30 days of its reports
(``LARGE_MISSION_INCIDENTS``); with ``BLUEHELMET_BENCH_ALL_TIME=1`` the window opens on all
time instead, every incident on the map, as it did before (the baseline). Also printed: the
incidents on the map and in the table.

``python -m benchmarks.hq_gui_probe TARGET``
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _own_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    target = sys.argv[1]
    timeout_s = float(os.environ.get("BLUEHELMET_BENCH_GUI_TIMEOUT", "600"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "*.warning=false")
    from app.ui.launch import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from benchmarks.map_probe import _rss_mb

    app = QApplication([])
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    result: dict[str, object] = {"drawn": False}
    pid = os.getpid()
    result["rss_start_mb"] = round(_own_rss_mb(pid), 1)
    if os.environ.get("BLUEHELMET_BENCH_ALL_TIME") == "1":
        import app.ui.main_window as main_window

        main_window.LARGE_MISSION_INCIDENTS = sys.maxsize  # type: ignore[misc]
    window = MainWindow()
    window.resize(1600, 1000)

    def ready(info: object) -> None:
        result.update(drawn=True, info=info)
        loop.quit()

    window.map_view.map_ready.connect(ready)
    started = time.perf_counter()
    window.show()
    window.open_database(target)
    loop.exec()
    result["seconds"] = round(time.perf_counter() - started, 2)
    app.processEvents()
    own = _own_rss_mb(pid)
    total = _rss_mb(pid)
    result["rss_app_mb"] = round(own, 1)
    result["rss_webengine_mb"] = round(total - own, 1)
    result["rss_total_mb"] = round(total, 1)
    result["incidents_on_map"] = window.map_view.last_counts.get("incidents")
    result["filter_note"] = window.incident_table.filter_bar.recent_note.text()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip teardown: only the figures matter here


if __name__ == "__main__":
    main()
