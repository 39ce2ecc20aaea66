"""iso_date writes the common RFC 5322 form directly; it must give what datetime would."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncekit.text import iso_date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def reference(day: int, month: int, year: int, hour: int, minute: int, second: int, sign: str, zone: str) -> str | None:
    """What datetime makes of the same fields (None where it refuses them)."""
    if int(zone[2:]) >= 60:
        return None  # not a zone RFC 5322 allows
    try:
        minutes = int(zone[:2]) * 60 + int(zone[2:])
        offset = timezone(timedelta(minutes=-minutes if sign == "-" else minutes))
        return datetime(year, month, day, hour, minute, second, tzinfo=offset).isoformat()
    except ValueError:
        return None


@settings(max_examples=400, deadline=None)
@given(day=st.integers(0, 32), month=st.integers(1, 12), year=st.sampled_from([0, 1, 1900, 1999, 2000, 2024, 2026, 2100, 9999]),
       hour=st.integers(0, 25), minute=st.integers(0, 61), second=st.integers(0, 61),
       sign=st.sampled_from("+-"), zone=st.sampled_from(["0000", "0900", "0530", "0030", "2359", "2400", "9900", "0060"]),
       weekday=st.booleans())
def test_common_form_matches_datetime(day, month, year, hour, minute, second, sign, zone, weekday):
    text = f"{'Thu, ' if weekday else ''}{day} {MONTHS[month - 1]} {year:04d} {hour:02d}:{minute:02d}:{second:02d} {sign}{zone}"
    want = reference(day, month, year, hour, minute, second, sign, zone)
    got = iso_date(text)
    if want is not None:
        assert got == want
    else:
        # the general reader may still make something of it (e.g. year 0 as 2000), never an impossible date
        assert got is None or datetime.fromisoformat(got)


def test_examples():
    assert iso_date("Thu, 29 Apr 2026 23:34:45 +0900") == "2026-04-29T23:34:45+09:00"
    assert iso_date("29 Feb 2024 01:02 -0000 (UTC)") == "2024-02-29T01:02:00+00:00"
    assert iso_date("29 Feb 2023 01:02:03 +0100") is None
    assert iso_date("Mon, 1 Jan 2026 10:00:00 +9900") is None  # no such offset: not a crash
    assert iso_date("Mon, 1 Jan 2026 10:00:00 GMT") == "2026-01-01T10:00:00+00:00"
    assert iso_date("garbage") is None


def email_utils_reading(value: str) -> str | None:
    """What email.utils.parsedate_to_datetime makes of a date (the general reader's reference)."""
    import re
    from email.utils import parsedate_to_datetime

    v = re.sub(r"\s*\([^)]*\)\s*$", "", value.strip())
    try:
        dt = parsedate_to_datetime(v)
        return (dt if dt.tzinfo is not None else dt.replace(tzinfo=timezone.utc)).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


DATE_PIECES = ["Mon,", "Thursday,", "1", "09", "31", "029", "Jan", "Feb", "April", "2020", "99", "10000", "10:00",
               "9:00", "10:00:60", "23:59:59", "25:00:00", "AM", "+0100", "-0000", "+2500", "GMT", "EST", "JST", "UT",
               "Z", "(PST)", "From:", "x@y", "29-04-2017"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), min_size=1, max_size=7).map(" ".join))
def test_the_general_reader_gives_what_email_utils_gives(text: str) -> None:
    """Dates outside the common form are read by email._parseaddr (email.utils is not imported:
    ~9 ms of start-up per process); the result is parsedate_to_datetime's."""
    assert iso_date(text) == email_utils_reading(text)
