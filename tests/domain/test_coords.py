"""Positions and times as users type, read and store them."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from app.domain.coords import (
    check_lat_lon,
    format_dd,
    format_dms,
    format_dtg,
    format_utc,
    parse_coordinate,
    parse_dtg,
    parse_utc,
    to_mgrs,
)
from app.errors import ValidationError

WGS84 = Geod(ellps="WGS84")
# The autouse data-folder fixture in conftest is harmless to re-use across examples.
PROPERTY = settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])


def metres_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    return WGS84.inv(a[1], a[0], b[1], b[0])[2]


# --- check_lat_lon ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(0, 0), (90, 180), (-90, -180), (33.5138, 36.2765), (Decimal("1.5"), -2)],
)
def test_positions_on_the_globe_are_accepted_as_floats(lat: object, lon: object) -> None:
    result = check_lat_lon(lat, lon)
    assert result == (float(lat), float(lon))  # type: ignore[arg-type]
    assert all(type(v) is float for v in result)


@pytest.mark.parametrize(
    ("lat", "lon", "shown"),
    [
        (math.nan, 0.0, "nan"),
        (0.0, math.inf, "inf"),
        (-math.inf, 0.0, "-inf"),
        (90.0001, 0.0, "90.0001"),
        (0.0, -180.5, "-180.5"),
        ("33.5", 36.0, "'33.5'"),
        (None, 36.0, "None"),
        (True, 36.0, "True"),
    ],
)
def test_positions_off_the_globe_or_not_numbers_are_refused(
    lat: object, lon: object, shown: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        check_lat_lon(lat, lon, "sighting.location")
    assert raised.value.field == "sighting.location"
    assert shown in raised.value.problem


# --- parse_coordinate: latitude/longitude forms ----------------------------------------------

DAMASCUS_ISH = (33.51, 36.29)


@pytest.mark.parametrize(
    "text",
    [
        "33.51, 36.29",
        "33.51 36.29",
        "33.51,36.29",
        "33.51; 36.29",
        "33.51N 36.29E",
        "33.51 N, 36.29 E",
        "N33.51 E36.29",
        "n 33.51 e 036.29",
        "36.29E 33.51N",  # longitude first is fine when the letters say so
        "+33.51 +36.29",
        "33°30'36\"N 36°17'24\"E",
        "33° 30' 36\" N, 036° 17' 24\" E",
        "33°30′36″N 36°17′24″E",  # typographic primes, as pasted from documents
        "33º30'36''N 36º17'24''E",  # ordinal sign and two apostrophes, as typed on phones
        "33°30'36\" 36°17'24\"",
        "33 30 36 N 36 17 24 E",
        "N 33 30 36 E 36 17 24",
        "33 30 36, 36 17 24",
        "333036N 0361724E",
        "333036N0361724E",
        "333036.0N 0361724.0E",
        "33°30.6'N 36°17.4'E",
        "33 30.6 N 36 17.4 E",
        "3330.6N 03617.4E",
    ],
)
def test_reads_every_lat_lon_form(text: str) -> None:
    assert parse_coordinate(text) == pytest.approx(DAMASCUS_ISH, abs=1e-9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-1.95 30.06", (-1.95, 30.06)),
        ("1.95S 30.06E", (-1.95, 30.06)),
        ("S1.95 E30.06", (-1.95, 30.06)),
        ("01 57 00 S 030 03 36 E", (-1.95, 30.06)),
        ("015700S 0300336E", (-1.95, 30.06)),
        ("-12.5, -77.25", (-12.5, -77.25)),
        ("12°30'S 77°15'W", (-12.5, -77.25)),
        ("0 0", (0.0, 0.0)),
        ("90N 180W", (90.0, -180.0)),
    ],
)
def test_reads_southern_and_western_hemispheres(text: str, expected: tuple[float, float]) -> None:
    assert parse_coordinate(text) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("Damascus", "could not read"),
        ("33.51", "could not read"),
        ("33.51 36.29 12", "could not read"),
        ("33,51 36,29", "separator"),
        ("33.51N 36.29N", "two latitudes"),
        ("36.29E 33.51W", "two longitudes"),
        ("-33.51S 36.29E", "minus sign"),
        ("33 75 N 36 0 E", "60 or more"),
        ("33 30 75 N 36 0 0 E", "60 or more"),
        ("33.5 30 N 36 0 E", "decimals"),
        ("33°30'36°N 36°E", "out of order"),
        ("91 0", "latitude 91.0"),
        ("45 181", "longitude 181.0"),
        ("33N 36", "could not read"),
        ("33303612N 036E", "DDMMSS"),
    ],
)
def test_refuses_what_it_cannot_read(text: str, hint: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_coordinate(text, "report.location")
    assert raised.value.field == "report.location"
    assert hint in raised.value.problem


def test_the_refusal_lists_the_accepted_forms() -> None:
    with pytest.raises(ValidationError) as raised:
        parse_coordinate("near the old mill")
    for example in ("33.51, 36.29", "333036N 0361724E", "33°30.6'N", "37S BA 12345 67890"):
        assert example in raised.value.problem


# --- MGRS ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lon", "reference"),
    [
        (33.5138, 36.2765, "37S BT 47029 11570"),  # Damascus
        (0.0, 0.0, "31N AA 66021 00000"),  # equator, prime meridian
        (-1.95, 30.06, "36M SC 72895 84179"),  # Kigali, southern hemisphere
        (45.0, 5.9999, "31T GK 36438 87329"),  # just west of the zone 31/32 edge
        (45.0, 6.0, "32T KQ 63553 87329"),  # on it
        (60.0, 5.5, "32V LM 04838 56575"),  # Norway: zone 32V is widened westward to 3°E
        (78.0, 8.0, "31X FG 15914 63320"),  # Svalbard: 31X reaches 9°E
        (78.0, 10.0, "33X UG 84085 63320"),  # Svalbard: no zone 32X
        (21.4, -157.9, "4Q FJ 14019 66817"),  # zone written without a leading zero
    ],
)
def test_mgrs_of_known_points(lat: float, lon: float, reference: str) -> None:
    assert to_mgrs(lat, lon) == reference
    assert metres_between(parse_coordinate(reference), (lat, lon)) < 1.5


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (33.5138, 36.2765),
        (-1.95, 30.06),
        (45.0, 5.9999),
        (45.0, 6.0),
        (60.0, 5.5),
        (78.0, 8.0),
        (78.0, 10.0),
        (21.4, -157.9),
    ],
)
def test_mgrs_digits_agree_with_an_independent_utm_projection(lat: float, lon: float) -> None:
    zone_text, _, easting, northing = to_mgrs(lat, lon).split()
    zone = int(zone_text[:-1])
    epsg = (32600 if lat >= 0 else 32700) + zone
    x, y = Transformer.from_crs(4326, epsg, always_xy=True).transform(lon, lat)
    assert int(easting) == int(x) % 100_000
    assert int(northing) == int(y) % 100_000


def test_mgrs_at_the_poles_uses_the_polar_grid() -> None:
    assert to_mgrs(90.0, 0.0) == "Z AH 00000 00000"
    assert to_mgrs(-90.0, 0.0) == "B AN 00000 00000"
    assert to_mgrs(85.0, 10.0, precision=0).startswith("Z ")
    assert parse_coordinate("Z AH 00000 00000")[0] == pytest.approx(90.0, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "37S BA 12345 67890",
        "37SBA1234567890",
        "37sba1234567890",
        "37S BA 1234567890",
        " 37 S B A 12345 67890 ",
    ],
)
def test_mgrs_spacing_and_case_do_not_matter(text: str) -> None:
    assert parse_coordinate(text) == parse_coordinate("37S BA 12345 67890")


@pytest.mark.parametrize(
    ("truncated", "centre"),
    [
        ("37S BA", "37S BA 50000 50000"),
        ("37S BA 1 6", "37S BA 15000 65000"),
        ("37S BA 12 67", "37S BA 12500 67500"),
        ("37S BA 123 678", "37S BA 12350 67850"),
        ("37S BA 1234 6789", "37S BA 12345 67895"),
    ],
)
def test_truncated_mgrs_decodes_to_the_centre_of_its_square(truncated: str, centre: str) -> None:
    # The centre, not the south-west corner: a 100 m reference is then at most ~71 m off.
    assert metres_between(parse_coordinate(truncated), parse_coordinate(centre)) < 1.0


@pytest.mark.parametrize("precision", range(6))
def test_a_truncated_reference_reads_back_as_itself(precision: int) -> None:
    reference = to_mgrs(33.5138, 36.2765, precision)
    assert to_mgrs(*parse_coordinate(reference), precision) == reference


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("37S BA 123 67890", "3 easting digits but 5 northing"),
        ("37SBA12345", "5 digits"),
        ("37SBA123456789012", "12 digits"),
        ("61S BA 12345 67890", "zone 61"),
        ("37S IA 12345 67890", "does not exist"),  # I is never a square letter
        ("60X WA 12345 12345", "does not exist"),
        # Band R ends at 32° N; these digits are at 34° N (band S): a typo, not a place.
        ("36R YC 20000 68000", "does not exist"),
    ],
)
def test_malformed_mgrs_is_refused(text: str, hint: str) -> None:
    with pytest.raises(ValidationError, match=hint):
        parse_coordinate(text)


def test_to_mgrs_refuses_bad_input() -> None:
    with pytest.raises(ValidationError, match="latitude"):
        to_mgrs(math.nan, 0.0)
    with pytest.raises(ValidationError, match="precision"):
        to_mgrs(0.0, 0.0, precision=6)


# MGRS is UTM from 80°S to 84°N; outside that band `mgrs` switches to the polar UPS grid
# (A/B at the south pole, Y/Z at the north), which the next property covers separately.
utm_latitudes = st.floats(min_value=-80.0, max_value=84.0, allow_nan=False)
polar_latitudes = st.one_of(
    st.floats(min_value=84.0, max_value=90.0), st.floats(min_value=-90.0, max_value=-80.0)
)
longitudes = st.floats(min_value=-180.0, max_value=180.0, allow_nan=False)


@PROPERTY
@given(lat=utm_latitudes, lon=longitudes)
def test_mgrs_round_trip_within_a_metre_and_a_half(lat: float, lon: float) -> None:
    back = parse_coordinate(to_mgrs(lat, lon, precision=5))
    assert metres_between(back, (lat, lon)) <= 1.5


@PROPERTY
@given(lat=polar_latitudes, lon=longitudes)
def test_polar_mgrs_round_trip_within_a_metre_and_a_half(lat: float, lon: float) -> None:
    back = parse_coordinate(to_mgrs(lat, lon, precision=5))
    assert metres_between(back, (lat, lon)) <= 1.5


@PROPERTY
@given(
    lat=st.floats(min_value=-90, max_value=90),
    lon=longitudes,
    precision=st.integers(min_value=0, max_value=5),
)
def test_truncated_mgrs_is_never_more_than_half_a_square_diagonal_off(
    lat: float, lon: float, precision: int
) -> None:
    # Half the diagonal of the square is 0.707 of its side; allow for the grid's scale factor.
    side = 10 ** (5 - precision)
    back = parse_coordinate(to_mgrs(lat, lon, precision))
    assert metres_between(back, (lat, lon)) <= 0.75 * side


# --- formatting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lon", "dms"),
    [
        (33.51, 36.29, "33°30'36.0\"N 036°17'24.0\"E"),
        (-1.95, -77.25, "01°57'00.0\"S 077°15'00.0\"W"),
        (0.0, 0.0, "00°00'00.0\"N 000°00'00.0\"E"),
        (-0.00000001, 179.99999999, "00°00'00.0\"N 180°00'00.0\"E"),  # no "-0", no 60.0"
        (12.999999, 45.5, "13°00'00.0\"N 045°30'00.0\"E"),
        (89.999999, -0.0001, "90°00'00.0\"N 000°00'00.4\"W"),
    ],
)
def test_format_dms(lat: float, lon: float, dms: str) -> None:
    assert format_dms(lat, lon) == dms


@pytest.mark.parametrize(
    ("lat", "lon", "dd"),
    [
        (33.51, 36.29, "33.51000, 36.29000"),
        (-1.95, -77.25, "-1.95000, -77.25000"),
        (-0.000001, 0.0, "0.00000, 0.00000"),
    ],
)
def test_format_dd(lat: float, lon: float, dd: str) -> None:
    assert format_dd(lat, lon) == dd


def test_formatters_refuse_positions_off_the_globe() -> None:
    with pytest.raises(ValidationError):
        format_dms(95.0, 0.0)
    with pytest.raises(ValidationError):
        format_dd(0.0, math.inf)


@PROPERTY
@given(lat=st.floats(min_value=-90, max_value=90), lon=longitudes)
def test_what_we_print_we_can_read_back(lat: float, lon: float) -> None:
    # A tenth of an arc-second is about 3 m; five decimals of a degree about 1.1 m.
    assert metres_between(parse_coordinate(format_dms(lat, lon)), (lat, lon)) < 3.5
    assert metres_between(parse_coordinate(format_dd(lat, lon)), (lat, lon)) < 1.2


# --- date-time groups ------------------------------------------------------------------------

AT = datetime(2024, 3, 5, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "zone", "dtg"),
    [
        (AT, "Z", "051430ZMAR24"),
        (AT, "C", "051730CMAR24"),  # UTC+3
        (AT, "c", "051730CMAR24"),
        (AT, "M", "060230MMAR24"),  # UTC+12, next day
        (AT, "Y", "050230YMAR24"),  # UTC-12
        (AT, "K", "060030KMAR24"),  # K is +10: J is skipped
        (AT, "N", "051330NMAR24"),  # UTC-1
        (datetime(2024, 12, 31, 23, 30, tzinfo=UTC), "D", "010330DJAN25"),  # into a new year
        (
            datetime(2024, 3, 5, 17, 30, 59, tzinfo=timezone(timedelta(hours=3))),
            "Z",
            "051430ZMAR24",
        ),
    ],
)
def test_format_dtg(moment: datetime, zone: str, dtg: str) -> None:
    assert format_dtg(moment, zone) == dtg


def test_format_dtg_refuses_local_naive_and_unknown_zones() -> None:
    with pytest.raises(ValidationError, match="local time"):
        format_dtg(AT, "J")
    with pytest.raises(ValidationError, match="not a military time zone"):
        format_dtg(AT, "UTC")
    with pytest.raises(ValidationError, match="no time zone"):
        format_dtg(datetime(2024, 3, 5, 14, 30), "Z")


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("051430ZMAR24", AT),
        ("051730CMAR24", AT),
        ("050230YMAR24", AT),
        ("051430zmar24", AT),
        ("051430Z MAR 24", AT),
        (" 051430ZMAR2024 ", AT),
        ("290000ZFEB24", datetime(2024, 2, 29, tzinfo=UTC)),
        ("010030CJAN25", datetime(2024, 12, 31, 21, 30, tzinfo=UTC)),
    ],
)
def test_parse_dtg(text: str, utc: datetime) -> None:
    parsed = parse_dtg(text, pivot_year=2026)
    assert parsed == utc
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("yy", "pivot", "year"),
    [
        ("24", 2026, 2024),
        ("76", 2026, 1976),  # exactly 50 years back stays in the past
        ("75", 2026, 2075),
        ("99", 2001, 1999),  # across the century, backwards
        ("05", 1999, 2005),  # across the century, forwards
        ("99", 2050, 2099),
        ("00", 2050, 2000),
    ],
)
def test_two_digit_years_pivot_within_fifty_years(yy: str, pivot: int, year: int) -> None:
    assert parse_dtg(f"011200ZJAN{yy}", pivot_year=pivot).year == year


def test_two_digit_years_pivot_on_this_year_by_default() -> None:
    this_year = datetime.now(UTC).year
    assert parse_dtg(f"151200ZJUN{this_year % 100:02d}").year == this_year


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("051430JMAR24", "local time"),
        ("051430ZFOO24", "not a month"),
        ("300000ZFEB24", "does not exist"),
        ("290000ZFEB23", "does not exist"),
        ("052430ZMAR24", "0000 to 2359"),
        ("051460ZMAR24", "0000 to 2359"),
        ("05143000ZMAR24", "not a date-time group"),  # seconds are not part of a DTG
        ("2024-03-05T14:30Z", "not a date-time group"),
        ("", "not a date-time group"),
    ],
)
def test_parse_dtg_refuses_bad_groups(text: str, hint: str) -> None:
    with pytest.raises(ValidationError, match=hint):
        parse_dtg(text, pivot_year=2026)


zone_letters = st.sampled_from("ABCDEFGHIKLMNOPQRSTUVWXYZ")


@PROPERTY
@given(
    moment=st.datetimes(
        min_value=datetime(1960, 1, 1), max_value=datetime(2090, 12, 31), timezones=st.just(UTC)
    ),
    zone=zone_letters,
)
def test_dtg_round_trip_to_the_minute(moment: datetime, zone: str) -> None:
    expected = moment.replace(second=0, microsecond=0)
    assert parse_dtg(format_dtg(moment, zone), pivot_year=moment.year) == expected


# --- stored times ----------------------------------------------------------------------------


def test_format_utc_is_the_storage_form() -> None:
    moment = datetime(2026, 11, 22, 4, 29, 5, 123999, tzinfo=timezone(timedelta(hours=3)))
    assert format_utc(moment) == "2026-11-22T01:29:05.123Z"  # converted, and truncated


def test_format_utc_never_rounds_into_the_next_day() -> None:
    assert format_utc(datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)) == (
        "2026-12-31T23:59:59.999Z"
    )


def test_format_utc_refuses_naive_times() -> None:
    with pytest.raises(ValidationError, match="no time zone"):
        format_utc(datetime(2026, 11, 22, 1, 29, 5))


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-22T01:29:05.123Z",
        "2026-11-22T01:29:05.123z",
        "2026-11-22T04:29:05.123+03:00",
        "2026-11-21T21:29:05.123-04:00",
        "2026-11-22 01:29:05.123+00:00",
    ],
)
def test_parse_utc_accepts_z_and_offsets(text: str) -> None:
    parsed = parse_utc(text)
    assert parsed == datetime(2026, 11, 22, 1, 29, 5, 123000, tzinfo=UTC)
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("2026-11-22T01:29:05", "no time zone"),
        ("2026-11-22", "date without a time"),
        ("22/11/2026 01:29", "not an ISO 8601 time"),
        ("", "not an ISO 8601 time"),
    ],
)
def test_parse_utc_refuses_what_it_would_have_to_guess(text: str, hint: str) -> None:
    with pytest.raises(ValidationError, match=hint) as raised:
        parse_utc(text, "observed_at")
    assert raised.value.field == "observed_at"


def test_parse_utc_refuses_non_text() -> None:
    with pytest.raises(ValidationError, match="as text"):
        parse_utc(1732238945)  # type: ignore[arg-type]


@PROPERTY
@given(
    moment=st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=3)), timezone(-timedelta(hours=9, minutes=30))]
        ),
    )
)
def test_stored_times_read_back_to_the_millisecond(moment: datetime) -> None:
    stored = format_utc(moment)
    assert len(stored) == 24
    expected = moment.astimezone(UTC)
    expected = expected.replace(microsecond=expected.microsecond // 1000 * 1000)
    assert parse_utc(stored) == expected
