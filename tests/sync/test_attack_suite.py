"""The attack suite: scripted attacks on the exchange, one line each (attack, expected outcome).

Every attack is a package (or key card) a hostile outsider, a dishonest partner or a thief with a
stolen key could hand over. A refused attack must leave the receiving database exactly as it was
(records, signatures, package log, revocations, attachments and trust list compared before and
after); an accepted one must do only what it says. The issue's problem numbers are given per
class (1 cards and orgs, 2–3 attachments, 4 forgery, 5 revocation, 6 gaps, 7 restore, 8 clock,
9 ids across kinds, 10 look-alike versions, 11 hygiene, 12 look-alike names, 13 marking and
bytes, 14 mission settings). Three installations are made once for the module: each attack's
package is new. A mission settings attack is "ignored": the package imports, the summary says in
one line why the notice was not applied, and the victim's settings stay exactly as they were.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from crafted import craft, line
from crafted import signature_of as sign_line
from factories import incident, map_item, unit
from installations import Installation

from app.domain.mission import MissionSnapshot
from app.errors import AppError
from app.store.settings import read_snapshot
from app.sync.identity import card_document, new_key_pair, parse_card
from app.sync.package import PackageError, write_package
from app.sync.revocation import make_notice
from app.sync.service import held_notices
from app.sync.settings_notice import SettingsNotice, make_settings_notice
from app.sync.signatures import MISSION_AUTHORITY_SETTING

Attack = Callable[["World"], Path]
_n = itertools.count(5000)


class World:
    """A (NEPBATT 1, Nepal), B (GHANBATT 2, Ghana) and C (JOC, France), all trusting each
    other; C is the victim. D is an outsider nobody trusts; A's record is known to everyone."""

    def __init__(self, root: Path) -> None:
        self.a = Installation(root / "a", "NEPBATT 1", "NPL")
        self.b = Installation(root / "b", "GHANBATT 2", "GHA")
        self.c = Installation(root / "c", "JOC", "FRA")
        self.d = Installation(root / "d", "ROGUE", "GHA")
        for x, y in ((self.a, self.b), (self.b, self.c), (self.a, self.c)):
            x.meet(y)
        self.d.trust.trust(self.c.identity)
        self.ours = self.c.store.save(incident(title="C's own report"))
        self.a_record = self.a.store.save(incident(title="A's report"))
        self.a_unit = self.a.store.save(unit(designation="NEPBATT 1 HQ"))
        self.c.receive(self.a.send(self.c))
        self.b.receive(self.a.send(self.b))
        # C names A's key as its mission authority: only A's signed notices change its settings.
        self.c.store.set_meta(MISSION_AUTHORITY_SETTING, self.a.identity.fingerprint)

    def state(self) -> tuple[Any, ...]:
        """Everything an import could change on C."""
        store = self.c.store
        tables = ("package_log", "record_signatures", "revocations", "attachment_names")
        dump = tuple(
            tuple(map(tuple, store.run_sql(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()))
            for t in tables
        )
        return (store.digest(), dump, store.attachment_digests(), self.c.trust.path.read_bytes())

    def settings(self) -> tuple[Any, ...]:
        """C's mission settings, authority key, package age limit and held settings notice."""
        store = self.c.store
        keys = (MISSION_AUTHORITY_SETTING, "sync.max_package_age_days", "sync.settings_notice")
        return (read_snapshot(store), *(store.meta(k) for k in keys))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    w = World(tmp_path_factory.mktemp("attacks"))
    yield w
    for x in (w.a, w.b, w.c, w.d):
        x.store.close()


# --- builders ---------------------------------------------------------------------------------


def fresh(w: World, sender: Installation | None = None, **kw: Any) -> dict[str, Any]:
    """A new record line made (and signed) by ``sender``'s own installation."""
    sender = sender or w.a
    record = sender.store.save(incident(**{"title": "Fresh", **kw}))
    sender.store.delete("incident", record.id)  # keep A's own picture small
    return line(record)


def by(sender_name: str, records: Callable[[World], dict[str, list[dict[str, Any]]]], **kw: Any):
    def build(w: World) -> Path:
        sender = getattr(w, sender_name)
        return craft(sender, w.c, records(w), **kw)

    return build


def incidents(make: Callable[[World], dict[str, Any]]):
    return lambda w: {"incident": [make(w)]}


def changed(field: str, value: Any, resign: bool = True):
    """A fresh A record with one field changed after A signed (resign: A signs the change)."""

    def make(w: World) -> dict[str, Any]:
        data = fresh(w)
        signature = sign_line(w.a, "incident", data)
        data[field] = value
        data["signature"] = sign_line(w.a, "incident", data) if resign else signature
        return data

    return make


def version_text(text: Callable[[str], str]):
    def make(w: World) -> dict[str, Any]:
        data = fresh(w)
        data["version"] = text(data["version"])
        return data

    return make


def forged_by_b(change: Callable[[dict[str, Any]], None] | None = None):
    """B sends A's record (or a record in A's name) signed by B itself."""

    def make(w: World) -> dict[str, Any]:
        data = line(w.a_record)
        if change:
            change(data)
        data["signature"] = sign_line(w.b, "incident", data)
        return data

    return make


def rewritten_keeping_a_signature(field: str, value: Any):
    def make(w: World) -> dict[str, Any]:
        data = line(w.a_record)
        data["signature"] = sign_line(w.a, "incident", data)
        data[field] = value
        return data

    return make


def tampered(offset_from_end: int) -> Attack:
    def build(w: World) -> Path:
        path = craft(w.a, w.c, {"incident": [fresh(w)]})
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2 if offset_from_end < 0 else -offset_from_end] ^= 0x01
        out = path.with_name(f"tampered-{next(_n)}.bhpkg")
        out.write_bytes(bytes(raw))
        return out

    return build


