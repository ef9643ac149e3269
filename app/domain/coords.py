"""Positions and times as people write them, and as the mission database stores them.

Positions arrive typed by hand or pasted from reports in several notations: decimal degrees,
degrees-minutes-seconds (spaced, marked or compact), degrees and decimal minutes, and MGRS grid
references. ``parse_coordinate`` turns each into (lat, lon) in WGS 84 degrees and refuses
anything else with a sentence listing the accepted forms. Times are shown as military date-time
groups (``051430ZMAR24``) and stored as UTC ISO 8601 with milliseconds.

Grid maths comes from the ``mgrs`` package (NGA GEOTRANS). Plain Python otherwise: this module
must not import Qt, SQLite or the store, UI or map packages.
"""

from __future__ import annotations

import math
import re
import threading
import warnings
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from numbers import Real

import mgrs
import mgrs.core

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "ACCEPTED_FORMS",
    "check_lat_lon",
    "format_dd",
    "format_dms",
    "format_dtg",
    "format_utc",
    "parse_coordinate",
    "parse_dtg",
    "parse_utc",
    "to_mgrs",
]

ACCEPTED_FORMS = QT_TRANSLATE_NOOP(
    "Coordinates",
    "decimal degrees (33.51, 36.29 or 33.51N 36.29E), "
    "degrees-minutes-seconds (33°30'36\"N 36°17'24\"E, 33 30 36 N 36 17 24 E or "
    "333036N 0361724E), degrees and decimal minutes (33°30.6'N 36°17.4'E) "
    "or MGRS (37S BA 12345 67890)",
)

# The native converter is not documented as thread-safe; one call at a time keeps workers safe.
_MGRS = mgrs.MGRS()
_MGRS_LOCK = threading.Lock()


def _library_decodes_to_centre() -> bool:
    """Ask the installed ``mgrs`` once whether a truncated reference decodes to its centre.

    mgrs 1.6 (GEOTRANS 3) returns the centre of the square; DOMAIN.md, and older releases as far
    as we know, give the south-west corner. The 100 km square 31N AA starts at the equator, so
    its centre is ~0.45° north of it and its corner on it.
    """
    with _MGRS_LOCK:
        return _MGRS.toLatLon("31NAA")[0] > 0.2


_LIBRARY_DECODES_TO_CENTRE = _library_decodes_to_centre()

# --- latitude and longitude ------------------------------------------------------------------


def check_lat_lon(lat: object, lon: object, field: str = "location") -> tuple[float, float]:
    """Return (lat, lon) as floats, or refuse NaN, infinities, non-numbers and out-of-range values.

    A position that is off the globe would draw somewhere arbitrary (or nowhere) on the map and
    poison distance calculations, so it never gets into a record.
    """
    latitude = translate("Coordinates", "latitude")
    longitude = translate("Coordinates", "longitude")
    return _axis(lat, latitude, 90.0, field), _axis(lon, longitude, 180.0, field)


def _axis(value: object, name: str, limit: float, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real | Decimal):
        raise ValidationError(
            field,
            translate("Coordinates", "{name} {value!r} is not a number").format(
                name=name, value=value
            ),
        )
    try:
        number = float(value)
    except OverflowError:  # an integer with hundreds of digits
        raise ValidationError(
            field,
            translate("Coordinates", "{name} is outside -{limit:g} to {limit:g} degrees").format(
                name=name, limit=limit
            ),
        ) from None
    if not math.isfinite(number):
        raise ValidationError(
            field,
            translate("Coordinates", "{name} {value!r} is not a finite number").format(
                name=name, value=value
            ),
        )
    if not -limit <= number <= limit:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "{name} {value!r} is outside -{limit:g} to {limit:g} degrees"
            ).format(name=name, value=value, limit=limit),
        )
    return number


# --- parsing ---------------------------------------------------------------------------------

_LOOKALIKES = str.maketrans(
    {
        "′": "'",
        "’": "'",
        "‘": "'",
        "ʹ": "'",
        "´": "'",
        "`": "'",
        "″": '"',
        "”": '"',
        "“": '"',
        "ʺ": '"',
        "º": "°",
        "˚": "°",
    }
)

