"""Symbol codes: what a user types or imports is accepted, explained, or refused by position."""

from __future__ import annotations

import itertools

import pytest

from app.domain.sidc import (
    AFFILIATIONS,
    ECHELONS,
    describe_sidc,
    normalize_sidc,
    with_affiliation,
    with_echelon,
)
from app.errors import ValidationError

# DOMAIN.md section 4; every one renders in milsymbol.js 3.0.4.
MISSION_SYMBOLS = {
    "10031000161211000000": "friendly infantry battalion",
    "10031000161211003900": "friendly multinational infantry battalion",
    "10031000151412000000": "friendly military police company",
    "10031002181211000000": "friendly infantry brigade HQ",
    "10061000001211000000": "hostile infantry",
    "10041100001100000000": "neutral civilian",
    "10041100001104000900": "refugees / displaced group",
    "10041100001104001400": "NGO",
    "10042000001119010000": "refugee camp",
    "10032500001303000000": "checkpoint",
    "10032500001601000000": "observation post",
    "10034000001301000000": "patrolling",
    "10064000001106000000": "explosion",
    "10064000001103000000": "IED",
    "10044000001201000000": "demonstration",
}


@pytest.mark.parametrize("code", MISSION_SYMBOLS)
def test_every_mission_symbol_is_accepted_unchanged(code: str) -> None:
    assert normalize_sidc(code) == code


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("SFGPUCI----E---", "SFGPUCI----E---"),
        ("SHGPUCI--------", "SHGPUCI--------"),
        ("sfgpucii---d---", "SFGPUCII---D---"),
        ("  10031000161211000000\n", "10031000161211000000"),
        ("1003 1000 1612 1100 0000", "10031000161211000000"),
        ("G*GPGLC---****X", "G*GPGLC---****X"),  # template with placeholders, as in the standard
        ("WA-DPFC----L---", "WA-DPFC----L---"),  # weather: cold front
        ("WAS-PHT---P----", "WAS-PHT---P----"),
    ],
)
def test_codes_are_normalised_so_pasted_codes_compare_equal(typed: str, stored: str) -> None:
    assert normalize_sidc(typed) == stored


def test_describes_a_friendly_infantry_battalion() -> None:
    info = describe_sidc("10031000161211000000")
    assert info.form == "numeric"
    assert info.affiliation == "friend"
    assert info.echelon == "battalion"
    assert info.symbol_set == info.dimension == "land_unit"
    assert info.status == "present"
    assert not info.is_headquarters
    assert not info.is_exercise


def test_describes_a_brigade_headquarters() -> None:
    info = describe_sidc("10031002181211000000")
    assert info.is_headquarters
    assert info.echelon == "brigade"
    assert not info.is_task_force


@pytest.mark.parametrize(
    ("code", "affiliation", "symbol_set"),
    [
        ("10061000001211000000", "hostile", "land_unit"),
        ("10041100001104000900", "neutral", "land_civilian"),
        ("10042000001119010000", "neutral", "land_installation"),
        ("10032500001303000000", "friend", "control_measure"),
        ("10034000001301000000", "friend", "activity"),
        ("10064000001103000000", "hostile", "activity"),
        ("10001000001211000000", "pending", "land_unit"),
        ("10021000001211000000", "assumed_friend", "land_unit"),
        ("10051000001211000000", "suspect", "land_unit"),
        ("10011000001211000000", "unknown", "land_unit"),
    ],
)
def test_describes_affiliation_and_symbol_set(code: str, affiliation: str, symbol_set: str) -> None:
    info = describe_sidc(code)
    assert (info.affiliation, info.symbol_set, info.echelon) == (affiliation, symbol_set, None)


def test_exercise_suspect_and_hostile_are_joker_and_faker() -> None:
    assert describe_sidc("10151000001211000000").affiliation == "joker"
    assert describe_sidc("10161000001211000000").affiliation == "faker"
    exercise_friend = describe_sidc("10131000001211000000")
    assert (exercise_friend.affiliation, exercise_friend.is_exercise) == ("friend", True)


@pytest.mark.parametrize(
    ("code", "affiliation", "exercise", "echelon", "symbol_set"),
    [
        ("SFGPUCI----E---", "friend", False, "company", "land_unit"),
        ("SHGPUCI--------", "hostile", False, None, "land_unit"),
        ("sfgpucii---d---", "friend", False, "platoon", "land_unit"),
        ("SNGPEVC--------", "neutral", False, None, "land_equipment"),
        ("SFGPIRN---H----", "friend", False, None, "land_installation"),
        ("SDGPUCI----F---", "friend", True, "battalion", "land_unit"),
        ("SJGPUCI--------", "joker", True, None, "land_unit"),
        ("SKGPUCI--------", "faker", True, None, "land_unit"),
        ("SUAPMF---------", "unknown", False, None, "air"),
        ("OHVPA----------", "hostile", False, None, "activity"),
        ("G*GPGLC---****X", None, False, None, "control_measure"),
        ("WA-DPFC----L---", None, False, None, "atmospheric"),
    ],
)
def test_describes_letter_codes(
    code: str, affiliation: str | None, exercise: bool, echelon: str | None, symbol_set: str
) -> None:
    info = describe_sidc(code)
    assert info.form == "letter"
    assert (info.affiliation, info.is_exercise, info.echelon, info.symbol_set) == (
        affiliation,
        exercise,
        echelon,
        symbol_set,
    )


