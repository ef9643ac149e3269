"""Analysis services: ceasefire violations, patrol coverage, proximity, hotspots.

What the morning brief asks of the picture — violations by line and side, areas not patrolled,
which units are near an incident, where incidents are rising — answered from a MissionStore by
plain synchronous functions returning frozen dataclasses (``as_dict()`` gives JSON-ready data for
the CLI; the UI shows them in a dock and as map layers, running them in its own worker).

Everything is measured in metres: in the UTM zone of the data's centre (``app.domain.geo``) or
geodesically on WGS 84, never in degrees. Work over many features is vectorised (shapely 2 array
functions, STRtree, numpy). All PROJ work goes through ``app.domain.geo``.

Services layer: imports the domain and the store only; must not import Qt, app.ui or app.cli.
"""

from app.analysis.coverage import AreaCoverage, CoverageReport, coverage, data_now
from app.analysis.hotspots import AreaTrend, HexBin, HotspotReport, Trend, hotspots
from app.analysis.lines import LineMatches, match_to_lines
from app.analysis.proximity import (
    IncidentNearUnit,
    NearestUnit,
    UnitInBufferZone,
    incidents_near_units,
    nearest_units,
    units_in_buffer_zones,
)
from app.analysis.violations import (
    LineSideCount,
    Violation,
    ViolationReport,
    default_categories,
    violations,
)

__all__ = [
    "AreaCoverage",
    "AreaTrend",
    "CoverageReport",
    "HexBin",
    "HotspotReport",
    "IncidentNearUnit",
    "LineMatches",
    "LineSideCount",
    "NearestUnit",
    "Trend",
    "UnitInBufferZone",
    "Violation",
    "ViolationReport",
    "coverage",
    "data_now",
    "default_categories",
    "hotspots",
    "incidents_near_units",
    "match_to_lines",
    "nearest_units",
    "units_in_buffer_zones",
    "violations",
]