_TOKEN = re.compile(
    r"\s*(?:(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))|(?P<mark>[°'\"])|(?P<hemi>[NSEW])"
    r"|(?P<sep>[,;/]))"
)
_MARK_SLOT = {"°": 0, "'": 1, '"': 2}

#: A grid reference once spaces are removed: UTM (zone, band, square) or polar UPS (A/B/Y/Z).
_MGRS_SHAPE = re.compile(
    r"(?:(?P<zone>\d{1,2})(?P<band>[A-Z])|(?P<polar>[ABYZ]))(?P<square>[A-Z]{2})(?P<digits>\d*)"
)
_MGRS_SPACED_DIGITS = re.compile(r".*[A-Z]\s*(\d+)\s+(\d+)")


def parse_coordinate(text: str, field: str = "location") -> tuple[float, float]:
    """Read a position in any of the notations in ``ACCEPTED_FORMS``; return (lat, lon).

    Hemisphere letters may come before or after each number; with hemisphere letters the
    order may also be longitude first. Without letters the order is latitude, longitude.
    """
    if not isinstance(text, str):
        raise ValidationError(
            field,
            translate("Coordinates", "expected a position as text, got {text!r}").format(text=text),
        )
    cleaned = text.strip().translate(_LOOKALIKES).upper().replace("''", '"')
    if not cleaned:
        raise ValidationError(
            field,
            translate("Coordinates", "the position is empty; use {accepted_forms}").format(
                accepted_forms=translate("Coordinates", ACCEPTED_FORMS)
            ),
        )
    shape = _MGRS_SHAPE.fullmatch("".join(cleaned.split()))
    if shape:
        return _parse_mgrs(text, cleaned, shape, field)
    return _parse_lat_lon(text, cleaned, field)


def _not_understood(text: str, field: str, why: str = "") -> ValidationError:
    """``why``: a translated reason, or empty."""
    forms = translate("Coordinates", ACCEPTED_FORMS)
    if not why:
        return ValidationError(
            field,
            translate("Coordinates", "could not read {text!r} as a position; use {forms}").format(
                text=text.strip(), forms=forms
            ),
        )
    return ValidationError(
        field,
        translate(
            "Coordinates", "could not read {text!r} as a position ({reason}); use {forms}"
        ).format(text=text.strip(), reason=why, forms=forms),
    )


def _parse_mgrs(text: str, cleaned: str, shape: re.Match[str], field: str) -> tuple[float, float]:
    digits = shape["digits"]
    spaced = _MGRS_SPACED_DIGITS.fullmatch(cleaned)
    if spaced and len(spaced[1]) != len(spaced[2]):
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "MGRS reference {text!r} has {count} easting digits but "
                "{count2} northing digits; they must match",
            ).format(text=text.strip(), count=len(spaced[1]), count2=len(spaced[2])),
        )
    if len(digits) % 2 or len(digits) > 10:
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "MGRS reference {text!r} has {count} digits; expected an "
                "even number from 0 to 10 (equal easting and northing)",
            ).format(text=text.strip(), count=len(digits)),
        )
    if shape["zone"] and not 1 <= int(shape["zone"]) <= 60:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "MGRS reference {text!r} has grid zone {zone}; zones run 1-60"
            ).format(text=text.strip(), zone=shape["zone"]),
        )
    # A truncated reference names a square, not a point; decode it to the square's centre.
    # The south-west corner (what the digits literally spell) is up to a whole square diagonal
    # from where the observer meant (14 km for a 10 km reference), always to the south-west,
    # which skews proximity and hotspot analysis; the centre halves the worst case and removes
    # the bias. Recent mgrs releases do this themselves; for older ones, pad to the centre.
    prefix = (shape["zone"] or "") + (shape["band"] or shape["polar"]) + shape["square"]
    precision = len(digits) // 2
    if precision < 5 and not _LIBRARY_DECODES_TO_CENTRE:
        size = 10 ** (5 - precision)
        easting = int(digits[:precision] or 0) * size + size // 2
        northing = int(digits[precision:] or 0) * size + size // 2
        digits = f"{easting:05d}{northing:05d}"
    try:
        # The library decodes digits that put the point outside its latitude band, with only a
        # warning: such a reference names no real place, so it is refused like any other misfit.
        with _MGRS_LOCK, warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)
            lat, lon = _MGRS.toLatLon(prefix + digits)
    except (mgrs.core.MGRSError, RuntimeWarning):
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "MGRS reference {text!r} does not exist: the grid zone, "
                "latitude band, 100 km square and digits do not fit together",
            ).format(text=text.strip()),
        ) from None
    # The centre of a square cut by the antimeridian can fall a little past +-180 degrees.
    if lon > 180:
        lon -= 360
    elif lon < -180:
        lon += 360
    return check_lat_lon(lat, lon, field)


