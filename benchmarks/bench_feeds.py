"""Live feeds: sustained ingest of 1,000 CoT events per second from 500 moving units.

A UDP feed on 127.0.0.1 is listened to by ``app.feeds.service.listen`` (its own thread and
connection, as the app runs it) on the 3,000-incident demo mission, while a sender paces 500
units' position reports at 1,000 events/s (100 every 0.1 s) for 20 s (5 s with --quick).
Figures: events lost (sent − received whole), records stored, send→stored latency p50/p95
(from each event's own send time to the commit of its batch), resident memory at the start
and end of the run (flat = no growth with time), and the sustained rate. Baseline in the same
run: a file import (``import_file``) of the same number of events written as one CoT file —
the same reader and mapping, in one transaction.

Then the same load with the GUI open (``benchmarks.feeds_gui_probe``, a fresh process): the
main window on the demo, a feed started from the Feeds dock, 1,000 events/s from 500 units for
60 s (10 s with --quick; BENCH_FEEDS_GUI_SECONDS sets it, e.g. 600 to see memory level
off): events lost, the GUI event loop's stall p99 (20 ms heartbeat; target
under 100 ms), memory of the app, its WebEngine processes and the page's heap (with the leak
figures: the trend of the lows, the high, the major collections), and a pytak-made position's
send to its map marker moving, p95. Baseline in the same run: the stall with the GUI idle on the
same mission for the same time (no feed).

With BENCH_FEEDS_POSTGIS=1, the GUI run once more on a headquarters database (a throwaway
PostgreSQL + PostGIS server, ``bench_postgis.cluster``, with the same demo): the server
announces each of the feed's commits back to the window, and the figures count what the
window re-read for news it did not make itself (``changed`` beyond its own batches, and whole
loads of the unit tree and the incident table).
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.demo import DemoOptions, generate_demo
from app.domain.coords import format_utc
from app.domain.records import PositionReport, Record
from app.feeds.ingest import FeedStats
from app.feeds.service import listen
from app.feeds.transports import FeedListener
from app.feeds.urls import parse_feed_url
from app.interop.importer import import_file
from app.store import open_mission, open_store
from benchmarks.common import report, timed

UNITS = 500
RATE = 1000  # events per second
TICK = 0.1


def _event(n: int, step: int, when: datetime) -> bytes:
    stamp = format_utc(when)
    lat = 9.0 + (n % 25) * 0.01 + step * 1e-5
    lon = 1.0 + (n // 25) * 0.01
    return (
        f'<event version="2.0" uid="BENCH-{n}" type="a-f-G-U-C-I" time="{stamp}" '
        f'start="{stamp}" stale="2099-01-01T00:00:00Z" how="m-g"><point lat="{lat:.6f}" '
        f'lon="{lon:.6f}" hae="0" ce="10" le="9999999.0"/><detail><contact '
        f'callsign="BENCH {n}"/></detail></event>'
    ).encode()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sustained(folder: Path, seconds: float) -> float:
    db = folder / "mission.db"
    with open_store(db) as store:
        generate_demo(store, DemoOptions())
    port_probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    port_probe.bind(("127.0.0.1", 0))
    port = port_probe.getsockname()[1]
    port_probe.close()
    url = parse_feed_url(f"udp://127.0.0.1:{port}")
    stats = FeedStats("bench")
    stop = threading.Event()
    started = threading.Event()
    latencies: list[float] = []

    def on_batch(written: list[Record], _stats: FeedStats) -> None:
        now = datetime.now(UTC)
        latencies.extend(
            (now - r.observed_at).total_seconds() for r in written if isinstance(r, PositionReport)
        )

    def on_start(_listener: FeedListener) -> None:
        started.set()

    def run() -> None:
        with open_store(db) as store:
            listen(store, url, "bench", stop=stop, on_batch=on_batch, on_start=on_start,
                   stats=stats)  # fmt: skip

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    started.wait(30)
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    per_tick = int(RATE * TICK)
    sent = 0
    memory = [_rss_mb()]
    begin = time.monotonic()
    tick = 0
    while time.monotonic() - begin < seconds:
        now = datetime.now(UTC)
        for _ in range(per_tick):
            sender.sendto(_event(sent % UNITS, sent // UNITS, now), ("127.0.0.1", port))
            sent += 1
        tick += 1
        if tick % int(1 / TICK) == 0:
            memory.append(_rss_mb())
        time.sleep(max(0.0, begin + tick * TICK - time.monotonic()))  # pacing the sender
    sending = time.monotonic() - begin
    drained = time.monotonic()
    while stats.snapshot()["events"] < sent and time.monotonic() - drained < 30:
        time.sleep(0.05)
    drain = time.monotonic() - drained
    stop.set()
    thread.join(30)
    sender.close()
    snap = stats.snapshot()
    received = snap["events"]
    latencies.sort()
    p50 = statistics.median(latencies) * 1000 if latencies else 0.0
    p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else 0.0
    print(f"   sent {sent:,} events from {UNITS} units in {sending:.1f} s "
          f"({sent / sending:,.0f}/s); received whole {received:,}; lost {sent - received:,}; "
          f"errors {snap['errors'] or 'none'}")  # fmt: skip
    print(f"   stored {snap['stored']} in {snap['batches']} batches; backlog drained "
          f"{drain:.2f} s after the last send")  # fmt: skip
    print(f"   send→stored latency p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    print(f"   memory (RSS, MB) each second: first {memory[0]:.0f}, middle "
          f"{memory[len(memory) // 2]:.0f}, last {memory[-1]:.0f}")  # fmt: skip
    return received / (sending + drain)


def file_import_rate(folder: Path, count: int) -> float:
    db = folder / "baseline.db"
    with open_store(db) as store:
        generate_demo(store, DemoOptions())
    path = folder / "same-events.cot"
    now = datetime.now(UTC)
    # Each event its own time, as on the wire (one track point per event).
    events = (_event(n % UNITS, n // UNITS, now + timedelta(milliseconds=n)) for n in range(count))
    path.write_bytes(b"\n".join(events))
    with open_store(db) as store:
        seconds = timed(lambda: import_file(store, path))
    return count / seconds


def gui(folder: Path, seconds: float, *, load: bool = True, mission: str | None = None) -> dict:
    """One run of the GUI probe on a fresh copy of the demo (``load=False``: the GUI idle);
    ``mission``: a PostGIS mission's URL, filled with the demo here, instead of a file."""
    db: str | Path = folder / ("gui.db" if load else "idle.db")
    if mission is not None:
        db = mission
    with open_mission(db) as store:
        generate_demo(store, DemoOptions())
    data = folder / ("data" if load else "data-idle") if mission is None else folder / "data-pg"
    data.mkdir()
    env = dict(os.environ, BLUEHELMET_DATA_DIR=str(data), XDG_CONFIG_HOME=str(data / "config"))
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    command = [sys.executable, "-m", "benchmarks.feeds_gui_probe", str(db), str(seconds)]
    if not load:
        command.append("--idle")
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=seconds + 300)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the GUI probe printed nothing: {out.stderr[-2000:]}")
    result = dict(json.loads(lines[-1]))
    result["loadavg"] = os.getloadavg()[0]  # the machine's load as the run ended (1 min)
    return result


