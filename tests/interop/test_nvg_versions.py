"""NVG as other tools write it: 0.3 without a namespace, 1.4/1.5/2.0 namespaced or prefixed,
hyperlink wrappers, every geometry element, APP-6A/B and 2525B/C/D symbols, byte-order marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.interop.base import Job
from app.interop.importer import detect
from app.interop.nvg import NvgReader, symbol_to_sidc

ITEMS = """
  <{p}point x="35.5" y="33.2" symbol="app6a:SFGPUCI----D" label="1 Coy"/>
  <{p}a href="http://example.org/info">
    <{p}polyline points="35.1,33.1 35.2,33.2" label="Route"/>
    <{p}g label="inner"><{p}point x="35.6" y="33.3" symbol="SHGPUCA---*****"/></{p}g>
  </{p}a>
  <{p}text x="35.7" y="33.4">Bridge out</{p}text>
  <{p}ellipse cx="35.5" cy="33.0" rx="1000" ry="500" rotation="30"/>
  <{p}arcband cx="35.5" cy="33.0" minr="100" maxr="1000" startangle="10" endangle="80"/>
  <{p}corridor points="35.1,33.1 35.2,33.2" width="500"/>
  <{p}orbit points="35.1,33.1 35.2,33.2" width="500"/>
  <{p}arc cx="35.5" cy="33.0" r="1000" startangle="10" endangle="80"/>
  <{p}multipoint points="35.1,33.1 35.2,33.2"/>
  <{p}circle cx="35.5" cy="33.0" r="1000"/>
  <{p}polygon points="35.1,33.1 35.2,33.2 35.3,33.1"/>
"""
GEOMETRIES = [
    "Point", "LineString", "Point", "Point", "Polygon", "Polygon", "LineString", "LineString",
    "LineString", "MultiPoint", "Polygon", "Polygon",
]  # fmt: skip

DOCUMENTS = {
    "0.3": '<nvg version="0.3">{items}</nvg>',
    "1.4": '<nvg xmlns="http://tide.act.nato.int/schemas/2008/10/nvg" version="1.4.0">'
    "{items}</nvg>",
    "1.5": '<nvg:nvg xmlns:nvg="http://tide.act.nato.int/schemas/2009/10/nvg" version="1.5.0">'
    "{items}</nvg:nvg>",
    "2.0": '<nvg xmlns="https://tide.act.nato.int/schemas/2012/10/nvg" version="2.0.2">'
    "{items}</nvg>",
}


@pytest.mark.parametrize("version", list(DOCUMENTS))
@pytest.mark.parametrize("bom", ["", "utf-8-sig", "utf-16"])
def test_every_version_and_element_is_read_through_links_and_groups(
    tmp_path: Path, version: str, bom: str
):
    prefix = "nvg:" if version == "1.5" else ""
    text = '<?xml version="1.0" encoding="{enc}"?>' + DOCUMENTS[version].format(
        items=ITEMS.format(p=prefix)
    )
    path = tmp_path / "overlay.nvg"
    encoding = bom or "utf-8"
    path.write_bytes(text.format(enc="UTF-16" if bom == "utf-16" else "UTF-8").encode(encoding))
    assert detect(path).name == "nvg"
    features = list(NvgReader().read(path, Job()))
    assert [f.problem for f in features] == [None] * 12
    assert [f.geometry.geom_type for f in features] == GEOMETRIES
    assert features[1].properties["link"] == "http://example.org/info"
    assert features[2].layer == "inner" and features[2].properties["sidc"] == "SHGPUCA---*****"
    assert features[3].name == "Bridge out"
    assert (features[0].geometry.x, features[0].geometry.y) == (35.5, 33.2)


@pytest.mark.parametrize(
    "symbol, sidc",
    [
        ("app6a:SFGPUCI----D", "SFGPUCI----D---"),  # 14 characters: padded
        ("app6a:SFGPUCI----D---", "SFGPUCI----D---"),
        ("app6b:sfgpuci---", "SFGPUCI--------"),
        ("2525b:SHGPUCA---*****", "SHGPUCA---*****"),
        ("2525c:SNGPUCR----E---", "SNGPUCR----E---"),
        ("2525d:10031000001211000000", "10031000001211000000"),
        ("app6d:10061000001211000000", "10061000001211000000"),
        ("SFGP**********", "SFGP------****-"),
        ("nonsense", None),
    ],
)
def test_symbol_codes_of_every_standard_become_sidcs(symbol: str, sidc: str | None):
    assert symbol_to_sidc(symbol) == sidc


def test_style_colours_in_every_css_form_are_kept(tmp_path: Path):
    """NVG writers give colours as ``rgb(r,g,b)``, ``#rgb`` or a fill alone (as in
    spatialillusions/nvg ``dev/sample.xml``): the map item keeps the colour its maker drew."""
    from app.interop.importer import import_file
    from app.store import open_store

    path = tmp_path / "colours.nvg"
    path.write_text(
        '<nvg:nvg xmlns:nvg="https://tide.act.nato.int/schemas/2012/10/nvg" version="2.0.0">'
        '<nvg:corridor label="Blue" points="15.5,60.1 16,60" width="5000" '
        'style="stroke:rgb(0,0,255);stroke-width:2;fill:none"/>'
        '<nvg:circle label="Green" cx="17" cy="60" r="5000" '
        'style="stroke-width:1;fill:#66FF66;fill-opacity:0.5"/>'
        '<nvg:polyline label="Red" points="15.5,60 16,60" style="stroke:#f00"/>'
        "</nvg:nvg>",
        encoding="utf-8",
    )
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path)
        colours = {m.name: m.colour for m in store.map_items()}
    assert colours == {"Blue": "#0000ff", "Green": "#66ff66", "Red": "#ff0000"}
