"""The GUI under a live feed, in a fresh process (run by bench_feeds; prints one JSON line).

The real main window on the 3,000-incident demo, its map drawn; a feed in started from the
Feeds dock as a user would; then 1,000 CoT events a second from 500 moving units for the
given seconds, on UDP to 127.0.0.1. Measured in this process: the GUI event loop's stalls (a
20 ms QTimer heartbeat: each gap beyond 20 ms is a stall), memory once a second (resident
memory of the app's own process, of its WebEngine processes, and the page's JavaScript heap),
events lost (sent − received whole), and once a second a pytak-made position of one more unit:
from its send to the page's marker being at the new place (polled every 50 ms).

With ``--gc`` the page's heap is read after a full garbage collection (what it retains).
With ``--profile`` the GUI thread's time during the load is printed to stderr (cProfile).
With ``--tracemalloc`` the Python allocations that grew between the 10th second and the end
are printed to stderr (the top 15 by line): where the app's own process keeps memory.

Also counted: the window's re-reads of its views for news it did not make itself — each
``changed`` the session emits beyond the Feeds dock's own batches (on PostGIS, the server's
notices, including those of the feed's own commits unless the window leaves them out), and the
whole loads of the unit tree and the incident table.

Usage: ``python -m benchmarks.feeds_gui_probe MISSION SECONDS`` (MISSION: a file or a
``postgresql://`` URL) with BLUEHELMET_DATA_DIR pointing at a throwaway folder (the feed
definition is written there).
"""

from __future__ import annotations

import cProfile
import itertools
import json
import os
import pstats
import socket
import statistics
import sys
import threading
import time
import tracemalloc
import uuid
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.bench_feeds import RATE, TICK, UNITS, _event
from benchmarks.map_probe import _rss_mb

PROBE_UID = "ANDROID-PROBE"
HEARTBEAT_MS = 20


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(len(ordered) * share + 0.999) - 1))]


def _own_rss_mb(pid: int) -> float:
    """Resident memory of this one process (not its WebEngine children)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope (MB per minute) of (seconds, MB) points."""
    if len(points) < 2:
        return 0.0
    mean_t = statistics.fmean(t for t, _ in points)
    mean_v = statistics.fmean(v for _, v in points)
    den = sum((t - mean_t) ** 2 for t, _ in points)
    return 60 * sum((t - mean_t) * (v - mean_v) for t, v in points) / den if den else 0.0


LOW_WINDOW_S = 30.0  # the lows: the minimum of each window this long (shorter in short runs)
DROP_SHARE = 0.2  # a fall of a fifth or more from one reading to the next: a major collection