def _tokens(text: str, cleaned: str, field: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    cleaned = cleaned.rstrip()
    while position < len(cleaned):
        match = _TOKEN.match(cleaned, position)
        if not match:
            bad = cleaned[position:].lstrip()[:1]
            raise _not_understood(
                text, field, translate("Coordinates", "unexpected {bad!r}").format(bad=bad)
            )
        kind = match.lastgroup or ""
        tokens.append((kind, match[kind]))
        position = match.end()
    return tokens


def _split_pair(
    tokens: list[tuple[str, str]], text: str, field: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Cut the tokens into the two halves of the position."""
    seps = [i for i, (kind, _) in enumerate(tokens) if kind == "sep"]
    if len(seps) > 1:
        raise _not_understood(text, field, translate("Coordinates", "more than one separator"))
    if seps:
        return tokens[: seps[0]], tokens[seps[0] + 1 :]
    hemis = [i for i, (kind, _) in enumerate(tokens) if kind == "hemi"]
    if hemis:
        if len(hemis) != 2:
            raise _not_understood(
                text, field, translate("Coordinates", "expected two hemisphere letters")
            )
        if hemis[0] == 0:  # letters in front: N33 30 E036 17
            return tokens[: hemis[1]], tokens[hemis[1] :]
        if hemis[1] == len(tokens) - 1:  # letters behind: 33 30N 036 17E
            return tokens[: hemis[0] + 1], tokens[hemis[0] + 1 :]
        raise _not_understood(
            text, field, translate("Coordinates", "hemisphere letters must all lead or all follow")
        )
    degree_marks = [i for i, (kind, value) in enumerate(tokens) if value == "°" and kind == "mark"]
    if len(degree_marks) == 2 and degree_marks[1] >= 2:
        cut = degree_marks[1] - 1  # the second half starts at the number before its degree mark
        return tokens[:cut], tokens[cut:]
    if len(tokens) == 2 and all(kind == "num" for kind, _ in tokens):
        return tokens[:1], tokens[1:]
    raise _not_understood(text, field)


def _parse_half(tokens: list[tuple[str, str]], text: str, field: str) -> tuple[float, str | None]:
    """One latitude or longitude: its unsigned-or-signed value and its hemisphere letter."""
    hemi = None
    if tokens and tokens[0][0] == "hemi":
        hemi, tokens = tokens[0][1], tokens[1:]
    elif tokens and tokens[-1][0] == "hemi":
        hemi, tokens = tokens[-1][1], tokens[:-1]
    parts: list[tuple[str, str | None]] = []
    index = 0
    while index < len(tokens):
        kind, value = tokens[index]
        if kind != "num":
            raise _not_understood(
                text, field, translate("Coordinates", "unexpected {value!r}").format(value=value)
            )
        mark = None
        if index + 1 < len(tokens) and tokens[index + 1][0] == "mark":
            mark = tokens[index + 1][1]
            index += 1
        parts.append((value, mark))
        index += 1
    if not parts or len(parts) > 3:
        raise _not_understood(text, field)
    negative = parts[0][0].startswith("-")
    numbers = [value.lstrip("+-") for value, _ in parts]
    if any(value[0] in "+-" for value, _ in parts[1:]):
        raise _not_understood(
            text, field, translate("Coordinates", "only the degrees may carry a sign")
        )
    if len(parts) == 1 and parts[0][1] is None and len(numbers[0].split(".")[0]) >= 4:
        numbers = _split_compact(numbers[0], text, field)
    else:
        for slot, (value, mark) in enumerate(parts):
            wanted = _MARK_SLOT[mark] if mark else slot
            if wanted < slot:
                raise _not_understood(
                    text,
                    field,
                    translate("Coordinates", "{value}{mark} is out of order").format(
                        value=value, mark=mark
                    ),
                )
            if wanted != slot:
                raise _not_understood(
                    text,
                    field,
                    translate("Coordinates", "{value}{mark} skips a unit").format(
                        value=value, mark=mark
                    ),
                )
    for value in numbers[:-1]:
        if "." in value:
            raise _not_understood(
                text, field, translate("Coordinates", "only the last number may have decimals")
            )
    degrees, minutes, seconds = (float(v) for v in [*numbers, "0", "0"][:3])
    if minutes >= 60 or seconds >= 60:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "position {text!r} has minutes or seconds of 60 or more"
            ).format(text=text.strip()),
        )
    if negative and hemi in ("S", "W"):
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "position {text!r} has both a minus sign and hemisphere {hemi}; use one",
            ).format(text=text.strip(), hemi=hemi),
        )
    magnitude = degrees + minutes / 60 + seconds / 3600
    return (-magnitude if negative else magnitude), hemi


def _split_compact(number: str, text: str, field: str) -> list[str]:
    """DDMM, DDDMM, DDMMSS or DDDMMSS with optional decimals, as military messages write them."""
    whole, _, fraction = number.partition(".")
    degree_digits = {4: 2, 5: 3, 6: 2, 7: 3}.get(len(whole))
    if degree_digits is None:
        raise _not_understood(
            text,
            field,
            translate("Coordinates", "{number} is not DDMM, DDDMM, DDMMSS or DDDMMSS").format(
                number=number
            ),
        )
    pieces = [whole[:degree_digits], whole[degree_digits : degree_digits + 2]]
    if len(whole) > degree_digits + 2:
        pieces.append(whole[degree_digits + 2 :])
    if fraction:
        pieces[-1] += "." + fraction
    return pieces


def _parse_lat_lon(text: str, cleaned: str, field: str) -> tuple[float, float]:
    first, second = _split_pair(_tokens(text, cleaned, field), text, field)
    (value_1, hemi_1), (value_2, hemi_2) = (
        _parse_half(first, text, field),
        _parse_half(second, text, field),
    )
    axis_1 = None if hemi_1 is None else ("lat" if hemi_1 in "NS" else "lon")
    axis_2 = None if hemi_2 is None else ("lat" if hemi_2 in "NS" else "lon")
    if axis_1 is not None and axis_1 == axis_2:
        twice = (
            translate("Coordinates", "latitudes")
            if axis_1 == "lat"
            else translate("Coordinates", "longitudes")
        )
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "position {text!r} gives two {twice}; give one N/S value and one E/W value",
            ).format(text=text.strip(), twice=twice),
        )
    if axis_1 == "lon" or axis_2 == "lat":
        (value_1, hemi_1), (value_2, hemi_2) = (value_2, hemi_2), (value_1, hemi_1)
    lat = -value_1 if hemi_1 == "S" else value_1
    lon = -value_2 if hemi_2 == "W" else value_2
    return check_lat_lon(lat, lon, field)


# --- formatting ------------------------------------------------------------------------------


def to_mgrs(lat: float, lon: float, precision: int = 5) -> str:
    """The MGRS reference of a point, spaced for reading aloud: ``37S BA 12345 67890``.

    ``precision`` is digits per axis (5 = 1 m, 0 = 100 km square). Digits are truncated, as the
    standard requires, so the reference names the square the point lies in. Beyond 84°N and
    80°S the reference is polar (UPS), e.g. ``Z AH 00000 00000`` at the North Pole.
    """
    lat, lon = check_lat_lon(lat, lon)
    if isinstance(precision, bool) or not isinstance(precision, int) or not 0 <= precision <= 5:
        raise ValidationError(
            "precision",
            translate("Coordinates", "MGRS precision {precision!r} is not a whole 0 to 5").format(
                precision=precision
            ),
        )
    raw = _encode_decodable(lat, lon, precision)
    shape = _MGRS_SHAPE.fullmatch(raw)
    if not shape:  # pragma: no cover - GEOTRANS always answers in this shape
        raise ValueError(
            translate("Coordinates", "unexpected MGRS from GEOTRANS: {raw!r}").format(raw=raw)
        )
    # GEOTRANS pads the zone to two digits ("04Q"); references are usually written "4Q".
    grid = str(int(shape["zone"])) + shape["band"] if shape["zone"] else shape["polar"]
    digits = shape["digits"]
    half = len(digits) // 2
    return " ".join(part for part in (grid, shape["square"], digits[:half], digits[half:]) if part)


def _encode_decodable(lat: float, lon: float, precision: int) -> str:
    """GEOTRANS's reference for a point, checked to decode again.

    A hair south of the equator GEOTRANS rounds the northing up to the next square and writes
    a reference (e.g. ``31MAA6602100000``) that it then refuses to read; moving the point one
    centimetre further from the boundary gives a reference for the same square that reads back.
    """
    raw = ""
    for nudge in (0.0, -1e-7, 1e-7):
        with _MGRS_LOCK:
            raw = _MGRS.toMGRS(max(-90.0, min(90.0, lat + nudge)), lon, MGRSPrecision=precision)
            try:
                _MGRS.toLatLon(raw)
            except mgrs.core.MGRSError:
                continue
        return raw
    return raw


def format_dms(lat: float, lon: float) -> str:
    """Degrees, minutes and seconds to a tenth (about 3 m): ``33°30'36.0"N 036°17'24.0"E``."""
    lat, lon = check_lat_lon(lat, lon)
    return f"{_dms(lat, 2, 'NS')} {_dms(lon, 3, 'EW')}"


def _dms(value: float, degree_digits: int, letters: str) -> str:
    # Round once, in tenths of a second, so 59.96" carries into the minutes instead of
    # printing as 60.0".
    tenths = round(abs(value) * 36000)
    degrees, rest = divmod(tenths, 36000)
    minutes, tenths = divmod(rest, 600)
    letter = letters[1] if value < 0 and (degrees or minutes or tenths) else letters[0]
    return f"{degrees:0{degree_digits}d}°{minutes:02d}'{tenths // 10:02d}.{tenths % 10}\"{letter}"


def format_dd(lat: float, lon: float) -> str:
    """Decimal degrees to five places (about 1 m): ``33.51000, 36.29000``."""
    lat, lon = check_lat_lon(lat, lon)
    # Adding 0.0 turns a rounded -0.0 into 0.0 so the equator does not print as "-0.00000".
    return f"{round(lat, 5) + 0.0:.5f}, {round(lon, 5) + 0.0:.5f}"


# --- date-time groups and stored times -------------------------------------------------------

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

#: Military time zone letters → hours east of UTC. J (local time) is deliberately absent.
_ZONE_HOURS = {
    **{letter: hours for hours, letter in enumerate("ABCDEFGHIKLM", start=1)},
    **{letter: -hours for hours, letter in enumerate("NOPQRSTUVWXY", start=1)},
    "Z": 0,
}

_DTG = re.compile(r"(\d{2})(\d{2})(\d{2})\s*([A-Z])\s*([A-Z]{3})\s*(\d{4}|\d{2})")


def _zone_offset(zone: object, field: str) -> tuple[str, timezone]:
    letter = zone.strip().upper() if isinstance(zone, str) else zone
    if letter == "J":
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "time zone J means 'local time', which names no fixed "
                "offset; use the zone letter of the offset (for example C "
                "for UTC+3) or Z",
            ),
        )
    if letter not in _ZONE_HOURS:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "{zone!r} is not a military time zone letter; expected A-M, N-Y or Z"
            ).format(zone=zone),
        )
    return letter, timezone(timedelta(hours=_ZONE_HOURS[letter]))


