"""Map items: the type vocabulary, and a record that refuses a type its shape cannot take."""

from __future__ import annotations

import pytest
from factories import map_item
from shapely.geometry import LineString, MultiPoint, Point, Polygon

from app.domain.map_items import MAP_ITEM_TYPES, item_type_for, types_for_shape
from app.domain.records import RECORD_KINDS, MapItem
from app.domain.serialize import content_hash, record_from_dict, record_to_dict
from app.errors import ValidationError

SQUARE = Polygon([(35.0, 33.0), (35.1, 33.0), (35.1, 33.1), (35.0, 33.1)])


def test_map_item_is_a_record_kind_with_the_full_envelope():
    assert RECORD_KINDS["map_item"] is MapItem
    item = map_item(colour="#A50F15", status="restricted", releasable_to=("gha", "UN"))
    assert item.colour == "#a50f15" and item.releasable_to == ("GHA", "UN")
    again = record_from_dict(record_to_dict(item))
    assert again == item and content_hash(again) == content_hash(item)
    assert item.evolve(deleted=True).deleted


@pytest.mark.parametrize(
    "item_type, geometry",
    [
        ("checkpoint", Point(35.5, 33.2)),
        ("observation_post", MultiPoint([(35.5, 33.2), (35.6, 33.3)])),
        ("road", LineString([(35.4, 33.2), (35.6, 33.3)])),
        ("drawing", LineString([(35.4, 33.2), (35.6, 33.3)])),
        ("drawing", SQUARE),
        ("zone", SQUARE),
    ],
)
def test_each_type_takes_the_shapes_it_is_drawn_as(item_type, geometry):
    assert map_item(item_type=item_type, geometry=geometry).item_type == item_type


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"item_type": "road", "geometry": Point(35.5, 33.2)}, "item_type", "not as a point"),
        ({"item_type": "ceasefire_line"}, "item_type", "is not one of"),
        ({"colour": "red"}, "colour", "not a colour"),
        ({"status": "paved"}, "status", "is not one of"),
        ({"sidc": "1003"}, "sidc", "characters long"),
        ({"name": " "}, "name", "is required"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_field(changes, field, words):
    with pytest.raises(ValidationError) as refused:
        map_item(**changes)
    assert refused.value.field == field and words in str(refused.value)


def test_a_control_measure_keeps_its_symbol_code():
    item = map_item(
        item_type="checkpoint", geometry=Point(35.5, 33.2), sidc=" 1003250000130300 0000"
    )
    assert item.sidc == "10032500001303000000"


@pytest.mark.parametrize(
    "words, shape, expected",
    [
        (["Main road"], "line", "road"),
        (["primary"], "line", "line"),
        (["MSR Blue"], "line", "route"),
        (["Two observation posts"], "point", "observation_post"),
        (["IDP camp"], "point", "idp_site"),
        (["river"], "point", "marker"),  # a river cannot be a point: no guess
        (["Sector East"], "area", "area"),
        ([None, "", "LZ Hawk"], "point", "landing_zone"),
    ],
)
def test_a_partners_words_give_the_type_or_the_plain_fallback(words, shape, expected):
    assert item_type_for(words, shape) == expected


def test_every_type_names_its_shapes_and_every_shape_has_types():
    for item in MAP_ITEM_TYPES.values():
        assert item.shapes and item.label
    assert "checkpoint" in types_for_shape("point") and "road" in types_for_shape("line")
    assert "zone" in types_for_shape("area") and "road" not in types_for_shape("area")
