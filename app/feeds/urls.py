"""Feed addresses: ``udp://239.2.3.1:6969?iface=ADDR``, ``tcp://host:8087`` and
``tls://host:8089?cert=FILE.p12&password=…&ca=FILE.pem``.

A multicast group needs the interface to join on (``iface``): Blue Helmet never guesses
one, as joining on the wrong network would leak or miss traffic. ``format=protobuf`` asks a
sender for TAK protocol messages instead of CoT XML (a receiver reads both, whatever it is
told). Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from app.errors import AppError
from app.i18n import translate

SCHEMES = ("udp", "tcp", "tls")
#: The ATAK situational-awareness multicast group and port.
DEFAULT_GROUP = ("239.2.3.1", 6969)
FORMATS = ("xml", "protobuf")
_KNOWN_OPTIONS = {
    "udp": {"iface", "format"},
    "tcp": {"format"},
    "tls": {"cert", "password", "ca", "format"},
}


class FeedError(AppError):
    """A feed cannot be defined, started or used; the message says which and why."""


@dataclass(frozen=True)
class FeedUrl:
    """A parsed feed address."""

    scheme: str
    host: str
    port: int
    iface: str | None = None
    cert: Path | None = None
    password: str = field(default="", repr=False)
    ca: Path | None = None
    format: str = "xml"
    text: str = field(default="", compare=False)

    @property
    def multicast(self) -> bool:
        try:
            return ipaddress.ip_address(self.host).is_multicast
        except ValueError:
            return False

    def safe_text(self) -> str:
        """The address as one may show it: the certificate password hidden."""
        if not self.password:
            return self.text
        return self.text.replace(f"password={self.password}", "password=***")


def parse_feed_url(text: str) -> FeedUrl:
    """A feed address, or a ``FeedError`` naming what is wrong with it."""
    raw = text.strip()
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FeedError(
            translate("Feeds", "{url}: a feed address starts with udp://, tcp:// or tls://").format(
                url=raw
            )
        )
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise FeedError(
            translate("Feeds", "{url}: the port is not a number from 1 to 65535").format(url=raw)
        ) from None
    if not host:
        raise FeedError(
            translate("Feeds", "{url}: no host (write {scheme}://HOST:PORT)").format(
                url=raw, scheme=scheme
            )
        )
    if port is None:
        raise FeedError(
            translate("Feeds", "{url}: no port (write {scheme}://{host}:PORT)").format(
                url=raw, scheme=scheme, host=host
            )
        )
    if port == 0:
        raise FeedError(
            translate("Feeds", "{url}: the port is not a number from 1 to 65535").format(url=raw)
        )
    options: dict[str, str] = {}
    for name, values in parse_qs(parts.query, keep_blank_values=True).items():
        if name not in _KNOWN_OPTIONS[scheme]:
            known = ", ".join(sorted(_KNOWN_OPTIONS[scheme]))
            raise FeedError(
                translate(
                    "Feeds", "{url}: {scheme} feeds take no option {name!r} (known: {known})"
                ).format(url=raw, scheme=scheme, name=name, known=known)
            )
        if len(values) != 1:
            raise FeedError(
                translate("Feeds", "{url}: option {name!r} given more than once").format(
                    url=raw, name=name
                )
            )
        options[name] = values[0]
    fmt = options.get("format", "xml").lower()
    if fmt not in FORMATS:
        raise FeedError(
            translate("Feeds", "{url}: format={format} is neither xml nor protobuf").format(
                url=raw, format=fmt
            )
        )
    url = FeedUrl(
        scheme=scheme,
        host=host,
        port=port,
        iface=options.get("iface") or None,
        cert=Path(options["cert"]).expanduser() if options.get("cert") else None,
        password=options.get("password", ""),
        ca=Path(options["ca"]).expanduser() if options.get("ca") else None,
        format=fmt,
        text=raw,
    )
    if url.iface is not None:
        try:
            ipaddress.IPv4Address(url.iface)
        except ValueError:
            raise FeedError(
                translate("Feeds", "{url}: iface={iface} is not an IPv4 address").format(
                    url=raw, iface=url.iface
                )
            ) from None
    if scheme == "udp" and url.multicast and url.iface is None:
        raise FeedError(
            translate(
                "Feeds",
                "{url}: a multicast group needs the interface to join on: add ?iface=ADDRESS "
                "(this machine's address on that network, 127.0.0.1 for this machine only)",
            ).format(url=raw)
        )
    if scheme == "tls" and url.cert is None:
        raise FeedError(
            translate(
                "Feeds", "{url}: a TLS feed needs the client certificate: add ?cert=FILE.p12"
            ).format(url=raw)
        )
    return url
