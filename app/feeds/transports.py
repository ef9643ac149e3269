"""The sockets of a feed: UDP (unicast, or a multicast group joined on one interface), a TCP
client, and a TLS client presenting a PKCS#12 client certificate as TAK servers issue them.

``FeedListener`` reads on its own thread, cuts what arrives into events (``framing``) and
hands them over through a bounded queue: a peer sending faster than the mission can store
loses the excess, counted, instead of growing memory without end. A stream connection that
drops is retried with a growing pause (1 s up to 30 s) until the listener is stopped.
``FeedConnection`` sends. Plain Python: no Qt.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import queue
import socket
import ssl
import struct
import tempfile
import threading
from collections import Counter
from collections.abc import Callable

from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    pkcs12,
)

from app.i18n import translate

from .framing import Frame, Framed, StreamSplitter, datagram_frames
from .ingest import FLOOD
from .urls import FeedError, FeedUrl

#: Events waiting to be stored before the listener starts dropping (about a minute of a
#: busy multicast group).
QUEUE_LIMIT = 50_000
_RECV = 65_536
#: Bytes of datagrams the kernel may hold for a UDP feed before it drops (asked for, capped).
UDP_RECEIVE_BUFFER = 4 * 1024 * 1024
_POLL = 0.2  # how often a blocked read looks at the stop flag (seconds)
_CONNECT_TIMEOUT = 10.0
_MAX_BACKOFF = 30.0


def tls_context(url: FeedUrl) -> ssl.SSLContext:
    """A client context with the PKCS#12 certificate and key, trusting ``ca`` (else the CA
    certificates the PKCS#12 file carries, else the system's)."""
    assert url.cert is not None
    try:
        data = url.cert.read_bytes()
    except OSError as exc:
        raise FeedError(
            translate("Feeds", "{file}: cannot read the client certificate ({reason})").format(
                file=url.cert, reason=exc.strerror
            )
        ) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, url.password.encode() or None)
    except ValueError:
        raise FeedError(
            translate(
                "Feeds", "{file}: not a PKCS#12 certificate, or the password is wrong"
            ).format(file=url.cert.name)
        ) from None
    if key is None or cert is None:
        raise FeedError(
            translate("Feeds", "{file}: holds no client certificate and key").format(
                file=url.cert.name
            )
        )
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if url.ca is not None:
        try:
            context.load_verify_locations(cafile=str(url.ca))
        except (OSError, ssl.SSLError):
            raise FeedError(
                translate("Feeds", "{file}: not a readable PEM file of CA certificates").format(
                    file=url.ca
                )
            ) from None
    elif extra:
        pem = b"".join(c.public_bytes(Encoding.PEM) for c in extra)
        context.load_verify_locations(cadata=pem.decode("ascii"))
    # ssl loads a certificate chain from files only: a private temporary file, removed at once.
    handle, path = tempfile.mkstemp(prefix="bh-cert-", suffix=".pem")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
            out.write(cert.public_bytes(Encoding.PEM))
        context.load_cert_chain(path)
    finally:
        os.unlink(path)
    return context


def _udp_socket(url: FeedUrl, *, receive: bool) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        if url.multicast:
            iface = url.iface or "0.0.0.0"
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(iface))
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
        if receive:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # A burst (hundreds of units reporting at once) must wait in the kernel, not be
            # dropped there unseen; the kernel caps this at its own maximum.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, UDP_RECEIVE_BUFFER)
            sock.bind((url.host, url.port))
            if url.multicast:
                group = int(ipaddress.IPv4Address(url.host))
                iface_n = int(ipaddress.IPv4Address(url.iface or "0.0.0.0"))
                sock.setsockopt(
                    socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, struct.pack("!LL", group, iface_n)
                )
    except OSError as exc:
        sock.close()
        raise FeedError(
            translate("Feeds", "{url}: cannot open the UDP socket ({reason})").format(
                url=url.safe_text(), reason=exc.strerror
            )
        ) from None
    return sock


