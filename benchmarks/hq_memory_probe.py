"""The app's memory on a large mission, in a fresh process (run by bench_postgis; prints one
JSON line): resident memory after opening the mission, after building the map payload of a
sector view as the map does (``app.picture.build_picture``: incidents of a 1° × 1° view over
the last 30 days, units at their latest positions, areas, lines, buffers, map items), and,
with a second argument ``1``, after also building the tracks layer (the view's 30 days, each
unit's latest ``TRACK_FIXES_SHOWN`` fixes); with ``2``, then also as the layer was built before
the store applied the window and the cap (every live fix read into the app: minutes and
gigabytes at 10M, so only at a smaller scale).

``python -m benchmarks.hq_memory_probe TARGET [0|1|2]`` — TARGET a SQLite path or a
postgresql:// URL.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import timedelta


def main() -> None:
    target = sys.argv[1]
    with_tracks = len(sys.argv) > 2 and sys.argv[2] in ("1", "2")
    every_fix = len(sys.argv) > 2 and sys.argv[2] == "2"
    from app.picture import DATA_KEYS, IncidentFilter, build_picture, tracks_payload
    from app.store import open_mission
    from benchmarks.bench_postgis import END, SOUTH, WEST
    from benchmarks.map_probe import _rss_mb

    def map_probe_rss() -> float:
        return round(_rss_mb(os.getpid()), 1)

    result: dict[str, object] = {"rss_start_mb": map_probe_rss()}
    store = open_mission(target)
    result["rss_open_mb"] = map_probe_rss()
    view = IncidentFilter(bbox=(WEST + 0.7, SOUTH + 0.7, WEST + 1.7, SOUTH + 1.7),
                          start=END - timedelta(days=30))  # fmt: skip
    layers = tuple(k for k in DATA_KEYS if k != "tracks")
    started = time.perf_counter()
    picture = build_picture(store, view, layers=layers, with_titles=False)
    text = picture.to_json(inline=False)  # what the app's page fetches
    result["view_s"] = time.perf_counter() - started
    result["counts"] = picture.counts
    result["payload_kb"] = len(text) // 1024
    result["rss_view_mb"] = map_probe_rss()
    if with_tracks:
        # The tracks layer as the map builds it: the view's 30 days, each unit's latest
        # TRACK_FIXES_SHOWN fixes, chosen by the store.
        started = time.perf_counter()
        tracks = build_picture(store, view, layers=("tracks",))
        text = tracks.to_json(inline=False)
        result["tracks_s"] = time.perf_counter() - started
        result["tracks"] = tracks.counts.get("tracks", 0)
        result["tracks_kb"] = len(text) // 1024
        result["rss_tracks_mb"] = map_probe_rss()
    if every_fix:
        # As the layer was built before: every live fix read, the cap applied in Python.
        started = time.perf_counter()
        fixes = store.track_fixes()
        text = json.dumps(tracks_payload(fixes))
        result["every_fix_s"] = time.perf_counter() - started
        result["every_fix"] = len(fixes)
        result["rss_every_fix_mb"] = map_probe_rss()
    store.close()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