def format_dtg(dt: datetime, zone: str = "Z", field: str = "dtg") -> str:
    """The date-time group for ``dt`` as read in ``zone``: ``051430ZMAR24``.

    Seconds are dropped (truncated), as the group has none. Month names are fixed English
    abbreviations, whatever the machine's locale.
    """
    _require_aware(dt, field)
    letter, offset = _zone_offset(zone, field)
    local = dt.astimezone(offset)
    return (
        f"{local.day:02d}{local.hour:02d}{local.minute:02d}{letter}"
        f"{_MONTHS[local.month - 1]}{local.year % 100:02d}"
    )


def parse_dtg(text: str, pivot_year: int | None = None, field: str = "dtg") -> datetime:
    """Read ``DDHHMMZmmmYY`` (spaces between the groups allowed) into an aware UTC datetime.

    A two-digit year is placed in the window from 50 years before ``pivot_year`` to 49 after
    (default: this year), so a pivot of 2026 reads 76 as 1976 and 75 as 2075. Pass the pivot
    explicitly when reading archives. A four-digit year is taken as written.
    """
    if not isinstance(text, str):
        raise ValidationError(
            field,
            translate("Coordinates", "expected a date-time group as text, got {text!r}").format(
                text=text
            ),
        )
    match = _DTG.fullmatch(text.strip().upper())
    if not match:
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "{text!r} is not a date-time group; expected DDHHMM, zone "
                "letter, month, year, as in 051430ZMAR24",
            ).format(text=text.strip()),
        )
    day, hour, minute, zone, month_name, year_text = match.groups()
    _, offset = _zone_offset(zone, field)
    if month_name not in _MONTHS:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "{month_name!r} in {text!r} is not a month; expected JAN to DEC"
            ).format(month_name=month_name, text=text.strip()),
        )
    if int(hour) > 23 or int(minute) > 59:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "{text!r} has time {hour}{minute}; expected 0000 to 2359"
            ).format(text=text.strip(), hour=hour, minute=minute),
        )
    year = int(year_text)
    if len(year_text) == 2:
        pivot = datetime.now(UTC).year if pivot_year is None else pivot_year
        first = pivot - 50
        year = first + (year - first) % 100
    try:
        local = datetime(
            year, _MONTHS.index(month_name) + 1, int(day), int(hour), int(minute), tzinfo=offset
        )
    except ValueError:
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "{text!r} names day {day} of {month_name} {year}, which does not exist",
            ).format(text=text.strip(), day=day, month_name=month_name, year=year),
        ) from None
    return local.astimezone(UTC)


