"""The language tag of free text travels in packages: signed with the rest of the record,
refused in one line when malformed, and absent from every record that has none, so that a
package made before the tag existed imports unchanged."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from crafted import craft, line
from crafted import signature_of as sign_line
from factories import area, incident, map_item, patrol, unit
from installations import Installation

from app.domain.serialize import content_hash
from app.store import open_store
from app.sync.identity import TrustStore
from app.sync.package import PackageRefused
from app.sync.service import import_package

FILES = Path(__file__).parent / "files"


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    english = Installation(tmp_path / "en", "NEPBATT 1", "NPL")
    french = Installation(tmp_path / "fr", "BATFRA 2", "FRA")
    english.meet(french)
    yield english, french
    english.store.close()
    french.store.close()


def test_a_package_carries_each_records_tag_and_leaves_untagged_records_untagged(pair):
    english, french = pair
    u = english.store.save(unit())
    sent = [
        english.store.save(incident(title="Tirs entendus au nord", text_lang="FR")),
        english.store.save(incident(title="Mortar impact")),
        english.store.save(area(name="Zona norte", text_lang="pt-br")),
        english.store.save(patrol(u.id, findings="لا شيء", text_lang="ar")),
        english.store.save(map_item(name="CP 12", notes="Manned", text_lang="en")),
    ]
    package = english.send(french)
    french.receive(package)
    received = [french.store.get(r.KIND, r.id) for r in sent]
    assert [r.text_lang for r in received] == ["fr", "", "pt-BR", "ar", "en"]
    assert [content_hash(r) for r in received] == [content_hash(r) for r in sent]
    assert french.store.check().healthy


def test_a_tag_changed_after_signing_fails_the_signature(pair, tmp_path: Path):
    english, french = pair
    record = english.store.save(incident(title="Tirs entendus", text_lang="fr"))
    tampered = line(record, text_lang="en")
    tampered["signature"] = sign_line(english, "incident", line(record))
    before = french.digest()
    with pytest.raises(PackageRefused, match=f"incident {record.id}.*does not verify"):
        french.receive(craft(english, french, {"incident": [tampered]}))
    # Adding a tag to a record signed without one is the same alteration.
    plain = english.store.save(incident(title="Mortar impact"))
    added = line(plain, text_lang="fr")
    added["signature"] = sign_line(english, "incident", line(plain))
    with pytest.raises(PackageRefused, match="does not verify"):
        french.receive(craft(english, french, {"incident": [added]}))
    assert french.digest() == before


def test_a_malformed_tag_is_a_one_line_refusal_naming_the_record(pair):
    english, french = pair
    record = english.store.save(incident(title="Tirs entendus"))
    bad = line(record, text_lang="fr_FR")
    before = french.digest()
    with pytest.raises(PackageRefused) as caught:
        french.receive(craft(english, french, {"incident": [bad]}))
    said = str(caught.value)
    # Named like any other bad field: the file, the record's line, the field and the fault.
    assert "records/incident.ndjson line 1: text_lang: 'fr_FR' is not a language tag" in said
    assert "\n" not in said
    assert french.digest() == before


def _maker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_package_before_text_lang", FILES / "make_package_before_text_lang.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_package_made_before_the_tag_existed_imports_unchanged(tmp_path: Path):
    """``files/package_before_text_lang.bhpkg`` was made by the code before records had a tag
    (``files/make_package_before_text_lang.py``): its signatures still verify, its records
    arrive with no tag and the content hashes it was signed over."""
    maker = _maker()
    recipient = maker.fixed_identity(*maker.RECIPIENT)
    trust = TrustStore(tmp_path / "trust.json")
    trust.trust(maker.fixed_identity(*maker.SENDER))
    package = tmp_path / "old.bhpkg"
    shutil.copyfile(FILES / "package_before_text_lang.bhpkg", package)
    with open_store(tmp_path / "mission.db") as store:
        summary = import_package(store, package, trust, identity=recipient)
        assert {kind: dict(n) for kind, n in summary.counts.items() if any(n.values())} == {
            kind: {"new": 1} for kind in summary.counts
        }, summary.describe()
        assert len(summary.counts) == 6
        kinds = ("incident", "patrol_area", "ceasefire_line", "patrol", "map_item")
        records = {kind: store.query(kind)[0] for kind in kinds}
        assert {r.text_lang for r in records.values()} == {""}
        assert records["incident"].title == "Tirs entendus"
        assert store.check().healthy
