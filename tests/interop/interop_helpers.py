"""Shared data for the interop tests (imported by name; conftest modules clash across folders)."""

from __future__ import annotations

import io
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from factories import area, incident, line, map_item, patrol, position, unit
from shapely.geometry import MultiLineString, Point

from app.domain.records import Record

FIXTURES = Path(__file__).parent / "fixtures"


def every_kind() -> list[Record]:
    """One record of each kind, with the awkward values a round trip must keep."""
    u = unit(callsign="Tiger 6", strength=None, short_name="NEP 1")
    return [
        u,
        position(u.id, accuracy_m=12.5, course_deg=270.0),
        incident(
            reporting_unit_id=u.id,
            actors=("Northern Forces", "=cmd|' /C calc'!A0"),
            description='Line 1\nLine 2, with "quotes" and ; semicolons',
            fatalities=2,
            fatalities_civilian=1,
            precision_m=None,
            releasable_to=("NPL", "UN"),
        ),
        area(),
        line(),
        patrol(u.id, task="Route Blue", findings="Nothing to report"),
        map_item(status="restricted", colour="#8c510a", notes="Bridge at km 12 <closed>"),
        map_item(name="CP 4 «Alpha»", item_type="checkpoint", geometry=Point(35.52, 33.26),
                 sidc="10032500001303000000", partner_type="b-m-p-s-m"),
        map_item(name="Sketch", item_type="drawing", releasable_to=("GHA",),
                 geometry=MultiLineString([[(35.0, 33.0), (35.1, 33.1)],
                                           [(35.2, 33.0), (35.3, 33.1)]])),
    ]  # fmt: skip


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`bluehelmet ARGS` run in this process (tests/test_cli.py runs the real entry point):
    its exit code and what it printed, as a finished subprocess would give them."""
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, or a bad argument
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())
