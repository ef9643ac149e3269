"""Nothing is left untranslated: every string the code marks for translation has a finished
French translation, the .ts files are up to date with the code (a new string fails here until
``scripts/update-translations.sh`` is run and the string translated), and translations keep their
placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"%n|\{\w*\}|\$\{\w+\}|&(?=\w)")

Message = tuple[str, str, str]  # context, source, comment


def messages(path: Path) -> dict[Message, list[str] | None]:
    """Each message → its translation forms, or None when unfinished."""
    found: dict[Message, list[str] | None] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found[key] = None
            elif message.get("numerus") == "yes":
                found[key] = [f.text or "" for f in translation.iter("numerusform")]
            else:
                found[key] = [translation.text or ""]
    return found


def test_every_french_string_is_translated_and_keeps_its_placeholders():
    french = messages(I18N / "bluehelmet_fr.ts")
    assert len(french) > 200
    unfinished = [k for k, forms in french.items() if not forms or not all(forms)]
    assert unfinished == [], f"{len(unfinished)} strings without a French translation"
    for (context, source, _), forms in french.items():
        assert forms is not None
        for form in forms:
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"&"})
            assert sorted(set(PLACEHOLDER.findall(form)) - {"&"}) == wanted, (context, source)
            assert form.count("{{") == source.count("{{"), (context, source)  # not {{name}}


def test_english_plurals_have_both_forms():
    english = messages(I18N / "bluehelmet_en.ts")
    assert english, "the plural-only English file is empty"
    for key, forms in english.items():
        assert forms is not None and len(forms) == 2 and all(forms), key


@pytest.mark.skipif(not LUPDATE.is_file(), reason="pyside6-lupdate ships with PySide6")
def test_the_ts_files_hold_every_string_the_code_marks(tmp_path: Path):
    sources = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "app/*.py", "maps/*.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    fresh = tmp_path / "bluehelmet_fr.ts"
    shutil.copyfile(I18N / "bluehelmet_fr.ts", fresh)
    subprocess.run(
        [str(LUPDATE), "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
        cwd=ROOT, capture_output=True, check=True,
    )  # fmt: skip
    committed = messages(I18N / "bluehelmet_fr.ts")
    now = messages(fresh)
    new = sorted(set(now) - set(committed))
    assert new == [], (
        f"{len(new)} strings are not in resources/i18n yet: run scripts/update-translations.sh "
        f"and translate them (first: {new[:5]})"
    )
    gone = sorted(set(committed) - set(now))
    assert gone == [], f"strings gone from the code: run scripts/update-translations.sh {gone[:5]}"


def test_no_translated_string_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: a translate()/tr() call there is never extracted."""
    inside = re.compile(r"""\bf(["']).*?\{[^}]*\b(translate|tr)\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("maps").rglob("*.py")]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside.search(line)
    ]
    assert offenders == []
