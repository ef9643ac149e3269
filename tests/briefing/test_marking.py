"""Classification marking: the highest label of what is shown, in colours legible from afar."""

from __future__ import annotations

from pathlib import Path

import factories
import pytest
from briefing_mission import END, make_mission

from app.briefing.marking import (
    LEVELS,
    banner_colours,
    contrast_ratio,
    highest,
    rank,
    shown_classification,
)
from app.picture import IncidentFilter
from app.store import open_store


def test_un_levels_rank_low_to_high():
    assert LEVELS == ("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL")
    assert highest(["UNCLASSIFIED", "strictly  confidential", "CONFIDENTIAL"]) == (
        "STRICTLY CONFIDENTIAL"
    )
    assert highest([]) == "UNCLASSIFIED"
    assert highest(["", "UNCLASSIFIED"]) == "UNCLASSIFIED"


def test_a_label_outside_the_configured_list_is_never_under_marked():
    assert rank("NATO SECRET") > rank("STRICTLY CONFIDENTIAL")
    assert highest(["STRICTLY CONFIDENTIAL", "NATO SECRET"]) == "NATO SECRET"
    mission = ("UNCLASSIFIED", "UN RESTRICTED", "CONFIDENTIAL")
    assert highest(["UN RESTRICTED", "UNCLASSIFIED"], mission) == "UN RESTRICTED"


@pytest.mark.parametrize(
    ("label", "background"),
    [
        ("UNCLASSIFIED", "#005F2A"),
        ("CONFIDENTIAL", "#0033A0"),
        ("STRICTLY CONFIDENTIAL", "#A50000"),
        ("UN RESTRICTED", "#5B2C83"),
        ("NATO SECRET", "#A50000"),
        ("MISSION EYES ONLY", "#000000"),
    ],
)
def test_banner_colours_are_distinct_and_high_contrast(label: str, background: str):
    bg, fg = banner_colours(label)
    assert bg == background
    assert contrast_ratio(bg, fg) >= 7.0


def test_the_marking_follows_what_the_view_shows(tmp_path: Path):
    path = tmp_path / "m.db"
    make_mission(path)
    with open_store(path) as store:
        # The CONFIDENTIAL report is an armed clash: filtered out, the view is UNCLASSIFIED.
        assert shown_classification(store) == "CONFIDENTIAL"
        only_fire = IncidentFilter(categories=("ceasefire_violation",))
        assert shown_classification(store, only_fire) == "UNCLASSIFIED"
        assert shown_classification(store, None, ["lines", "areas"]) == "UNCLASSIFIED"
        store.save(factories.line(name="Line B", classification="STRICTLY CONFIDENTIAL"))
        assert shown_classification(store, only_fire, ["incidents"]) == "UNCLASSIFIED"
        assert shown_classification(store, only_fire, ["lines"]) == "STRICTLY CONFIDENTIAL"
        # Deleted records are not shown, so they do not mark.
        secret = store.save(factories.incident(classification="STRICTLY CONFIDENTIAL",
                                               occurred_start=END))  # fmt: skip
        assert shown_classification(store, only_fire, ["incidents"]) == "STRICTLY CONFIDENTIAL"
        store.delete("incident", secret.id)
        assert shown_classification(store, only_fire, ["incidents"]) == "UNCLASSIFIED"
