"""Record kinds in the user's words, for every message that counts records.

``counted(3, "map_item", "new")`` → "3 new map items": the CLI, the GUI and the importer's
summaries say the same thing the same way, never a kind key such as ``position_report``.
The words are in the reader's language (``app.i18n``), with the plural form the count takes.
Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

from collections.abc import Callable

from app.i18n import QT_TRANSLATE_NOOP, format_number, translate

#: Record kinds in the user's words: (one, many), in English (keys for code that names kinds).
KIND_WORDS: dict[str, tuple[str, str]] = {
    "incident": ("incident", "incidents"),
    "unit": ("unit", "units"),
    "position_report": ("position report", "position reports"),
    "patrol_area": ("patrol area", "patrol areas"),
    "patrol": ("patrol", "patrols"),
    "ceasefire_line": ("ceasefire line", "ceasefire lines"),
    "map_item": ("map item", "map items"),
}

#: One record of each kind, named in a sentence (« unité d'identifiant … introuvable »).
_NOUNS: dict[str, str] = {
    "incident": QT_TRANSLATE_NOOP("KindWords", "incident"),
    "unit": QT_TRANSLATE_NOOP("KindWords", "unit"),
    "position_report": QT_TRANSLATE_NOOP("KindWords", "position report"),
    "patrol_area": QT_TRANSLATE_NOOP("KindWords", "patrol area"),
    "patrol": QT_TRANSLATE_NOOP("KindWords", "patrol"),
    "ceasefire_line": QT_TRANSLATE_NOOP("KindWords", "ceasefire line"),
    "map_item": QT_TRANSLATE_NOOP("KindWords", "map item"),
}


def kind_word(kind: str) -> str:
    """``position_report`` → "position report" (« compte rendu de position »): one record of
    the kind in the reader's words, for a message that names it; an unknown key as it is."""
    noun = _NOUNS.get(kind)
    return translate("KindWords", noun) if noun is not None else kind.replace("_", " ")


#: A count of records of each kind, as a whole phrase per adjective (French agrees the
#: adjective with the kind: « 2 nouvelles patrouilles », « 1 nouvel incident »).
_PHRASES: dict[str, dict[str, Callable[[int], str]]] = {
    "": {
        "incident": lambda n: translate("KindWords", "%n incident(s)", None, n),
        "unit": lambda n: translate("KindWords", "%n unit(s)", None, n),
        "position_report": lambda n: translate("KindWords", "%n position report(s)", None, n),
        "patrol_area": lambda n: translate("KindWords", "%n patrol area(s)", None, n),
        "patrol": lambda n: translate("KindWords", "%n patrol(s)", None, n),
        "ceasefire_line": lambda n: translate("KindWords", "%n ceasefire line(s)", None, n),
        "map_item": lambda n: translate("KindWords", "%n map item(s)", None, n),
    },
    "new": {
        "incident": lambda n: translate("ImportNews", "%n new incident(s)", None, n),
        "unit": lambda n: translate("ImportNews", "%n new unit(s)", None, n),
        "position_report": lambda n: translate("ImportNews", "%n new position report(s)", None, n),
        "patrol_area": lambda n: translate("ImportNews", "%n new patrol area(s)", None, n),
        "patrol": lambda n: translate("ImportNews", "%n new patrol(s)", None, n),
        "ceasefire_line": lambda n: translate("ImportNews", "%n new ceasefire line(s)", None, n),
        "map_item": lambda n: translate("ImportNews", "%n new map item(s)", None, n),
    },
    "updated": {
        "incident": lambda n: translate("ImportNews", "%n updated incident(s)", None, n),
        "unit": lambda n: translate("ImportNews", "%n updated unit(s)", None, n),
        "position_report": lambda n: translate(
            "ImportNews", "%n updated position report(s)", None, n
        ),
        "patrol_area": lambda n: translate("ImportNews", "%n updated patrol area(s)", None, n),
        "patrol": lambda n: translate("ImportNews", "%n updated patrol(s)", None, n),
        "ceasefire_line": lambda n: translate(
            "ImportNews", "%n updated ceasefire line(s)", None, n
        ),
        "map_item": lambda n: translate("ImportNews", "%n updated map item(s)", None, n),
    },
}


def counted(n: int, kind: str, adjective: str = "") -> str:
    """``2 new ceasefire lines``, ``1 incident``: a count and the kind in words."""
    phrase = _PHRASES.get(adjective, {}).get(kind)
    if phrase is not None:
        text = phrase(n)
        # %n is written bare; thousands are grouped the reader's way.
        return text.replace(str(n), format_number(n), 1) if abs(n) >= 1000 else text
    one, many = KIND_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ") + "s"))
    return " ".join(w for w in (f"{n:,}", adjective, one if n == 1 else many) if w)
