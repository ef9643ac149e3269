"""Analysis services at mission scale: violation scan, coverage and hotspots on the 100k demo.

Data: the cached demo of bench_map (100k incidents, 500 units, 200 patrol areas, 20 ceasefire
lines). Violation scan: ``match_to_lines`` (STRtree + numpy + geodesic refinement) over every
incident against a naive per-feature loop (shapely ``distance`` per incident per line, then the
side from the nearest segment) in the same run; the naive loop is timed on a 5k sample and scaled
linearly, as said in its label. Coverage and hotspots: the services end to end (store reads
included) against per-feature loops doing the same geometry.
"""

from __future__ import annotations

import itertools
import math
import random
from datetime import timedelta

import numpy as np
import shapely
from shapely.geometry import Point

from app.analysis import coverage, hotspots, match_to_lines, violations
from app.analysis.coverage import _coverage, _patrols, data_now
from app.analysis.hotspots import hex_cells
from app.analysis.lines import reach_of
from app.domain.geo import Projection, geometries_epsg, transform_geometries
from app.store import open_store
from benchmarks.bench_map import mission
from benchmarks.common import median_of, report, timed

SAMPLE = 5000


def _naive_scan(xs: list[float], ys: list[float], lines_m: list, reach: list[float]) -> int:
    """One incident at a time, one line at a time: what a first version would write."""
    hits = 0
    for x, y in zip(xs, ys, strict=True):
        point = Point(x, y)
        best, best_d = -1, math.inf
        for k, line in enumerate(lines_m):
            d = line.distance(point)
            if d <= reach[k] and d < best_d:
                best, best_d = k, d
        if best < 0:
            continue
        line = lines_m[best]
        along = line.project(point)
        coords = list(line.coords)
        walked = 0.0
        for (ax, ay), (bx, by) in itertools.pairwise(coords):
            step = math.hypot(bx - ax, by - ay)
            if walked + step >= along:
                side = (bx - ax) * (y - ay) - (by - ay) * (x - ax)
                hits += 1 if side else 0
                break
            walked += step
    return hits


def run(quick: bool = False) -> None:
    incidents = 10_000 if quick else 100_000
    runs = 3
    db = mission(incidents)
    with open_store(db, readonly=True) as store:
        lines = store.ceasefire_lines()
        read = median_of(
            lambda: store.incident_columns(
                columns=("id", "lon", "lat", "occurred_start"), ordered=False
            ),
            runs,
        )
        cols = store.incident_columns(columns=("lon", "lat", "occurred_start"), ordered=False)
        lon, lat = np.asarray(cols["lon"]), np.asarray(cols["lat"])
        times = np.asarray(cols["occurred_start"])
        n = len(lon)
        print(f"   mission: {n:,} incidents, {len(lines)} lines; store read of 4 columns "
              f"{read:.2f} s (not in the scan figures)")  # fmt: skip

        # --- violation scan: vectorised against naive --------------------------------------
        scan = median_of(lambda: match_to_lines(lon, lat, lines, times=times), runs)
        matches = match_to_lines(lon, lat, lines, times=times)
        epsg = geometries_epsg([line.geometry for line in lines])
        lines_m = list(transform_geometries([line.geometry for line in lines], 4326, epsg))
        reach = reach_of(lines, 0.0).tolist()
        pick = random.Random(3).sample(range(n), min(SAMPLE, n))
        x, y = Projection(4326, epsg).transform(lon[pick], lat[pick])
        naive_sample = timed(lambda: _naive_scan(list(x), list(y), lines_m, reach))
        naive = naive_sample * n / len(pick)
        print(
            f"   scan: {len(matches):,} incidents in a buffer zone; naive loop timed on "
            f"{len(pick):,} and scaled ×{n / len(pick):.0f} ({naive_sample:.2f} s measured)"
        )
        report(
            f"violation scan {n // 1000}k × {len(lines)} lines (ms)", scan * 1000, "ms",
            "naive loop (scaled)", naive * 1000,
        )  # fmt: skip
        wide = median_of(lambda: match_to_lines(lon, lat, lines, distance_m=5000), runs)
        report("violation scan, within 5 km (ms)", wide * 1000, "ms", "naive loop (scaled)",
               naive * 1000)  # fmt: skip
        service = median_of(lambda: violations(store), runs)
        print(f"   violations(store) end to end, store read and report included: {service:.2f} s")

        # --- coverage ------------------------------------------------------------------------
        patrols = _patrols(store)
        now = data_now(store, patrols)
        areas = [a for a in store.patrol_areas() if a.area_type == "patrol_area"]
        geometry = median_of(
            lambda: _coverage(areas, patrols, now=now, hours=24, sight_m=500), runs
        )
        end_to_end = median_of(lambda: coverage(store), runs)

        def naive_coverage() -> None:
            areas_m = transform_geometries([a.geometry for a in areas], 4326, epsg)
            tracks = [p.track for p in patrols if p.track is not None]
            tracks_m = transform_geometries(tracks, 4326, epsg)
            since = now - timedelta(hours=24)
            recent = [
                t
                for t, p in zip(tracks_m, [p for p in patrols if p.track is not None], strict=True)
                if (p.actual_end or p.planned_end) >= since
            ]
            for area in areas_m:
                for track in tracks_m:  # last visit: a loop over every track
                    track.intersects(area)
                seen = [t.buffer(500, quad_segs=4) for t in recent if t.distance(area) <= 500]
                area.difference(shapely.union_all(seen)) if seen else area

        naive_cov = timed(naive_coverage)
        print(f"   coverage: {len(areas)} patrol areas, {len(patrols):,} patrols")
        report("coverage geometry (ms)", geometry * 1000, "ms", "per-area loop", naive_cov * 1000)
        print(f"   coverage(store) end to end, patrol records read included: {end_to_end:.2f} s")

        # --- hotspots ------------------------------------------------------------------------
        service = median_of(lambda: hotspots(store), runs)
        px, py = (np.asarray(v) for v in Projection(4326, epsg).transform(lon, lat))
        binning = median_of(lambda: hex_cells(px, py, 2000.0), runs)

        def naive_bins() -> None:
            size = 2000.0 / math.sqrt(3)
            counts: dict[tuple[int, int], int] = {}
            for xx, yy in zip(px[:SAMPLE].tolist(), py[:SAMPLE].tolist(), strict=True):
                fq, fr = (math.sqrt(3) / 3 * xx - yy / 3) / size, (2 / 3 * yy) / size
                fs = -fq - fr
                q, r, s = round(fq), round(fr), round(fs)
                if abs(q - fq) > abs(r - fr) and abs(q - fq) > abs(s - fs):
                    q = -r - s
                elif abs(r - fr) > abs(s - fs):
                    r = -q - s
                counts[(q, r)] = counts.get((q, r), 0) + 1

        naive_hex = timed(naive_bins) * n / min(SAMPLE, n)
        report(f"hex binning {n // 1000}k points (ms)", binning * 1000, "ms",
               "Python loop (5k, scaled)", naive_hex * 1000)  # fmt: skip
        print(f"   hotspots(store) end to end, store read and GeoJSON included: {service:.2f} s")