def _lows(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The lowest reading of each window (30 s, or a quarter of a run shorter than 2 minutes),
    at its time: what survives collection rises with them; garbage only lifts the highs."""
    if len(points) < 2:
        return list(points)
    first, last = points[0][0], points[-1][0]
    window = min(LOW_WINDOW_S, max(1.0, (last - first) / 4))
    lows: dict[int, tuple[float, float]] = {}
    for t, v in points:
        key = int((t - first) // window)
        if key not in lows or v < lows[key][1]:
            lows[key] = (t, v)
    # A last window much shorter than the others would weigh one stray reading as much.
    ordered = [lows[key] for key in sorted(lows)]
    if len(ordered) > 2 and last - first - (len(ordered) - 1) * window < window / 2:
        ordered.pop()
    return ordered


def _collections(points: list[tuple[float, float]]) -> list[tuple[float, float, float]]:
    """Drops from one reading to the next by a fifth or more: (seconds, MB before, MB after).
    For the page's heap these are V8's major collections; the readings after them are what
    the page retains (a leak shows as these rising from one collection to the next)."""
    return [(round(t, 1), round(a, 1), round(b, 1))
            for (_, a), (t, b) in itertools.pairwise(points)
            if a > 0 and a - b >= DROP_SHARE * a]  # fmt: skip


def _memory_figures(samples: list[tuple[float, float, float, float]]) -> dict[str, object]:
    """Per part (app, web, heap): MB at the start, middle and end, the highest after a 25 s
    warm-up (the app frees its start-up caches by then), and the slope in MB a minute after
    the warm-up and over the second half alone. Beside them, the leak figures: the lows (the
    minimum of each 30 s window) with their first, last and slope, and the drops (major
    collections) with the MB after each. Garbage waiting for collection raises the highs and
    the plain slope; retained memory raises the lows."""
    out: dict[str, object] = {}
    if not samples:
        return out
    end = samples[-1][0]

    def nearest(t: float) -> tuple[float, float, float, float]:
        return min(samples, key=lambda sample: abs(sample[0] - t))

    for index, part in enumerate(("app", "web", "heap"), start=1):
        warm = [(s[0], s[index]) for s in samples if s[0] >= min(25.0, end / 2)]
        # The second half alone: whether the rise levels off (V8 collects in its own time).
        late = [(s[0], s[index]) for s in samples if s[0] >= end / 2]
        lows = _lows(warm)
        out[part] = {"start": round(nearest(0)[index]), "middle": round(nearest(end / 2)[index]),
                     "end": round(nearest(end)[index]),
                     "high": round(max(v for _, v in warm)) if warm else 0,
                     "slope_mb_min": round(_slope(warm), 1),
                     "late_slope_mb_min": round(_slope(late), 1),
                     "lows": [[round(t, 1), round(v, 1)] for t, v in lows],
                     "low_first": round(lows[0][1]) if lows else 0,
                     "low_last": round(lows[-1][1]) if lows else 0,
                     "lows_slope_mb_min": round(_slope(lows), 1),
                     "drops": _collections(warm)}  # fmt: skip
    out["total"] = {k: sum(out[p][k] for p in ("app", "web"))  # type: ignore[index]
                    for k in ("start", "middle", "end")}  # fmt: skip
    out["samples"] = [list(s) for s in samples]
    return out


def main() -> None:
    seconds = float(sys.argv[2])
    db: str | Path = sys.argv[1] if "://" in sys.argv[1] else Path(sys.argv[1])
    idle = "--idle" in sys.argv[3:]  # the baseline: the same window, no feed
    traced = "--tracemalloc" in sys.argv[3:]
    # The page's heap after a full garbage collection at each reading: what it retains, not
    # what it allocated and V8 has not yet collected (a diagnostic run: forcing GCs changes
    # the page's timing).
    collect = "--gc" in sys.argv[3:]
    # Where the GUI thread's time goes during the load (cProfile, top 25 to stderr).
    profiled = "--profile" in sys.argv[3:]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # performance.memory in exact bytes (Chromium rounds it otherwise).
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    flags += " --enable-precise-memory-info" + (" --js-flags=--expose-gc" if collect else "")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags.strip()
    os.environ.setdefault("QT_LOGGING_RULES", "*.warning=false")
    from app.ui.launch import prepare_qt_environment

    prepare_qt_environment()
    import pytak
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.feeds.definitions import FeedDefinition, save_feeds
    from app.feeds.ingest import FeedStats
    from app.interop.features import FOREIGN_IDS
    from app.ui.main_window import MainWindow

    app = QApplication([])

    def wait(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return bool(condition())

    window = MainWindow()
    window.resize(1600, 1000)
    ready: list[dict] = []
    window.map_view.map_ready.connect(ready.append)
    window.show()
    window.open_database(db)
    wait(lambda: ready and window.incident_table.model.total > 0, 120)

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    save_feeds([FeedDefinition("bench", f"udp://127.0.0.1:{port}")])
    feeds = window.feeds
    feeds.reload()
    stats = FeedStats("idle")
    if not idle:
        feeds.start("bench")
        wait(lambda: feeds.is_running("bench") and feeds.running["bench"].listener is not None,
             30)  # fmt: skip
        stats = feeds.running["bench"].stats or stats

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))

    probe_id = str(uuid.uuid5(FOREIGN_IDS, f"unit:{PROBE_UID}"))
    probes: dict[int, tuple[float, float]] = {}  # n → (sent at, latitude)
    seen: dict[int, float] = {}
    # n → the events sent up to and with probe n; then, once the feed has stored that many,
    # the seconds from its send (what the feed took, before the GUI and the page had it).
    probe_index: dict[int, int] = {}
    stored_after: dict[int, float] = {}
    # Once a second: (seconds since the load began, app MB, WebEngine MB, JS heap MB).
    samples: list[tuple[float, float, float, float]] = []
    js_heap = [0.0]
    sent = [0]
    done = threading.Event()
    snapshots: list[object] = []

    def sample(at: float) -> None:
        app_mb, total_mb = _own_rss_mb(os.getpid()), _rss_mb(os.getpid())
        samples.append((round(at, 1), app_mb, total_mb - app_mb, js_heap[0]))
        if traced and len(samples) == 10:
            snapshots.append(tracemalloc.take_snapshot())

    def ask_heap() -> None:
        def answer(value: object) -> None:
            if isinstance(value, int | float):
                js_heap[0] = float(value) / 2**20

        window.map_view.map_page.runJavaScript(
            ("window.gc && window.gc(), " if collect else "")
            + "window.performance && performance.memory ? performance.memory.usedJSHeapSize : null",
            0,
            answer,
        )

    def send_load() -> None:
        if idle:
            begin = time.monotonic()
            sample(0.0)
            while time.monotonic() - begin < seconds:
                time.sleep(1)
                sample(time.monotonic() - begin)
            done.set()
            return
        sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        per_tick = int(RATE * TICK)
        begin, tick = time.monotonic(), 0
        sample(0.0)
        while time.monotonic() - begin < seconds:
            now = datetime.now(UTC)
            for _ in range(per_tick):
                n = sent[0]
                sender.sendto(_event(n % UNITS, n // UNITS, now), ("127.0.0.1", port))
                sent[0] += 1
            tick += 1
            if tick % int(1 / TICK) == 0:  # once a second: a pytak position of the probe unit
                k = tick // int(1 / TICK)
                lat = 8.5 + k * 0.001
                event = pytak.gen_cot(lat=lat, lon=1.5, uid=PROBE_UID, cot_type="a-f-G-U-C-I",
                                      callsign="PROBE", stale=600)  # fmt: skip
                probes[k] = (time.monotonic(), lat)
                sender.sendto(event, ("127.0.0.1", port))
                sent[0] += 1
                probe_index[k] = sent[0]
                sample(time.monotonic() - begin)
            time.sleep(max(0.0, begin + tick * TICK - time.monotonic()))
        sender.close()
        done.set()

    def poll_marker() -> None:
        events, now = stats.snapshot()["events"], time.monotonic()
        for k, count in list(probe_index.items()):
            if k not in stored_after and events >= count:
                stored_after[k] = now - probes[k][0]

        def answer(value: object) -> None:
            if not isinstance(value, int | float):
                return
            at = time.monotonic()
            # The probe unit moves north each second: a marker at or past a probe's latitude
            # shows that report or a later one (one batch may bring two).
            for k, (sent_at, lat) in list(probes.items()):
                if k not in seen and float(value) >= lat - 1e-6:
                    seen[k] = at - sent_at

        window.map_view.map_page.runJavaScript(
            f"(function(u){{return u ? u.lat : null}})(window.bhMap && bhMap.unit('{probe_id}'))",
            0,
            answer,
        )

    poller = QTimer()
    poller.setInterval(50)
    poller.timeout.connect(poll_marker)
    heap_timer = QTimer()
    heap_timer.setInterval(500)
    heap_timer.timeout.connect(ask_heap)
    heap_timer.start()
    ask_heap()
    wait(lambda: js_heap[0] > 0, 5)
    if traced:
        tracemalloc.start(8)
    notified_before = feeds.notified
    # Whole re-reads of the picture (incident table, every map layer) during the load, and
    # when: each one keeps the page and the GUI thread busy for a while.
    rereads: list[float] = []
    plain_refresh = window.refresh

    def counted_refresh(*args, **kwargs):  # type: ignore[no-untyped-def]
        rereads.append(time.monotonic())
        return plain_refresh(*args, **kwargs)

    window.refresh = counted_refresh  # type: ignore[method-assign]
    # Layer reloads of any kind (a whole re-read reloads them all; another writer's change
    # only its kinds'), by layer: the incidents' is the page's largest.
    layer_reloads: dict[str, int] = {}
    plain_layers = window.map_view.refresh_layers

    def counted_layers(keys, *args, **kwargs):  # type: ignore[no-untyped-def]
        for key in keys:
            layer_reloads[key] = layer_reloads.get(key, 0) + 1
        return plain_layers(keys, *args, **kwargs)

    window.map_view.refresh_layers = counted_layers  # type: ignore[method-assign]
    # Every ``changed`` of the session (the dock's own batches are ``feeds.notified``), and
    # the views' whole loads: what news from elsewhere cost the window.
    changes = [0]
    window.session.changed.connect(lambda _kinds: changes.__setitem__(0, changes[0] + 1))
    view_loads = {"unit tree": 0, "incident table": 0}

    def counted(name: str, load):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            view_loads[name] += 1
            return load(*args, **kwargs)

        return run

    window.unit_model.load = counted("unit tree", window.unit_model.load)  # type: ignore[method-assign]
    table = window.incident_table.model
    table.load = counted("incident table", table.load)  # type: ignore[method-assign]
    heartbeat.start()
    poller.start()
    started = time.monotonic()
    thread = threading.Thread(target=send_load, daemon=True)
    profile = cProfile.Profile() if profiled else None
    if profile is not None:
        profile.enable()
    thread.start()
    wait(done.is_set, seconds + 60)
    if profile is not None:
        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    sending = time.monotonic() - started
    wait(lambda: stats.snapshot()["events"] >= sent[0], 30)
    wait(lambda: len(seen) >= len(probes), 5 if probes else 0)
    heartbeat.stop()
    poller.stop()
    heap_timer.stop()
    snap = stats.snapshot()
    if traced and snapshots:
        grown = tracemalloc.take_snapshot().compare_to(snapshots[0], "lineno")  # type: ignore[arg-type]
        for line in grown[:15]:
            print(line, file=sys.stderr)
    feeds.stop("bench")
    gaps = [(b - a) * 1000 - HEARTBEAT_MS for a, b in itertools.pairwise(beats)]
    stalls = [max(0.0, g) for g in gaps]
    latencies = [v * 1000 for v in seen.values()]
    stored = [v * 1000 for v in stored_after.values()]
    result = {
        "seconds": round(sending, 1),
        "sent": sent[0],
        "received": snap["events"],
        "lost": sent[0] - snap["events"],
        "errors": snap["errors"],
        "stored": snap["stored"],
        "redraws": feeds.notified - notified_before,
        "news_rereads": changes[0] - (feeds.notified - notified_before),
        "view_loads": view_loads,
        "stall_p50_ms": round(statistics.median(stalls), 1) if stalls else 0.0,
        "stall_p99_ms": round(_percentile(stalls, 0.99), 1),
        "stall_max_ms": round(max(stalls, default=0.0), 1),
        "heartbeats": len(beats),
        "memory": _memory_figures(samples),
        "marker_p50_ms": round(statistics.median(latencies)) if latencies else None,
        "marker_p95_ms": round(_percentile(latencies, 0.95)) if latencies else None,
        # The same probes, from the send to the feed's commit (stats counted after it).
        "stored_p50_ms": round(statistics.median(stored)) if stored else None,
        "stored_p95_ms": round(_percentile(stored, 0.95)) if stored else None,
        "probes": len(probes),
        "probes_seen": len(seen),
        "rereads": [round(at - started, 1) for at in rereads],
        "layer_reloads": layer_reloads,
        # Each probe: (seconds since the load began, ms to the marker and to the feed's commit).
        "marker_series": [
            [
                round(sent_at - started, 1),
                round(seen[k] * 1000) if k in seen else None,
                round(stored_after[k] * 1000) if k in stored_after else None,
            ]
            for k, (sent_at, _lat) in sorted(probes.items())
        ],
    }
    app.processEvents()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip teardown: only the figures matter here


if __name__ == "__main__":
    main()