def connect_stream(url: FeedUrl) -> socket.socket:
    """A connected TCP or TLS socket (TLS: the handshake done)."""
    try:
        sock = socket.create_connection((url.host, url.port), timeout=_CONNECT_TIMEOUT)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FeedError(
            translate("Feeds", "{url}: cannot connect ({reason})").format(
                url=url.safe_text(), reason=reason
            )
        ) from None
    if url.scheme != "tls":
        return sock
    context = tls_context(url)
    try:
        return context.wrap_socket(sock, server_hostname=url.host)
    except (ssl.SSLError, OSError) as exc:
        sock.close()
        raise FeedError(
            translate("Feeds", "{url}: the TLS handshake failed ({reason})").format(
                url=url.safe_text(), reason=exc
            )
        ) from None


class FeedListener:
    """Receives a feed on a thread of its own; ``take`` hands the events over."""

    def __init__(self, url: FeedUrl, on_error: Callable[[Counter[str], str], None]) -> None:
        self.url = url
        self.on_error = on_error
        self.state = "stopped"
        self._queue: queue.Queue[Frame] = queue.Queue(QUEUE_LIMIT)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    def start(self) -> None:
        """Open the socket (a UDP bind fails here, in the caller's thread) and read."""
        if self.url.scheme == "udp":
            self._sock = _udp_socket(self.url, receive=True)
            self._sock.settimeout(_POLL)
            self.state = "listening"
        else:
            self.state = "connecting"
        self._thread = threading.Thread(target=self._run, name=f"feed {self.url.host}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.state = "stopped"

    def take(self, limit: int, timeout: float) -> list[Frame]:
        """Up to ``limit`` events: waits up to ``timeout`` seconds for the first one."""
        try:
            frames = [self._queue.get(timeout=timeout)]
        except queue.Empty:
            return []
        while len(frames) < limit:
            try:
                frames.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return frames

    def _deliver(self, framed: Framed) -> None:
        dropped = 0
        for frame in framed.frames:
            try:
                self._queue.put_nowait(frame)
            except queue.Full:
                dropped += 1
        if dropped:
            framed.errors[FLOOD] += dropped
        if framed.errors:
            self.on_error(framed.errors, "")

    def _run(self) -> None:
        try:
            if self.url.scheme == "udp":
                self._run_udp()
            else:
                self._run_stream()
        finally:
            if self._sock is not None:
                self._sock.close()

    def _run_udp(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                data = self._sock.recv(_RECV)
            except TimeoutError:
                continue
            except OSError as exc:
                self.on_error(Counter({"receive error": 1}), str(exc))
                continue
            self._deliver(datagram_frames(data))

    def _run_stream(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            self.state = "connecting"
            try:
                sock = connect_stream(self.url)
            except FeedError as exc:
                self.state = "retrying"
                self.on_error(Counter({"connection failed": 1}), str(exc))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, _MAX_BACKOFF)
                continue
            backoff = 1.0
            self._sock = sock
            sock.settimeout(_POLL)
            self.state = "connected"
            splitter = StreamSplitter()
            try:
                while not self._stop.is_set():
                    try:
                        data = sock.recv(_RECV)
                    except (TimeoutError, ssl.SSLWantReadError):
                        continue
                    if not data:
                        break
                    self._deliver(splitter.feed(data))
            except OSError as exc:
                self.on_error(Counter({"connection lost": 1}), str(exc))
            self._deliver(splitter.finish())
            with contextlib.suppress(OSError):
                sock.close()
            self._sock = None
            if not self._stop.is_set():
                self.state = "retrying"
                self._stop.wait(backoff)


class FeedConnection:
    """Sends events to a feed: datagrams to a UDP address or group, or a TCP/TLS stream."""

    def __init__(self, url: FeedUrl) -> None:
        self.url = url
        self._sock = _udp_socket(url, receive=False) if url.scheme == "udp" else connect_stream(url)

    def send(self, payloads: list[bytes]) -> None:
        try:
            if self.url.scheme == "udp":
                for payload in payloads:
                    self._sock.sendto(payload, (self.url.host, self.url.port))
            else:
                self._sock.sendall(b"".join(payloads))
        except OSError as exc:
            raise FeedError(
                translate("Feeds", "{url}: sending failed ({reason})").format(
                    url=self.url.safe_text(), reason=exc
                )
            ) from None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            if isinstance(self._sock, ssl.SSLSocket):
                self._sock.unwrap()
        self._sock.close()

    def __enter__(self) -> FeedConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