@pytest.mark.parametrize(
    ("code", "hq", "task_force", "dummy"),
    [
        ("SFGPUCI---AF---", True, False, False),
        ("SFGPUCI---BF---", True, True, False),
        ("SFGPUCI---EF---", False, True, False),
        ("SFGPUCI---FF---", False, False, True),
        ("SFGPUH---------", True, False, False),  # the "headquarters unit" function id
        ("10031002181211000000", True, False, False),
        ("10031006181211000000", True, True, False),
        ("10031001181211000000", False, False, True),
    ],
)
def test_headquarters_task_force_and_dummy(
    code: str, hq: bool, task_force: bool, dummy: bool
) -> None:
    info = describe_sidc(code)
    assert (info.is_headquarters, info.is_task_force, info.is_dummy) == (hq, task_force, dummy)


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("1003100016121100000", "19 characters"),
        ("100310001612110000000", "21 characters"),
        ("SFGPUCI----E--", "14 characters"),
        ("", "empty"),
        ("10031000161211O00000", "position 15"),  # letter O typed for a zero
        ("1003100016121100000X", "position 20"),
        ("12031000161211000000", "positions 1-2"),
        ("10531000161211000000", "position 3"),
        ("10071000161211000000", "position 4"),
        ("10031200161211000000", "positions 5-6"),
        ("10030000161211000000", "positions 5-6"),
        ("10031060161211000000", "position 7"),
        ("10031008161211000000", "position 8"),
        ("10031000191211000000", "positions 9-10"),
        ("10031000271211000000", "positions 9-10"),
        ("XFGPUCI----E---", "position 1"),
        ("SXGPUCI----E---", "position 2"),
        ("SFQPUCI----E---", "position 3"),
        ("GFAPGLC--------", "position 3"),  # A is an air dimension, not a graphics category
        ("SFGQUCI----E---", "position 4"),
        ("GFGCGLC--------", "position 4"),  # graphics are anticipated or present only
        ("SFGPUC*----E---", "position 7"),
        ("SFGPUCI---ZE---", "position 11"),
        ("SFGPUCI----Z---", "position 12"),
        ("SFGPUCI---MZ---", "position 12"),
        ("SFGPUCI----E1--", "positions 13-14"),
        ("SFGPUCI----EU--", "positions 13-14"),
        ("SFGPUCI----E--Q", "position 15"),
        ("SFGPUCI!---E---", "position 8"),
        ("WAQ-PHT---P----", "positions 3-4"),
    ],
)
def test_malformed_codes_are_refused_naming_the_position(code: str, where: str) -> None:
    with pytest.raises(ValidationError) as raised:
        normalize_sidc(code, "unit.sidc")
    assert raised.value.field == "unit.sidc"
    assert where in raised.value.problem
    if code:
        assert code in raised.value.problem  # the message quotes the code it refuses


def test_a_non_text_code_is_refused() -> None:
    with pytest.raises(ValidationError, match="as text"):
        normalize_sidc(10031000161211000000)  # type: ignore[arg-type]


def test_with_affiliation_turns_a_friendly_unit_hostile() -> None:
    hostile = with_affiliation("10031000161211000000", "hostile")
    assert hostile == "10061000161211000000"
    assert describe_sidc(hostile).affiliation == "hostile"


def test_with_affiliation_joker_makes_an_exercise_code() -> None:
    joker = with_affiliation("10031000161211000000", "joker")
    assert joker == "10151000161211000000"
    assert describe_sidc(joker).affiliation == "joker"


def test_with_affiliation_keeps_the_exercise_variant_of_letter_codes() -> None:
    assert with_affiliation("SFGPUCI----E---", "hostile") == "SHGPUCI----E---"
    assert with_affiliation("SDGPUCI----E---", "neutral") == "SLGPUCI----E---"
    assert with_affiliation("SFGPUCI----E---", "faker") == "SKGPUCI----E---"


def test_with_echelon_sets_and_clears_the_amplifier() -> None:
    assert with_echelon("10031000001211000000", "brigade") == "10031000181211000000"
    assert with_echelon("10031000181211000000", None) == "10031000001211000000"
    assert with_echelon("SFGPUCI--------", "company") == "SFGPUCI----E---"
    assert with_echelon("sfgpuci----e---", None) == "SFGPUCI--------"


def test_helpers_refuse_unknown_names_and_unusable_slots() -> None:
    with pytest.raises(ValidationError, match="not one of"):
        with_affiliation("10031000161211000000", "ally")
    with pytest.raises(ValidationError, match="not one of"):
        with_echelon("10031000161211000000", "platoon-ish")
    with pytest.raises(ValidationError, match="mobility"):
        with_echelon("SFGPEVAT--MQ---", "company")  # position 11-12 holds "tracked"
    with pytest.raises(ValidationError, match="weather"):
        with_affiliation("WAS-PHT---P----", "friend")


def test_every_affiliation_and_echelon_the_generator_can_ask_for_is_valid() -> None:
    for affiliation, echelon in itertools.product(AFFILIATIONS, (*ECHELONS, None)):
        code = with_echelon(with_affiliation("10031000161211000000", affiliation), echelon)
        info = describe_sidc(code)
        assert (info.affiliation, info.echelon) == (affiliation, echelon)
        assert (info.symbol_set, info.form) == ("land_unit", "numeric")