def run(quick: bool = False) -> None:
    seconds = 5.0 if quick else 20.0
    # A longer GUI run shows whether memory levels off (V8 collects in its own time).
    gui_seconds = float(os.environ.get("BENCH_FEEDS_GUI_SECONDS") or (10.0 if quick else 60.0))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rate = sustained(folder, seconds)
        baseline = file_import_rate(folder, UNITS * 4)
        live = gui(folder, gui_seconds)
        idle = gui(folder, gui_seconds, load=False)
    report("feed ingest, sustained (events/s)", rate, "ev/s", "file import of CoT", baseline)
    print(f"   GUI open, {live['seconds']:.0f} s: sent {live['sent']:,}; received whole "
          f"{live['received']:,}; lost {live['lost']:,}; errors {live['errors'] or 'none'}; "
          f"{live['redraws']} batched redraws")  # fmt: skip
    print(f"   GUI event-loop stall p50 {live['stall_p50_ms']} ms, p99 {live['stall_p99_ms']} ms, "
          f"max {live['stall_max_ms']} ms (idle: p99 {idle['stall_p99_ms']} ms, max "
          f"{idle['stall_max_ms']} ms)")  # fmt: skip
    print("   memory, MB at start / middle / end, highest after warm-up (25 s, or half a short")
    print("   run), and slope after warm-up and over the second half (MB/min):")
    for part, what in (("app", "RSS of the app's own process"),
                       ("web", "RSS of its WebEngine processes"),
                       ("heap", "the map page's JavaScript heap (used)")):  # fmt: skip
        a, b = live["memory"][part], idle["memory"][part]
        print(f"     {what:<38} {a['start']} / {a['middle']} / {a['end']}, high {a['high']}, "
              f"{a['slope_mb_min']:+.1f}/min, {a['late_slope_mb_min']:+.1f}/min   (idle: "
              f"{b['start']} / {b['middle']} / {b['end']}, high {b['high']}, "
              f"{b['slope_mb_min']:+.1f}/min, {b['late_slope_mb_min']:+.1f}/min)")  # fmt: skip
    print("   leak figures: the lows (minimum of each 30 s window after warm-up; a quarter of")
    print("   a run under 2 minutes) first → last and their slope, the high, and the drops of a")
    print("   fifth or more (the heap's major collections) with the MB left after each; garbage")
    print("   lifts the highs, retention the lows (read a short run's lows with care):")
    for part, what in (("app", "app process"), ("web", "WebEngine RSS"), ("heap", "page JS heap")):
        for name, figures in (("GUI open", live["memory"][part]), ("idle", idle["memory"][part])):
            drops = figures.get("drops", [])
            after = ", ".join(f"{after:.0f} at {at:.0f} s" for at, _before, after in drops)
            print(
                f"     {what + ', ' + name:<28} lows {figures['low_first']} → "
                f"{figures['low_last']} ({figures['lows_slope_mb_min']:+.1f}/min), high "
                f"{figures['high']}; drops {len(drops)}{': ' + after if after else ''}"
            )
    seen = f"{live['probes_seen']} of {live['probes']} seen"
    print(f"   pytak send → marker moved on the map: p50 {live['marker_p50_ms']} ms, p95 "
          f"{live['marker_p95_ms']} ms ({seen}); of which send → stored by the feed: p50 "
          f"{live['stored_p50_ms']} ms, p95 {live['stored_p95_ms']} ms")  # fmt: skip
    print(f"   whole re-reads of the picture during the load: {len(live['rereads'])}; load "
          f"average {live['loadavg']:.1f} (idle run: {idle['loadavg']:.1f})")  # fmt: skip
    report("GUI stall p99 under 1,000 ev/s", live["stall_p99_ms"], "ms", "GUI idle",
           idle["stall_p99_ms"])  # fmt: skip
    if os.environ.get("BENCH_FEEDS_POSTGIS"):
        on_postgis(gui_seconds)


def on_postgis(seconds: float) -> None:
    """The GUI probe on a headquarters database: what the window re-read for news."""
    from benchmarks.bench_postgis import cluster

    with tempfile.TemporaryDirectory() as tmp, cluster() as url:
        live = gui(Path(tmp), seconds, mission=url)
    print(f"   on PostGIS, {live['seconds']:.0f} s: sent {live['sent']:,}; lost {live['lost']:,}; "
          f"{live['redraws']} batched redraws; re-reads for news from the server "
          f"{live['news_rereads']}; whole loads {live['view_loads']}; layer reloads "
          f"{live['layer_reloads']}; stall p99 {live['stall_p99_ms']} ms, max "
          f"{live['stall_max_ms']} ms; marker p50/p95 {live['marker_p50_ms']}/"
          f"{live['marker_p95_ms']} ms; load average {live['loadavg']:.1f}")  # fmt: skip