def renamed(old: bytes, new: bytes) -> Attack:
    def build(w: World) -> Path:
        path = craft(w.a, w.c, {"incident": [fresh(w)]})
        out = path.with_name(f"renamed-{next(_n)}.bhpkg")
        out.write_bytes(path.read_bytes().replace(old, new))
        return out

    return build


def with_attachment(data: bytes, name: str | None, media: str | None) -> Attack:
    def build(w: World) -> Path:
        digest = hashlib.sha256(data).hexdigest()
        record = fresh(w, attachments=(digest,))
        record["signature"] = sign_line(w.a, "incident", record)
        out = w.a.folder / f"att-{next(_n)}.bhpkg"
        names = {digest: (name, media)} if name is not None else None
        write_package(
            out, records={"incident": [record]}, attachments={digest: data},
            attachment_names=names, identity=w.a.identity, signing_key=w.a.key,
            recipient=w.a.trust.find("JOC"), sequence=next(_n),
            schema_version=w.a.store.schema_version, full=True,
            highest_classification="UNCLASSIFIED",
        )  # fmt: skip
        return out

    return build


def notice_from(signer: str, backdate_hours: int = 0) -> Attack:
    """A package from B carrying a revocation notice of A's key signed by ``signer``."""

    def build(w: World) -> Path:
        who = getattr(w, signer)
        notice = make_notice(
            w.a.identity, datetime.now(UTC) - timedelta(hours=backdate_hours), who.identity, who.key
        )
        out = w.b.folder / f"notice-{next(_n)}.bhpkg"
        write_package(
            out, records={}, identity=w.b.identity, signing_key=w.b.key,
            recipient=w.b.trust.find("JOC"), sequence=next(_n),
            schema_version=w.b.store.schema_version, full=True,
            highest_classification="UNCLASSIFIED", revocations=[notice],
        )  # fmt: skip
        return out

    return build


_versions = itertools.count(100)


def settings_notice(
    signer: str,
    change: Callable[[MissionSnapshot], MissionSnapshot] = lambda s: s,
    *,
    authority: str = "a",
    version: int | None = None,
) -> Callable[[World], SettingsNotice]:
    """A notice of C's settings (changed), naming ``authority``, signed by ``signer``."""

    def make(w: World) -> SettingsNotice:
        who = getattr(w, signer)
        return make_settings_notice(
            change(read_snapshot(w.c.store)),
            authority=getattr(w, authority).identity.fingerprint,
            max_package_age_days=1.0,
            version=version or next(_versions),
            issued_at=datetime.now(UTC),
            signer=who.identity,
            signer_key=who.key,
        )

    return make