def _require_aware(dt: object, field: str) -> None:
    if not isinstance(dt, datetime):
        raise ValidationError(
            field, translate("Coordinates", "expected a date-time, got {dt!r}").format(dt=dt)
        )
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValidationError(
            field,
            translate(
                "Coordinates", "{value} has no time zone, so the moment it names is unknown"
            ).format(value=dt.isoformat()),
        )


def parse_utc(text: str, field: str = "time") -> datetime:
    """Read an ISO 8601 time with ``Z`` or an offset into an aware UTC datetime.

    A time without a zone is refused rather than guessed: reports come from several time
    zones, and a wrong guess silently moves an event by hours.
    """
    if not isinstance(text, str):
        raise ValidationError(
            field,
            translate("Coordinates", "expected an ISO 8601 time as text, got {text!r}").format(
                text=text
            ),
        )
    if len(text) == 24 and text[23] == "Z" and text[10] == "T":
        # Fast path for the storage form (2026-11-22T01:29:05.123Z): every stored and exchanged
        # time has it, and a big package holds half a million of them.
        try:
            return datetime.fromisoformat(text)  # "Z" reads as UTC itself
        except ValueError:
            pass  # not what it looked like: the full checks below say why
    value = text.strip()
    if value[-1:] == "z":
        value = value[:-1] + "Z"
    if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", value):
        raise ValidationError(
            field,
            translate(
                "Coordinates", "{text!r} is a date without a time; give e.g. {value}T00:00Z"
            ).format(text=text.strip(), value=value),
        )
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "{text!r} is not an ISO 8601 time; expected e.g. 2026-11-22T01:29:05.123Z",
            ).format(text=text.strip()),
        ) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValidationError(
            field,
            translate(
                "Coordinates",
                "{text!r} has no time zone; add Z for UTC or an offset such as +03:00",
            ).format(text=text.strip()),
        )
    return parsed.astimezone(UTC)


def format_utc(dt: datetime, field: str = "time") -> str:
    """The storage form of a time: UTC, millisecond precision, ``2026-11-22T01:29:05.123Z``.

    Fixed width, so stored times sort and compare correctly as text. Sub-millisecond digits are
    truncated, not rounded, so a time never moves into the next second (or day).
    """
    if dt.__class__ is not datetime or dt.tzinfo is not UTC:  # fast path: records hold UTC
        _require_aware(dt, field)
    u = dt if dt.tzinfo is UTC else dt.astimezone(UTC)
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}"
        f".{u.microsecond // 1000:03d}Z"
    )
