"""Article dates: one conversion for every entry point (API, command line, file reader).

The date of an article picks who holds a dated role ("de premier" is Rutte before 2 July 2024
and Schoof after).  It is resolved once, where an article enters nlpclaims (``extract``,
``make_doc``, a batch job), and recorded in the result (``ArticleClaims.date``): an article
without a known date is processed, and recorded, with the date of the day it was processed.
"""

from __future__ import annotations

import datetime as dt

ACCEPTED = "a datetime.date, a datetime.datetime, a pandas.Timestamp or an ISO string ('2025-03-19' or '2025-03-19T10:00:00')"


def as_date(value: object) -> dt.date:
    """``value`` as a ``datetime.date``.

    Accepts a ``date``, a ``datetime`` or ``pandas.Timestamp`` (its date as written, time zone
    not converted), and ISO 8601 date or date-time strings (``2025-03-19``,
    ``2025-03-19T10:00:00``, ``2025-03-19 10:00+01:00``, ``...Z``).  Raises ``TypeError`` for
    any other type and ``ValueError`` for a string that is not an ISO date.
    """
    if isinstance(value, dt.datetime):  # pandas.Timestamp is a datetime subclass
        if value != value:  # pandas.NaT (not equal to itself)
            raise ValueError(f"not a date: {value!r}")
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            if text.endswith(("Z", "z")):
                text = text[:-1] + "+00:00"
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"not an ISO date or date-time (YYYY-MM-DD[THH:MM[:SS]]): {value!r}") from None
    raise TypeError(f"date must be {ACCEPTED}, not {type(value).__name__}")


def resolve_date(value: object = None, *, today: dt.date | None = None) -> dt.date:
    """The article date to process with: ``as_date(value)``, or ``today`` (default: the current date) for None."""
    if value is None:
        return today or dt.date.today()
    return as_date(value)
