"""A language tag on a record's free text: checked like any partner input, in canonical case,
part of the content (hashed and signed), and absent from the serialised form when unset, so
that every record made before it existed hashes exactly as it did."""

from __future__ import annotations

import pytest
from factories import T0, area, incident, line, map_item, patrol
from shapely.geometry import Point

from app.domain.langtag import differs_from, normalize_language_tag
from app.domain.records import MapItem
from app.domain.serialize import canonical_json, content_hash, record_from_dict, record_to_dict
from app.errors import ValidationError
from app.store.rows import record_to_row


def golden_records() -> list:
    """The records whose hashes were computed before records had a language tag."""
    return [
        incident(id="golden-incident", origin="NEPBATT 1", title="Tirs entendus",
                 description="Deux rafales.", actors=("A", "B")),
        area(id="golden-area", origin="NEPBATT 1"),
        line(id="golden-line", origin="NEPBATT 1", agreement="Accord"),
        patrol("golden-unit", id="golden-patrol", origin="NEPBATT 1", task="Route recce",
               findings="Nothing"),
        MapItem(id="golden-item", origin="NEPBATT 1", name="CP 12", item_type="checkpoint",
                geometry=Point(35.5, 33.2), notes="Manned"),
    ]  # fmt: skip


#: Content hashes of ``golden_records`` made by the code before the tag existed (the commit
#: before it on main): a record without a tag must hash exactly so, or every signature made
#: before would stop verifying.
GOLDEN = {
    "incident": "f38144ce0b88b4fa4a41ab55e05aec44e1d87639e4de4b694456d39e5f28da74",
    "patrol_area": "c9deb33ba14f18fba5677d8f43b72e12e65f7422596fec4e8e4d2e327f0d21ba",
    "ceasefire_line": "10120566bf09c5136e7ea74a0813e4aa22b641f70029d4130d166c1fddad90ea",
    "patrol": "8482500976348def818d866ce31c9b5775ec70ae1d72eb0192e8b37069f81391",
    "map_item": "e35193a388c5681fcb9ca535e8c882c28f436df924f14c856a4130e0e987a531",
}


def test_a_record_without_a_tag_hashes_exactly_as_before_the_tag_existed():
    for record in golden_records():
        assert record.text_lang == ""
        assert "text_lang" not in record_to_dict(record)
        assert "text_lang" not in canonical_json(record)
        assert content_hash(record) == GOLDEN[record.KIND], record.KIND
        assert record_to_row(record)["content_hash"] == GOLDEN[record.KIND]


def test_a_tag_is_part_of_the_content_and_survives_the_json_form():
    for record in golden_records():
        tagged = record.evolve(text_lang="fr")
        assert record_to_dict(tagged)["text_lang"] == "fr"
        assert content_hash(tagged) != GOLDEN[record.KIND]
        assert record_to_row(tagged)["content_hash"] == content_hash(tagged)
        assert record_from_dict(record_to_dict(tagged)) == tagged
        assert record_from_dict(record_to_dict(record)).text_lang == ""


@pytest.mark.parametrize(
    ("given", "stored"),
    [("fr", "fr"), ("EN", "en"), ("pt-br", "pt-BR"), (" ar ", "ar"), ("zh-hant-tw", "zh-Hant-TW"),
     ("sr-latn-rs", "sr-Latn-RS"), ("es-419", "es-419"), ("de-CH-1901", "de-CH-1901"),
     ("x-local", "x-local"), ("", ""), (None, "")],
)  # fmt: skip
def test_tags_are_kept_in_their_canonical_case(given, stored):
    assert incident(text_lang=given).text_lang == stored
    assert normalize_language_tag(given) == stored


@pytest.mark.parametrize(
    ("given", "said"),
    [("f", "'f' is not a language tag"), ("fr_FR", "'fr_FR' is not a language tag"),
     ("en--us", "is not a language tag"), ("français", "is not a language tag"),
     ("en-US-", "is not a language tag"),
     ("a" * 36, "36 characters long; a language tag has at most 35"),
     ("en-" + "a" * 40, "characters long"), (12, "expected a language tag, got int"),
     ("fr\x00", "is not a language tag")],
)  # fmt: skip
def test_a_bad_tag_is_refused_naming_the_field(given, said):
    with pytest.raises(ValidationError, match=said) as caught:
        incident(text_lang=given)
    assert str(caught.value).startswith("text_lang: ")
    assert "\n" not in str(caught.value)
    data = record_to_dict(map_item()) | {"text_lang": given}
    with pytest.raises(ValidationError, match="text_lang"):
        record_from_dict(data)


def test_a_reader_is_told_when_the_text_is_in_another_language():
    assert differs_from("fr", "en") and differs_from("pt-BR", "fr") and differs_from("x-a", "en")
    assert not differs_from("fr", "fr") and not differs_from("fr-CA", "fr")
    assert not differs_from("", "fr")  # untagged: nothing to say


def test_records_without_free_text_carry_no_tag():
    from factories import position, unit

    assert not hasattr(unit(), "text_lang")
    assert not hasattr(position("u-1", observed_at=T0), "text_lang")
