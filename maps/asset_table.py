"""The table of the map's web assets: logical name -> path inside ``node_modules``.

Standard library only, and importable on its own: the wheel build (``setup.py``) reads it to copy
exactly these files (and what their stylesheets point at) into the package, before any of the
application's dependencies exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Logical asset name -> POSIX path inside node_modules. Names stay stable when versions change.
ASSETS: Mapping[str, str] = MappingProxyType(
    {
        "leaflet.js": "leaflet/dist/leaflet.js",
        "leaflet.css": "leaflet/dist/leaflet.css",
        "markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
        "markercluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
        "markercluster.default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
        "milsymbol.js": "milsymbol/dist/milsymbol.js",
        "world-atlas-50m": "world-atlas/countries-50m.json",
        "world-atlas-110m": "world-atlas/countries-110m.json",
        "world-atlas-10m": "world-atlas/countries-10m.json",
        "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
        "leaflet.heat.js": "leaflet.heat/dist/leaflet-heat.js",
        # UMD build (kdbush bundled in): defines window.Supercluster without a bundler.
        "supercluster.js": "supercluster/dist/supercluster.min.js",
        # Vector basemaps (bh-vector.js): IIFE builds defining window.pmtiles and window.protomapsL.
        "pmtiles.js": "pmtiles/dist/pmtiles.js",
        "protomaps-leaflet.js": "protomaps-leaflet/dist/protomaps-leaflet.js",
        "leaflet-draw.js": "leaflet-draw/dist/leaflet.draw.js",
        "leaflet-draw.css": "leaflet-draw/dist/leaflet.draw.css",
        "leaflet-measure.js": "leaflet-measure/dist/leaflet-measure.min.js",
        "leaflet-measure.css": "leaflet-measure/dist/leaflet-measure.css",
        "mouse-position.js": "leaflet-mouse-position/src/L.Control.MousePosition.js",
        "mouse-position.css": "leaflet-mouse-position/src/L.Control.MousePosition.css",
        "jquery.js": "jquery/dist/jquery.min.js",
        "bootstrap.js": "bootstrap/dist/js/bootstrap.bundle.min.js",
        "bootstrap.css": "bootstrap/dist/css/bootstrap.min.css",
        # Bootstrap 3's glyphicons only (awesome-markers' "glyphicon" prefix), without its reset.
        "glyphicons.css": "glyphicons-only-bootstrap/css/bootstrap.min.css",
        "fontawesome.css": "@fortawesome/fontawesome-free/css/all.min.css",
        "awesome-markers.js": "drmonty-leaflet-awesome-markers/js/leaflet.awesome-markers.min.js",
        "awesome-markers.css": "drmonty-leaflet-awesome-markers/css/leaflet.awesome-markers.css",
    }
)
