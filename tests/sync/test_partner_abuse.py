"""What a trusted but dishonest (or careless) partner could do with the exchange, refused.

Each test is one numbered problem of the sync hardening issue, tried the way the partner would.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from factories import incident
from installations import Installation

from app.cli import main
from app.editing.service import Editor
from app.store import open_store


@pytest.fixture
def units(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = Installation(tmp_path / "a", "NEPBATT 1", "NPL")
    b = Installation(tmp_path / "b", "GHANBATT 2", "GHA")
    c = Installation(tmp_path / "c", "JOC", "FRA")
    for x, y in ((a, b), (b, c), (a, c)):
        x.meet(y)
    yield a, b, c
    for x in (a, b, c):
        x.store.close()


ANNEX = b"%PDF-1.7 names of informants in sector west"


def test_2_a_partner_cannot_pull_a_secret_annex_by_naming_its_digest_in_a_public_incident(units):
    a, b, c = units
    a.trust.accredit(b.identity.unit, "STRICTLY CONFIDENTIAL")
    secret = a.store.save(incident(title="Source report", classification="STRICTLY CONFIDENTIAL"))
    Editor(a.store).attach(secret.id, data=ANNEX, file_name="informants-west.pdf")
    b.receive(a.send(b))  # B is cleared for it and now knows the digest
    digest = hashlib.sha256(ANNEX).hexdigest()
    b.store.save(incident(title="Harmless road report", attachments=(digest,)))
    a.receive(b.send(a))
    # A's next export to C (cleared for UNCLASSIFIED only) carries the public incident only.
    package = a.send(c)
    summary = c.receive(package)
    assert summary.counts["incident"]["new"] == 1
    assert c.store.attachment_info(digest) is None
    assert b"informants" not in package.read_bytes()


def test_3_a_file_keeps_the_name_each_record_gives_it(units):
    a, _, c = units
    editor = Editor(a.store)
    secret = a.store.save(incident(title="Source report", classification="CONFIDENTIAL"))
    public = a.store.save(incident(title="Leaflet found"))
    editor.attach(secret.id, data=ANNEX, file_name="source-LIMA-identity.pdf")
    editor.attach(public.id, data=ANNEX, file_name="leaflet.pdf")
    editor.detach(secret.id, hashlib.sha256(ANNEX).hexdigest())
    package = a.send(c)
    c.receive(package)
    info = c.store.attachment_info(hashlib.sha256(ANNEX).hexdigest())
    assert info is not None and info["file_name"] == "leaflet.pdf"
    assert b"LIMA" not in package.read_bytes()


@pytest.mark.parametrize(
    ("declared", "content", "name", "media_type"),
    [
        ("photo\u202egpj.exe", b"\xff\xd8\xff\xe0jpeg", "photogpj.exe", "image/jpeg"),
        (".bashrc", b"alias ls='rm -rf ~'\n", "bashrc", "text/plain"),
        ("holiday.jpg", b"<html><script>alert(1)</script></html>", "holiday.jpg", "text/html"),
        ("..\u200f.profile", b"MZ\x90\x00", "profile", "application/x-msdownload"),
    ],
)
def test_11_incoming_attachment_names_are_cleaned_and_media_types_sniffed(
    units, declared: str, content: bytes, name: str, media_type: str
):
    a, b, _ = units
    digest = hashlib.sha256(content).hexdigest()
    with a.store.transaction():  # what a hostile partner's database says about the file
        a.store.put_attachment(digest, declared, "image/jpeg", content, "2026-11-20T06:00:00.000Z")
    a.store.save(incident(title="With a file", attachments=(digest,)))
    b.receive(a.send(b))
    info = b.store.attachment_info(digest)
    assert info is not None and (info["file_name"], info["media_type"]) == (name, media_type)


def test_11_an_incoming_attachment_over_the_local_cap_is_not_kept(units):
    a, b, _ = units
    big = os.urandom(25 * 1024 * 1024 + 1)
    digest = hashlib.sha256(big).hexdigest()
    with a.store.transaction():
        a.store.put_attachment(digest, "big.bin", "application/octet-stream", big, "2026-11-20")
    a.store.save(incident(title="With a huge file", attachments=(digest,)))
    summary = b.receive(a.send(b))
    assert summary.counts["incident"]["new"] == 1
    assert b.store.attachment_info(digest) is None
    assert "over the 25 MiB limit, not kept: 1" in summary.describe()


def test_11_record_attachment_out_never_writes_a_dotfile(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    content = b"export PATH=/tmp/evil:$PATH\n"
    digest = hashlib.sha256(content).hexdigest()
    with open_store(db) as store, store.transaction():
        store.put_attachment(digest, ".bashrc", "text/plain", content, "2026-11-20")
    out = tmp_path / "home"
    out.mkdir()
    assert main(["--db", str(db), "record", "attachment", digest, "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["bashrc"]