def renamed_mission(name: str) -> Callable[[MissionSnapshot], MissionSnapshot]:
    return lambda s: replace(s, settings=replace(s.settings, name=name))


def settings_via_b(
    make: Callable[[World], SettingsNotice],
    after: Callable[[SettingsNotice, World], Any] | None = None,
) -> Attack:
    """A package from B (trusted, not the authority) relaying a settings notice, then changed
    by ``after`` (keeping the signature), with one fresh record of B's that must still import."""

    def build(w: World) -> Path:
        notice = make(w)
        if after is not None:
            notice = after(notice, w)
        data = fresh(w, w.b)
        data["signature"] = sign_line(w.b, "incident", data)
        out = w.b.folder / f"settings-{next(_n)}.bhpkg"
        write_package(
            out, records={"incident": [data]}, identity=w.b.identity, signing_key=w.b.key,
            recipient=w.b.trust.find("JOC"), sequence=next(_n),
            schema_version=w.b.store.schema_version, full=True,
            highest_classification="UNCLASSIFIED", mission_settings=notice,
        )  # fmt: skip
        return out

    return build


def replayed_settings(same_version: bool) -> Attack:
    """A's genuine notice reaches C; then an older one of A's (or another with the same
    version) comes back through B."""

    def build(w: World) -> Path:
        version = next(_versions)
        w.c.receive(settings_via_b(settings_notice("a", version=version))(w))
        old = settings_notice(
            "a", renamed_mission("Yesterday's name"), version=version - (0 if same_version else 1)
        )
        return settings_via_b(old)(w)

    return build


def without_category(key: str) -> Callable[[MissionSnapshot], MissionSnapshot]:
    return lambda s: replace(s, categories=tuple(c for c in s.categories if c.key != key))


def same_twice(w: World) -> Path:
    path = craft(w.b, w.c, {"incident": [fresh(w, w.b)]})
    w.c.receive(path)
    return path


def for_b_not_c(w: World) -> Path:
    return craft(w.a, w.b, {"incident": [fresh(w)]})


def from_outsider(w: World) -> Path:
    return craft(w.d, w.c, {"incident": [fresh(w, w.d)]})


def id_of_ours_as(kind: str) -> Callable[[World], dict[str, list[dict[str, Any]]]]:
    def records(w: World) -> dict[str, list[dict[str, Any]]]:
        maker = {"unit": unit, "map_item": map_item}[kind]
        made = w.a.store.save(maker(id=w.ours.id))
        w.a.store.delete(kind, made.id)
        data = line(w.a.store.get(kind, made.id))
        return {kind: [data]}

    return records


