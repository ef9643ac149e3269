"""The daily SITREP: the figures a briefer reads out, and an HTML page that cannot be subverted."""

from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from briefing_mission import END, HOSTILE_TITLE, make_mission
from tests_png import tiny_png

from app.briefing.sitrep import build_sitrep, parse_period, sitrep_html
from app.errors import ValidationError
from app.store import open_store
from maps.assets import remote_references


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("sitrep") / "m.db"
    make_mission(path)
    with open_store(path) as store:
        return build_sitrep(store, period=timedelta(hours=24), end=END)


def test_counts_by_category_and_area_against_the_previous_period(report):
    assert (report.start, report.end) == (END - timedelta(hours=24), END)
    assert (report.total, report.previous_total) == (4, 2)  # the 200-hour-old report is out
    rows = {r.key: (r.current, r.previous, r.change) for r in report.by_category}
    assert rows == {
        "ceasefire_violation": (3, 1, 2),
        "armed_clash": (1, 0, 1),
        "demonstration_peaceful": (0, 1, -1),
    }
    assert report.area_type == "sector"
    areas = {r.label: (r.current, r.previous) for r in report.by_area}
    assert areas == {"Sector North": (3, 1), "Sector South": (1, 1), "Outside any area": (0, 0)}


def test_violations_by_line_and_side_coverage_and_significant_incidents(report):
    assert report.violations.total == 3 and report.previous_violations == 1
    [side] = [c for c in report.violations.by_line_side if c.count]
    assert (side.line_name, side.count) == ("Line A", 3)
    assert side.party in ("Northern Forces", "Southern Army")
    [area] = [a for a in report.coverage.areas if a.name == "PA Alpha"]
    assert area.patrols_in_window == 1 and not area.overdue
    [significant] = report.significant
    assert significant.title == HOSTILE_TITLE and significant.fatalities == 2
    # A CONFIDENTIAL report is behind the figures: the SITREP carries its marking.
    assert report.classification == "CONFIDENTIAL"


def test_the_html_is_marked_escaped_and_self_contained(report):
    page = sitrep_html(report, map_png=tiny_png())
    assert remote_references(page) == []
    assert page.count(">CONFIDENTIAL<") == 2  # top and bottom banners
    assert "#0033A0" in page  # the CONFIDENTIAL colour
    # The hostile title is text: no element or attribute of the attacker's survives.
    assert HOSTILE_TITLE not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Shelling &lt;b&gt;near" in page
    tags = _tags(page)
    assert ("img", "x") not in {(t, a.get("src")) for t, a in tags}
    assert not any("onerror" in a for _, a in tags)
    assert sum(1 for t, a in tags if t == "img" and a["src"].startswith("data:image/png")) == 1
    for heading in ("Incidents by category", "Incidents by sector", "Ceasefire violations by line",
                    "Patrol coverage", "Significant incidents"):  # fmt: skip
        assert heading in page
    assert re.search(r"<td>Line A</td><td>(left|right)</td>", page)


def test_an_empty_mission_gives_an_honest_empty_report(tmp_path: Path):
    with open_store(tmp_path / "empty.db") as store:
        report = build_sitrep(store, end=END)
    assert report.total == 0 and report.by_category == () and report.area_type is None
    page = sitrep_html(report)
    assert "No ceasefire violations in this period." in page
    assert "No significant incidents in this period." in page
    assert page.count(">UNCLASSIFIED<") == 2


@pytest.mark.parametrize(
    ("text", "seconds"), [("24h", 86400), ("2d", 172800), ("90m", 5400), ("1w", 604800)]
)
def test_periods(text: str, seconds: int):
    assert parse_period(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "24", "h", "-3h", "0h", "2y", "400d", "1e3h"])
def test_bad_periods_are_refused(text: str):
    with pytest.raises(ValidationError, match="since"):
        parse_period(text)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _tags(page: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_the_same_report_reads_in_french_with_the_data_unchanged(tmp_path: Path):
    """``report sitrep --lang fr``: headings, tables and labels in French; DTGs, coordinates,
    the marking and free text (titles) exactly as in the English report."""
    from app.i18n import using_language

    path = tmp_path / "m.db"
    make_mission(path)
    with open_store(path) as store, using_language("fr"):
        french = build_sitrep(store, period=timedelta(hours=24), end=END)
        page = sitrep_html(french)
    with open_store(path) as store:
        english = build_sitrep(store, period=timedelta(hours=24), end=END)
    assert "<html lang='fr'>" in page
    for heading in ("Incidents par catégorie", "Incidents par secteur",
                    "Violations du cessez-le-feu par ligne et par côté",
                    "Couverture des patrouilles", "Incidents significatifs"):  # fmt: skip
        assert heading in page
    assert "Daily situation report" not in page and "Significant incidents" not in page
    assert re.search(r"<td>Line A</td><td>(gauche|droite)</td>", page)  # names stay as written
    assert page.count(">CONFIDENTIAL<") == 2
    # The same figures and incidents, the categories in each reader's language.
    assert (french.total, french.previous_total) == (english.total, english.previous_total)
    assert [s.id for s in french.significant] == [s.id for s in english.significant]
    assert [s.title for s in french.significant] == [s.title for s in english.significant]
    french_labels = {r.key: r.label for r in french.by_category}
    english_labels = {r.key: r.label for r in english.by_category}
    assert set(french_labels) == set(english_labels)
    assert all(french_labels[k] != english_labels[k] for k in french_labels)
    assert all(french_labels[k] in page for k in french_labels)
