"""Done when: a package exchanged between an English and a French installation shows each side
the same records in its own language (categories and statuses in its words, the mission's own
category by its label in that language) and free text as written, with its language named
wherever it is not the reader's."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from factories import T0, incident
from installations import Installation

from app.briefing.sitrep import build_sitrep, sitrep_html
from app.domain.labels import category_labels, label
from app.i18n import using_language
from app.mission import MissionEditor


def test_each_side_reads_the_same_records_in_its_language_and_free_text_as_written(
    tmp_path: Path,
):
    english = Installation(tmp_path / "en", "NEPBATT 1", "NPL")
    french = Installation(tmp_path / "fr", "BATFRA 2", "FRA")
    english.meet(french)
    try:
        for side in (english, french):
            MissionEditor(side.store).add_category(
                "water_dispute", "Water dispute", translations={"fr": "Différend sur l'eau"}
            )
        sent = [
            english.store.save(
                incident(title="Tirs d'armes légères entendus", text_lang="fr", severity=4,
                         status="confirmed")
            ),
            english.store.save(
                incident(title="Well closed by force", category="water_dispute", text_lang="en",
                         severity=4, occurred_start=T0 + timedelta(minutes=10))
            ),
            english.store.save(
                incident(title="Mortar impact", category="indirect_fire", severity=5,
                         occurred_start=T0 + timedelta(minutes=20))
            ),
        ]  # fmt: skip
        french.receive(english.send(french))
        received = [french.store.get("incident", r.id) for r in sent]
        # The same records: keys, free text and its tag unchanged by the trip.
        fields = ("id", "category", "status", "title", "text_lang")
        assert [tuple(getattr(r, f) for f in fields) for r in received] == [
            tuple(getattr(r, f) for f in fields) for r in sent
        ]
        # Coded fields in each reader's words.
        en_labels = category_labels(english.store.categories(), lang="en")
        fr_labels = category_labels(french.store.categories(), lang="fr")
        assert [en_labels[r.category] for r in sent] == [
            "Ceasefire violation (fire)", "Water dispute",
            "Indirect fire (shelling, mortar, rocket)",
        ]  # fmt: skip
        assert [fr_labels[r.category] for r in received] == [
            "Violation du cessez-le-feu (tirs)", "Différend sur l'eau",
            "Tirs indirects (obus, mortier, roquette)",
        ]  # fmt: skip
        with using_language("fr"):
            assert label("status", received[0].status) == "confirmé"

        # The SITREP of each side: the same incidents, its own words, titles as written and the
        # language of a title named where it is not the report's.
        end = T0 + timedelta(hours=1)
        with using_language("en"):
            page_en = sitrep_html(build_sitrep(english.store, end=end))
        with using_language("fr"):
            page_fr = sitrep_html(build_sitrep(french.store, end=end))
        for page in (page_en, page_fr):
            assert "Tirs d&#x27;armes légères entendus" in page
            assert "Well closed by force" in page and "Mortar impact" in page
        assert "Tirs d&#x27;armes légères entendus <span class='lang'" in page_en
        assert ">FR</span>" in page_en and ">EN</span>" not in page_en
        assert "Well closed by force <span class='lang'" in page_fr
        assert ">EN</span>" in page_fr and ">FR</span>" not in page_fr
        assert "Langue du texte : en (non traduit)" in page_fr
        assert "Language of the text: fr (not translated)" in page_en
        assert "Mortar impact</td>" in page_en and "Mortar impact</td>" in page_fr  # untagged
        assert "Différend sur l&#x27;eau" in page_fr and "Water dispute" in page_en
    finally:
        english.store.close()
        french.store.close()
