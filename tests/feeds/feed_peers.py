"""Real peers for the feed tests, all on 127.0.0.1: pytak clients (sending and receiving,
CoT XML or TAK protocol), a taky TAK server (TCP or TLS, certificates made here), and Blue
Helmet's own listener running on a thread as the application runs it.

Waiting is always for a condition with a deadline (``wait_for``), never a fixed pause.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from configparser import ConfigParser, SectionProxy
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytak
import pytest
import takproto
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.feeds.ingest import FeedStats
from app.feeds.service import listen
from app.feeds.transports import FeedListener
from app.feeds.urls import parse_feed_url
from app.store import open_store

FIXTURES = Path(__file__).parent.parent / "interop" / "fixtures"


def wait_for(condition: Callable[[], Any], timeout: float = 15.0, what: str = "") -> Any:
    """Poll ``condition`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what or condition}")
        time.sleep(0.02)  # a poll interval, not a wait for something to have happened


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- Blue Helmet listening, as the app runs it ------------------------------------------------


@dataclass
class RunningFeed:
    """``app.feeds.service.listen`` on a thread of its own, with its own store connection."""

    db: Path
    url: str
    name: str = "test"
    stats: FeedStats = field(init=False)
    listener: FeedListener | None = None
    error: BaseException | None = None

    def __post_init__(self) -> None:
        self.stats = FeedStats(self.name)
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _on_start(self, listener: FeedListener) -> None:
        self.listener = listener
        self._started.set()

    def _run(self) -> None:
        try:
            with open_store(self.db) as store:
                listen(
                    store, parse_feed_url(self.url), self.name, stop=self._stop,
                    on_start=self._on_start, stats=self.stats,
                )  # fmt: skip
        except BaseException as exc:  # reported by the test, not lost in the thread
            self.error = exc
            self._started.set()

    def start(self, *, connected: bool = False) -> RunningFeed:
        self._thread.start()
        wait_for(self._started.is_set, what="the feed to start")
        if self.error is not None:
            raise self.error
        if connected:
            wait_for(lambda: self.listener and self.listener.state == "connected", what="connect")
        return self

    def stop(self) -> FeedStats:
        self._stop.set()
        self._thread.join(timeout=15)
        assert not self._thread.is_alive()
        if self.error is not None:
            raise self.error
        return self.stats

    def stored(self, kind: str) -> int:
        return int(self.stats.snapshot()["stored"].get(kind, 0))


@contextmanager
def running_feed(db: Path, url: str, *, connected: bool = False) -> Iterator[RunningFeed]:
    feed = RunningFeed(db, url).start(connected=connected)
    try:
        yield feed
    finally:
        feed.stop()


# --- pytak ---------------------------------------------------------------------------------


def pytak_config(url: str, protobuf: bool = False, **extra: str) -> SectionProxy:
    parser = ConfigParser()
    parser["pytak"] = {"COT_URL": url, "TAK_PROTO": "1" if protobuf else "0", **extra}
    return parser["pytak"]


def pytak_position(uid: str, callsign: str, lat: float, lon: float, stale: int = 600) -> bytes:
    """A friendly ground unit's position report, as pytak makes one."""
    event = pytak.gen_cot(lat=lat, lon=lon, uid=uid, cot_type="a-f-G-U-C-I", callsign=callsign,
                          ce=10, hae=0, le=9999999.0, stale=stale)  # fmt: skip
    assert event is not None
    return event


def pytak_send(url: str, events: list[bytes], *, protobuf: bool = False, **extra: str) -> None:
    """pytak connects to ``url`` and sends every event (XML, or converted to protobuf).
    On UDP it only writes (``udp+wo``): the port is the listener's."""
    if url.startswith("udp://"):
        url = "udp+wo://" + url.removeprefix("udp://")

    async def run() -> None:
        config = pytak_config(url, protobuf, **extra)
        _reader, writer = await pytak.protocol_factory(config)
        worker = pytak.TXWorker(asyncio.Queue(), config, writer)
        for event in events:
            await worker.send_data(event)
        if hasattr(writer, "drain"):
            await writer.drain()
        writer.close()
        if hasattr(writer, "wait_closed"):
            await writer.wait_closed()

    asyncio.run(run())


class PytakReceiver:
    """pytak listening on a thread: ``items`` collects what it reads (XML bytes, or decoded
    TakMessages with ``protobuf``) until ``count`` arrived or ``stop`` is called."""

    def __init__(self, url: str, *, protobuf: bool = False, **extra: str) -> None:
        self.url = url
        self.protobuf = protobuf
        self.extra = extra
        self.items: list[Any] = []
        self._ready = threading.Event()
        self._done = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)

    async def _run(self) -> None:
        try:
            config = pytak_config(self.url, self.protobuf, **self.extra)
            reader, writer = await pytak.protocol_factory(config)
            self._ready.set()
            while not self._done:
                try:
                    if hasattr(reader, "recv"):
                        data, _ = await asyncio.wait_for(reader.recv(), 0.2)
                    elif self.protobuf:  # pytak reads streams up to "</event>": XML only
                        data = await asyncio.wait_for(reader.read(65536), 0.2)
                    else:
                        data = await asyncio.wait_for(reader.readuntil(b"</event>"), 0.2)
                except TimeoutError:
                    continue
                if self.protobuf:
                    data = takproto.parse_proto(data)
                self.items.append(data)
            if writer is not None and hasattr(writer, "close"):
                writer.close()
                if hasattr(writer, "wait_closed"):
                    await writer.wait_closed()
            if hasattr(reader, "close"):
                reader.close()
        except BaseException as exc:
            self.error = exc
            self._ready.set()

    def __enter__(self) -> PytakReceiver:
        self._thread.start()
        wait_for(self._ready.is_set, what="pytak to listen")
        if self.error is not None:
            raise self.error
        return self

    def __exit__(self, *exc: object) -> None:
        self._done = True
        self._thread.join(timeout=10)


# --- certificates and a TAK server -----------------------------------------------------------


@dataclass
class Pki:
    folder: Path
    ca_pem: Path
    server_cert: Path
    server_key: Path
    password: str = "atakatak"

    def client_p12(self, name: str) -> Path:
        """A client certificate signed by the CA, as a TAK server issues it (PKCS#12)."""
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _sign(self, key, name, server=False)
        path = self.folder / f"{name}.p12"
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                name.encode(), key, cert, [self._ca_cert],
                serialization.BestAvailableEncryption(self.password.encode()),
            )
        )  # fmt: skip
        return path

    _ca_cert: Any = None
    _ca_key: Any = None


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _sign(pki: Pki, key: Any, common: str, *, server: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(pki._ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.IPv4Address("127.0.0.1"))]
            ),
            critical=False,
        )
    return builder.sign(pki._ca_key, hashes.SHA256())


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Test TAK CA"))
        .issuer_name(_name("Test TAK CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(folder, folder / "ca.pem", folder / "server.pem", folder / "server.key")
    pki._ca_cert, pki._ca_key = ca_cert, ca_key
    pki.ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    server_key = ec.generate_private_key(ec.SECP256R1())
    pki.server_cert.write_bytes(
        _sign(pki, server_key, "localhost", server=True).public_bytes(serialization.Encoding.PEM)
    )
    pki.server_key.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    return pki


@contextmanager
def taky_server(folder: Path, pki: Pki | None = None) -> Iterator[int]:
    """taky on 127.0.0.1 (TLS with client certificates required when ``pki`` is given);
    yields its port once it accepts connections."""
    taky = shutil.which("taky", path=str(Path(sys.executable).parent))
    if taky is None:
        pytest.skip("taky (test-only dependency) is not installed")
    port = free_port()
    ssl = "[ssl]\nenabled = false\n"
    if pki is not None:
        ssl = (
            f"[ssl]\nenabled = true\nclient_cert_required = true\nca = {pki.ca_pem}\n"
            f"cert = {pki.server_cert}\nkey = {pki.server_key}\n"
        )
    config = folder / "taky.conf"
    config.write_text(
        f"[taky]\nhostname = localhost\nbind_ip = 127.0.0.1\nroot_dir = {folder}\n"
        f"[cot_server]\nport = {port}\n[dp_server]\nupload_path = {folder}/dp\n" + ssl
    )
    server = subprocess.Popen(
        [taky, "-c", str(config), "-l", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def accepting() -> bool:
        if server.poll() is not None:
            pytest.fail(f"taky exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    try:
        wait_for(accepting, what="taky to accept connections")
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stderr is not None:
            server.stderr.close()


def until(action: Callable[[], Any], condition: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Repeat ``action`` until ``condition`` holds: a server may take a moment to register
    a client that has just connected, and CoT over TCP has no delivery receipt."""
    deadline = time.monotonic() + timeout
    while True:
        action()
        try:
            return wait_for(condition, timeout=0.5, what="")
        except pytest.fail.Exception:
            if time.monotonic() > deadline:
                raise


class Pipe:
    """Joins two TCP clients on 127.0.0.1 and copies bytes between them unchanged: what a
    TAK server does for TAK protocol streams (taky relays XML only)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.server.getsockname()[1])
        self.clients: list[socket.socket] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import selectors

        self.server.settimeout(0.2)
        while len(self.clients) < 2 and not self._done.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.clients.append(conn)
        selector = selectors.DefaultSelector()
        for conn in self.clients:
            selector.register(conn, selectors.EVENT_READ)
        while not self._done.is_set() and len(self.clients) == 2:
            for key, _ in selector.select(0.2):
                conn = key.fileobj
                assert isinstance(conn, socket.socket)
                data = conn.recv(65536)
                if not data:
                    return
                other = self.clients[1 - self.clients.index(conn)]
                other.sendall(data)
        selector.close()

    def __enter__(self) -> Pipe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join(timeout=10)
        for conn in self.clients:
            conn.close()
        self.server.close()