FUTURE = "2099-01-01T00:00:00.000Z"
_LOOKALIKE_VERSIONS: list[tuple[str, Callable[[str], str]]] = [
    ("trailing newline", lambda v: v + "\n"),
    ("leading space", lambda v: " " + v),
    ("trailing space", lambda v: v + " "),
    ("tab inside", lambda v: v.replace(".", "\t.", 1)),
    ("Arabic-Indic digits", lambda v: v.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
    (
        "full-width digits",
        lambda v: v.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ),
    ("plus sign", lambda v: "+" + v),
    ("leading zero", lambda v: "0" + v),
    ("negative wall time", lambda v: "-" + v),
    ("empty", lambda v: ""),
    ("no node", lambda v: v.rsplit(".", 1)[0]),
    ("extra part", lambda v: v + ".x"),
    ("zero-width space", lambda v: v + "\u200b"),
    ("NUL", lambda v: v + "\x00"),
    ("bidi override", lambda v: "\u202e" + v),
    ("far future wall time", lambda v: "4102444800000" + v[v.index(".") :]),
]
_BAD_NAMES = [
    "\u202egpj.exe",
    ".bashrc",
    "..",
    "a\x07b.txt",
    "con.txt\u200b",
    "ｒｅｐｏｒｔ.pdf",
    "report.pdf" + " " * 200,
    "\u0000.png",
]


def _ok_name(name: str) -> bool:
    """Names the manifest format itself admits (no separators, no control characters, ≤255)."""
    import re

    return bool(re.fullmatch(r"[^/\\\x00-\x1f\x7f]{1,255}", name)) and name not in (".", "..")


ATTACKS: list[tuple[str, Attack, str, str]] = [
    # (attack, builder, "refused" or "accepted", what the refusal must say)
    # --- outsiders: tampering, wrong recipient, untrusted signer (13) ---
    *[
        (f"one byte flipped at {p}", tampered(p), "refused", "refused")
        for p in (-1, 1, 5, 10, 22, 30, 40, 60, 100, 200)
    ],
    ("package made for another partner", for_b_not_c, "refused", "made for|recipient|another"),
    ("signed by a key nobody trusts", from_outsider, "refused", "not trusted|untrusted|trust"),
    (
        "member renamed to climb out of the folder",
        renamed(b"records/incident.ndjson", b"../../../../x/i.ndjson"),
        "refused",
        "refused",
    ),
    (
        "member renamed to an absolute path",
        renamed(b"records/incident.ndjson", b"/etc/cron.d/bh.ndjson!"),
        "refused",
        "refused",
    ),
    ("manifest renamed away", renamed(b"manifest.json", b"manifest.jsox"), "refused", "refused"),
    ("signature member renamed", renamed(b"manifest.sig", b"manifest.sih"), "refused", "refused"),
    (
        "2 MiB of zeros attached (kept, named and typed by us)",
        with_attachment(b"\0" * (2 * 1024 * 1024), "z.bin", "application/octet-stream"),
        "accepted",
        "",
    ),
    ("replay of a package already imported", same_twice, "accepted", "already imported"),
    # --- 4: forgery and rewrite ---
    (
        "A's record re-signed by B (origin forged)",
        by("b", incidents(forged_by_b())),
        "refused",
        "another unit's name|forged|signed by",
    ),
    (
        "A's record rewritten and re-signed by B",
        by("b", incidents(forged_by_b(lambda d: d.update(title="B's lie")))),
        "refused",
        "another unit's name|signed by",
    ),
    *[
        (
            f"A's record rewritten ({f}) keeping A's signature",
            by("b", incidents(rewritten_keeping_a_signature(f, v))),
            "refused",
            "does not verify|marked UNCLASSIFIED but holds",
        )
        for f, v in (
            ("title", "Rewritten"),
            ("lat", 1.0),
            ("lon", 2.0),
            ("classification", "CONFIDENTIAL"),
            ("category", "armed_clash"),
            ("releasable_to", ["FRA"]),
            ("deleted", True),
            ("title", "A's report "),
            ("lat", 33.25000001),
        )
    ],
    (
        "a version claiming to be made by C itself",
        by(
            "b",
            incidents(
                lambda w: {**line(w.ours), "signature": sign_line(w.b, "incident", line(w.ours))}
            ),
        ),
        "refused",
        "made here",
    ),
    (
        "a line with no signature",
        by("a", incidents(lambda w: {**fresh(w), "signature": None})),
        "refused",
        "no author signature|signature",
    ),
    (
        "a signature field with extra keys",
        by(
            "a",
            incidents(
                lambda w: {
                    **fresh(w),
                    "signature": {"author": w.a.identity.fingerprint, "value": "x", "by": 1},
                }
            ),
        ),
        "refused",
        "signature field",
    ),
    (
        "a signature by an unknown author",
        by(
            "a",
            incidents(lambda w: {**fresh(w), "signature": sign_line(w.d, "incident", fresh(w))}),
        ),
        "refused",
        "not trusted|does not verify",
    ),
    (
        "a signature that is not base64",
        by(
            "a",
            incidents(
                lambda w: {
                    **fresh(w),
                    "signature": {"author": w.a.identity.fingerprint, "value": "!" * 88},
                }
            ),
        ),
        "refused",
        "does not verify|base64",
    ),
    (
        "a short signature",
        by(
            "a",
            incidents(
                lambda w: {
                    **fresh(w),
                    "signature": {"author": w.a.identity.fingerprint, "value": "AAAA"},
                }
            ),
        ),
        "refused",
        "64 bytes",
    ),
    # --- 5: revocation ---
    (
        "a revocation notice of A signed by B (no authority)",
        notice_from("b"),
        "accepted",
        "ignored",
    ),
    # --- 8: clock ---
    *[
        (f"{f} in 2099", by("a", incidents(changed(f, FUTURE))), "refused", "ahead of this machine")
        for f in ("occurred_start", "created_at", "updated_at", "reported_at")
    ],
    # --- 9: ids across kinds ---
    *[
        (
            f"a {k} reusing the id of C's incident",
            by("a", id_of_ours_as(k)),
            "refused",
            "ids are unique across kinds",
        )
        for k in ("unit", "map_item")
    ],
    # --- 10: look-alike versions ---
    *[
        (
            f"version with {what}",
            by("a", incidents(version_text(f))),
            "refused",
            "version|ahead|refused",
        )
        for what, f in _LOOKALIKE_VERSIONS
    ],
    # --- 11: attachment hygiene (accepted, cleaned) ---
    *[
        (
            f"attachment named {n!r}",
            with_attachment(b"\x89PNG\r\n\x1a\n" + bytes(64), n, "image/png"),
            "refused" if not _ok_name(n) else "accepted",
            "file name|refused" if not _ok_name(n) else "",
        )
        for n in _BAD_NAMES
    ],
    (
        "an HTML file declared image/jpeg",
        with_attachment(b"<html><script>alert(1)</script>", "photo.jpg", "image/jpeg"),
        "accepted",
        "",
    ),
    ("an attachment with no name", with_attachment(b"plain text", None, None), "accepted", ""),
    # --- 13: marking ---
    *[
        (
            f"marked UNCLASSIFIED holding a {label} record",
            by("a", incidents(changed("classification", label)), marking="UNCLASSIFIED"),
            "refused",
            "marked UNCLASSIFIED but holds",
        )
        for label in ("CONFIDENTIAL", "STRICTLY CONFIDENTIAL")
    ],
    (
        "marked with a label the mission does not know",
        by("a", incidents(fresh), marking="COSMIC"),
        "refused",
        "not one of this mission's",
    ),
    (
        "a record with a label the mission does not know",
        by("a", incidents(changed("classification", "TOP SECRET")), marking="UNCLASSIFIED"),
        "refused",
        "marked UNCLASSIFIED but holds",
    ),
    # --- releasability (the recipient's own check) ---
    *[
        (
            f"a record releasable only to {to}",
            by("a", incidents(changed("releasable_to", [to]))),
            "refused",
            "not releasable to FRA",
        )
        for to in ("NPL", "GHA", "USA", "NATO")
    ],
    # --- malformed records ---
    *[
        (f"a record whose {f} is {v!r}", by("a", incidents(changed(f, v))), "refused", "refused")
        for f, v in (
            ("lat", 91.0),
            ("lon", 181.0),
            ("lat", "north"),
            ("id", "../../etc"),
            ("id", ""),
            ("origin", ""),
            ("category", None),
            ("title", None),
            ("releasable_to", "MISSION"),
            ("deleted", "no"),
            ("created_at", "yesterday"),
            ("occurred_start", "2026-13-40T00:00:00Z"),
        )
    ],
    # --- 14: mission settings (the package imports; the notice is not applied) ---
    (
        "mission settings signed by an outsider's own key",
        settings_via_b(settings_notice("d", renamed_mission("Rogue"))),
        "ignored",
        "not by this mission's authority, NEPBATT 1",
    ),
    (
        "mission settings signed by a trusted partner that is not the authority",
        settings_via_b(settings_notice("b", renamed_mission("Ghana's mission"))),
        "ignored",
        "signed by GHANBATT 2 .*not by this mission's authority",
    ),
    (
        "mission settings naming the partner's key as authority, signed by it",
        settings_via_b(settings_notice("b", authority="b")),
        "ignored",
        "not by this mission's authority",
    ),
    (
        "mission settings naming an outsider as authority, signed by it",
        settings_via_b(settings_notice("d", authority="d")),
        "ignored",
        "not by this mission's authority",
    ),
    (
        "the authority's settings with the name changed after signing",
        settings_via_b(
            settings_notice("a", renamed_mission("Genuine")),
            lambda n, w: replace(n, snapshot=renamed_mission("Tampered")(n.snapshot)),
        ),
        "ignored",
        "does not verify",
    ),
    (
        "the authority's settings with the authority key changed after signing",
        settings_via_b(
            settings_notice("a"), lambda n, w: replace(n, authority=w.d.identity.fingerprint)
        ),
        "ignored",
        "does not verify",
    ),
    (
        "the authority's settings with the labels changed after signing",
        settings_via_b(
            settings_notice("a"),
            lambda n, w: replace(
                n,
                snapshot=replace(
                    n.snapshot,
                    settings=replace(
                        n.snapshot.settings,
                        labels=("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL", "COSMIC"),
                    ),
                ),
            ),
        ),
        "ignored",
        "does not verify",
    ),
    (
        "the authority's settings with a higher version written in",
        settings_via_b(settings_notice("a"), lambda n, w: replace(n, version=n.version + 1000)),
        "ignored",
        "does not verify",
    ),
    (
        "an outsider's settings claiming to be signed by the authority",
        settings_via_b(
            settings_notice("d", renamed_mission("Rogue")),
            lambda n, w: replace(n, signed_by=w.a.identity.fingerprint, unit="NEPBATT 1"),
        ),
        "ignored",
        "does not verify",
    ),
    ("an older authority notice replayed", replayed_settings(False), "ignored", "holds version"),
    (
        "another authority notice with the version already held",
        replayed_settings(True),
        "ignored",
        "holds version",
    ),
    (
        "the authority's label set dropping a label C's records carry",
        settings_via_b(
            settings_notice(
                "a",
                lambda s: replace(s, settings=replace(s.settings, labels=("RESTRICTED", "SECRET"))),
            )
        ),
        "ignored",
        "records are marked UNCLASSIFIED",
    ),
    (
        "the authority's category list without a category C's incidents use",
        settings_via_b(settings_notice("a", without_category("ceasefire_violation"))),
        "ignored",
        "ceasefire_violation used by incidents",
    ),
    (
        "the authority's category list with every category retired",
        settings_via_b(
            settings_notice(
                "a",
                lambda s: replace(
                    s, categories=tuple(replace(c, active=False) for c in s.categories)
                ),
            )
        ),
        "ignored",
        "at least one category",
    ),
    (
        "the authority's label set with a label twice",
        settings_via_b(
            settings_notice(
                "a",
                lambda s: replace(
                    s, settings=replace(s.settings, labels=("UNCLASSIFIED", "UNCLASSIFIED"))
                ),
            )
        ),
        "ignored",
        "not applied: labels",
    ),
    (
        "ancestors that are not versions",
        by("a", incidents(lambda w: {**fresh(w), "ancestors": ["x"]})),
        "refused",
        "ancestors|version",
    ),
    (
        "a thousand ancestors",
        by("a", incidents(lambda w: {**fresh(w), "ancestors": [fresh(w)["version"]] * 1000})),
        "refused",
        "ancestors",
    ),
]


def _ok_name(name: str) -> bool:
    """Names the manifest format itself admits (no separators, no control characters, ≤255)."""
    import re

    return bool(re.fullmatch(r"[^/\\\x00-\x1f\x7f]{1,255}", name)) and name not in (".", "..")


@pytest.mark.parametrize(
    ("attack", "build", "expected", "says"), ATTACKS, ids=[a[0] for a in ATTACKS]
)
def test_attack(world: World, attack: str, build: Attack, expected: str, says: str) -> None:
    before = world.state()
    if expected == "ignored":
        import re

        path = build(world)
        settings = world.settings()
        summary = world.c.receive(path)
        text = summary.describe()
        assert re.search(says, text), text
        assert sum("mission settings" in line for line in text.splitlines()) == 1, text
        assert summary.counts["incident"]["new"] == 1, text  # the rest of the package imports
        assert world.settings() == settings, f"{attack}: the settings changed"
    elif expected == "refused":
        with pytest.raises(AppError) as caught:  # a package no honest writer makes counts too
            world.c.receive(build(world))
        import re

        assert re.search(says, str(caught.value)) or isinstance(caught.value, PackageError), str(
            caught.value
        )
        assert world.state() == before, f"{attack}: the database changed on refusal"
    else:
        summary = world.c.receive(build(world))
        for (name,) in world.c.store.run_sql("SELECT file_name FROM attachment_names"):
            assert not name.startswith(".") and "\u202e" not in name and name.isprintable()
        assert says in summary.describe() if says else summary.already_imported is None


# --- key cards and names (problems 1 and 12): refused at trust time, trust list unchanged ---


def _card(unit_name: str = "BANBATT 3", nation: str = "BGD", org: str | None = "UN"):
    identity, key = new_key_pair(unit_name, nation, org)
    return card_document(identity, key), key


def _edited(field: str, value: Any) -> Callable[[], bytes]:
    def build() -> bytes:
        doc, _ = _card()
        doc[field] = value
        return json.dumps(doc).encode()

    return build


def _signed_with(unit_name: str, nation: str, org: str | None) -> Callable[[], bytes]:
    return lambda: json.dumps(_card(unit_name, nation, org)[0]).encode()


CARD_ATTACKS: list[tuple[str, Callable[[], bytes], str]] = [
    ("org edited to a nation code in transit", _edited("org", "FRA"), "does not cover|nation code"),
    ("org edited to UN from none", _edited("org", "NATO"), "does not cover"),
    ("unit edited in transit", _edited("unit", "JOC"), "does not cover"),
    ("nation edited in transit", _edited("nation", "FRA"), "does not cover"),
    ("creation time edited", _edited("created_at", "2020-01-01T00:00:00.000Z"), "does not cover"),
    ("fingerprint that lies", _edited("fingerprint", "0000 " * 15 + "0000"), "fingerprint"),
    ("signature removed", _edited("signature", None), "signature"),
    ("extra field smuggled", _edited("accreditation", "STRICTLY CONFIDENTIAL"), "unexpected"),
    ("signed card whose org is a nation code", _signed_with("BANBATT 4", "BGD", "FRA"), "nation"),
    ("signed card whose org is MISSION", _signed_with("BANBATT 5", "BGD", "MISSION"), "MISSION"),
    (
        "signed card with org outside the mission list",
        _signed_with("X 1", "BGD", "WARSAW"),
        "mission's organisations",
    ),
    ("nation that is no ISO code", _signed_with("X 2", "ZZZ", None), "alpha-3"),
    (
        "Greek Epsilon look-alike of a trusted name",
        _signed_with("NΕPBATT 1", "NPL", "UN"),
        "mixes scripts|looks like",
    ),
    (
        "Cyrillic look-alike of a trusted name",
        _signed_with("GHАNBATT 2", "GHA", "UN"),
        "mixes scripts|looks like",
    ),
    (
        "all-Greek look-alike of a trusted name",
        _signed_with("ΝΕΡΒΑΤΤ 1", "NPL", "UN"),
        "looks like",
    ),
    ("zero instead of O", _signed_with("J0C", "FRA", "UN"), "looks like"),
]


@pytest.mark.parametrize(
    ("attack", "build", "says"), CARD_ATTACKS, ids=[a[0] for a in CARD_ATTACKS]
)
def test_card_attack(world: World, attack: str, build: Callable[[], bytes], says: str) -> None:
    import re

    before = world.c.trust.path.read_bytes()
    with pytest.raises(AppError) as caught:
        card = parse_card(build())
        world.c.trust.trust(card, own_unit=world.c.identity.unit)
    assert re.search(says, str(caught.value)), str(caught.value)
    assert world.c.trust.path.read_bytes() == before


def test_revoked_signer_via_relay_and_direct_is_refused_database_unchanged(tmp_path: Path) -> None:
    """Problem 5 as an attack: after A's self-revocation reached C, A's key (stolen) is refused
    whether its versions come directly or through B."""
    w = World(tmp_path)
    try:
        w.c.receive(notice_from("a", backdate_hours=1)(w))
        assert [n.key for n in held_notices(w.c.store)] == [w.a.identity.fingerprint]
        before = w.state()
        for build in (
            by(
                "b",
                incidents(
                    lambda w: {**fresh(w), "signature": sign_line(w.a, "incident", fresh(w))}
                ),
            ),
            by("a", incidents(fresh)),
        ):
            with pytest.raises(AppError, match=r"revoked|does not verify|not trusted"):
                w.c.receive(build(w))
            assert w.state() == before
    finally:
        for x in (w.a, w.b, w.c, w.d):
            x.store.close()


def test_the_suite_has_at_least_a_hundred_attacks() -> None:
    assert len(ATTACKS) + len(CARD_ATTACKS) + 1 >= 100
