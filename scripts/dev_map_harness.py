"""Developer harness for the map page: one mission, drawn as the app draws it, with its figures.

Not part of the app: it exists to look at the page while working on its scripts
(maps/static/bh-map-*.js). Everything comes from the app's own code: the page from
``maps.document.build_map_html``, the data from the picture service, the drawing from the
offscreen ``MapView`` that ``bluehelmet render`` uses.

    .venv/bin/bluehelmet --db /tmp/bh/big.db demo --size 100000    # a mission to look at
    .venv/bin/python scripts/dev_map_harness.py /tmp/bh/big.db --out /tmp/bh/map.png
    .venv/bin/python scripts/dev_map_harness.py /tmp/bh/big.db --html /tmp/bh/map.html
    .venv/bin/python scripts/dev_map_harness.py /tmp/bh/big.db --out /tmp/bh/sel.png \\
        --step "bhMap.select('incident', 'INC-0', {popup: true})"

``--out`` prints how long the page took to paint, its timings, counts and layer state, and the
last console messages; each ``--step`` runs in the page before the picture is taken. ``--html``
writes the standalone page (data inline) to open in a browser. The page's MGRS is checked
against the app's by ``node --test tests/js/`` (``make test``). Exits non-zero when the page
reports errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.picture import build_picture, mission_bounds
from app.store import open_store
from maps.document import PageOptions, build_map_html

_STATE = (
    "JSON.stringify({layers: bhMap.layerState(), counts: bhMap.counts(), view: bhMap.view(),"
    " errors: bhMap.errors})"
)


def write_html(db: Path, out: Path, title: str) -> None:
    with open_store(db, readonly=True) as store:
        picture = build_picture(store, with_details=True)
        bounds = mission_bounds(store)
    html = build_map_html(
        PageOptions(title=title, bounds=bounds, mode="standalone", payload_json=picture.to_json())
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(f"{out}: {len(html):,} bytes, {picture.counts}")


def grab(db: Path, out: Path, title: str, size: tuple[int, int], steps: list[str]) -> int:
    from app.ui.render import grab_map, save_image

    state: dict = {}

    def prepare(view) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEventLoop

        for step in steps:
            view.map_page.runJavaScript(step)
        loop = QEventLoop()
        view.map_page.runJavaScript(_STATE, 0, lambda text: (state.update(json.loads(text)),
                                                             loop.quit()))  # fmt: skip
        loop.exec()

    image, info = grab_map(db, size=size, title=title, prepare=prepare, settle_ms=600)
    save_image(image, out)
    print(f"{out}: painted in {info.get('initMs', 0):.0f} ms, {info['seconds']:.1f} s in all")
    print("timings:", info.get("timings"))
    print("counts:", state.get("counts"))
    print("view:", state.get("view"))
    for name, layer in (state.get("layers") or {}).items():
        print(f"  {name:<10} {layer}")
    print("console:", info.get("console"))
    errors = state.get("errors") or []
    print(f"bhMap.errors ({len(errors)}): {errors}")
    return 1 if errors else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="mission database (bluehelmet demo makes one)")
    parser.add_argument("--out", type=Path, help="PNG of the painted map")
    parser.add_argument("--html", type=Path, help="standalone page with the data inline")
    parser.add_argument("--step", action="append", default=[], help="JS to run before the PNG")
    parser.add_argument("--size", default="1600x1000", help="view size WxH")
    parser.add_argument("--title", default="Blue Helmet COP (dev harness)")
    args = parser.parse_args()
    if not (args.out or args.html):
        parser.error("give --out, --html or both")
    if args.html:
        write_html(args.db, args.html, args.title)
    if args.out:
        width, height = (int(v) for v in args.size.lower().split("x"))
        return grab(args.db, args.out, args.title, (width, height), args.step)
    return 0


if __name__ == "__main__":
    sys.exit(main())
