"""The command line's help in French: every description, option help and heading that
``bluehelmet --lang fr … --help`` shows is the French translation of its English source (from
resources/i18n/bluehelmet_fr.ts), keeps argparse's placeholders, and English help is unchanged.
Parsers are built in-process; one smoke test runs the real command."""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import HELP_CONTEXT, build_parser, help_slots, translated_elsewhere
from app.i18n import catalogue, translate, using_language

ROOT = Path(__file__).resolve().parents[1]
# argparse formats help with %: %(default)s, %(prog)s …, and %% for a percent sign.
PERCENT = re.compile(r"%\(\w+\)[sdrf]|%%")


def english_parser() -> argparse.ArgumentParser:
    with using_language("en"):
        return build_parser(localise=False)


def french_parser() -> argparse.ArgumentParser:
    with using_language("fr"):
        return build_parser()


def parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser of the tree with the words that reach it (``feed``, ``feed start`` …)."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, (*path, name))


def flat(text: str) -> str:
    """Text without its spacing: argparse wraps lines, at hyphens too (Cursor-on-Target)."""
    return "".join(text.split())


def generator():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "cli_help_strings.py"
    spec = importlib.util.spec_from_file_location("cli_help_strings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_help_strings_match_the_parser():
    module = generator()
    committed = (ROOT / "app" / "cli" / "help_strings.py").read_text(encoding="utf-8")
    assert committed == module.render(module.help_strings()), (
        "app/cli/help_strings.py is out of date with the parser: run scripts/update-translations.sh"
        " and translate the new strings"
    )


def test_every_help_text_has_a_french_translation_with_the_same_placeholders():
    french = catalogue("fr")
    parser = english_parser()
    texts = {getattr(o, a) for o, a in help_slots(parser, translated_elsewhere(parser))}
    missing = sorted(t for t in texts if (HELP_CONTEXT, t, "") not in french)
    assert missing == [], f"{len(missing)} help texts without French (first: {missing[:3]})"
    for text in texts:
        translated = french[(HELP_CONTEXT, text, "")][0]
        assert sorted(PERCENT.findall(translated)) == sorted(PERCENT.findall(text)), text
        # A lone % would break argparse's formatting.
        assert translated.count("%") == text.count("%"), text


def test_every_help_text_shown_in_french_is_the_translation_of_its_source():
    english, french = english_parser(), french_parser()
    skip_en, skip_fr = translated_elsewhere(english), translated_elsewhere(french)
    pairs = list(zip(help_slots(english, skip_en), help_slots(french, skip_fr), strict=True))
    assert len(pairs) > 300
    for (en_owner, attribute), (fr_owner, _) in pairs:
        source, shown = getattr(en_owner, attribute), getattr(fr_owner, attribute)
        assert shown == translate(HELP_CONTEXT, source, lang="fr"), source
        assert shown != source or not re.search(r"[a-z]{3,} [a-z]{3,}", source), source


def test_every_french_help_page_shows_french_and_no_english_sentence():
    english = dict(parsers(english_parser()))
    pages = dict(parsers(french_parser()))
    assert english.keys() == pages.keys()
    with using_language("fr"):
        for path, parser in pages.items():
            page = flat(parser.format_help())  # fails here if a placeholder is broken
            assert page.startswith(flat(translate(HELP_CONTEXT, "usage: ", lang="fr"))), path
            source = english[path]
            elsewhere = translated_elsewhere(source)  # the "Cli" context's, tested elsewhere
            if source.description and path:
                assert flat(translate(HELP_CONTEXT, source.description, lang="fr")) in page
                assert flat(source.description) not in page, path
            for action in source._actions:
                if action in elsewhere or not action.help or "%" in action.help:
                    continue
                if " " in action.help:
                    assert flat(translate(HELP_CONTEXT, action.help, lang="fr")) in page, path
                    if len(action.help.split()) > 2:
                        assert flat(action.help) not in page, (path, action.help)


def test_english_help_is_unchanged():
    english = dict(parsers(english_parser()))
    with using_language("en"):
        localised = dict(parsers(build_parser()))
        for path, parser in localised.items():
            assert parser.format_help() == english[path].format_help(), path


def test_bluehelmet_lang_fr_help_is_french():
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "fr", "feed", "--help"],
        capture_output=True, text=True, env={**os.environ, "BLUEHELMET_NO_QT": "1"}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("utilisation\u00a0: bluehelmet feed")
    assert "afficher ce message d'aide et quitter" in result.stdout
    assert "show this help message and exit" not in result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_subcommand_help_formats(lang: str):
    with using_language(lang):
        for path, parser in parsers(build_parser()):
            assert parser.format_help(), path


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (["stats", "--zz"], "error: unrecognized arguments: --zz", "erreur\xa0: arguments non"),
        (["fly"], "argument COMMAND: invalid choice: 'fly'", "choix invalide\xa0: 'fly'"),
        (["import"], "the following arguments are required: file", "sont obligatoires\xa0: file"),
        (
            ["render", "--out", "x.png", "--size", "3x3"],
            "argument --size: '3x3': each side must be 200–8000 pixels",
            "argument --size\xa0: '3x3'\xa0: chaque côté doit mesurer de 200 à 8000 pixels",
        ),
    ],
)
def test_usage_errors_in_french_and_unchanged_in_english(
    args: list[str], english: str, french: str, capsys: pytest.CaptureFixture[str]
):
    for lang, wanted in (("en", english), ("fr", french)):
        with using_language(lang), pytest.raises(SystemExit) as stopped:
            build_parser().parse_args(args)
        assert stopped.value.code == 2
        assert wanted in capsys.readouterr().err, lang


def test_a_missing_mission_is_reported_in_french(tmp_path: Path, capsys: pytest.CaptureFixture):
    from app.cli.main import main

    missing = tmp_path / "none.db"
    with using_language("fr"):
        assert main(["--lang", "fr", "--db", str(missing), "stats"]) != 0
    error = capsys.readouterr().err
    assert error.startswith(f"Erreur\xa0: {missing}\xa0: aucune base de mission à cet emplacement")
    assert not missing.exists()
