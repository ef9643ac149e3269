"""The app's MGRS references and date-time groups, as JSON on stdout, for tests/js/util.test.js.

The references come from ``app.domain.coords.to_mgrs`` (the ``mgrs`` package, NGA GEOTRANS):
the page's own MGRS (maps/static/bh-util.js) must write the same. A few thousand points: random
ones over the UTM latitudes, both sides of every zone and band edge, the Norway and Svalbard
exceptions, the equator and the antimeridian, and the polar limits (84°N, 80°S), beyond which
the page writes nothing (the app writes polar UPS references the page does not draw). The
date-time groups come from ``format_dtg`` for stored times written with Z, with an offset and
without a zone (which both sides read as UTC).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta, timezone

from app.domain.coords import format_dtg, to_mgrs

UTM_SOUTH, UTM_NORTH = -80.0, 84.0


def points() -> list[tuple[float, float, int]]:
    rng = random.Random(16)
    out = [(rng.uniform(-79.999, 83.999), rng.uniform(-180, 179.999), 5) for _ in range(2000)]
    out += [(rng.uniform(-79.999, 83.999), rng.uniform(-180, 179.999), rng.randint(1, 4))
            for _ in range(300)]  # fmt: skip
    eps = (1e-6, 1e-4)
    # Zone edges (every 6°) at a few latitudes, a hair either side.
    for lat in (-79.5, -45.0, -0.5, 0.5, 30.0, 60.5, 75.0, 83.5):
        for edge in range(-180, 181, 6):
            for d in eps:
                for lon in (edge - d, edge + d):
                    if -180 <= lon < 180:
                        out.append((lat, lon, 5))
    # Band edges (every 8° from 80°S, and 72°N where band X starts) at a few longitudes.
    for edge in range(-80, 73, 8):
        for lon in (-177.0, -60.5, 0.5, 33.3, 100.0, 179.5):
            for d in eps:
                for lat in (edge - d, edge + d):
                    if UTM_SOUTH <= lat <= UTM_NORTH:
                        out.append((lat, lon, 5))
    # Norway (zone 32V widened from 3°E) and Svalbard (zones 31X, 33X, 35X, 37X).
    for lat in (56.0, 56.0 + 1e-6, 58.3, 63.999999, 64.0):
        for lon in (2.999999, 3.0, 3.000001, 5.9, 6.0, 8.9, 11.999999, 12.0, 12.000001):
            out.append((lat, lon, 5))
    for lat in (71.999999, 72.0, 72.000001, 78.2, 83.999):
        for lon in (-0.000001, 0.0, 8.999999, 9.0, 20.999999, 21.0, 32.999999, 33.0,
                    41.999999, 42.0, 42.000001):  # fmt: skip
            out.append((lat, lon, 5))
    # The equator and the antimeridian.
    for lat in (0.0, 1e-7, -1e-7, 1e-9, -1e-9):
        for lon in (-180.0, -0.5, 0.0, 0.5, 29.999, 179.999999):
            out.append((lat, lon, 5))
    # The polar limits: inside, on, and beyond them (the page writes '' there).
    for lat in (83.999999, 84.0, 84.000001, 86.0, 90.0, -79.999999, -80.0, -80.000001, -85.0,
                -90.0):  # fmt: skip
        for lon in (-179.0, -3.0, 0.0, 15.0, 40.0, 177.0):
            out.append((lat, lon, 5))
    return out


def times() -> list[tuple[str, str]]:
    rng = random.Random(26)
    start = datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC)
    out = []
    for _ in range(300):
        moment = start + timedelta(seconds=rng.randrange(0, 40 * 365 * 86400))
        dtg = format_dtg(moment)
        east = moment.astimezone(timezone(timedelta(hours=rng.choice((-11, -3, 3, 5, 14)))))
        out.append((moment.strftime("%Y-%m-%dT%H:%M:%SZ"), dtg))
        out.append((east.isoformat(), dtg))
        out.append((moment.strftime("%Y-%m-%dT%H:%M:%S"), dtg))
        out.append((moment.strftime("%Y-%m-%dT%H:%M"), format_dtg(moment.replace(second=0))))
    return out


def main() -> None:
    mgrs = []
    for lat, lon, precision in points():
        inside = UTM_SOUTH <= lat <= UTM_NORTH
        mgrs.append([lat, lon, precision, to_mgrs(lat, lon, precision) if inside else ""])
    json.dump({"mgrs": mgrs, "dtg": times()}, sys.stdout)


if __name__ == "__main__":
    main()
