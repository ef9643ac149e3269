"""A francophone reader imports and exports in French: a bad file gives one French line naming
the file, the feature and what is wrong, the exit code is 1 and the mission is unchanged; the
summaries count records in French words and plural forms. The English of the same messages is
covered by the other interop tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from interop_helpers import FIXTURES, cli

from app.domain.coords import parse_coordinate
from app.domain.sidc import normalize_sidc
from app.errors import ValidationError
from app.i18n import using_language
from app.store import open_store


@pytest.fixture
def mission(tmp_path: Path) -> Path:
    db = tmp_path / "m.db"
    with open_store(db):
        pass
    return db


BAD_FILES = {
    "bad.kml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n'
        "<Placemark><name>Poste 7</name><Point><coordinates>35.5;33.2</coordinates></Point>"
        "</Placemark>\n</Document></kml>\n",
        "Erreur\xa0: bad.kml : entité 1 (Poste 7) : la coordonnée '35.5;33.2' n'est pas de la "
        "forme 'lon,lat[,alt]'",
    ),
    "bad.geojson": (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"kind": "incident", "title": "x"}, "geometry": {"type": "Point", '
        '"coordinates": ["a", 33]}}]}',
        "Erreur\xa0: bad.geojson : entité 1 : géométrie Point illisible (ses coordonnées ne sont "
        "pas des nombres imbriqués comme le GeoJSON l'exige)",
    ),
    "bad_mgrs.csv": (
        "title,date,mgrs,category\nTirs,2026-03-01T08:00Z,37S BA 1234 678,armed_clash\n",
        "Erreur\xa0: bad_mgrs.csv : ligne 2 : Référence de carroyage MGRS : la référence MGRS "
        "'37S BA 1234 678' a 4 chiffres d'abscisse mais 3 chiffres d'ordonnée ; ils doivent "
        "être en nombre égal",
    ),
    "out_of_range.csv": (
        "title,date,lat,lon,category\nTirs,2026-03-01T08:00Z,95,35,armed_clash\n",
        "Erreur\xa0: out_of_range.csv : ligne 2 : Latitude et longitude (lat/lon) : latitude 95.0 "
        "est hors de l'intervalle -90 à 90 degrés",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_gives_one_french_line_exit_1_and_writes_nothing(mission, tmp_path, name):
    content, expected = BAD_FILES[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = cli("--db", str(mission), "--lang", "fr", "import", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(expected), result.stderr
    assert result.stderr.count("\n") == 1
    with open_store(mission) as store:
        assert store.record_count() == 0


def test_a_file_with_good_and_bad_features_says_what_skip_invalid_would_import(mission):
    path = FIXTURES / "bad_coordinates.kml"
    result = cli("--db", str(mission), "--lang", "fr", "import", str(path))
    assert result.returncode == 1
    assert result.stderr == (
        "Erreur\xa0: bad_coordinates.kml : entité 2 (Not a number) : le sommet 1 (nan, 33.25) "
        "n'est pas une coordonnée finie ; rien n'a été importé (--skip-invalid importerait les "
        "entités valides : 1)\n"
    )
    with open_store(mission) as store:
        assert store.record_count() == 0


def test_the_import_and_export_summaries_are_french(mission, tmp_path):
    path = FIXTURES / "observers_mgrs.csv"
    result = cli("--db", str(mission), "--lang", "fr", "import", str(path), "--as", "incident")
    assert (result.returncode, result.stdout) == (
        0,
        "observers_mgrs.csv : importé 2 nouveaux incidents\n",
    )
    result = cli("--db", str(mission), "--lang", "fr", "import", "--dry-run",
                 str(FIXTURES / "qgis_areas.geojson"))  # fmt: skip
    assert result.stdout == "qgis_areas.geojson : importerait 3 nouveaux éléments cartographiques\n"
    out = tmp_path / "out.kml"
    result = cli(
        "--db", str(mission), "--lang", "fr", "export", "--format", "kml", "--out", str(out)
    )
    assert (result.returncode, result.stdout) == (0, "out.kml : exporté 2 incidents\n")
    result = cli("--db", str(mission), "--lang", "fr", "export", "--format", "kml", "--out",
                 str(out), "--kind", "patrol")  # fmt: skip
    assert result.stdout == "out.kml : rien n'a été exporté\n"


def test_an_unknown_export_folder_is_refused_in_french(mission):
    result = cli("--db", str(mission), "--lang", "fr", "export", "--format", "csv", "--out",
                 "/no/such/dir/x.csv")  # fmt: skip
    assert result.returncode == 1
    assert (
        result.stderr == "Erreur\xa0: /no/such/dir/x.csv : le dossier /no/such/dir n'existe pas\n"
    )


@pytest.mark.parametrize(
    "text, french, english",
    [
        ("37S BA 1234 678", "la référence MGRS '37S BA 1234 678' a 4 chiffres d'abscisse mais 3",
         "MGRS reference '37S BA 1234 678' has 4 easting digits but 3"),
        ("", "la position est vide ; utilisez des degrés décimaux",
         "the position is empty; use decimal degrees"),
        ("33.5N 36.2N", "la position '33.5N 36.2N' donne deux latitudes ; donnez une valeur N/S",
         "position '33.5N 36.2N' gives two latitudes; give one N/S"),
        ("33.5,36.2,1", "impossible de lire '33.5,36.2,1' comme une position (plus d'un",
         "could not read '33.5,36.2,1' as a position (more than one separator)"),
    ],
)  # fmt: skip
def test_a_bad_position_is_explained_in_french(text, french, english):
    with using_language("fr"), pytest.raises(ValidationError) as refused:
        parse_coordinate(text)
    assert french in str(refused.value)
    with pytest.raises(ValidationError) as in_english:
        parse_coordinate(text)
    assert english in str(in_english.value)


def test_a_bad_symbol_code_is_explained_in_french():
    with using_language("fr"), pytest.raises(ValidationError) as refused:
        normalize_sidc("SFGPUCI----D")
    assert "le code de symbole 'SFGPUCI----D' fait 12 caractères" in str(refused.value)
    with using_language("fr"), pytest.raises(ValidationError) as refused:
        normalize_sidc("QFGPUCI----D---")
    assert str(refused.value).endswith(
        "le code de symbole 'QFGPUCI----D---' a 'Q' en position 1, qui n'est pas un schéma de "
        "codage ; S, G, W, I, O ou E attendu"
    )


def test_sizes_and_counts_are_written_the_french_way(tmp_path):
    from app.interop import safety
    from app.interop.base import InteropError

    path = tmp_path / "big.kml"
    path.write_bytes(b"x" * 1_600_000)
    with using_language("fr"), pytest.raises(InteropError) as refused:
        safety.check_file_size(path, limit=1_048_576)
    assert str(refused.value) == (
        "big.kml : le fichier fait 1,5 Mio ; les fichiers de plus de 1,0 Mio sont refusés"
    )
    with pytest.raises(InteropError) as in_english:
        safety.check_file_size(path, limit=1_048_576)
    assert str(in_english.value) == "big.kml: the file is 1.5 MiB; files above 1.0 MiB are refused"
