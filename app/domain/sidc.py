"""Military symbol identification codes (SIDC): checking, describing and adjusting them.

Two forms are in use and both arrive on import: the 20-digit MIL-STD-2525D/E / APP-6(D) number
and the 15-character MIL-STD-2525C / APP-6(B) letter code. This module checks a code's *structure*
(every position holds a value the standard defines) so that a typo is caught where it is typed,
with a sentence naming the position at fault; it does not hold the catalogue of icons, which is
milsymbol.js's job when the symbol is drawn. Numeric codes are preferred for storage.

Plain Python: this module must not import Qt, SQLite or the store, UI or map packages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import translate

__all__ = [
    "AFFILIATIONS",
    "ECHELONS",
    "SidcInfo",
    "describe_sidc",
    "normalize_sidc",
    "with_affiliation",
    "with_echelon",
]

# --- 20-digit form (2525D/E, APP-6(D)) -------------------------------------------------------

_VERSIONS = ("10", "11", "13")

_CONTEXTS = {"0": "reality", "1": "exercise", "2": "simulation"}

#: Standard identity digit (position 4) → affiliation name.
_IDENTITY_BY_DIGIT = {
    "0": "pending",
    "1": "unknown",
    "2": "assumed_friend",
    "3": "friend",
    "4": "neutral",
    "5": "suspect",
    "6": "hostile",
}

#: Symbol set (positions 5-6) → short name. Only the sets 2525D/E actually define.
_SYMBOL_SETS = {
    "01": "air",
    "02": "air_missile",
    "05": "space",
    "06": "space_missile",
    "10": "land_unit",
    "11": "land_civilian",
    "15": "land_equipment",
    "20": "land_installation",
    "25": "control_measure",
    "27": "dismounted_individual",
    "30": "sea_surface",
    "35": "sea_subsurface",
    "36": "mine_warfare",
    "40": "activity",
    "45": "atmospheric",
    "46": "oceanographic",
    "47": "meteorological_space",
    "50": "signals_intelligence_space",
    "51": "signals_intelligence_air",
    "52": "signals_intelligence_land",
    "53": "signals_intelligence_surface",
    "54": "signals_intelligence_subsurface",
    "60": "cyberspace",
}

_STATUS_BY_DIGIT = {
    "0": "present",
    "1": "planned",
    "2": "fully_capable",
    "3": "damaged",
    "4": "destroyed",
    "5": "full_to_capacity",
}

#: Echelon amplifier (positions 9-10) → echelon name, in ascending size.
_ECHELON_BY_DIGITS = {
    "11": "team",
    "12": "squad",
    "13": "section",
    "14": "platoon",
    "15": "company",
    "16": "battalion",
    "17": "regiment",
    "18": "brigade",
    "21": "division",
    "22": "corps",
    "23": "army",
    "24": "army_group",
    "25": "region",
    "26": "command",
}

#: Every value 2525D defines for positions 9-10: none, echelons, mobility (3x wheeled/tracked/
#: towed/rail/pack animals, 4x snow, 5x water), towed arrays (6x) and leadership (7x).
_AMPLIFIERS = frozenset(
    ["00", *_ECHELON_BY_DIGITS]
    + [f"3{d}" for d in "1234567"]
    + ["41", "42", "51", "52", "61", "62", "71", "72"]
)

#: HQ / task force / feint-dummy digit (position 8) → (headquarters, task force, dummy).
_HQ_TF_DUMMY = {str(d): (d in (2, 3, 6, 7), d in (4, 5, 6, 7), d in (1, 3, 5, 7)) for d in range(8)}

# --- 15-character form (2525C, APP-6(B)) -----------------------------------------------------

_SCHEMES = {
    "S": "warfighting",
    "G": "tactical graphics",
    "W": "meteorological and oceanographic",
    "I": "signals intelligence",
    "O": "stability operations",
    "E": "emergency management",
}

#: Affiliation letter (position 2) → (affiliation name, exercise?).
_AFFILIATION_BY_LETTER = {
    "P": ("pending", False),
    "U": ("unknown", False),
    "A": ("assumed_friend", False),
    "F": ("friend", False),
    "N": ("neutral", False),
    "S": ("suspect", False),
    "H": ("hostile", False),
    "G": ("pending", True),
    "W": ("unknown", True),
    "M": ("assumed_friend", True),
    "D": ("friend", True),
    "L": ("neutral", True),
    "J": ("joker", True),
    "K": ("faker", True),
}

#: Battle dimension / category (position 3) per scheme → symbol set short name. For the
#: warfighting ground dimension the function id refines it (see ``_letter_symbol_set``).
_DIMENSIONS = {
    "S": {
        "P": "space",
        "A": "air",
        "G": "land_unit",
        "S": "sea_surface",
        "U": "sea_subsurface",
        "F": "special_operations",
        "X": "other",
        "Z": "unknown",
    },
    "I": {
        "P": "signals_intelligence_space",
        "A": "signals_intelligence_air",
        "G": "signals_intelligence_land",
        "S": "signals_intelligence_surface",
        "U": "signals_intelligence_subsurface",
    },
    "O": {
        "V": "activity",
        "O": "activity",
        "R": "activity",
        "L": "land_installation",
        "I": "land_equipment",
        "P": "land_civilian",
        "G": "land_civilian",
    },
    "E": {
        "I": "activity",
        "N": "activity",
        "O": "land_unit",
        "F": "land_installation",
    },
    "G": {key: "control_measure" for key in "TGMFSO"},
}

_METOC_CATEGORIES = {"A": "atmospheric", "O": "oceanographic", "S": "meteorological_space"}

_STATUSES = {
    "S": "APCDXF",
    "I": "APCDXF",
    "O": "APCDXF",
    "E": "APCDXF",
    "G": "AP",
}

#: Base affiliation letters and their exercise counterparts, position for position.
_BASE_LETTERS = "PUAFNSH"
_EXERCISE_LETTERS = "GWMDLJK"
_LETTER_BY_AFFILIATION = {
    name: letter for letter, (name, exercise) in _AFFILIATION_BY_LETTER.items() if not exercise
}

_STATUS_BY_LETTER = {
    "P": "present",
    "A": "planned",
    "C": "fully_capable",
    "D": "damaged",
    "X": "destroyed",
    "F": "full_to_capacity",
}

_ECHELON_LETTERS = dict(zip("ABCDEFGHIJKLMN", _ECHELON_BY_DIGITS.values(), strict=True))
_LETTER_BY_ECHELON = {name: letter for letter, name in _ECHELON_LETTERS.items()}

#: Position 11 modifier letters: A HQ, B task force HQ, C dummy HQ, D dummy task force HQ,
#: E task force, F dummy, G dummy task force; H installation, M mobility, N towed array.
_UNIT_MODIFIERS = "ABCDEFG"
_MOBILITY_LETTERS = "OPQRSTUVWXY"
_TOWED_ARRAY_LETTERS = "SL"
_ORDER_OF_BATTLE = "ACEGNSX"

_LETTER_CHARS = re.compile(r"[A-Z0-9*-]")

#: Affiliation names accepted by :func:`with_affiliation`.
AFFILIATIONS = (
    "pending",
    "unknown",
    "assumed_friend",
    "friend",
    "neutral",
    "suspect",
    "hostile",
    "joker",
    "faker",
)

#: Echelon names, smallest first, as :func:`describe_sidc` reports them.
ECHELONS = tuple(_ECHELON_BY_DIGITS.values())


@dataclass(frozen=True)
class SidcInfo:
    """What a symbol code says, in words the rest of the application can test against."""

    code: str
    form: str  # "numeric" or "letter"
    affiliation: str | None  # None for weather codes and '*' placeholders
    is_exercise: bool
    symbol_set: str  # short name such as "land_unit"; "" when a METOC code does not say
    status: str | None
    echelon: str | None
    is_headquarters: bool
    is_task_force: bool
    is_dummy: bool

    @property
    def dimension(self) -> str:
        """The letter form calls it a battle dimension; same value as ``symbol_set``."""
        return self.symbol_set


def normalize_sidc(code: str, field: str = "sidc") -> str:
    """Return ``code`` in its canonical spelling, or raise ``ValidationError`` naming the position.

    Whitespace is dropped and the letter form upper-cased, so pasted codes compare equal.
    """
    if not isinstance(code, str):
        raise ValidationError(
            field,
            translate("Symbols", "expected a symbol code as text, got {code!r}").format(code=code),
        )
    text = "".join(code.split())
    if not text:
        raise ValidationError(field, translate("Symbols", "the symbol code is empty"))
    if len(text) == 20 and text[:2].isdigit():
        _check_numeric(text, field)
        return text
    if len(text) == 15 and not text[0].isdigit():
        text = text.upper()
        _check_letter(text, field)
        return text
    raise ValidationError(
        field,
        translate(
            "Symbols",
            "symbol code {value!r} is {count} characters long; expected "
            "20 digits (2525D/E, APP-6(D)) or 15 letters (2525C, "
            "APP-6(B))",
        ).format(value=code.strip(), count=len(text)),
    )


def describe_sidc(code: str) -> SidcInfo:
    """Decode the parts of a code the application acts on (colour, frame, echelon, HQ staff)."""
    text = normalize_sidc(code)
    if len(text) == 20:
        return _describe_numeric(text)
    return _describe_letter(text)


def with_affiliation(code: str, affiliation: str) -> str:
    """Return ``code`` with another standard identity; the demo generator builds sides this way.

    In an exercise code the exercise variant is kept (a friend stays an exercise friend);
    'joker' and 'faker' are exercise identities by definition and make the code an exercise one.
    """
    text = normalize_sidc(code)
    if affiliation not in AFFILIATIONS:
        raise ValidationError(
            "affiliation",
            translate("Symbols", "{affiliation!r} is not one of: {choices}").format(
                affiliation=affiliation, choices=", ".join(AFFILIATIONS)
            ),
        )
    if len(text) == 20:
        context = text[2]
        if affiliation in ("joker", "faker"):
            context, digit = "1", "5" if affiliation == "joker" else "6"
        else:
            digit = next(d for d, name in _IDENTITY_BY_DIGIT.items() if name == affiliation)
        return text[:2] + context + digit + text[4:]
    if text[0] == "W":
        raise ValidationError(
            "affiliation",
            translate("Symbols", "weather code {text!r} has no affiliation to set").format(
                text=text
            ),
        )
    if affiliation in ("joker", "faker"):
        letter = "J" if affiliation == "joker" else "K"
    elif text[1] in _EXERCISE_LETTERS:
        letter = _EXERCISE_LETTERS[_BASE_LETTERS.index(_LETTER_BY_AFFILIATION[affiliation])]
    else:
        letter = _LETTER_BY_AFFILIATION[affiliation]
    return text[0] + letter + text[2:]


def with_echelon(code: str, echelon: str | None) -> str:
    """Return ``code`` with its echelon amplifier replaced (``None`` removes it)."""
    text = normalize_sidc(code)
    if echelon is not None and echelon not in _LETTER_BY_ECHELON:
        raise ValidationError(
            "echelon",
            translate("Symbols", "{echelon!r} is not one of: {choices}").format(
                echelon=echelon, choices=", ".join(ECHELONS)
            ),
        )
    if len(text) == 20:
        digits = "00"
        if echelon is not None:
            digits = next(d for d, name in _ECHELON_BY_DIGITS.items() if name == echelon)
        return text[:8] + digits + text[10:]
    if text[0] == "W":
        raise ValidationError(
            "echelon",
            translate("Symbols", "weather code {text!r} has no echelon to set").format(text=text),
        )
    if text[10] in "HMN":
        raise ValidationError(
            "echelon",
            translate(
                "Symbols",
                "symbol code {text!r} uses position 12 for an installation, "
                "mobility or towed-array modifier, so it cannot carry an "
                "echelon",
            ).format(text=text),
        )
    letter = "-" if echelon is None else _LETTER_BY_ECHELON[echelon]
    return text[:11] + letter + text[12:]


# --- checks ----------------------------------------------------------------------------------


def _check_numeric(text: str, field: str) -> None:
    for index, char in enumerate(text):
        if not char.isdigit() or not char.isascii():
            raise ValidationError(
                field,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}; a "
                    "20-digit code holds digits only",
                ).format(text=text, char=char, position=index + 1),
            )

    def refuse(sentence: str, value: str, **values: str) -> ValidationError:
        """``sentence``: a whole translated message naming {text} and the {value} at fault."""
        return ValidationError(field, sentence.format(text=text, value=value, **values))

    if text[:2] not in _VERSIONS:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has version {value!r} at positions 1-2; "
                "expected 10, 11 or 13",
            ),
            text[:2],
        )
    if text[2] not in _CONTEXTS:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has context {value!r} at position 3; "
                "expected 0 (reality), 1 (exercise) or 2 (simulation)",
            ),
            text[2],
        )
    if text[3] not in _IDENTITY_BY_DIGIT:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has standard identity {value!r} at position 4; "
                "expected a digit from 0 to 6",
            ),
            text[3],
        )
    if text[4:6] not in _SYMBOL_SETS:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has symbol set {value!r}, which the standard does not "
                "define at positions 5-6; expected one of {choices}",
            ),
            text[4:6],
            choices=", ".join(_SYMBOL_SETS),
        )
    if text[6] not in _STATUS_BY_DIGIT:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has status {value!r} at position 7; "
                "expected a digit from 0 to 5",
            ),
            text[6],
        )
    if text[7] not in _HQ_TF_DUMMY:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has headquarters/task force/dummy {value!r} at "
                "position 8; expected a digit from 0 to 7",
            ),
            text[7],
        )
    if text[8:10] not in _AMPLIFIERS:
        raise refuse(
            translate(
                "Symbols",
                "symbol code {text!r} has echelon/mobility amplifier {value!r}, which the "
                "standard does not define at positions 9-10; expected 00, an echelon "
                "(11-18, 21-26), a mobility or towed array (31-37, 41-42, 51-52, 61-62) "
                "or a leadership value (71-72)",
            ),
            text[8:10],
        )


def _check_letter(text: str, field: str) -> None:
    for index, char in enumerate(text):
        if not _LETTER_CHARS.fullmatch(char):
            raise ValidationError(
                field,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}; a "
                    "15-character code holds letters, digits, '-' and '*' only",
                ).format(text=text, char=char, position=index + 1),
            )

    def refuse(position: int, sentence: str, **values: str) -> ValidationError:
        """``sentence``: a whole translated message naming {text}, {char} and {position}."""
        char = text[position - 1]
        return ValidationError(
            field, sentence.format(text=text, char=char, position=position, **values)
        )

    scheme, affiliation, dimension, status = text[0], text[1], text[2], text[3]
    if scheme not in _SCHEMES:
        raise refuse(
            1,
            translate(
                "Symbols",
                "symbol code {text!r} has {char!r} at position {position}, "
                "which is not a coding scheme; expected S, G, W, I, O or E",
            ),
        )
    for position in range(5, 11):
        if text[position - 1] == "*":
            raise refuse(
                position,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "inside the function id, which takes letters, digits or '-'",
                ),
            )
    if scheme == "W":
        # Weather codes: category, static "S-" or dynamic "-D", then a graphic type in
        # positions 11-13 (point, line, area) that this module does not interpret.
        if affiliation not in _METOC_CATEGORIES and affiliation != "*":
            raise refuse(
                2,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "which is not a weather category; expected A, O or S",
                ),
            )
        if text[2:4] not in ("S-", "-D"):
            raise ValidationError(
                field,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {text2!r} at positions 3-4; a "
                    "weather code needs 'S-' (static) or '-D' (dynamic) there",
                ).format(text=text, text2=text[2:4]),
            )
        return
    if affiliation not in _AFFILIATION_BY_LETTER and affiliation != "*":
        raise refuse(
            2,
            translate(
                "Symbols",
                "symbol code {text!r} has {char!r} at position {position}, "
                "which is not an affiliation; expected one of PUAFNSHGWMDLJK",
            ),
        )
    dimensions = _DIMENSIONS[scheme]
    if dimension not in dimensions:
        raise refuse(
            3,
            translate(
                "Symbols",
                "symbol code {text!r} has {char!r} at position {position}, which is not a battle "
                "dimension of the {scheme} scheme; expected one of {choices}",
            ),
            scheme=_SCHEMES[scheme],
            choices=", ".join(dimensions),
        )
    if status not in _STATUSES[scheme] and status != "*":
        raise refuse(
            4,
            translate(
                "Symbols",
                "symbol code {text!r} has {char!r} at position {position}, which is not a status "
                "in the {scheme} scheme; expected one of {choices}",
            ),
            scheme=_SCHEMES[scheme],
            choices=", ".join(_STATUSES[scheme]),
        )
    _check_letter_modifiers(text, scheme, refuse)
    country = text[12:14]
    if not (country.isalpha() or country in ("--", "**")):
        raise ValidationError(
            field,
            translate(
                "Symbols",
                "symbol code {text!r} has country code {country!r} at "
                "positions 13-14; expected two letters, '--' or '**'",
            ).format(text=text, country=country),
        )
    if text[14] not in _ORDER_OF_BATTLE + "-*":
        raise refuse(
            15,
            translate(
                "Symbols",
                "symbol code {text!r} has {char!r} at position {position}, "
                "which is not an order of battle; expected A, C, E, G, N, S, X or '-'",
            ),
        )


def _check_letter_modifiers(text: str, scheme: str, refuse: Callable[..., ValidationError]) -> None:
    first, second = text[10], text[11]
    if scheme == "G":
        if first not in "-*":
            raise refuse(
                11,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "which tactical graphics leave as '-'",
                ),
            )
        if second not in _ECHELON_LETTERS and second not in "-*":
            raise refuse(
                12,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "which is not an echelon; expected A to N or '-'",
                ),
            )
        return
    if first in _UNIT_MODIFIERS or first in "-*":
        if second not in _ECHELON_LETTERS and second not in "-*":
            raise refuse(
                12,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "which is not an echelon; expected A to N or '-'",
                ),
            )
    elif first == "H":
        if second not in "-*B":
            raise refuse(
                12,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "after installation modifier H; expected '-' or B (feint/dummy)",
                ),
            )
    elif first == "M":
        if second not in _MOBILITY_LETTERS:
            raise refuse(
                12,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, after mobility "
                    "modifier M; expected one of {choices}",
                ),
                choices=_MOBILITY_LETTERS,
            )
    elif first == "N":
        if second not in _TOWED_ARRAY_LETTERS:
            raise refuse(
                12,
                translate(
                    "Symbols",
                    "symbol code {text!r} has {char!r} at position {position}, "
                    "after towed-array modifier N; expected S (short) or L (long)",
                ),
            )
    else:
        raise refuse(
            11,
            translate(
                "Symbols",
                "symbol code {text!r} has {char!r} at position {position}, "
                "which is not a symbol modifier; expected A to H, M, N or '-'",
            ),
        )


# --- descriptions ----------------------------------------------------------------------------


def _describe_numeric(text: str) -> SidcInfo:
    exercise = text[2] == "1"
    affiliation = _IDENTITY_BY_DIGIT[text[3]]
    # 2525D: in an exercise, suspect and hostile are shown as joker and faker.
    if exercise and affiliation == "suspect":
        affiliation = "joker"
    elif exercise and affiliation == "hostile":
        affiliation = "faker"
    hq, task_force, dummy = _HQ_TF_DUMMY[text[7]]
    return SidcInfo(
        code=text,
        form="numeric",
        affiliation=affiliation,
        is_exercise=exercise,
        symbol_set=_SYMBOL_SETS[text[4:6]],
        status=_STATUS_BY_DIGIT[text[6]],
        echelon=_ECHELON_BY_DIGITS.get(text[8:10]),
        is_headquarters=hq,
        is_task_force=task_force,
        is_dummy=dummy,
    )


def _describe_letter(text: str) -> SidcInfo:
    scheme = text[0]
    affiliation: str | None = None
    exercise = False
    if scheme != "W" and text[1] != "*":
        affiliation, exercise = _AFFILIATION_BY_LETTER[text[1]]
    modifier = text[10] if scheme != "W" else "-"
    echelon = None
    if modifier in _UNIT_MODIFIERS or modifier == "-":
        echelon = _ECHELON_LETTERS.get(text[11]) if scheme != "W" else None
    # The ground unit "headquarters unit" function id is an HQ whatever position 11 says.
    headquarters = modifier in "ABCD" or (scheme == "S" and text[2] + text[4:10] == "GUH----")
    return SidcInfo(
        code=text,
        form="letter",
        affiliation=affiliation,
        is_exercise=exercise,
        symbol_set=_letter_symbol_set(text),
        status=_STATUS_BY_LETTER.get(text[3]) if scheme != "W" else None,
        echelon=echelon,
        is_headquarters=headquarters,
        is_task_force=modifier in "BDEG",
        is_dummy=modifier in "CDFG" or (modifier == "H" and text[11] == "B"),
    )


def _letter_symbol_set(text: str) -> str:
    scheme, dimension = text[0], text[2]
    if scheme == "W":
        return _METOC_CATEGORIES.get(text[1], "")
    if scheme == "S" and dimension == "G":
        if text[4] == "E":
            return "land_equipment"
        if text[4] == "I" or text[10] == "H":
            return "land_installation"
    return _DIMENSIONS[scheme][dimension]
