"""The reader's language for the Qt-free layers: a catalogue read from the same ``.ts`` files
that ``pyside6-lrelease`` compiles for the GUI.

One source of translations reaches every layer. ``resources/i18n/bluehelmet_<lang>.ts`` (kept by
``pyside6-lupdate``, which finds ``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP`` calls
in every module, Qt or not) is compiled to ``.qm`` for Qt's ``QTranslator`` and read here, as plain
XML, by the domain's display labels, the SITREP and briefing outputs and the CLI. Only
*finished* translations are used; anything else falls back to the English source text, as Qt does.

``translate`` has Qt's signature (context, source, disambiguation, n) so that lupdate extracts its
calls: ``%n`` is replaced by ``n`` and the plural form chosen by the language's rule (French
treats 0 as singular: « 0 incident », English does not: "0 incidents"). English plurals come from
``bluehelmet_en.ts``, which holds only the plural messages (``lupdate -pluralonly``), as Qt
recommends.

The language is chosen once per process (``set_language``: ``--lang``, ``BLUEHELMET_LANG``, the
GUI's preference, else the system locale) and can be changed for one output with
``using_language`` (``report sitrep --lang fr`` while the rest of the CLI speaks English).
No Qt here: the standard library and defusedxml only.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

#: The language the source strings are written in.
SOURCE_LANGUAGE = "en"
#: Languages the application is translated into, with their names in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
#: Environment variable naming the language of the CLI and the GUI (``en``, ``fr``).
LANG_ENV = "BLUEHELMET_LANG"
#: File name stem of the translation files (``bluehelmet_fr.ts``, ``bluehelmet_fr.qm``).
CATALOGUE_STEM = "bluehelmet"

_PACKAGED = Path(__file__).resolve().parent / "translations"
_CHECKOUT = Path(__file__).resolve().parents[1] / "resources" / "i18n"

_current: ContextVar[str | None] = ContextVar("bluehelmet_language", default=None)
_process_language: list[str] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks ``source`` for translation in ``context`` without translating it (tables of labels
    defined at import time, translated when shown)."""
    return source


def translations_dir() -> Path:
    """Where the ``.ts`` sources and compiled ``.qm`` files are: inside the installed package
    (a wheel), else the checkout's ``resources/i18n``."""
    return _PACKAGED if any(_PACKAGED.glob("*.ts")) else _CHECKOUT


def compiled_dir() -> Path:
    """Where ``pyside6-lrelease`` put the ``.qm`` files (``make setup``, or the wheel build)."""
    return _PACKAGED


def normalise_language(value: str | None) -> str | None:
    """``fr``, ``fr_FR.UTF-8``, ``fr-CA`` → ``fr``; None when not a language we have."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The system locale's language when we have it, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            for part in value.split(":"):
                found = normalise_language(part)
                if found:
                    return found
            break  # the first set variable decides, as the C library does
    try:
        found = normalise_language(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or SOURCE_LANGUAGE


def resolve_language(explicit: str | None = None) -> str:
    """The language to use: ``explicit`` (``--lang`` or a preference), else ``BLUEHELMET_LANG``,
    else the system locale. An unknown explicit language is an error for the caller to report."""
    if explicit:
        found = normalise_language(explicit)
        if found is None:
            raise ValueError(
                f"{explicit!r} is not an available language; choose one of "
                + ", ".join(sorted(LANGUAGES))
            )
        return found
    return normalise_language(os.environ.get(LANG_ENV)) or system_language()


def set_language(lang: str | None) -> str:
    """Sets the process's language (None: from the environment); returns it."""
    chosen = resolve_language(lang)
    _process_language[:] = [chosen]
    return chosen


def current_language() -> str:
    """The language outputs are produced in now."""
    scoped = _current.get()
    if scoped:
        return scoped
    if not _process_language:
        _process_language.append(resolve_language())
    return _process_language[0]


@contextmanager
def using_language(lang: str | None) -> Iterator[str]:
    """Produce one output in ``lang`` (None: the current language) without changing the
    process's language."""
    chosen = resolve_language(lang) if lang else current_language()
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)


def plural_index(lang: str, n: int) -> int:
    """Which plural form ``n`` takes in ``lang`` (the order of Qt's numerus forms)."""
    if lang == "fr":
        return 0 if n < 2 else 1  # 0 and 1 are singular in French
    return 0 if n == 1 else 1


Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


@cache
def catalogue(lang: str) -> dict[Key, tuple[str, ...]]:
    """The finished translations of ``lang``: (context, source, disambiguation) → forms (one
    form, or the plural forms in order). Empty for a language without a file."""
    path = translations_dir() / f"{CATALOGUE_STEM}_{lang}.ts"
    if not path.is_file():
        return {}
    root = ElementTree.parse(path).getroot()
    found: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.get("type") == "vanished":
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if all(forms):
                found[(name, source, comment)] = forms
    return found


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    n: int = -1,
    *,
    lang: str | None = None,
) -> str:
    """``source`` of ``context`` in the current language (or ``lang``), Qt's way: a missing or
    unfinished translation gives the source; ``%n`` becomes ``n`` in the right plural form."""
    language = normalise_language(lang) or current_language()
    forms = catalogue(language).get((context, source, disambiguation or ""))
    if forms is None:
        text = source
    elif n >= 0 and len(forms) > 1:
        text = forms[min(plural_index(language, n), len(forms) - 1)]
    else:
        text = forms[0]
    return text.replace("%n", str(n)) if n >= 0 else text


def format_number(value: float, decimals: int = 0, *, lang: str | None = None) -> str:
    """A number written for the reader: ``1,234.5`` in English, ``1 234,5`` in French (thin
    no-break space between thousands, as the Imprimerie nationale writes them)."""
    language = normalise_language(lang) or current_language()
    text = f"{value:,.{decimals}f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text
