"""Language tags (BCP 47) on free text: the language a record's title, description or notes
were written in, when the author said so.

Records store keys, which every installation shows in its reader's language; free text is kept
as written. A tag tells a reader of another language that the text is not translated. Tags come
from partners' files like any other field, so they are checked for syntax (RFC 5646, well-formed
only: no registry lookup, the app works offline) and length, and put in the canonical case
(``pt-br`` → ``pt-BR``, ``zh-hant`` → ``zh-Hant``) so that the same tag hashes the same
everywhere. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import re
from typing import Any

from app.errors import ValidationError
from app.i18n import translate

#: The longest tag accepted: RFC 5646 asks implementations to accept at least 35 characters.
MAX_TAG = 35

# RFC 5646 section 2.1, the ``langtag`` production (and a private-use tag on its own); the
# irregular grandfathered tags (``i-klingon``, …) are not accepted.
_ALPHANUM = "[A-Za-z0-9]"
_LANGTAG = re.compile(
    r"""
    (?:
        (?P<language>[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})
        (?:-(?P<script>[A-Za-z]{4}))?
        (?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?
        (?P<variants>(?:-(?:ALNUM{5,8}|[0-9]ALNUM{3}))*)
        (?P<extensions>(?:-[0-9A-WY-Za-wy-z](?:-ALNUM{2,8})+)*)
        (?:-[Xx](?:-ALNUM{1,8})+)?
    |
        [Xx](?:-ALNUM{1,8})+
    )
    """.replace("ALNUM", _ALPHANUM),
    re.VERBOSE,
)


def normalize_language_tag(value: Any, field_name: str = "text_lang") -> str:
    """The tag in its canonical case, or ``""`` for none; raises ``ValidationError`` naming
    ``field_name`` for anything that is not a well-formed BCP 47 tag of at most 35 characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            field_name,
            translate("Validation", "expected a language tag, got {name}").format(
                name=type(value).__name__
            ),
        )
    tag = value.strip()
    if not tag:
        return ""
    if len(tag) > MAX_TAG:
        raise ValidationError(
            field_name,
            translate(
                "Validation", "is {length} characters long; a language tag has at most {limit}"
            ).format(length=len(tag), limit=MAX_TAG),
        )
    if not tag.isascii() or _LANGTAG.fullmatch(tag) is None:
        shown = repr(tag) if len(tag) <= 40 else repr(tag[:37] + "…")
        raise ValidationError(
            field_name,
            translate(
                "Validation", "{shown} is not a language tag such as fr, en, ar or pt-BR"
            ).format(shown=shown),
        )
    return _canonical_case(tag)


def _canonical_case(tag: str) -> str:
    """RFC 5646 section 2.1.1: lowercase, except a script in title case and a two-letter region
    in capitals (subtags after a singleton stay lowercase)."""
    parts = tag.lower().split("-")
    out = [parts[0]]
    after_singleton = len(parts[0]) == 1  # a private-use tag (``x-…``)
    for part in parts[1:]:
        if after_singleton:
            out.append(part)
        elif len(part) == 1:
            after_singleton = True
            out.append(part)
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


def primary_language(tag: str) -> str:
    """The language subtag of a tag (``pt-BR`` → ``pt``), ``""`` for none or private use."""
    first = tag.split("-", 1)[0].lower() if tag else ""
    return "" if len(first) == 1 else first


def differs_from(tag: str, reader_language: str) -> bool:
    """Whether a reader of ``reader_language`` (``fr``, ``en``) should be told that a text
    tagged ``tag`` is in another language: a tag is set and its language is not the reader's."""
    return bool(tag) and primary_language(tag) != primary_language(reader_language)
