"""The app's view of points on the page's grid lines, for tests/js/grid.test.js.

Reads JSON ``[[lat, lon, zone], ...]`` on stdin and writes, per point, ``[reference, easting,
northing]``: its MGRS reference as the app writes it (``app.domain.coords.to_mgrs``, the
``mgrs`` package, which knows the Norway and Svalbard zones) and its UTM position in the given
zone by pyproj (PROJ), so each traced point can be checked to lie on its line and in its zone.
"""

from __future__ import annotations

import json
import sys
from functools import cache

from pyproj import Transformer

from app.domain.coords import to_mgrs


@cache
def utm(zone: int, south: bool) -> Transformer:
    code = (32700 if south else 32600) + zone
    return Transformer.from_crs("EPSG:4326", f"EPSG:{code}", always_xy=True)


def main() -> None:
    out = []
    for lat, lon, zone in json.load(sys.stdin):
        easting, northing = utm(int(zone), lat < 0).transform(lon, lat)
        out.append([to_mgrs(lat, lon, 5), easting, northing])
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
