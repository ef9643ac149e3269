"""What the GUI and the briefing outputs read — the picture, the timeline, saved views, the
classification marking — is the same on a PostGIS mission as on a file holding the same
records (they read through the store contract only)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from factories import T0, incident, map_item, position, unit

from app.briefing.timeline import incidents_per_day, window_total
from app.briefing.views import SavedView, ViewStore
from app.mission import marked_title
from app.picture import build_picture
from app.store import open_mission


def _fill(store: Any) -> None:
    force = unit(designation="FORCE HQ")
    store.save_many(
        [
            force,
            position(force.id),
            position(force.id, minutes=30),
            map_item(name="Checkpoint 4"),
            *(
                incident(
                    title=f"Impact {i}",
                    occurred_start=T0 - timedelta(days=i % 3),
                    classification="CONFIDENTIAL" if i == 4 else "UNCLASSIFIED",
                    lon=35.5 + i / 100,
                )
                for i in range(7)
            ),
        ]
    )


def test_picture_timeline_views_and_marking_agree_across_engines(tmp_path: Path, pg_url: str):
    with open_mission(tmp_path / "m.db") as lite, open_mission(pg_url) as hq:
        for store in (lite, hq):
            _fill(store)
            ViewStore(store).save(
                SavedView(name="Morning brief", bounds=(35.0, 33.0, 36.0, 34.0), grid="mgrs")
            )
        pictures = [build_picture(s, with_details=True) for s in (lite, hq)]
        assert pictures[0].counts == pictures[1].counts
        assert pictures[1].counts["incidents"] == 7 and pictures[1].counts["units"] == 1
        days = [incidents_per_day(s) for s in (lite, hq)]
        assert days[0] == days[1] and window_total(days[1]) == 7
        views = [ViewStore(s).list() for s in (lite, hq)]
        assert views[0] == views[1] and views[1][0].grid == "mgrs"
        assert marked_title(lite) == marked_title(hq)
