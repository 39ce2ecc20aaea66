"""Person-facing advice per reason: what happened, what to do, and whether sending stops.

The texts are data, one TOML file per language beside this module (``en.toml``, ``fr.toml``,
``uk.toml``, ``ru.toml``); a new language is one new file with the same keys. Reading a file
happens on the first call for that language, never at import.

>>> from bouncekit import advice
>>> a = advice("mailbox_full", lang="fr")
>>> a.title
'Boîte de réception pleine'
"""
from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from ..model import Category, Reason, Record, ValueEnum
from ..policy import stops_automatically as _policy_stops

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

__all__ = ["Advice", "Stops", "LANGUAGES", "advice", "resolve_lang", "stops_automatically"]

# the languages shipped, in the order the docs list them
LANGUAGES: tuple[str, ...] = ("en", "fr", "uk", "ru")
DEFAULT_LANG = "en"
# the longest piece of the server's words quoted in an explanation
MAX_QUOTE = 300


class Stops(ValueEnum):
    """Whether sending to the address stops automatically under the default ledger policy."""

    NOW = "now"  # the first such bounce suppresses the address
    IF_REPEATED = "if_repeated"  # only repeated bounces of this kind suppress it
    NO = "no"  # this never suppresses the recipient by itself


@attrs.frozen(slots=True)
class Advice:
    """Advice for a person about one bounce reason, in one language."""

    reason: Reason
    category: Category
    lang: str
    title: str  # the category, as the support article names it
    explanation: str  # what happened, in plain words, with the record's details where given
    next_step: str
    stops: Stops
    stops_text: str  # ``stops`` as a sentence in the same language

    def __str__(self) -> str:
        return f"{self.title}\n{self.explanation}\n{self.next_step}\n{self.stops_text}"


def resolve_lang(lang: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to use: ``lang`` if given (``fr``, ``fr_FR``, ``fr-CA`` all mean ``fr``), else
    the ``LANG`` environment variable, else English. An unsupported ``lang`` is a ValueError; an
    unsupported ``LANG`` (``C.UTF-8``, ``de_DE``) falls back to English."""
    if lang:
        code = _code(lang)
        if code not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r} (supported: {', '.join(LANGUAGES)})")
        return code
    env = os.environ if environ is None else environ
    code = _code(env.get("LANG", ""))
    return code if code in LANGUAGES else DEFAULT_LANG


def _code(value: str) -> str:
    return value.split(".", 1)[0].replace("-", "_").split("_", 1)[0].strip().lower()


def stops_automatically(reason: Reason | str) -> Stops:
    """Whether sending to an address stops automatically after a bounce of this reason, under the
    default ledger policy (``bouncekit.policy.stops_automatically``), as a ``Stops``."""
    return Stops(_policy_stops(Reason(reason)))


def advice(record_or_reason: Record | Reason | str, lang: str | None = DEFAULT_LANG, *,
           details: bool = True) -> Advice:
    """Advice for one record (its reason, with the server's words, remote host and date filled in
    unless ``details=False``) or for a bare reason (``Reason`` or its name). ``lang`` is one of
    ``LANGUAGES`` (``None``: from ``LANG``). A record without a reason gets the advice for
    ``unknown``; a feedback report of a known type (``fraud``, ``opt-out`` ...) that type's text."""
    code = resolve_lang(lang)
    texts = catalogue(code)
    record = record_or_reason if isinstance(record_or_reason, Record) else None
    if record is not None:
        reason = record.reason or Reason.UNKNOWN
    else:
        reason = Reason(record_or_reason)  # ValueError names an unknown reason
    entry: Mapping[str, str] = texts["reason"][reason.value]
    if record is not None and record.feedback_type and record.feedback_type in texts["feedback"]:
        entry = texts["feedback"][record.feedback_type]
    explanation = entry["explanation"]
    if record is not None and details:
        filled = _details(texts["details"], record)
        if filled:
            explanation = f"{explanation} {filled}"
    stops = stops_automatically(reason)
    return Advice(reason=reason, category=reason.category, lang=code,
                  title=texts["category"][reason.category.value]["title"],
                  explanation=explanation, next_step=entry["next_step"],
                  stops=stops, stops_text=texts["stops"][stops.value])


def _details(d: Mapping[str, Any], rec: Record) -> str:
    parts: list[str] = []
    said = " ".join((rec.diagnostic or "").split())
    if len(said) > MAX_QUOTE:
        said = said[:MAX_QUOTE - 1].rstrip() + "…"
    host = (rec.remote_mta or "").strip()
    if said:
        parts.append(d["said_by"].format(diagnostic=said, host=host) if host
                     else d["said"].format(diagnostic=said))
    elif host:
        parts.append(d["host"].format(host=host))
    date = format_date(rec.timestamp, d)
    if date:
        parts.append(d["date"].format(date=date))
    return " ".join(parts)


def format_date(timestamp: str | None, d: Mapping[str, Any]) -> str | None:
    """``2026-11-22T10:00:00Z`` as ``22 November 2026`` in the catalogue's words; a timestamp that
    does not start with a date is shown as given."""
    if not timestamp:
        return None
    head = timestamp[:10]
    try:
        year, month, day = int(head[0:4]), int(head[5:7]), int(head[8:10])
        if head[4] != "-" or head[7] != "-" or not 1 <= month <= 12 or not 1 <= day <= 31:
            raise ValueError(head)
    except (ValueError, IndexError):
        return timestamp.strip() or None
    return str(d["date_format"].format(day=day, month=d["months"][month - 1], year=year))


@functools.cache
def catalogue(lang: str) -> Mapping[str, Any]:
    """The parsed texts of one language (``LANGUAGES``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (supported: {', '.join(LANGUAGES)})")
    data = resources.files(__name__).joinpath(f"{lang}.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))
