"""One measured start of the map, in a fresh process (run by bench_map; prints one JSON line).

``app``: the real main window on a mission database, from ``show()`` to the page reporting
that every layer is drawn. ``naive``: the baseline, a plain folium page with the same incidents
as one GeoJSON layer (local assets, loaded from a file), from ``show()`` to load finished.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Qt WebEngine runs several)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    total_kb, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total_kb / 1024


def main() -> None:
    mode, db = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "*.warning=false")
    from app.ui.launch import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    loop = QEventLoop()
    QTimer.singleShot(120_000, loop.quit)
    result: dict = {"mode": mode}
    if mode == "app":
        from app.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(1600, 1000)
        window.map_view.map_ready.connect(lambda info: (result.update(info=info), loop.quit()))
        started = time.perf_counter()
        window.show()
        window.open_database(db)
        loop.exec()
        result["seconds"] = time.perf_counter() - started
    else:
        import tempfile

        import folium
        from PySide6.QtCore import QUrl
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from app.store import open_store
        from maps.assets import localize_folium, web_root

        with open_store(db) as store:
            data = store.incident_columns(columns=("id", "title", "lat", "lon", "category"))
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
             "properties": {"id": i, "title": t, "category": c}}
            for i, t, lat, lon, c in zip(data["id"], data["title"], data["lat"], data["lon"],
                                         data["category"], strict=True)
        ]  # fmt: skip
        fmap = folium.Map(location=[6.7, 20.15], zoom_start=8, tiles=None, max_zoom=18)
        folium.GeoJson({"type": "FeatureCollection", "features": features}).add_to(fmap)
        localize_folium(fmap, web_root().as_uri() + "/")
        folder = Path(tempfile.mkdtemp())
        page = folder / "naive.html"
        fmap.save(str(page))
        view = QWebEngineView()
        view.resize(1600, 1000)
        view.loadFinished.connect(lambda ok: (result.update(ok=ok), loop.quit()))
        started = time.perf_counter()
        view.show()
        view.load(QUrl.fromLocalFile(str(page)))
        loop.exec()
        result["seconds"] = time.perf_counter() - started
    app.processEvents()
    result["rss_mb"] = _rss_mb(os.getpid())
    print(json.dumps(result))
    os._exit(0)  # skip teardown: only the figures matter here


if __name__ == "__main__":
    main()
