"""A package exchanged between an English and a French installation: the same records on both
sides (keys travel, not words), each side reading them in its own language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from factories import T0, incident
from installations import Installation

from app.briefing.sitrep import build_sitrep, sitrep_html
from app.domain.labels import category_label, category_labels, label
from app.i18n import using_language
from app.mission import MissionEditor


def shown_category(store, key: str, lang: str) -> str:
    """A category as a reader of ``lang`` sees it on this installation (its mission's labels)."""
    return category_labels(store.categories(), lang=lang)[key]


def shown(inc, lang: str) -> dict[str, str]:
    """What a reader of ``lang`` sees of an incident's coded fields, and its free text."""
    with using_language(lang):
        return {
            "title": inc.title,
            "category": category_label(inc.category),
            "status": label("status", inc.status),
            "weapon": label("weapon_class", inc.weapon_class),
            "source": label("source_reliability", inc.source_reliability),
        }


def test_the_same_records_read_in_each_installations_language(tmp_path: Path):
    english = Installation(tmp_path / "en", "NEPBATT 1", "NPL")
    french = Installation(tmp_path / "fr", "BATFRA 2", "FRA")
    english.meet(french)
    try:
        sent = [
            english.store.save(
                incident(
                    title="Tirs d'armes légères entendus / small-arms fire heard",
                    status="confirmed", severity=4, source_reliability="B",
                )
            ),
            english.store.save(
                incident(title="Mortar impact", category="indirect_fire", weapon_class="mortar",
                         severity=5, occurred_start=T0 + timedelta(minutes=20))
            ),
        ]  # fmt: skip
        french.receive(english.send(french))
        received = [french.store.get("incident", r.id) for r in sent]
        # The same records: ids, keys and free text unchanged by the trip.
        assert [(r.id, r.category, r.status, r.weapon_class, r.title) for r in received] == [
            (r.id, r.category, r.status, r.weapon_class, r.title) for r in sent
        ]
        assert shown(sent[0], "en") == {
            "title": sent[0].title,
            "category": "Ceasefire violation (fire)",
            "status": "confirmed",
            "weapon": "small arms",
            "source": "usually reliable",
        }
        assert shown(received[0], "fr") == {
            "title": sent[0].title,
            "category": "Violation du cessez-le-feu (tirs)",
            "status": "confirmé",
            "weapon": "armes légères",
            "source": "habituellement fiable",
        }
        # Each side's SITREP lists the same incidents, in its own language.
        end = T0 + timedelta(hours=1)
        with using_language("en"):
            report_en = build_sitrep(english.store, end=end)
            page_en = sitrep_html(report_en)
        with using_language("fr"):
            report_fr = build_sitrep(french.store, end=end)
            page_fr = sitrep_html(report_fr)
        assert [s.id for s in report_fr.significant] == [s.id for s in report_en.significant]
        assert len(report_fr.significant) == 2
        assert "Ceasefire violation (fire)" in page_en and "Indirect fire" in page_en
        assert "Violation du cessez-le-feu (tirs)" in page_fr and "Tirs indirects" in page_fr
        assert "Ceasefire violation" not in page_fr
        assert "Mortar impact" in page_fr  # free text as the author wrote it
    finally:
        english.store.close()
        french.store.close()


def test_a_mission_category_reads_in_each_installations_language(tmp_path: Path):
    """Both installations run the same mission, whose category ``water_dispute`` has an English
    and a French label: the key travels, each side shows its own label; a category the mission
    labelled in one language only shows that label on both sides."""
    english = Installation(tmp_path / "en", "NEPBATT 1", "NPL")
    french = Installation(tmp_path / "fr", "BATFRA 2", "FRA")
    english.meet(french)
    try:
        for side in (english, french):
            editor = MissionEditor(side.store)
            editor.add_category(
                "water_dispute", "Water dispute", translations={"fr": "Différend sur l'eau"}
            )
            editor.add_category("cattle_raid", "Cattle raid")
        sent = [
            english.store.save(incident(title="Well closed by force", category="water_dispute")),
            english.store.save(
                incident(title="Herd taken", category="cattle_raid",
                         occurred_start=T0 + timedelta(minutes=5))
            ),
        ]  # fmt: skip
        package = english.send(french)
        preview = french.receive(package, dry_run=True)
        with using_language("fr"):
            said = preview.describe()
        assert "  incident : 2 ajouts" in said and "Essai à blanc : rien n'a été écrit." in said
        assert "  incident: 2 new" in preview.describe()
        french.receive(package)
        received = [french.store.get("incident", r.id) for r in sent]
        assert [r.category for r in received] == ["water_dispute", "cattle_raid"]
        assert shown_category(english.store, "water_dispute", "en") == "Water dispute"
        assert shown_category(french.store, "water_dispute", "fr") == "Différend sur l'eau"
        assert shown_category(french.store, "cattle_raid", "fr") == "Cattle raid"  # the fallback
        end = T0 + timedelta(hours=1)
        with using_language("fr"):
            page_fr = sitrep_html(build_sitrep(french.store, end=end))
        with using_language("en"):
            page_en = sitrep_html(build_sitrep(english.store, end=end))
        assert "Différend sur l&#x27;eau" in page_fr or "Différend sur l'eau" in page_fr
        assert "Water dispute" not in page_fr and "Water dispute" in page_en
        assert "Cattle raid" in page_fr and "Cattle raid" in page_en
    finally:
        english.store.close()
        french.store.close()
